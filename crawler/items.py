"""The common announcement schema: one record shape for every site and CMS family.

Extraction fills an :class:`Announcement` from one page; the archive pipeline stores it. Keeping
the schema in one dataclass (instead of a Scrapy ``Item`` with loose fields) means the crawl, the
``extract`` command, ``reparse`` and the exports all agree on names and types.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar


@dataclass
class Person:
    """A person named in the text, with the role and organisation the text gives them."""

    name: str
    role: str | None = None
    organisation: str | None = None


@dataclass
class Contact:
    """A press contact: name, organisation, e-mail, phone (E.164 where it parses)."""

    name: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass
class Image:
    """An image of the announcement with its caption and credit (photo copyright notice)."""

    src: str
    caption: str | None = None
    credit: str | None = None


@dataclass
class Link:
    """An outgoing link from the body."""

    url: str
    text: str | None = None


@dataclass
class Event:
    """An event the announcement invites to (a *Termin*): start/end as ISO strings."""

    start: str | None = None  # "2015-07-02T18:00" or "2015-07-02" when no time is given
    end: str | None = None
    venue: str | None = None  # "Foyer der Stadthalle Kleve"
    address: str | None = None  # "Lohstätte 7"


@dataclass
class Announcement:
    """One press release or event notice, normalised.

    ``text`` is the body: paragraphs separated by one blank line, no navigation, no teaser
    repetition, no photo copyright notice. Dates are ISO strings (``YYYY-MM-DD``).
    """

    url: str
    title: str | None = None
    published: str | None = None
    modified: str | None = None
    date_source: str | None = None  # where the date came from: jsonld, meta, time, text, listing, url
    lead: str | None = None
    text: str = ""
    kind: str = "press_release"  # or "event"
    dateline_place: str | None = None  # "Oberhausen/Metropole Ruhr"
    dateline_agency: str | None = None  # "idr"
    event: Event | None = None
    people: list[Person] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # canonical short names mentioned: SPD, CDU…
    organisations: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    language: str | None = None
    content_hash: str | None = None  # sha256 of the normalised title + body
    simhash: str | None = None  # 64-bit SimHash as 16 hex digits, for near-duplicates
    # Filled by the crawler from the site profile, not by extraction:
    canonical_url: str | None = None
    source: str | None = None  # site profile id
    organisation: str | None = None
    party: str | None = None
    region: str | None = None
    level: str | None = None

    # How extraction found the body (``BodySource.method``: selector, semantic, trafilatura,
    # article, container, paragraphs, none). Read by the run statistics (``crawler.runstats``);
    # not a field, so not part of the record, its hash or ``to_dict``.
    body_method: ClassVar[str | None] = None
    # Why extraction could not read the page, when it could not (a countable reason for
    # ``crawl_errors``: "extraction/unparseable", "extraction/too-deep", "extraction/error");
    # set by ``crawler.extraction.extract``, not a field either.
    problem: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        """A plain JSON-ready dict (nested dataclasses become dicts)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Announcement:
        """Rebuild an announcement from :meth:`to_dict` output (unknown keys are ignored)."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if known.get("event"):
            known["event"] = Event(**known["event"])
        known["people"] = [Person(**p) for p in known.get("people") or []]
        known["contacts"] = [Contact(**c) for c in known.get("contacts") or []]
        known["images"] = [Image(**i) for i in known.get("images") or []]
        known["links"] = [Link(**link) for link in known.get("links") or []]
        return cls(**known)


@dataclass
class PageVisit:
    """What the crawler saw at one URL (kind, status, validators): its memory for the next run."""

    url: str
    source: str
    kind: str  # announcement | listing | feed | sitemap | other
    status: int
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    context: dict[str, Any] | None = None
    links: list[str] | None = None  # outlinks of listings, feeds and sitemaps
    lastmod: str | None = None  # newest modification date a sitemap or feed gave for this URL
    # Where the raw response sits in the crawl's WARC file (``pressarchive reparse`` reads it).
    warc_path: str | None = None
    warc_offset: int | None = None


@dataclass
class CrawlFailure:
    """A failure worth recording: a URL that could not be fetched or extracted, and why."""

    url: str | None
    source: str
    reason: str  # short and countable: "http/404", "dns", "timeout", "extraction/empty-body"
    detail: str | None = None


@dataclass
class PageTokens:
    """What listings, feeds and sitemaps said about URLs (change tokens), to store for next time."""

    source: str
    tokens: dict[str, dict[str, str]]  # url → {"listing"|"feed"|"sitemap": token}
