"""Page classification for sites without URL rules: announcement, listing or other.

A profiled CMS family says by URL what an article is. For a site nobody profiled, the page itself
has to tell: an announcement has a title, a publication date and a body of running text; a
listing shows many dated teasers linking to pages of one URL shape; everything else (Impressum,
Datenschutz, Kontakt, Mitglied werden, galleries, contact forms) is *other* and never stored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urljoin, urlsplit

from crawler.extraction.jsonld import jsonld_objects, types_of
from crawler.items import Announcement
from crawler.sites import FamilyProfile
from crawler.urls import canonicalize, same_site

if TYPE_CHECKING:
    from parsel import Selector

OTHER_WORDS = re.compile(
    r"\b(impressum|datenschutz\w*|kontakt(formular)?|mitglied werden|mitmachen|spenden|login|anmelden|"
    r"suche|sitemap|barrierefreiheit|cookie\w*|newsletter|presseverteiler)\b",
    re.IGNORECASE,
)
# No word break required after the year: the text of neighbouring table cells runs together
# ("31.01.2017Ortstermin").
# (Written to start with a digit, ``\b`` checked just after it, so that the search skips from digit
# to digit: the same matches as ``\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}(?!\d)|\b(?:19|20)\d{2}-…``,
# in a tenth of the time over a page's whole text.)
_DATE = re.compile(
    r"\d(?<!\w\d)(?:\d?\.\s?\d{1,2}\.\s?(?:19|20)\d{2}(?!\d)|(?:(?<=1)9|(?<=2)0)\d{2}-\d{2}-\d{2}(?!\d))"
)
_LISTING_URL = re.compile(
    r"/(tag|tags|schlagwort|schlagworte|category|kategorie|rubrik|author|autor|page|seite)(/|$)|"
    r"/(archiv|archive)(/(19|20)\d\d(/\d\d?)?)?/?$|"
    r"[?&](page|seite|paged|pointer|tx_ttnews%5Bpointer%5D|tx_ttnews\[pointer\])=\d+|"
    # Calendar views (a month, a week, a day) are listings of events, not announcements.
    r"/(kalender|calendar|veranstaltungskalender)\b|[?&](monat|month|woche|week|jahr|year|datum|date)=",
    re.IGNORECASE,
)
MIN_BODY_CHARS = 250
_DIGITS = re.compile(r"\d+")


def is_legal_or_contact(url: str, title: str | None) -> bool:
    path = re.sub(r"[-_/]+", " ", url.split("?", 1)[0].lower())
    return bool(OTHER_WORDS.search(path) or (title and OTHER_WORDS.fullmatch(title.strip().lower())))


def looks_like_listing(url: str) -> bool:
    """A URL shaped like a listing, archive or calendar view (tag, page/2, ?monat=…)."""
    return bool(_LISTING_URL.search(url))


def link_family(url: str) -> str:
    """A coarse URL pattern grouping the articles of one listing.

    With a query, the path and the query's keys (``index.php?id&tx_ttnews[tt_news]``); without,
    the parent directory (``/meldungen/``, ``/#/#/#/`` for WordPress date permalinks).
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    if keys:
        return host + _DIGITS.sub("#", parts.path) + "?" + "&".join(keys)
    path = parts.path if parts.path.endswith("/") else parts.path.rsplit("/", 1)[0] + "/"
    parent = path.rstrip("/").rsplit("/", 1)[0] + "/" if parts.path.endswith("/") else path
    return host + _DIGITS.sub("#", parent)


def teaser_anchors(sel: Selector, page_url: str) -> list[tuple[str, str, object]]:
    """(target URL, link family, element) of every same-site link that looks like a teaser
    (a headline-length link text), first occurrence of each target only. Read once per page
    and shared by ``teaser_texts`` and ``page_signals``."""
    anchors = []
    seen: set[str] = set()
    for link in sel.root.iter("a"):  # lxml directly: this runs over every link of every page
        href = link.get("href")
        if not href or href.startswith(("#", "mailto:", "javascript:")):
            continue
        # (a link without child nodes: its text is its text_content(), without an XPath call)
        text = (link.text_content() if len(link) else link.text or "").strip()
        if len(text) < 15:
            continue
        target = _resolved(page_url, href)  # tracking parameters split no family
        if same_site(target, page_url) and target not in seen:
            seen.add(target)
            anchors.append((target, link_family(target), link))
    return anchors


@lru_cache(maxsize=16384)
def _resolved(page_url: str, href: str) -> str:
    """The canonical URL of a link (a third of a page's links repeat one of its others)."""
    return canonicalize(urljoin(page_url, href))


def _teaser_blocks(
    anchors: list[tuple[str, str, object]], max_lead: int | None = None
) -> Iterator[tuple[str, object, object]]:
    """(target, link, block) of every teaser link whose family has at least three teasers on the
    page; the block is the largest element around the link that holds no other teaser of its
    family (a listing entry: title and lead) and, with ``max_lead``, no more than that many
    characters beyond the link's own text."""
    per_family = Counter(family for _, family, _ in anchors)
    mine = [(target, family, link) for target, family, link in anchors if per_family[family] >= 3]
    teasers_below: Counter[tuple[str, object]] = Counter()
    for _, family, link in mine:
        for ancestor in link.iterancestors():  # type: ignore[attr-defined]
            teasers_below[family, ancestor] += 1
    for target, family, link in mine:
        limit = None if max_lead is None else len(_squash(link.text_content())) + max_lead  # type: ignore[attr-defined]
        block = link
        for ancestor in link.iterancestors():  # type: ignore[attr-defined]
            if teasers_below[family, ancestor] > 1:
                break
            if limit is not None and len(ancestor.text_content()) > limit:
                break
            block = ancestor
        yield target, link, block


def teaser_texts(anchors: list[tuple[str, str, object]]) -> dict[str, str]:
    """What a listing without known entry markup shows of each article it links: target URL →
    the text of the teaser around the link (``_teaser_blocks``), for every link family with at
    least three teasers. A changed title, date or lead there means a changed article, on sites
    whose listings are the only sign of an edit (no feed, no sitemap). ``anchors``: the page's
    ``teaser_anchors``."""
    return {target: " ".join(block.text_content().split()) for target, _, block in _teaser_blocks(anchors)}  # type: ignore[attr-defined]


@dataclass(frozen=True)
class PageSignals:
    """What the content of a page says about its kind, read from its DOM once."""

    shows_listing_entries: bool  # the CMS family's listing-entry selector matches
    dates: int  # dates in the page's text
    teaser_family: str  # the most frequent link family of teaser-like links
    teasers: int  # how many teaser links of that family
    # Of the extracted body (when there is one): characters in paragraphs of the page's own, and
    # in paragraphs that are teasers (a teaser link's text, or the lead shown beside one).
    own_chars: int = 0
    teaser_chars: int = 0
    # The page's markup says it is an article: og:type "article", or a JSON-LD item of an
    # article type (NewsArticle, BlogPosting, PressRelease…).
    declares_article: bool = False


@dataclass(frozen=True)
class PageEvidence:
    """What classification reads of a page's tree, read before the extraction edits that tree
    (``crawler.reading`` hands one parsed page to both): the signals but the body's shares, and
    the texts those shares are measured against."""

    shows_listing_entries: bool
    dates: int
    teaser_family: str
    teasers: int
    declares_article: bool
    link_texts: tuple[str, ...]  # squashed texts of the teaser links
    around: str  # squashed texts of the small blocks around teaser links, and of listing entries


def page_evidence(
    sel: Selector,
    anchors: list[tuple[str, str, object]],
    listing_entry: str | None = None,
    jsonld: list[dict[str, Any]] | None = None,
) -> PageEvidence:
    """A page's :class:`PageEvidence` (``anchors``: its ``teaser_anchors``; ``listing_entry``:
    the family's entry selector; ``jsonld``: its JSON-LD objects when already read)."""
    body = next(sel.root.iter("body"), None)  # (sel.css("body"), without a search by XPath)
    text = str(body.xpath("string()")) if body is not None else ""
    families = Counter(family for _, family, _ in anchors)
    family, repeated = (families.most_common(1) or [("", 0)])[0]
    entries = [e.xpath("string()").get("") for e in sel.css(listing_entry)] if listing_entry else []
    link_texts, around = _teaser_texts(anchors, entries)
    return PageEvidence(
        shows_listing_entries=bool(entries),
        dates=len(_DATE.findall(text)),
        teaser_family=family,
        teasers=repeated,
        declares_article=declares_article(sel, jsonld),
        link_texts=link_texts,
        around=around,
    )


def signals_of(evidence: PageEvidence, body_text: str | None = None) -> PageSignals:
    """The classification signals of a page from its evidence and its extracted body."""
    own, teaser = _shares(body_text or "", evidence.link_texts, evidence.around)
    return PageSignals(
        shows_listing_entries=evidence.shows_listing_entries,
        dates=evidence.dates,
        teaser_family=evidence.teaser_family,
        teasers=evidence.teasers,
        own_chars=own,
        teaser_chars=teaser,
        declares_article=evidence.declares_article,
    )


def page_signals(
    sel: Selector,
    anchors: list[tuple[str, str, object]],
    listing_entry: str | None = None,
    body_text: str | None = None,
) -> PageSignals:
    """The classification signals of a page (``anchors``: its ``teaser_anchors``;
    ``listing_entry``: the family's entry selector; ``body_text``: its extracted body)."""
    return signals_of(page_evidence(sel, anchors, listing_entry), body_text)


# schema.org types that say "an article" (not WebPage, which every page of a CMS declares)
_ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "pressrelease", "reportagenewsarticle",
        "opinionnewsarticle", "analysisnewsarticle", "scholarlyarticle", "techarticle",
    }
)  # fmt: skip


