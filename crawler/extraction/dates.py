"""Publication and modification dates, with provenance (``date_source``).

Why a fixed cascade: users of peer tools complain most about wrong dates — event dates in the body
taken for publication dates, dates from JavaScript strings, impossible future dates, URL dates
overriding better evidence. Machine-readable evidence (JSON-LD, meta, ``<time>``) comes first,
then what the profile points at, then visible German forms *in metadata positions only* (labelled
"Veröffentlicht am …", date elements, ``23.06.:`` title prefixes with the archive year), then what
the crawler saw (listing, feed), then the URL, and htmldate last: its search of the markup, then
its guess from the text. No date after the fetch date.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from lxml import html

from crawler.extraction.blocks import Block
from crawler.extraction.context import PageContext
from crawler.extraction.date_regions import in_other_content, inside, page_or, text_without_other_content
from crawler.extraction.dom import attr_lower, select, text_of
from crawler.extraction.german_dates import (
    DATE_PREFIX,
    DateMention,
    find_dates,
    first_date,
    parse_date_value,
)
from crawler.extraction.htmldate_dates import htmldate_value
from crawler.extraction.jsonld import first_value

LOGGER = logging.getLogger(__name__)
MIN_DATE = date(1995, 1, 1)
_MAX_SCAN = 30_000  # characters of visible text searched for labelled dates (huge pages)
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
    "publish-date", "publish_date", "publishdate", "pubdate", "published", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "citation_date", "datecreated",
)  # fmt: skip
MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
    "last-modified", "modified", "lastmod",
)  # fmt: skip
# "Datum:" and "Stand:" are left out on purpose: the first labels event dates ("Datum: Mittwoch,
# 26. Mai 2021"), the second the last change of a page template.
_LABELLED = re.compile(
    r"(?:Veröffentlicht|Erstellt|Geschrieben|Publiziert|Eingestellt|Gepostet|Veröffentlichungsdatum|"
    r"(?:Pressemitteilung|Pressemeldung|Presseinformation|Meldung)(?:\s+Nr\.\s*\S+)?\s+vom)"
    r"(?:\s+von\s+[^.!?]{1,80}?)?\s*(?:am|vom|:)?\s*:?\s*$",
    re.I,
)
_MODIFIED_LABEL = re.compile(
    r"(?:Aktualisiert|Zuletzt (?:aktualisiert|geändert)|Geändert|Stand)\s*(?:am|:)?\s*:?\s*$", re.I
)
# the words each label pattern needs (a cheap test before reading every date of the text)
_LABEL_WORDS = {
    _LABELLED: re.compile(
        r"Veröffentlich|Erstellt|Geschrieben|Publiziert|Eingestellt|Gepostet|Pressemitteilung|"
        r"Pressemeldung|Presseinformation|Meldung",
        re.I,
    ),
    # (a date starts with its day or weekday right after the label: "Stand: 3. Mai", "Stand 03.05.")
    _MODIFIED_LABEL: re.compile(
        r"(?:Aktualisiert|geändert|Stand)\s*(?:am|:)?\s*:?\s*(?:\d|Mo|Di|Mi|Do|Fr|Sa|So)", re.I
    ),
}
# the last part of a title, after the headline and one more part (the site): "… | DW | 28.04.2023",
# "… – DW – 13.06.2023"; "Sommerfest | 12.07.2025" has no site part between and is not matched
_TITLE_TAIL = re.compile(
    r"\S\s+(?:[|–—·-]{1,2}|::)\s+[^|–—·]{2,60}?\s+(?:[|–—·-]{1,2}|::)\s+(?P<tail>[^|–—·]{6,30})$"
)
_DATE_CLASS = re.compile(r"date|datum|time|zeit|publish|posted|byline|meta|info|rightbox|timedata")
_YEAR_HEADING = re.compile(r"Veröffentlichungen\s+((?:19|20)\d\d)\b")
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$|[-_])"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"[/_-](?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/_.-]|$)"),
)


_EDGE_PREFIX = re.compile(r"^\s*(?:[A-ZÄÖÜ][\w./ -]{1,40},\s*(?:den\s+)?)?$")  # "", "Kleve, ", "Alpen, den "


@dataclass
class DateResult:
    """The dates of a page and where the publication date came from."""

    published: str | None = None
    modified: str | None = None
    source: str | None = None


@dataclass
class DateEvidence:
    """What the date finder may look at; built once by the extractor."""

    root: html.HtmlElement
    meta: Mapping[str, str]
    jsonld: list[dict[str, Any]]
    region: html.HtmlElement | None  # the article container (body root and its close ancestors)
    body_root: html.HtmlElement | None
    render: Callable[[], list[Block]]  # body blocks before cleaning (date lines still there), on demand
    title_texts: Sequence[str]  # raw heading/title texts that may carry a "23.06.:" prefix
    selectors: Mapping[str, Any]
    context: PageContext
    url: str
    _blocks: list[Block] | None = None

    @property
    def raw_blocks(self) -> list[Block]:
        """Rendered only if a late stage needs them (most pages are dated by earlier stages)."""
        if self._blocks is None:
            self._blocks = self.render()
        return self._blocks

    @property
    def body_text(self) -> str:
        return "\n\n".join(b.text for b in self.raw_blocks)


def page_year(root: html.HtmlElement, selectors: Mapping[str, Any], context: PageContext) -> int | None:
    """The year of a yearly archive page: context first, then "Veröffentlichungen 2015 :" on the page."""
    if context.year:
        return context.year
    for element in select(root, selectors.get("year_heading")):
        if match := re.search(r"\b((?:19|20)\d\d)\b", text_of(element)):
            return int(match.group(1))
    for element in root.iter("h1", "h2", "h3", "h4", "div", "span", "p"):
        text = element.text or ""
        if "Veröffentlichungen" in text and (match := _YEAR_HEADING.search(text)):
            return int(match.group(1))
    return None


def _max_date(context: PageContext) -> date:
    today = date.today()
    fetched = parse_date_value(context.fetched) if context.fetched else None
    return min(fetched, today) if fetched else today


class _Finder:
    def __init__(self, evidence: DateEvidence) -> None:
        self.ev = evidence
        self.max = _max_date(evidence.context)
        # keyed by the element itself: the dicts keep it alive, so its identity cannot be reused
        self._texts: dict[html.HtmlElement, str] = {}
        self._mentions: dict[html.HtmlElement, list[DateMention]] = {}

    @cached_property
    def year(self) -> int | None:
        """Only the text stages need it; most pages are dated from metadata before them."""
        return page_year(self.ev.root, self.ev.selectors, self.ev.context)

    def _text(self, element: html.HtmlElement) -> str:
        """Visible text of ``element`` (whitespace collapsed, at most :data:`_MAX_SCAN` characters),
        computed once for the published and the modified label search. Teasers, related items,
        sidebars and the entries of a listing inside it are left out: their "Veröffentlicht am"
        dates belong to other pages."""
        if element not in self._texts:
            text = element.text_content()
            if _LABEL_WORDS[_LABELLED].search(text) or _LABEL_WORDS[_MODIFIED_LABEL].search(text):
                text = text_without_other_content(element, self.ev.body_root)
            self._texts[element] = " ".join(text[:_MAX_SCAN].split())
        return self._texts[element]

    def ok(self, value: date | None) -> date | None:
        return value if value and MIN_DATE <= value <= self.max else None

    def machine(self, values: Iterable[Any]) -> date | None:
        for value in values:
            if isinstance(value, list):
                value = value[0] if value else None
            if found := self.ok(parse_date_value(value if isinstance(value, str) else None)):
                return found
        return None

    def jsonld(self, key: str) -> date | None:
        return self.machine([first_value(self.ev.jsonld, key)])

    def meta(self, keys: Sequence[str]) -> date | None:
        return self.machine(self.ev.meta.get(k) for k in keys)

    def time_elements(self) -> date | None:
        root, body = self.ev.root, self.ev.body_root
        candidates = [el for el in root.iter("time") if el.get("pubdate") is not None]
        candidates += [el for el in root.iter() if el.get("itemprop") == "datePublished"]
        candidates += [el for el in root.iter("time") if body is None or not inside(el, body)]
        for element in candidates:
            if in_other_content(element):
                continue
            value = element.get("datetime") or element.get("content")
            found = self.ok(parse_date_value(value)) if value else self.ok(first_date(text_of(element)))
            if found:
                return found
        return None

    def selector(self) -> date | None:
        for element in select(self.ev.root, self.ev.selectors.get("date")):
            value = element.get("datetime") or element.get("content")
            if value and (found := self.ok(parse_date_value(value))):
                return found
            for mention in find_dates(text_of(element)):
                if found := self.ok(mention.resolve(self.year)):
                    return found
        return None

    def title_prefix(self) -> date | None:
        for text in self.ev.title_texts:
            match = DATE_PREFIX.match(text or "")
            if not match:
                continue
            year = int(match["y"]) if match["y"] else self.year
            if year is not None and year < 100:
                year += 2000
            if year and (found := self.ok(_make(year, int(match["m"]), int(match["d"])))):
                return found
        return None

    def title_tail(self) -> date | None:
        """A date that closes ``<title>`` or og:title as a part of its own, after the site name
        (``… | Europa | DW | 28.04.2023``): the page's date in its metadata. Only a whole part
        after at least one other tail part counts, with its year: a date inside the headline, or
        right after it (``Sommerfest | 12.07.2025``), may be an event's."""
        element = self.ev.root.find(".//title")
        for text in (text_of(element) if element is not None else "", self.ev.meta.get("og:title", "")):
            match = _TITLE_TAIL.search(text)
            tail = match["tail"].strip() if match else ""
            mentions = list(find_dates(tail))
            whole = len(mentions) == 1 and mentions[0].end - mentions[0].start >= len(tail) - 1
            if whole and mentions[0].year and (found := self.ok(mentions[0].resolve())):
                return found
        return None

    def labelled(
        self,
        element: html.HtmlElement | None,
        label: re.Pattern[str] = _LABELLED,
    ) -> date | None:
        if element is None:
            return None
        text = self._text(element)
        if not _LABEL_WORDS[label].search(text):
            return None  # no label word anywhere: no date mention can be labelled
        if element not in self._mentions:  # the published and the modified label read the same text
            self._mentions[element] = list(find_dates(text))
        for mention in self._mentions[element]:
            if label.search(text[max(0, mention.start - 120) : mention.start]) and (
                found := self.ok(mention.resolve(self.year if mention.year is None else None))
            ):
                return found
        return None

    def date_elements(self) -> date | None:
        region = self.ev.region
        if region is None:
            return None
        for element in region.iter():
            if not isinstance(element.tag, str) or not _DATE_CLASS.search(attr_lower(element)):
                continue
            if in_other_content(element):
                continue
            text = text_of(element)
            if len(text) > 120:
                continue
            for mention in find_dates(text):
                if mention.year and (found := self.ok(mention.resolve())):
                    return found
        return None

    def edge_blocks(self) -> date | None:
        """A date line at the very start or end of the body ("27.11.2019", "Kleve, 27.11.2019 –")."""
        blocks = list(self.ev.raw_blocks)
        for block in blocks[:15] + blocks[-2:]:  # generic bodies may still start with navigation
            head = block.text[:70]
            for mention in find_dates(head):
                before = head[: mention.start]
                plausible = _EDGE_PREFIX.match(before) and mention.year
                listed = plausible and self._entry_row(block, block.text[mention.end :])
                if plausible and not listed and (found := self.ok(mention.resolve())):
                    return found
                break
        return None

    def _entry_row(self, block: Block, after: str) -> bool:
        """A date that heads a listing entry (the link to the entry follows) or an appointment (a
        clock time, then what happens): a row of a list of other pages or of dates, no dateline."""
        if _APPOINTMENT.match(after):
            return True
        rest = " ".join(after.strip(" \t–—-:|,").split())[:30]
        if len(rest) < 15:  # as short as a place name: no headline of another page
            return False
        # (trafilatura's blocks carry no links: then the page's links tell)
        texts = [text for _, text in block.links] if block.links else self._link_texts
        return any(text.startswith(rest) for text in texts)

    @cached_property
    def _link_texts(self) -> list[str]:
        texts = (" ".join(a.text_content().split()) for a in self.ev.root.iter("a"))
        return [t for t in texts if len(t) >= 15]

    def url(self) -> date | None:
        parts = urlsplit(self.ev.url)
        path = unquote(parts.path)
        for pattern in _URL_DATES:
            match = pattern.search(path)
            if match and (found := self.ok(_make(int(match["y"]), int(match["m"]), int(match["d"])))):
                return found
        query = {k.lower(): v[0] for k, v in parse_qs(unquote(parts.query)).items()}
        y, m, d = (query.get(f"tx_ttnews[{k}]") for k in ("year", "month", "day"))
        if y and m and d and y.isdigit() and m.isdigit() and d.isdigit():
            return self.ok(_make(int(y), int(m), int(d)))
        return None

    def htmldate(self, extensive: bool = False) -> date | None:
        """htmldate's date: from the page's markup and URL only, or (``extensive``) its guess
        from any date in the text, which a prose page carries too (``date_source`` ``guess``).
        A teaser's date (as on a listing) makes the markup search's answer a guess."""
        if not extensive and any(in_other_content(el) for el in self.ev.root.iter("time")):
            return None
        found = self.ok(
            parse_date_value(htmldate_value(self.ev.root, self.ev.url, self.max.isoformat(), extensive))
        )
        if found and self._mentioned_in(self.ev.body_text, found):
            return None  # an event date in the running text is not the publication date
        if found and not extensive and self._mentioned_in(self.ev.root.text_content(), found):
            own = text_without_other_content(self.ev.root, self.ev.body_root)
            return found if self._mentioned_in(own, found) else None
        return found

    def _mentioned_in(self, text: str, value: date) -> bool:
        for mention in find_dates(text[:_MAX_SCAN]):
            if (mention.month, mention.day) == (value.month, value.day) and mention.year in (
                None,
                value.year,
            ):
                return True
        return False


