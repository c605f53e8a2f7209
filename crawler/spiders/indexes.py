"""Sitemaps and feeds: the index pages whose entries are article links, with change tokens.

A sitemap's ``lastmod`` or a feed item's text says whether an article changed since the last
run, without fetching it (``Frontier.index_entries``). Sitemaps come from the profile, from
earlier runs, from robots.txt (read from Scrapy's own robots.txt request, ``robots_parsed``) and
from sitemap indexes; feeds from the profile, earlier runs and the pages that announce them.
A part of :class:`~crawler.spiders.profile.ProfileSpider`, apart only to keep its module small.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse

from crawler.policy import discovery
from crawler.sites import SiteProfile
from crawler.spiders.frontier import Frontier, change_token
from crawler.spiders.visits import page_visit
from crawler.urls import canonicalize


class IndexPages:
    """The sitemap and feed callbacks of the spider (a mixin of ``ProfileSpider``)."""

    # set by ProfileSpider
    crawler: Crawler
    profile: SiteProfile
    adhoc: bool
    frontier: Frontier
    discovered: dict[str, Any]
    unchanged: Callable[[Response], Iterator[Any]]

    def robots_parsed(self, robotparser: Any, request: scrapy.Request) -> None:
        """Sitemaps named in robots.txt, read from Scrapy's own robots.txt fetch (no second request)."""
        if not self.adhoc:
            return
        sitemaps = list(getattr(getattr(robotparser, "rp", None), "sitemaps", None) or [])
        for url in sitemaps:
            url = canonicalize(url)
            self.discovered["sitemaps"].add(url)
            same_host = self.frontier.rules.same_host(url)
            if same_host and (sitemap := self.frontier.once(url, self.parse_sitemap)) is not None:
                self.crawler.engine.crawl(sitemap)

    def parse_sitemap(self, response: Response, **_: Any) -> Iterator[Any]:
        """A sitemap (or sitemap index): its article links, with their lastmod as change token."""
        if response.status == 304:
            yield from self.unchanged(response)
            return
        links: list[str] = []
        articles = []
        for entry in discovery.sitemap_entries(response.body):
            url = canonicalize(entry.url)
            if not entry.is_index:
                articles.append((url, entry.lastmod))
            elif self.frontier.rules.same_host(url) and (
                (sitemap := self.frontier.once(url, self.parse_sitemap)) is not None
            ):  # a sitemap of the index not yet asked in this run is one of its links
                links.append(url)
                yield sitemap
        yield from self.frontier.index_entries("sitemap", articles, links)
        self.frontier.recrawl.note_outlinks(response.url, links)
        yield page_visit(response, self.profile.id, "sitemap", links=links)

    def parse_feed(self, response: Response, **_: Any) -> Iterator[Any]:
        """RSS/Atom: every item link is a candidate article, its text the change token."""
        if response.status == 304:
            yield from self.unchanged(response)
            return
        links: list[str] = []
        if isinstance(response, TextResponse):
            entries = (
                (canonicalize(response.urljoin(e.link)), change_token(e.text))
                for e in discovery.feed_entries(response.selector)
            )
            yield from self.frontier.index_entries("feed", entries, links)
        yield page_visit(response, self.profile.id, "feed", links=links)
