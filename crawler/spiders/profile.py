"""The one generic spider: reads a site profile and crawls it.

Start URLs, feeds and sitemaps seed the crawl; listing pages are read for entries (link, date,
archive year) and pagination; pages whose URL the profile marks as an article go through
extraction and become announcements. No site gets its own Python class: what differs between
sites lives in their TOML profiles.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from crawler.extraction import BoilerplateLearner, PageContext, extract, page_blocks
from crawler.items import Announcement, CrawlFailure, PageVisit
from crawler.listing import listing_entries
from crawler.sites import SiteProfile, adhoc_profile, get_site
from crawler.urls import canonical_from_page

logger = logging.getLogger(__name__)


class ProfileSpider(scrapy.Spider):
    """Crawl one site as its profile describes (``scrapy crawl site -a site=rvr``)."""

    name = "site"
    profile_id: str | None = None  # set on the per-profile subclasses made by the spider loader

    def __init__(
        self,
        site: str | None = None,
        url: str | None = None,
        profile: SiteProfile | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if profile is None:
            site = site or self.profile_id
            profile = get_site(site) if site else adhoc_profile(url) if url else None
        if profile is None:
            raise ValueError("ProfileSpider needs a site (-a site=ID) or a start URL (-a url=URL)")
        if url and profile.start_urls != (url,):
            profile = profile.rebased(start_urls=(url,))
        self.profile = profile
        self.allowed_domains = list(profile.domains)
        self.learner = BoilerplateLearner()
        self.learned: frozenset[str] = frozenset()
        self.fetched_on = datetime.now(UTC).date().isoformat()

    # -- seeds -------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.profile.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed, meta={"seed": True})
        for url in self.profile.feeds:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.failed)

    # -- responses ---------------------------------------------------------------------------
    def parse(self, response: Response, **_: Any) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            yield self._visit(response, "other")
            return
        if self.profile.is_article(response.url) and not response.meta.get("seed"):
            yield from self.parse_article(response)
            return
        yield self._visit(response, "listing")
        yield from self.follow(response)

    def follow(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """Follow listing entries first (they carry dates), then article and listing links."""
        for entry in listing_entries(response.selector, response.url, self.profile.selectors):
            if self._wanted(entry.url):
                context = {"listing_date": entry.date, "year": entry.year, "listing_title": entry.title}
                yield scrapy.Request(
                    entry.url, callback=self.parse, errback=self.failed, meta={"context": context}
                )
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip())
            if self._wanted(url):
                yield scrapy.Request(url, callback=self.parse, errback=self.failed)

    def parse_article(self, response: TextResponse) -> Iterator[Any]:
        ctx = dict(response.meta.get("context") or {})
        context = PageContext(fetched=self.fetched_on, **ctx)
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        item: Announcement = extract(
            response.body,
            response.url,
            selectors=self.profile.selectors,
            context=context,
            boilerplate=self.learned,
            content_type=content_type,
        )
        self._learn(response.body)
        declared = response.css('link[rel="canonical"]::attr(href)').get()
        item.canonical_url = canonical_from_page(response.url, declared)
        item.source = self.profile.id
        item.organisation = self.profile.organisation
        item.party = self.profile.party
        item.region = self.profile.region
        item.level = self.profile.level
        yield self._visit(response, "announcement", context=ctx)
        if not item.text.strip():
            yield CrawlFailure(response.url, self.profile.id, "extraction/empty-body")
        else:
            yield item
        yield from self.follow(response)

    def parse_feed(self, response: Response, **_: Any) -> Iterator[Any]:
        """RSS/Atom: every item link is a candidate article, with the feed's date as context."""
        yield self._visit(response, "feed")
        if not isinstance(response, TextResponse):
            return
        response.selector.remove_namespaces()
        for node in response.xpath("//item | //entry"):
            link = node.xpath("link/text()").get() or node.xpath("link/@href").get()
            if not link:
                continue
            url = response.urljoin(link.strip())
            if self._wanted(url):
                yield scrapy.Request(url, callback=self.parse, errback=self.failed)

    # -- failures ----------------------------------------------------------------------------
    def failed(self, failure: Failure) -> Iterator[CrawlFailure]:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else None
        if failure.check(HttpError):
            status = failure.value.response.status
            yield CrawlFailure(url, self.profile.id, f"http/{status}")
            yield PageVisit(url or "", self.profile.id, "gone" if status in (404, 410) else "error", status)
            return
        if failure.check(DNSLookupError):
            reason = "dns"
        elif failure.check(TimeoutError, TCPTimedOutError):
            reason = "timeout"
        else:
            reason = f"error/{failure.type.__name__}"
        yield CrawlFailure(url, self.profile.id, reason, str(failure.value)[:1000])

    # -- helpers -----------------------------------------------------------------------------
    def _wanted(self, url: str) -> bool:
        if urlsplit(url).scheme not in ("http", "https"):
            return False
        host = (urlsplit(url).hostname or "").lower()
        if self.allowed_domains and host not in self.allowed_domains:
            return False
        if self.profile.is_denied(url):
            return False
        return self.profile.is_article(url) or self.profile.is_listing(url)

    def _learn(self, body: bytes) -> None:
        self.learner.observe(page_blocks(body))
        self.learned = frozenset(self.learner.learned())

    def _visit(self, response: Response, kind: str, context: dict | None = None) -> PageVisit:
        headers = response.headers
        return PageVisit(
            url=response.url,
            source=self.profile.id,
            kind=kind,
            status=response.status,
            etag=(headers.get("ETag") or b"").decode("latin-1") or None,
            last_modified=(headers.get("Last-Modified") or b"").decode("latin-1") or None,
            body_hash=hashlib.sha256(response.body).hexdigest(),
            context=context,
        )
