"""Finding announcements on a site nobody profiled: sitemaps and feeds.

Thin wrappers: sitemap parsing is Scrapy's (``scrapy.utils.sitemap``); robots.txt ``Sitemap:``
lines come from Scrapy's own robots.txt parser (the spider's ``robots_parsed`` handler); feeds
are found through ``<link rel="alternate">`` as browsers do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

if TYPE_CHECKING:
    from parsel import Selector

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: str | None  # ISO date (day precision) or None
    is_index: bool  # the entry points to another sitemap


def sitemap_entries(body: bytes) -> Iterator[SitemapEntry]:
    """Entries of an XML sitemap or sitemap index (malformed XML yields nothing)."""
    from scrapy.utils.sitemap import Sitemap  # (a crawl's import: `extract` reads no sitemaps)

    try:
        sitemap = Sitemap(body)
    except Exception:  # lxml raises several types on garbage; a bad sitemap is just empty
        return
    is_index = sitemap.type == "sitemapindex"
    for entry in sitemap:
        loc = (entry.get("loc") or "").strip()
        if not loc:
            continue
        found = _DATE.search(entry.get("lastmod") or "")
        yield SitemapEntry(loc, found.group(0) if found else None, is_index)


def feed_links(sel: Selector, base_url: str) -> list[str]:
    """Feeds a page announces with ``<link rel="alternate" type="application/rss+xml">``."""
    urls = []
    for link in sel.css('link[rel~="alternate"]'):
        kind = (link.attrib.get("type") or "").lower()
        href = link.attrib.get("href")
        if href and kind in FEED_TYPES:
            urls.append(urljoin(base_url, href.strip()))
    return urls


def looks_like_feed(body: bytes) -> bool:
    head = body[:2000].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


@dataclass(frozen=True)
class FeedEntry:
    link: str  # as the feed writes it (may be relative)
    text: str  # everything the feed says of the item: its change token


def feed_entries(sel: Selector) -> Iterator[FeedEntry]:
    """The items of an RSS or Atom feed (any namespace): their link and text."""
    sel.remove_namespaces()
    for node in sel.xpath("//item | //entry"):
        link = node.xpath("link/text()").get() or node.xpath("link/@href").get()
        if link and link.strip():
            yield FeedEntry(link.strip(), " ".join(node.xpath(".//text()").getall()))
