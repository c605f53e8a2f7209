"""The one generic spider: reads a site profile and crawls it.

Seeds are the profile's start URLs, feeds and sitemaps, plus what robots.txt and the pages
themselves announce (``Sitemap:`` lines, ``<link rel="alternate">`` feeds). Listing pages are read
for entries (link, date, archive year) and pagination. For a profiled CMS family the URL rules
say what an article is; for an unknown site each page is classified by its content
(``crawler.reading.classify``), and a CMS family it recognises is only a prior
(``crawler.policy.family``). Only announcements become items.

The spider decides what to request and what to yield; the decisions themselves are plain
objects of ``crawler.policy``: which links to follow (``links``), what a re-crawl asks again
(``recrawl``, over what earlier runs saw: ``state``), endless link spaces (``traps``), failure
reasons (``failures``). It reads the crawl's memory from the archive when it is made
(archive → spider); everything it learns leaves it as items and signals (``crawler.signals``).
Its sitemap and feed callbacks are ``crawler.spiders.indexes``, its handlers of redirects no
callback hears of ``crawler.spiders.notices``; the requests it makes come from its
``crawler.spiders.frontier``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from crawler import signals as crawl_signals
from crawler.extraction import BoilerplateLearner
from crawler.items import Announcement, CrawlFailure, PageVisit
from crawler.policy.failures import failure_items
from crawler.policy.family import FamilyPrior
from crawler.policy.links import LinkRules
from crawler.policy.recrawl import Recrawl
from crawler.policy.state import CrawlState
from crawler.reading import classify
from crawler.reading.page import PageFacts, PageReading, read_response
from crawler.reading.pool import Offload
from crawler.sites import SiteProfile, adhoc_profile, get_site
from crawler.sites.writer import write_discovery_report
from crawler.spiders.frontier import PRIORITY_LINK, PRIORITY_SEED, Frontier
from crawler.spiders.indexes import IndexPages
from crawler.spiders.notices import RedirectNotices
from crawler.spiders.visits import page_visit, readable, unchanged_visit
from crawler.spiders.warmup import Warmup
from crawler.urls import url_key, url_shape

logger = logging.getLogger(__name__)


class ProfileSpider(IndexPages, RedirectNotices, scrapy.Spider):
    """Crawl one site as its profile describes (``scrapy crawl site -a site=rvr``)."""

    name = "site"
    profile_id: str | None = None  # set on the per-profile subclasses made by the spider loader

    def __init__(
        self,
        site: str | None = None,
        url: str | None = None,
        profile: SiteProfile | None = None,
        crawl_settings: BaseSettings | None = None,
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
        # A site nobody profiled: pages are classified by content, even after its CMS family
        # is recognised (the family then only contributes selectors and deny rules).
        self.adhoc = profile.family == "generic"
        self.allowed_domains = list(profile.domains)
        self.today = datetime.now(UTC).date()
        self.family = FamilyPrior(profile, adhoc=self.adhoc)
        self.warmup = Warmup(BoilerplateLearner())
        state = self._load_memory(crawl_settings) if crawl_settings is not None else CrawlState()
        self.frontier = self._frontier(state, crawl_settings)
        self.found = 0  # announcements yielded in this run
        self.offload: Offload | None = None  # extraction worker processes (EXTRACT_WORKERS)
        self.discovered: dict[str, Any] = {"feeds": set(), "sitemaps": set()}

    def _frontier(self, state: CrawlState, settings: BaseSettings | None = None) -> Frontier:
        limit = settings.getint("URLLENGTH_LIMIT", 2083) if settings is not None else 2083
        return Frontier(
            self.profile.id,
            LinkRules(self.profile, adhoc=self.adhoc, today=self.today),
            Recrawl(state),
            parse=self.parse,
            errback=self.failed,
            max_url_length=limit if limit > 0 else 1 << 62,
        )

    @property
    def recrawl(self) -> Recrawl:
        return self.frontier.recrawl

    @property
    def rules(self) -> LinkRules:
        return self.frontier.rules

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ProfileSpider:
        """The crawl's spider, made with the crawl's settings: it starts from the crawl's memory
        (a spider made without them, outside a crawl, from none)."""
        spider = super().from_crawler(crawler, *args, crawl_settings=crawler.settings, **kwargs)
        workers = crawler.settings.getint("EXTRACT_WORKERS")
        spider.offload = Offload(workers) if workers > 0 else None
        crawler.signals.connect(spider.opened, signal=signals.spider_opened)
        crawler.signals.connect(spider.idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        # (connected before Scrapy's offsite filter, which drops a redirect off the site unrecorded)
        crawler.signals.connect(spider.request_scheduled, signal=signals.request_scheduled)
        return spider

    def _load_memory(self, settings: BaseSettings) -> CrawlState:
        """What earlier runs saw of the site, read once from the archive (``ARCHIVE_DB``), and the
        boilerplate they learned (into ``warmup``); ``CRAWL_FULL`` forgets the pages, not the
        boilerplate."""
        from storage.archive import Archive

        archive = Archive(settings.get("ARCHIVE_DB"))
        try:
            learned = archive.boilerplate(self.profile.id)
            state = CrawlState.load(archive, self.profile.id, full=settings.getbool("CRAWL_FULL"))
        finally:
            archive.close()
        if learned:
            self.warmup = Warmup(BoilerplateLearner.from_dict(learned))
        return state

    def opened(self, spider: scrapy.Spider) -> None:
        """Tell the archive pipeline what this crawl starts from (``crawl_signals.memory_loaded``)."""
        if spider is self:
            self.frontier.stats = self.crawler.stats  # (Scrapy sets them when the crawl starts)
            self.crawler.signals.send_catch_log(
                crawl_signals.memory_loaded, state=self.recrawl.state, learner=self.warmup.learner
            )

    # -- requests ----------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        state = self.recrawl.state
        for url in self.profile.start_urls:
            # A start URL that redirected permanently last time: ask its target directly.
            known = state.get(url)
            target = known.links[0] if known and known.kind == "redirect" and known.links else url
            yield self.frontier.request(target, self.parse, PRIORITY_SEED, seed=True)
        # Feeds and sitemaps: the profile's, those found on earlier runs, and (first crawl of an
        # unknown site) the conventional /sitemap.xml. Sitemaps that robots.txt names arrive
        # through the robots_parsed signal, from Scrapy's own robots.txt request.
        feeds = [*self.profile.feeds, *state.known_of_kind("feed")]
        sitemaps = [*self.profile.sitemaps, *filter(state.leads_to_content, state.known_of_kind("sitemap"))]
        if self.adhoc and self.recrawl.first:
            sitemaps += [f"{_origin(u)}/sitemap.xml" for u in self.profile.start_urls]
        indexes = [(url, self.parse_feed) for url in feeds] + [(url, self.parse_sitemap) for url in sitemaps]
        for url, callback in indexes:
            if (request := self.frontier.once(url, callback)) is not None:
                yield request

    # -- responses ---------------------------------------------------------------------------
    async def parse(self, response: Response, **_: Any) -> AsyncIterator[Any]:
        """Read the page (in the worker process when there is one), then handle it."""
        reading = await self._read(response) if readable(response) else None
        for output in self._handle(response, reading):
            yield output

    async def _read(self, response: TextResponse) -> PageReading:
        """One reading of the page: its facts, and its announcement when ``_classify`` needs it."""
        self._detect_family(response)  # on any page until found: feeds may deliver articles first
        wanted = self._needs_extraction(response)
        return await self.warmup.read(lambda: self._read_page(response, wanted), wanted)

    async def _read_page(self, response: TextResponse, wanted: bool) -> PageReading:
        options: dict[str, Any] = {
            "announcement": wanted,
            "classify_page": wanted and self.adhoc,
            "context": self._context(response) if wanted else None,
            "fetched": self.today.isoformat(),
            "boilerplate": self.warmup.learned if wanted else frozenset(),
        }
        if self.offload is None:
            return read_response(response, self.profile, **options)
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1") or None
        return await self.offload.read(response.body, response.url, content_type, self.profile, **options)

    def _needs_extraction(self, response: TextResponse) -> bool:
        """The conditions under which ``_classify`` needs the page's announcement."""
        if response.meta.get("seed"):
            return False
        if not self.adhoc:
            return self.profile.is_article(response.url)
        return not classify.is_legal_or_contact(response.url, None)

    def _handle(self, response: Response, reading: PageReading | None) -> Iterator[Any]:
        if response.status == 304:
            yield from self.unchanged(response)
            return
        if not isinstance(response, TextResponse):
            yield page_visit(response, self.profile.id, "other")
            return
        if reading is None:  # a feed (``_readable``)
            yield from self.parse_feed(response)
            return
        facts = reading.facts
        if response.meta.get("seed"):
            yield from self._seed_facts(response, facts)
        kind, item = self._classify(response, reading)
        if item is not None and item.problem and kind != "announcement":
            yield CrawlFailure(response.url, self.profile.id, item.problem)  # unreadable: say why
        if kind == "announcement" and item is not None:
            # The item first: were the crawl killed in between, the page must not be remembered
            # as done without its announcement stored.
            if item.text.strip():
                self.found += 1
                yield item
            else:
                yield CrawlFailure(response.url, self.profile.id, item.problem or "extraction/empty-body")
            yield page_visit(response, self.profile.id, "announcement", context=self._context(response))
            new = list(self.frontier.follow(response.url, facts))
            self._fetched(response.url, True)
            yield from new
            return
        requests = list(self.frontier.follow(response.url, facts, teasers=True))
        outlinks = sorted(url for url in facts.links if self.rules.same_host(url))
        self.recrawl.note_outlinks(response.url, outlinks)
        yield page_visit(response, self.profile.id, kind, links=outlinks)
        own_shape = url_shape(response.url)
        productive = any(isinstance(r, scrapy.Request) and url_shape(r.url) != own_shape for r in requests)
        self._fetched(response.url, productive)
        yield from requests

    def _seed_facts(self, response: TextResponse, facts: PageFacts) -> Iterator[Any]:
        """A start page: its permanent redirect, the site's name and the feeds it announces."""
        sources = response.meta.get("redirect_urls") or []
        codes = response.meta.get("redirect_reasons") or []
        if sources and codes and all(code in (301, 308) for code in codes):
            # remembered, so the next run asks the target directly
            yield PageVisit(sources[0], self.profile.id, "redirect", 200, links=[response.url])
        self.discovered.setdefault("name", facts.site_name)
        self.discovered["feeds"].update(facts.feeds)
        for feed in facts.feeds:
            if not self.rules.same_host(feed) or self.profile.is_denied(feed):
                continue
            if (request := self.frontier.once(feed, self.parse_feed)) is not None:
                yield request

    def _fetched(self, url: str, productive: bool) -> None:
        """A page of the URL's shape was fetched: a shape that keeps yielding nothing is a trap."""
        shape = self.frontier.traps.fetched_page(url, productive)
        if shape is not None:
            self.crawler.signals.send_catch_log(crawl_signals.trap_found, shape=shape)

    def _classify(self, response: TextResponse, reading: PageReading) -> tuple[str, Announcement | None]:
        """What this page is: by the profile's URL rules, or by content for unknown sites."""
        url = response.url
        if not self.adhoc:
            if self.profile.is_article(url) and not response.meta.get("seed"):
                return "announcement", self._announcement(reading)
            return "listing", None
        if response.meta.get("seed") or classify.is_legal_or_contact(url, None):
            return ("listing" if response.meta.get("seed") else "other"), None
        item = self._announcement(reading)
        assert reading.facts.signals is not None  # read with classify_page (``_read``)
        listed = bool(response.meta.get("listed"))
        kind = classify.classify(reading.facts.signals, url, item, listed=listed)
        if reading.facts.signals.shows_listing_entries:
            self.family.listing_entries_found()  # its listing-entry selector finds the entries
        elif kind == "announcement":
            fallback = self.family.announcement_read(getattr(item, "body_method", None))
            if fallback is not None:
                self._use_profile(fallback)
        return kind, item

    def _detect_family(self, response: TextResponse) -> None:
        profile = self.family.detect(response.body, self.profile)
        if profile is not None:
            self._use_profile(profile)

    def _use_profile(self, profile: SiteProfile) -> None:
        """Crawl on with another profile (a family's rules from now on, or without them)."""
        self.profile = profile
        self.frontier.rules = self.rules.with_profile(profile)

    def _announcement(self, reading: PageReading) -> Announcement:
        """The page's announcement (the same call `pressarchive reparse` makes on its WARC
        record); its text blocks teach the site's boilerplate to the pages after it."""
        assert reading.item is not None  # read with announcement=True (``_needs_extraction``)
        if not reading.observed:  # (a warm-up page was observed when it was first read)
            self.warmup.observe(reading.fingerprints)
        return reading.item

    def _context(self, response: Response) -> dict:
        """Listing context of an article: from the request, this run's listings, or the last run."""
        stored = self.recrawl.state.get(response.url)
        return dict(
            response.meta.get("context")
            or self.frontier.contexts.get(url_key(response.url))
            or (stored.context if stored else None)
            or {}
        )

    def unchanged(self, response: Response) -> Iterator[Any]:
        """A 304: nothing to extract; its stored outlinks still count as linked.

        Should a page below it still have links that never led to a stored page (a crawl killed
        mid-run), that page is fetched again in full, so a resumed crawl completes the work.
        """
        yield unchanged_visit(response.url, self.profile.id, self.recrawl.state.get(response.url))
        callback = response.request.callback if response.request else None
        for request in self.frontier.resume(response.url, callback):
            logger.info("%s: resuming unfinished work below %s", self.profile.id, request.url)
            yield request

    def idle(self) -> None:
        """At the end of an incremental crawl: ask again for known announcements nobody links to."""
        orphans = self.recrawl.orphans()
        if not orphans:
            return
        logger.info(
            "%s: %d known announcements dropped from listings or gone once; checking them",
            self.profile.id,
            len(orphans),
        )
        for url in orphans:
            self.crawler.engine.crawl(self.frontier.request(url, self.parse, PRIORITY_LINK, revalidate=True))
        raise DontCloseSpider

    def closed(self, reason: str) -> None:
        """Stop the extraction workers; write what discovery found (``sites add``) if asked."""
        if self.offload is not None:
            self.offload.close()
        path = self.crawler.settings.get("DISCOVERY_REPORT") if self.crawler else None
        if path:
            stats = self.crawler.stats
            write_discovery_report(
                path,
                family=self.family.family,
                name=self.discovered.get("name"),
                feeds=self.discovered["feeds"],
                sitemaps=self.discovered["sitemaps"],
                domains=self.allowed_domains,
                pages=stats.get_value("response_received_count", 0) if stats else 0,
                announcements=self.found,
            )

    # -- failures ----------------------------------------------------------------------------
    def failed(self, failure: Failure) -> Iterator[PageVisit | CrawlFailure]:
        """The errback of every request: the page's state and the failure's reason."""
        yield from failure_items(failure, self.profile.id)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
