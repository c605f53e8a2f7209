"""Reading a fetched HTML page once: what the crawler needs of it, and its announcement.

The spider decides what to request and what to store; to decide, it needs the page's links,
its listing entries, the feeds it announces, its declared canonical URL and the signals that
classify it (``crawler.reading.classify``), and for a candidate article the extracted announcement.
All of that comes from one parse of the page, in :func:`read_page`. That function takes plain
values (bytes, strings, the profile) and returns plain values, so it runs unchanged inline or
in an extraction worker process (``crawler.reading.pool``): the crawl process itself then never
parses HTML, which keeps its single core free for Scrapy's own work.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.extraction import decode_html, page_blocks
from crawler.extraction.boilerplate import page_fingerprints
from crawler.extraction.dom import (
    Document,
    drop_unparseable_urls,
    flatten_deep,
    parse_document,
    xml_compatible,
)
from crawler.items import Announcement
from crawler.policy import discovery
from crawler.reading import classify
from crawler.reading.announce import announcement_from_page, page_context
from crawler.reading.listing import ListingEntry, listing_entries
from crawler.reading.response_rules import response_kind, response_text
from crawler.sites import SiteProfile
from crawler.urls import canonicalize

if TYPE_CHECKING:  # (Scrapy only for the type: `pressarchive extract` reads pages without it)
    from scrapy.http import TextResponse


@dataclass
class PageFacts:
    """What one HTML page says about the site around it."""

    links: list[str] = field(default_factory=list)  # canonical URLs of every <a href>, in order, once
    entries: list[ListingEntry] = field(default_factory=list)  # listing entries (profile selectors)
    feeds: list[str] = field(default_factory=list)  # <link rel="alternate"> feeds
    site_name: str | None = None  # og:site_name, else <title>
    canonical: str | None = None  # the declared rel=canonical, as written
    signals: classify.PageSignals | None = None  # set when the page is to be classified
    # Without entry selectors: canonical URL → the teaser text shown for it (change tokens).
    teasers: dict[str, str] = field(default_factory=dict)


@dataclass
class PageReading:
    """A page read once: its facts, and its announcement when one was asked for."""

    facts: PageFacts
    item: Announcement | None = None
    # Fingerprints of the page's text blocks, for the site's boilerplate learning.
    fingerprints: set[str] = field(default_factory=set)
    observed: bool = False  # the spider already taught these fingerprints to its learner


# A link labelled as the page's print view (``Druckversion``, ``Seite drucken``, ``Print``):
# the same announcement again, often with extra header lines and no rel=canonical.
_PRINT_LABEL = re.compile(
    r"\W*(druck(version|ansicht|fassung|layout)|(seite\s+|artikel\s+)?drucken|"
    r"print(version|\s+version|\s+view|able\s+version)?)\b\W*(\([^)]*\))?\W*",
    re.IGNORECASE,
)


def _links(sel: Selector, base: str) -> Iterator[str]:
    """Canonical URLs of the page's ``<a href>`` in document order, print views left out."""
    for link in sel.root.iter("a"):  # lxml directly: every link of every page
        href = link.get("href")
        if href is None:
            continue
        label = (link.text_content() or "") if len(link) or link.text else ""
        if _PRINT_LABEL.fullmatch(label[:60]) or _PRINT_LABEL.fullmatch(link.get("title") or ""):
            continue
        try:
            url = canonicalize(urljoin(base, href.strip()))
        except ValueError:  # (urljoin of a broken IPv6 literal)
            continue
        if url:
            yield url


def base_url(sel: Selector, page_url: str) -> str:
    """What relative links resolve against: the page's first ``<base href>`` when it is an
    http(s) URL on the page's own host, else the page URL. A base on another host, ``file:``,
    ``javascript:`` or ``data:`` is ignored (hostile or broken; browsers would leave the site)."""
    href = next((b.get("href") for b in sel.root.iter("base") if b.get("href")), None)
    if not href:
        return page_url
    try:
        base = urljoin(page_url, href.strip())
        parts, page = urlsplit(base), urlsplit(page_url)
        same_host = (parts.hostname or "").lower() == (page.hostname or "").lower()
        same_host = same_host and parts.port == page.port
    except ValueError:
        return page_url
    return base if parts.scheme in ("http", "https") and same_host else page_url


def _title_text(root: Any) -> str | None:
    """The first text node of a ``<title>`` (``sel.css("title::text").get()``, without XPath)."""
    for title in root.iter("title"):
        if title.text:
            return str(title.text)
        for child in title:
            if child.tail:
                return str(child.tail)
    return None


@dataclass(frozen=True)
class _Download:
    """What the reading needs of a download: Scrapy's response, or the same values computed by
    Scrapy's rules from the bytes (``crawler.reading.response_rules``)."""

    url: str
    body: bytes
    text: str  # as Scrapy decodes it (TextResponse.text)
    content_type: str | None  # the Content-Type header, as the extraction reads it
    kind: str  # the selector type of Scrapy's response: "html" or "xml"
    response: TextResponse | None = None


def _document(download: _Download) -> Document | None:
    """The page parsed once for the reading and the extraction, when both read the same text
    (the extraction decodes with ``decode_html``, the reading as Scrapy does: they differ only
    where a page's charset is misdeclared) as HTML, and the page is not cut by the extraction."""
    if download.kind != "html":
        return None
    text = decode_html(download.body, download.content_type)
    return parse_document(text) if text == download.text else None