def declares_article(sel: Selector, jsonld: list[dict[str, Any]] | None = None) -> bool:
    """Whether the page's own metadata calls it an article (og:type, JSON-LD @type; ``jsonld``:
    the page's JSON-LD objects when already read)."""
    og_type = (first_attribute(sel.root, "meta", "property", "og:type", "content") or "").strip().lower()
    if og_type == "article":
        return True
    objects = jsonld_objects(sel.root) if jsonld is None else jsonld
    return any(types_of(obj) & _ARTICLE_TYPES for obj in objects)


def first_attribute(root: Any, tag: str, key: str, value: str, wanted: str) -> str | None:
    """``wanted`` of the first ``<tag>`` whose ``key`` is ``value`` and that has ``wanted``: what
    ``sel.css('tag[key="value"]::attr(wanted)').get()`` gives, by iterating the tag in C."""
    for element in root.iter(tag):
        if element.get(key) == value and (found := element.get(wanted)) is not None:
            return str(found)
    return None


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def body_shares(
    body: str, anchors: list[tuple[str, str, object]], entries: Sequence[str] = ()
) -> tuple[int, int]:
    """(own, teaser) characters of an extracted body.

    A listing's main content is its teasers: link texts of articles, and the leads shown beside
    them. An article's main content is its own text, whatever link lists surround it (mega
    menus, "Weitere Meldungen", topic boxes): those are not in its body, or only as a few
    paragraphs. A paragraph counts as a teaser when a teaser link's text makes up half of it,
    when it lies inside the small block around a link of a family with three or more teasers, or
    inside one of the listing entries the CMS family's selector finds (``entries``: their texts).
    """
    if not body.strip():
        return 0, 0
    return _shares(body, *_teaser_texts(anchors, entries))


