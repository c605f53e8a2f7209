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
from typing import Any
from urllib.parse import urljoin, urlsplit

from parsel import Selector
from scrapy.http import Headers, TextResponse
from scrapy.responsetypes import responsetypes

from crawler.extraction import page_blocks
from crawler.extraction.boilerplate import page_fingerprints
from crawler.extraction.dom import drop_unparseable_urls, flatten_deep, xml_compatible
from crawler.items import Announcement
from crawler.policy import discovery
from crawler.reading import classify
from crawler.reading.announce import announcement_from_response
from crawler.reading.listing import ListingEntry, listing_entries
from crawler.sites import SiteProfile
from crawler.urls import canonicalize


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


def _selector(response: TextResponse) -> Selector:
    """The page's selector; for a page nested deeper than libxml2 keeps (100,000 ``<div>``s),
    one over the flattened markup (``extraction.dom.flatten_deep``), so its text and links count.
    Characters lxml refuses are left out, and hrefs that cannot be parsed at all lose their
    ``href``, so no reader of the page's links and attributes trips on them."""
    flat = xml_compatible(flatten_deep(response.text))
    try:
        sel = response.selector if flat is response.text else None
    except ValueError:  # Scrapy reads <base href> to build it, and a broken one raises
        sel = None
    if sel is None:
        sel = Selector(text=flat, base_url=response.url)
        response._cached_selector = sel  # so response.css() (announce.py) reads this tree too
    drop_unparseable_urls(sel.root)  # unparseable hrefs: no link (urljoin would raise downstream)
    return sel


def page_response(url: str, body: bytes, content_type: str | None) -> TextResponse | None:
    """The response Scrapy would have built for this download (same class, same encoding rules)."""
    headers = Headers({"Content-Type": content_type} if content_type else {})
    cls = responsetypes.from_args(headers=headers, url=url, body=body)
    response = cls(url=url, body=body, headers=headers)
    return response if isinstance(response, TextResponse) else None


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
    """Read a downloaded page from its bytes (in a worker process, or inline)."""
    response = page_response(url, body, content_type)
    if response is None:
        return PageReading(PageFacts())
    return read_response(
        response,
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
    sel = _selector(response)
    url = base_url(sel, response.url)  # links resolve against <base href>
    facts = PageFacts(
        links=list(dict.fromkeys(_links(sel, url))) if crawling else [],
        entries=listing_entries(sel, url, profile.selectors) if crawling else [],
        feeds=discovery.feed_links(sel, url) if crawling else [],
        site_name=sel.css('meta[property="og:site_name"]::attr(content)').get()
        or (sel.css("title::text").get() or "").strip()
        or None,
        canonical=sel.css('link[rel="canonical"]::attr(href)').get(),
    )
    anchors = []
    if (crawling and not facts.entries) or classify_page:
        anchors = classify.teaser_anchors(sel, url)  # one pass over the links serves both
        if crawling and not facts.entries:
            facts.teasers = classify.teaser_texts(anchors)
    item = None
    if announcement:
        item = announcement_from_response(
            response, profile, context=context, fetched=fetched, boilerplate=boilerplate
        )
    if classify_page:
        facts.signals = classify.page_signals(
            sel, anchors, profile.selectors.get("listing_entry"), item.text if item else None
        )
    if item is None or not crawling:
        return PageReading(facts, item)
    blocks = page_blocks(response.body)
    return PageReading(facts, item, page_fingerprints(blocks))