def _selector(download: _Download) -> Selector:
    """The page's selector (a reading of its own; see :func:`_document` for the shared one); for
    a page nested deeper than libxml2 keeps (100,000 ``<div>``s), one over the flattened markup
    (``extraction.dom.flatten_deep``), so its text and links count. Characters lxml refuses are
    left out, and hrefs that cannot be parsed at all lose their ``href``, so no reader of the
    page's links and attributes trips on them."""
    flat = xml_compatible(flatten_deep(download.text))
    response = download.response
    sel: Selector | None = None
    if flat is download.text:
        try:  # Scrapy's selector (it reads <base href> to build it, and a broken one raises)
            sel = response.selector if response is not None else _scrapy_selector(download)
        except ValueError:
            sel = None
    if sel is None:
        sel = Selector(text=flat, base_url=download.url)
        if response is not None:
            # so response.css() reads this tree too; parsel's Selector, not Scrapy's subclass,
            # which reads <base href> and raises on a broken one (tests/regressions/fuzz)
            response._cached_selector = sel  # type: ignore[assignment]
    drop_unparseable_urls(sel.root)  # unparseable hrefs: no link (urljoin would raise downstream)
    return sel


def _scrapy_selector(download: _Download) -> Selector:
    """``response.selector`` of the response Scrapy would build (``scrapy.Selector(response)``)."""
    from w3lib.html import get_base_url

    base = get_base_url(download.text[:4096], download.url, "utf-8")  # (raises as Scrapy's does)
    return Selector(text=download.text, type=download.kind, base_url=base)


def read_page(
    body: bytes,
    url: str,
    content_type: str | None,
    profile: SiteProfile,
    *,
    announcement: bool,
    classify_page: bool,
    context: dict[str, Any] | None = None,
    fetched: str | None = None,
    boilerplate: Collection[str] = (),
    crawling: bool = True,
) -> PageReading:
    """Read a downloaded page from its bytes (in a worker process, or inline), as
    :func:`read_response` reads the response Scrapy builds of them."""
    kind = response_kind(url, body, content_type)
    if kind is None:
        return PageReading(PageFacts())
    header = content_type.encode("utf-8").decode("latin-1") if content_type else None  # (as Scrapy keeps it)
    download = _Download(url, body, response_text(body, content_type), header, kind)
    return _read(
        download,
        profile,
        announcement=announcement,
        classify_page=classify_page,
        context=context,
        fetched=fetched,
        boilerplate=boilerplate,
        crawling=crawling,
    )


def read_response(
    response: TextResponse,
    profile: SiteProfile,
    *,
    announcement: bool,
    classify_page: bool,
    context: dict[str, Any] | None = None,
    fetched: str | None = None,
    boilerplate: Collection[str] = (),
    crawling: bool = True,
) -> PageReading:
    """Read a page Scrapy already built: facts, the announcement when asked for, the signals
    that classify it when asked for. Without ``crawling`` (a saved page read offline), what only
    a crawl needs is left out: links, listing entries, feeds, teaser change tokens and the block
    fingerprints of the site's boilerplate learning."""
    from scrapy.http import XmlResponse

    content_type = (response.headers.get("Content-Type") or b"").decode("latin-1") or None
    kind = "xml" if isinstance(response, XmlResponse) else "html"
    download = _Download(response.url, response.body, response.text, content_type, kind, response)
    return _read(
        download,
        profile,
        announcement=announcement,
        classify_page=classify_page,
        context=context,
        fetched=fetched,
        boilerplate=boilerplate,
        crawling=crawling,
    )


def _read(
    download: _Download,
    profile: SiteProfile,
    *,
    announcement: bool,
    classify_page: bool,
    context: dict[str, Any] | None,
    fetched: str | None,
    boilerplate: Collection[str],
    crawling: bool,
) -> PageReading:
    """One parse of the page (:func:`_document`) serves the reading and then the extraction,
    which edits the tree: everything the reading takes from it is read before the extraction."""
    document = _document(download)
    sel = Selector(root=document.root, type="html") if document is not None else _selector(download)
    url = base_url(sel, download.url)  # links resolve against <base href>
    facts = PageFacts(
        links=list(dict.fromkeys(_links(sel, url))) if crawling else [],
        entries=listing_entries(sel, url, profile.selectors) if crawling else [],
        feeds=discovery.feed_links(sel, url) if crawling else [],
        site_name=classify.first_attribute(sel.root, "meta", "property", "og:site_name", "content")
        or (_title_text(sel.root) or "").strip()
        or None,
        canonical=classify.first_attribute(sel.root, "link", "rel", "canonical", "href"),
    )
    anchors = []
    if (crawling and not facts.entries) or classify_page:
        anchors = classify.teaser_anchors(sel, url)  # one pass over the links serves both
        if crawling and not facts.entries:
            facts.teasers = classify.teaser_texts(anchors)
    evidence = None
    if classify_page:
        jsonld = document.jsonld() if document is not None else None
        evidence = classify.page_evidence(sel, anchors, profile.selectors.get("listing_entry"), jsonld)
    item = None
    if announcement:  # (what announce.announcement_from_response does with Scrapy's response)
        item = announcement_from_page(
            download.body,
            download.url,
            profile,
            context=page_context(context, fetched),
            boilerplate=boilerplate,
            content_type=download.content_type,
            declared_canonical=facts.canonical,
            document=document,
        )
    if evidence is not None:
        facts.signals = classify.signals_of(evidence, item.text if item else None)
    if item is None or not crawling:
        return PageReading(facts, item)
    blocks = page_blocks(download.body)
    return PageReading(facts, item, page_fingerprints(blocks))