def _teaser_texts(
    anchors: list[tuple[str, str, object]], entries: Sequence[str]
) -> tuple[tuple[str, ...], str]:
    """(the squashed texts of the teaser links, the squashed texts around them joined by line
    breaks): what ``body_shares`` measures a body against."""
    link_texts = tuple(_squash(link.text_content()) for _, _, link in anchors)  # type: ignore[attr-defined]
    blocks = [
        _squash(block.text_content())  # type: ignore[attr-defined]
        for _, link, block in _teaser_blocks(anchors, max_lead=400)
        if block is not link
    ]
    return link_texts, "\n".join(blocks + [_squash(e) for e in entries])


def _shares(body: str, link_texts: Sequence[str], around: str) -> tuple[int, int]:
    if not body.strip():
        return 0, 0
    own = teaser = 0
    for paragraph in body.split("\n"):
        squashed = _squash(paragraph).lstrip("-–•* ")  # list items are written "- …" in a body
        if not squashed:
            continue
        in_link = any(len(label) * 2 >= len(squashed) and label in squashed for label in link_texts)
        if in_link or (len(squashed) >= 20 and squashed in around):
            teaser += len(squashed)
        else:
            own += len(squashed)
    return own, teaser


def classify(
    signals: PageSignals, url: str, item: Announcement | None, listed: bool = False, offline: bool = False
) -> str:
    """``announcement``, ``listing`` or ``other`` for a page of an unprofiled site.

    The page's own content decides first: a title, a publication date read from the page (not
    guessed) and a body of running text of its own (``PageSignals.own_chars``) make an
    announcement, whatever lists of links surround it. Only then do the listing signals count:
    a listing-shaped URL, the CMS family's listing entries, many teasers of one URL family.

    ``listed``: the crawl reached the page as a teaser of one of the site's listings. The site
    then vouches for it as an article, and a date htmldate found (in the URL, the page's
    metadata or text) is enough, as it is when the page's own metadata declares it an article
    (``PageSignals.declares_article``); elsewhere such a guess is not (a prose page such as
    "Geschichte der Fraktion" carries dates too).

    ``offline``: a saved page read without its crawl (``pressarchive extract``), so nothing can
    vouch for it; a date htmldate read from the page's markup or URL (``date_source``
    ``htmldate``, not its ``guess`` from the text) is then enough. A crawl does not take it
    alone: a site's category pages carry their teasers' dates in such markup too, and the crawl
    knows which pages its listings link to.
    """
    title = item.title if item else None
    if is_legal_or_contact(url, title):
        return "other"
    if _LISTING_URL.search(url):
        return "listing"
    vouched = listed or signals.declares_article
    weak = ("guess",) if offline else ("htmldate", "guess")
    dated = item is not None and item.published and (vouched or item.date_source not in (None, *weak))
    if item and item.title and dated:
        own, teaser = signals.own_chars, signals.teaser_chars
        if own >= MIN_BODY_CHARS and own >= teaser:
            return "announcement"
    if signals.shows_listing_entries or signals.teasers >= 3:
        return "listing"
    return "other"


def detect_family(body: bytes, families: dict[str, FamilyProfile]) -> str | None:
    """The known CMS family whose fingerprint occurs in the page, if any."""
    head = body[:200_000].decode("utf-8", "replace")
    for family in families.values():
        if family.id != "generic" and any(f and f in head for f in family.fingerprints):
            return family.id
    return None