# after a date: a clock time and what happens then ("18.06.2017 19.30 Uhr Fraktionssitzung")
_APPOINTMENT = re.compile(r"^\W{0,3}(?:um\s+)?\d{1,2}(?:[.:]\d{2})?\s*Uhr\b\W*\w", re.I)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates_of_page(evidence: DateEvidence) -> DateResult:
    """Run the cascade; the first stage that yields a plausible date wins."""
    finder = _Finder(evidence)
    context = evidence.context
    stages: list[tuple[str, Any]] = [
        ("jsonld", lambda: finder.jsonld("datePublished") or finder.jsonld("dateCreated")),
        ("meta", lambda: finder.meta(PUBLISHED_META)),
        ("time", finder.time_elements),
        ("selector", finder.selector),
        ("text", finder.title_prefix),
        ("text", lambda: finder.labelled(page_or(evidence.region, evidence.root))),
        ("text", finder.edge_blocks),
        ("text", finder.date_elements),
        ("listing", lambda: finder.machine([context.listing_date])),
        ("feed", lambda: finder.machine([context.feed_date])),
        ("text", finder.title_tail),
        ("url", finder.url),
        ("htmldate", finder.htmldate),
        ("guess", lambda: finder.htmldate(extensive=True)),
    ]
    published, source = None, None
    for name, stage in stages:
        published = stage()
        if published:
            source = name
            break
    modified = (
        finder.jsonld("dateModified")
        or finder.meta(MODIFIED_META)
        or finder.labelled(evidence.region, _MODIFIED_LABEL)
    )
    if modified and published and modified < published:
        modified = None  # a "modified" before publication is a template date, not a revision
    return DateResult(
        published=published.isoformat() if published else None,
        modified=modified.isoformat() if modified else None,
        source=source,
    )
