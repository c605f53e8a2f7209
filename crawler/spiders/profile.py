"""The one generic spider: reads a site profile and crawls it.

Seeds are the profile's start URLs, feeds and sitemaps, plus what robots.txt and the pages
themselves announce (``Sitemap:`` lines, ``<link rel="alternate">`` feeds). Listing pages are read
for entries (link, date, archive year) and pagination. For a profiled CMS family the URL rules
say what an article is; for an unknown site each page is classified by its content
(``crawler.reading.classify``). Only announcements become items.

Re-crawls are incremental (see ``crawler.policy.state``): requests carry validators, unchanged pages
(304) are not processed again, known announcements are not asked again unless a sitemap or feed
says they changed or no listing links to them any more. Endless link spaces are detected and
bounded (``crawler.policy.traps``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import (
    DontCloseSpider,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.url import url_is_from_any_domain
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from crawler.extraction import BoilerplateLearner
from crawler.items import Announcement, CrawlFailure, PageTokens, PageVisit
from crawler.policy import discovery, netguard
from crawler.policy.state import TEASER_TOKEN, CrawlState
from crawler.policy.traps import TrapGuard, far_future
from crawler.reading import classify
from crawler.reading.page import PageFacts, PageReading, read_response
from crawler.reading.pool import Offload
from crawler.sites import SiteProfile, adhoc_profile, get_site, load_families, parse_site
from crawler.urls import canonicalize, url_key, url_shape
from crawler.warc import warc_location

logger = logging.getLogger(__name__)

PRIORITY_SEED = 30
PRIORITY_LISTING = 20
PRIORITY_ENTRY = 10
PRIORITY_LINK = 0
# Pages read before the site's boilerplate is known (the learner's minimum), and how long the
# pages after them wait for it (``ProfileSpider._read``).
WARMUP_PAGES = 3
WARMUP_WAIT = 10.0
# Announcements whose bodies a recognised CMS family's selectors must find before it is dropped.
FAMILY_TRIALS = 5


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
        # A site nobody profiled: pages are classified by content, even after its CMS family
        # is recognised (the family then only contributes selectors and deny rules).
        self.adhoc = profile.family == "generic"
        self.allowed_domains = list(profile.domains)
        self.learner = BoilerplateLearner()
        self.learned: frozenset[str] = frozenset()
        self._warmup_reads = self._warmup_done = 0  # pages read before the template was known
        # The CMS family as a prior (``_confirm_family``): the profile before it, its trials.
        self._before_family: SiteProfile | None = None
        self._family_confirmed = False
        self._family_trials = 0
        self._warm: asyncio.Event | None = None  # set once it does (``_warmed_up``)
        self.state = CrawlState()  # the archive pipeline loads what earlier runs saw
        self.traps = TrapGuard()
        self.today = datetime.now(UTC).date()
        self.seen: set[str] = set()  # URL keys linked from pages of this run (or their stored links)
        self.requested: set[str] = set()
        self.contexts: dict[str, dict] = {}  # listing context per article URL key
        self.revalidated = False
        self.refetched: set[str] = set()  # unchanged pages fetched again to resume a killed crawl
        self.dropped: set[str] = set()  # URL keys that changed listings no longer link
        self.found = 0  # announcements yielded in this run
        self.offload: Offload | None = None  # extraction worker processes (EXTRACT_WORKERS)
        self.unresolved: set[str] = set()  # requested URLs that never got a response (redirect loops)
        # Failures noticed outside a callback (a redirect loop's request dropped by the duplicate
        # filter): recorded by the archive pipeline when the crawl closes.
        self.late_failures: list[CrawlFailure] = []
        self.blocked_links: set[str] = set()  # links refused before any request (length, scheme)
        self.discovered: dict[str, Any] = {"feeds": set(), "sitemaps": set(), "family": None}
        self._rules_cache: dict[tuple[str, bool], bool] = {}  # ``_wanted``: (URL, from sitemap)

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.idle, signal=signals.spider_idle)
        workers = crawler.settings.getint("EXTRACT_WORKERS")
        spider.offload = Offload(workers) if workers > 0 else None
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        # (connected before Scrapy's offsite filter, which drops a redirect off the site unrecorded)
        crawler.signals.connect(spider.request_scheduled, signal=signals.request_scheduled)
        return spider

    # -- requests ----------------------------------------------------------------------------
    def request(self, url: str, callback: Any, priority: int = PRIORITY_LINK, **meta: Any) -> scrapy.Request:
        """A request with the validators of the last run, so unchanged pages cost a 304."""
        self.requested.add(url_key(url))
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.failed,
            priority=priority,
            headers=self.state.validators(url),
            meta={"handle_httpstatus_list": [304], **meta},
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.profile.start_urls:
            # A start URL that redirected permanently last time: ask its target directly.
            known = self.state.get(url)
            target = known.links[0] if known and known.kind == "redirect" and known.links else url
            yield self.request(target, self.parse, PRIORITY_SEED, seed=True)
        # Feeds and sitemaps: the profile's, those found on earlier runs, and (first crawl of an
        # unknown site) the conventional /sitemap.xml. Sitemaps that robots.txt names arrive
        # through the robots_parsed signal, from Scrapy's own robots.txt request.
        feeds = [*self.profile.feeds, *self.state.known_of_kind("feed")]
        sitemaps = [
            *self.profile.sitemaps,
            *filter(self.state.leads_to_content, self.state.known_of_kind("sitemap")),
        ]
        if self.adhoc and not self.state.pages:
            sitemaps += [f"{self._origin(u)}/sitemap.xml" for u in self.profile.start_urls]
        for url in feeds:
            if url_key(url) not in self.requested:
                yield self.request(url, self.parse_feed, PRIORITY_SEED, optional=True)
        for url in sitemaps:
            if url_key(url) not in self.requested:
                yield self.request(url, self.parse_sitemap, PRIORITY_SEED, optional=True)

    def request_dropped(self, request: scrapy.Request) -> None:
        """A redirect back to a URL already asked (a loop): remember the chain as unresolved,
        and record the loop (with its chain) for the URL that was linked."""
        chain = request.meta.get("redirect_urls") or []
        for url in chain:
            self.unresolved.add(url)
        if chain:
            detail = " -> ".join([*chain, request.url])[:1000]
            self.late_failures.append(CrawlFailure(chain[0], self.profile.id, "redirect/loop", detail))

    def request_scheduled(self, request: scrapy.Request) -> None:
        """A redirect (HTTP or meta refresh) that leaves the site: Scrapy's offsite filter drops
        it next, without a trace. Record it for the URL that was linked — into a private network
        from a public site as ``blocked/private-address`` (no SSRF), else ``redirect/offsite``."""
        chain = request.meta.get("redirect_urls")
        if not chain or request.dont_filter or not self.allowed_domains:
            return
        if url_is_from_any_domain(request.url, self.allowed_domains):
            return
        private = not self.private_site and netguard.private_url(request.url)
        reason = "blocked/private-address" if private else "redirect/offsite"
        self.unresolved.update(chain)
        detail = " -> ".join([*chain, request.url])[:1000]
        self.late_failures.append(CrawlFailure(chain[0], self.profile.id, reason, detail))

    def robots_parsed(self, robotparser: Any, request: scrapy.Request) -> None:
        """Sitemaps named in robots.txt, read from Scrapy's own robots.txt fetch (no second request)."""
        if not self.adhoc:
            return
        sitemaps = list(getattr(getattr(robotparser, "rp", None), "sitemaps", None) or [])
        for url in sitemaps:
            url = canonicalize(url)
            self.discovered["sitemaps"].add(url)
            if self._same_host(url) and url_key(url) not in self.requested:
                self.crawler.engine.crawl(self.request(url, self.parse_sitemap, PRIORITY_SEED, optional=True))

    # -- responses ---------------------------------------------------------------------------
    async def parse(self, response: Response, **_: Any) -> AsyncIterator[Any]:
        """Read the page (in the worker process when there is one), then handle it (``_parse``)."""
        reading = await self._read(response) if self._readable(response) else None
        for output in self._parse(response, reading):
            yield output

    @staticmethod
    def _readable(response: Response) -> bool:
        """An HTML (or other text) page: not a 304, not a binary file, not a feed."""
        return (
            response.status != 304
            and isinstance(response, TextResponse)
            and not discovery.looks_like_feed(response.body[:2000])
        )

    async def _read(self, response: TextResponse) -> PageReading:
        """One parse of the page: its facts, and its announcement when ``_classify`` needs it.

        Boilerplate is learned from the site's own pages, but responses arrive faster than the
        worker reads them: on a first crawl, every page dispatched before the learner had seen
        a few pages would keep the site's navigation and footer in its body. So only the first
        ``WARMUP_PAGES`` pages are read before the template is known; the pages after them wait
        for it (``WARMUP_WAIT`` seconds at most), and those first pages are read again with it.
        """
        self._detect_family(response)  # on any page until found: feeds may deliver articles first
        wanted = self._needs_extraction(response)
        warming = wanted and self.learner.pages < WARMUP_PAGES
        if warming and self._warmup_reads >= WARMUP_PAGES:
            await self._warmed_up()
            warming = False
        elif warming:
            self._warmup_reads += 1
        try:
            reading = await self._read_page(response, wanted)
            if warming and reading.item is not None:
                self._observe(reading.fingerprints)  # learn from it now: the pages after it wait
                reading.observed = True
        finally:
            if warming:
                self._warmup_done += 1
                if self._warmup_done >= WARMUP_PAGES and self._warm is not None:
                    self._warm.set()
        if warming and reading.item is not None:
            await self._warmed_up()
            if self.learned:  # read again, without the template's blocks
                reading = await self._read_page(response, wanted)
                reading.observed = True
        return reading

    async def _warmed_up(self) -> None:
        """Until the first ``WARMUP_PAGES`` reads are done (or ``WARMUP_WAIT`` seconds)."""
        if self.learner.pages >= WARMUP_PAGES or self._warmup_done >= WARMUP_PAGES:
            return
        if self._warm is None:
            self._warm = asyncio.Event()
        with contextlib.suppress(asyncio.TimeoutError):  # (TimeoutError here is Twisted's)
            await asyncio.wait_for(self._warm.wait(), WARMUP_WAIT)

    def _observe(self, fingerprints: set[str]) -> None:
        """One page's blocks into the site's boilerplate learner."""
        # Learning is cheap per page, but reading out the learned set scans every fingerprint:
        # refreshed on each of the first pages (where it changes most), then every 25th.
        self.learner.observe_fingerprints(fingerprints)
        if self.learner.pages <= 50 or self.learner.pages % 25 == 0:
            self.learned = frozenset(self.learner.learned())

    async def _read_page(self, response: TextResponse, wanted: bool) -> PageReading:
        options = {
            "announcement": wanted,
            "classify_page": wanted and self.adhoc,
            "context": self._context(response) if wanted else None,
            "fetched": self.today.isoformat(),
            "boilerplate": self.learned if wanted else frozenset(),
        }
        if self.offload is None:
            return read_response(response, self.profile, **options)
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        return await self.offload.read(response.body, response.url, content_type, self.profile, **options)

    def _needs_extraction(self, response: TextResponse) -> bool:
        """The conditions under which ``_classify`` needs the page's announcement."""
        if response.meta.get("seed"):
            return False
        if not self.adhoc:
            return self.profile.is_article(response.url)
        return not classify.is_legal_or_contact(response.url, None)

    def _parse(self, response: Response, reading: PageReading | None) -> Iterator[Any]:
        if response.status == 304:
            yield from self.unchanged(response)
            return
        if not isinstance(response, TextResponse):
            yield self._visit(response, "other")
            return
        if reading is None:  # a feed (``_readable``)
            yield from self.parse_feed(response)
            return
        facts = reading.facts
        if response.meta.get("seed"):
            yield from self._remember_redirect(response)
            self.discovered.setdefault("name", facts.site_name)
            self.discovered["feeds"].update(facts.feeds)
            for feed in facts.feeds:
                if (
                    self._same_host(feed)
                    and not self.profile.is_denied(feed)
                    and url_key(feed) not in self.requested
                ):
                    yield self.request(feed, self.parse_feed, PRIORITY_SEED, optional=True)
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
            yield self._visit(response, "announcement", context=self._context(response))
            new = list(self.follow(response, facts))
            self.traps.fetched_page(response.url, True)
            yield from new
            return
        requests = list(self.follow(response, facts, teasers=True))
        outlinks = self._outlinks(facts)
        self._note_dropped(response.url, outlinks)
        yield self._visit(response, kind, links=outlinks)
        own_shape = url_shape(response.url)
        productive = any(isinstance(r, scrapy.Request) and url_shape(r.url) != own_shape for r in requests)
        self.traps.fetched_page(response.url, productive)
        yield from requests

    def _remember_redirect(self, response: Response) -> Iterator[PageVisit]:
        """Record a permanent redirect of a start URL, so the next run asks the target directly."""
        sources = response.meta.get("redirect_urls") or []
        codes = response.meta.get("redirect_reasons") or []
        if sources and codes and all(code in (301, 308) for code in codes):
            yield PageVisit(sources[0], self.profile.id, "redirect", 200, links=[response.url])

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
            self._family_confirmed = True  # its listing-entry selector finds the site's entries
        elif kind == "announcement":
            self._confirm_family(item)
        return kind, item

    def _confirm_family(self, item: Announcement) -> None:
        """A CMS family recognised by its fingerprint is a prior, not a fact: other sites share
        fingerprints (``/wp-content/`` behind other permalinks, an accessibility link text). Its
        selectors stay once they find the body of one of the site's announcements or the entries
        of one of its listings; when they found neither on the first ``FAMILY_TRIALS``
        announcements, the crawl goes on by content alone, and says so."""
        family = self.discovered["family"]
        if family is None or self._family_confirmed:
            return
        if getattr(item, "body_method", None) == "selector":
            self._family_confirmed = True
            return
        self._family_trials += 1
        if self._family_trials < FAMILY_TRIALS:
            return
        logger.warning(
            "%s: CMS family %s recognised by its fingerprint, but its selectors found neither a "
            "listing's entries nor the bodies of %d announcements: crawling by content alone",
            self.profile.id,
            family,
            self._family_trials,
        )
        self.profile = self._before_family or self.profile
        self.discovered["family"] = None
        self.discovered["family_rejected"] = family
        self._rules_cache.clear()

    def _announcement(self, reading: PageReading) -> Announcement:
        """The page's announcement (the same call `pressarchive reparse` makes on its WARC
        record); its text blocks teach the site's boilerplate to the pages after it."""
        assert reading.item is not None  # read with announcement=True (``_needs_extraction``)
        if not reading.observed:  # (a warm-up page was observed when it was first read)
            self._observe(reading.fingerprints)
        return reading.item

    def _context(self, response: Response) -> dict:
        """Listing context of an article: from the request, this run's listings, or the last run."""
        stored = self.state.get(response.url)
        return dict(
            response.meta.get("context")
            or self.contexts.get(url_key(response.url))
            or (stored.context if stored else None)
            or {}
        )

    def follow(self, response: TextResponse, facts: PageFacts, teasers: bool = False) -> Iterator[Any]:
        """Requests for the links worth following: listing entries first (they carry dates).

        On a re-crawl, a known listing is asked again only when it continues this page's own
        series (pagination); new announcements show up on the changed pages, feeds and sitemaps.
        With ``teasers`` (a listing or other page, not an article with its related links), the
        teaser texts of a listing without entry selectors are change tokens too: an article
        whose teaser changed is asked again.
        """
        tokens: dict[str, dict[str, str]] = {}
        for entry in facts.entries:
            url = canonicalize(entry.url)
            context = {"listing_date": entry.date, "year": entry.year, "listing_title": entry.title}
            self.contexts.setdefault(url_key(url), context)
            if self._wanted(url):
                token = _token(entry.text)
                tokens[url] = {"listing": token}
                req = self._maybe_request(url, PRIORITY_ENTRY, ("listing", token), context=context)
                if req is not None:
                    yield req
        own_shape = url_shape(response.url)
        shown = facts.teasers if teasers else {}
        listed_family = facts.signals.teaser_family if facts.signals else None
        # Per listing page: several pages show one article differently (with a lead, title only).
        teaser_kind = f"{TEASER_TOKEN}{url_key(response.url)}"
        for url in facts.links:
            if not self._wanted(url):
                if (refused := self._refused_link(url)) is not None:
                    yield refused
                continue
            if self._skip_listing(url, own_shape):
                self.seen.add(url_key(url))
                continue
            listing = not self.adhoc and self.profile.is_listing(url)
            token = None
            if url in shown and url not in tokens and not self.state.known_listing(url):
                token = (teaser_kind, _token(shown[url]))
                tokens[url] = {teaser_kind: token[1]}
            # A teaser of the listing's own kind of article (its most frequent teaser family, not
            # a menu beside it): the site itself says the target is an article (``listed``).
            meta = {"listed": True} if url in shown and classify.link_family(url) == listed_family else {}
            req = self._maybe_request(url, PRIORITY_LISTING if listing else PRIORITY_LINK, token, **meta)
            if req is not None:
                yield req
        yield from self._tokens(tokens)

    def _maybe_request(
        self, url: str, priority: int, token: tuple[str, str | None] | None = None, **meta: Any
    ) -> scrapy.Request | CrawlFailure | None:
        """A request for ``url`` unless it was asked already or is known and unchanged; a
        :class:`CrawlFailure` (once per URL) for a link too long to request."""
        key = url_key(url)
        self.seen.add(key)
        if key in self.requested:
            return None
        if len(url) > self.max_url_length:
            if key in self.blocked_links:
                return None
            self.blocked_links.add(key)
            detail = f"{len(url)} characters (limit {self.max_url_length}): {url[:300]}"
            return CrawlFailure(url[:2000], self.profile.id, "blocked/url-too-long", detail)
        if token is not None and self.state.known_listing(url) and not self.state.full:
            return None  # a listing named in a sitemap: asked again only through its pages
        changed = token is not None and self.state.changed_token(url, *token)
        if self.state.is_settled(url) and not changed:
            return None
        return self.request(url, self.parse, priority, **meta)

    def _tokens(self, tokens: dict[str, dict[str, str]]) -> Iterator[PageTokens]:
        """Change tokens that differ from what the archive holds, to be stored for next time."""
        fresh = {}
        for url, kinds in tokens.items():
            known = self.state.get(url)
            stored = known.tokens if known else {}
            if any(stored.get(kind) != value for kind, value in kinds.items()):
                fresh[url] = kinds
        if fresh:
            yield PageTokens(self.profile.id, fresh)

    def unchanged(self, response: Response) -> Iterator[Any]:
        """A 304: nothing to extract; its stored outlinks still count as linked.

        Should a page below it still have links that never led to a stored page (a crawl killed
        mid-run), that page is fetched again in full, so a resumed crawl completes the work.
        """
        page = self.state.get(response.url)
        yield PageVisit(
            url=page.url if page else response.url,
            source=self.profile.id,
            kind=(page.kind if page else None) or "other",
            status=200,
            etag=page.etag if page else None,
            last_modified=page.last_modified if page else None,
            links=page.links if page else None,
            lastmod=page.lastmod if page else None,
        )
        yield from self._resume(response.url, response.request.callback if response.request else None, 0)

    def _rotation(self, done: set[str]) -> list[Any]:
        """On a site with neither feed nor sitemap nothing says that an old announcement was
        edited: each night a few of them (the longest unchecked, 1 in 25) are asked again, so
        every edit is found within about 25 nights at the cost of a 304 each."""
        if self.has_index or self.state.known_of_kind("feed"):
            return []
        known = [p for p in self.state.announcements() if url_key(p.url) not in done]
        known.sort(key=lambda p: (p.fetched_on or "", hashlib.sha1(p.url.encode()).hexdigest()))
        return known[: max(1, len(known) // 25)] if known else []

    def _note_dropped(self, url: str, outlinks: list[str]) -> None:
        """Links a changed listing no longer shows: their announcements may be gone."""
        now = {url_key(link) for link in outlinks}
        for link in self.state.stored_outlinks(url):
            key = url_key(link)
            if key not in now:
                self.dropped.add(key)

    def _resume(
        self, url: str, callback: Any, depth: int, visited: set[str] | None = None
    ) -> Iterator[scrapy.Request]:
        """Mark the direct outlinks of an unchanged page as seen; refetch pages below it whose
        links never completed (a killed crawl), looking through unchanged child listings."""
        visited = visited if visited is not None else set()
        incomplete = False
        for link in self.state.stored_outlinks(url):
            key = url_key(link)
            if key in visited:
                continue
            visited.add(key)
            if depth == 0:
                self.seen.add(key)
            if not self._wanted(link, from_sitemap=callback != self.parse):
                continue
            known = self.state.get(link)
            unsettled = known is not None and known.kind == "announcement" and known.status == 200
            never_fetched = known is None or not known.fetched  # a token-only row: still to do
            new_article = never_fetched and not classify.looks_like_listing(link)
            if new_article or (unsettled and not self.state.is_settled(link)):
                incomplete = True
            elif known is not None and known.kind == "listing" and key not in self.requested and depth < 20:
                yield from self._resume(link, self.parse, depth + 1, visited)
        if incomplete and url_key(url) not in self.refetched:
            self.refetched.add(url_key(url))
            logger.info("%s: resuming unfinished work below %s", self.profile.id, url)
            yield scrapy.Request(
                url,
                callback=callback or self.parse,
                errback=self.failed,
                dont_filter=True,
                priority=PRIORITY_SEED,
            )

    def parse_sitemap(self, response: Response, **_: Any) -> Iterator[Any]:
        if response.status == 304:
            yield from self.unchanged(response)
            return
        links: list[str] = []
        tokens: dict[str, dict[str, str]] = {}
        for entry in discovery.sitemap_entries(response.body):
            url = canonicalize(entry.url)
            if entry.is_index:
                if self._same_host(url) and url_key(url) not in self.requested:
                    links.append(url)
                    yield self.request(url, self.parse_sitemap, PRIORITY_SEED, optional=True)
                continue
            if not self._wanted(url, from_sitemap=True):
                continue
            links.append(url)
            if entry.lastmod:
                tokens[url] = {"sitemap": entry.lastmod}
            req = self._maybe_request(url, PRIORITY_ENTRY, ("sitemap", entry.lastmod))
            if req is not None:
                yield req
        self._note_dropped(response.url, links)
        yield self._visit(response, "sitemap", links=links)
        yield from self._tokens(tokens)

    def parse_feed(self, response: Response, **_: Any) -> Iterator[Any]:
        """RSS/Atom: every item link is a candidate article, with the feed's date as context."""
        if response.status == 304:
            yield from self.unchanged(response)
            return
        links: list[str] = []
        tokens: dict[str, dict[str, str]] = {}
        if isinstance(response, TextResponse):
            response.selector.remove_namespaces()
            for node in response.xpath("//item | //entry"):
                link = node.xpath("link/text()").get() or node.xpath("link/@href").get()
                if not link:
                    continue
                url = canonicalize(response.urljoin(link.strip()))
                if not self._wanted(url, from_sitemap=True):
                    continue
                links.append(url)
                token = _token(" ".join(node.xpath(".//text()").getall()))
                tokens[url] = {"feed": token}
                req = self._maybe_request(url, PRIORITY_ENTRY, ("feed", token))
                if req is not None:
                    yield req
        yield self._visit(response, "feed", links=links)
        yield from self._tokens(tokens)

    def idle(self) -> None:
        """At the end of an incremental crawl: ask again for known announcements nobody links to."""
        if self.revalidated or self.state.full or not self.state.pages:
            return
        self.revalidated = True
        done = self.seen | self.requested
        suspects = [self.state.get(key) for key in self.dropped - done]
        suspects += self.state.pending_gone()
        if not suspects:  # the rotation only spends a request on nights that spend none
            suspects += self._rotation(done)
        orphans = sorted({p.url for p in suspects if p is not None and p.kind == "announcement"})
        if not orphans:
            return
        logger.info(
            "%s: %d known announcements dropped from listings or gone once; checking them",
            self.profile.id,
            len(orphans),
        )
        for url in orphans:
            self.crawler.engine.crawl(self.request(url, self.parse, PRIORITY_LINK, revalidate=True))
        raise DontCloseSpider

    def closed(self, reason: str) -> None:
        """Stop the extraction workers; write what discovery found (``sites add``) if asked."""
        if self.offload is not None:
            self.offload.close()
        path = self.crawler.settings.get("DISCOVERY_REPORT") if self.crawler else None
        if not path:
            return
        stats = self.crawler.stats
        report = {
            "family": self.discovered["family"],
            "name": self.discovered.get("name"),
            "feeds": sorted(self.discovered["feeds"]),
            "sitemaps": sorted(self.discovered["sitemaps"]),
            "domains": self.allowed_domains,
            "pages": stats.get_value("response_received_count", 0) if stats else 0,
            "announcements": self.found,
        }
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(report, fh, ensure_ascii=False)

    # -- failures ----------------------------------------------------------------------------
    def failed(self, failure: Failure) -> Iterator[Any]:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else None
        optional = bool(request is not None and request.meta.get("optional"))
        first = (request.meta.get("redirect_urls") or [None])[0] if request is not None else None
        if first and first != url:
            # Remember the URL that was linked too, or it looks new again on the next run.
            yield PageVisit(first, self.profile.id, "error", 0)
        if failure.check(HttpError):
            status = failure.value.response.status
            kind = "gone" if status in (404, 410) else "error"
            yield PageVisit(url or "", self.profile.id, kind, status)
            if not optional:
                yield CrawlFailure(url, self.profile.id, f"http/{status}")
            return
        if failure.check(IgnoreRequest):
            # Refused before any request was sent (robots.txt, trap, replica mode): remembered, so a
            # later run does not take the link for unfinished work.
            yield PageVisit(url or "", self.profile.id, "blocked", 0)
            detail = str(failure.value)
            yield CrawlFailure(first or url, self.profile.id, _ignored_reason(detail), detail[:300])
            return
        if failure.check(DNSLookupError):
            reason = "dns"
        elif failure.check(ConnectionRefusedError, DownloadConnectionRefusedError):
            reason = "connection-refused"
        elif failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
            reason = "timeout"
        elif failure.check(DownloadCancelledError):
            reason = "blocked/size"  # over DOWNLOAD_MAXSIZE (declared or received; bombs too)
        else:
            reason = f"error/{failure.type.__name__}"
        yield CrawlFailure(url, self.profile.id, reason, str(failure.value)[:1000])

    # -- helpers -----------------------------------------------------------------------------
    def _wanted(self, url: str, from_sitemap: bool = False) -> bool:
        """Whether a link is worth a request: the profile's rules (memoised per URL: every link
        of every page comes through here) and the trap guard (which learns as the crawl goes)."""
        key = (url, from_sitemap)
        wanted = self._rules_cache.get(key)
        if wanted is None:
            if len(self._rules_cache) > 200_000:
                self._rules_cache.clear()
            wanted = self._rules_cache[key] = self._wanted_by_rules(url, from_sitemap)
        return wanted and self.traps.allows(url)

    def _wanted_by_rules(self, url: str, from_sitemap: bool) -> bool:
        """Whether the profile's rules want ``url``; a link they skip is counted by its rule in
        the crawl's stats (``skipped/<rule>``, in the run's figures), once per URL."""
        reason = self._skip_reason(url, from_sitemap)
        if reason is not None and self.crawler is not None:
            self.crawler.stats.inc_value(f"skipped/{reason}")
        return reason is None

    def _skip_reason(self, url: str, from_sitemap: bool) -> str | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return "scheme"
        if not self._same_host(url):
            return "offsite"
        if self.profile.is_denied(url):
            return "denied"
        if far_future(url, self.today):
            return "far-future"
        if self.adhoc:
            return "legal-or-contact" if classify.is_legal_or_contact(url, None) else None
        if self.profile.is_article(url) or (not from_sitemap and self.profile.is_listing(url)):
            return None
        return "no-rule"

    def _skip_listing(self, url: str, own_shape: str) -> bool:
        """On a re-crawl, listings are paged through only where no sitemap lists the content."""
        if self.state.full or not self.state.pages:
            return False
        if self.has_index:
            return self.state.known_listing(url) or classify.looks_like_listing(url)
        return self.state.known_listing(url) and url_shape(url) != own_shape

    def _refused_link(self, url: str) -> CrawlFailure | None:
        """A link not followed for a reason worth recording (once per URL and run): a scheme that
        is neither the web nor a mail/phone/script link (``file:``, ``data:``, ``ftp:``…), or an
        address in a private network linked from a public site (``crawler.policy.netguard``)."""
        parts = urlsplit(url)
        if parts.scheme in ("http", "https"):
            if self.private_site or not netguard.private_host(parts.hostname):
                return None
            reason = "blocked/private-address"
        elif parts.scheme in _NOT_PAGES:
            return None
        else:
            reason = "blocked/scheme"
        if url_key(url) in self.blocked_links:
            return None
        self.blocked_links.add(url_key(url))
        return CrawlFailure(url[:2000], self.profile.id, reason, url[:300])

    @cached_property
    def private_site(self) -> bool:
        """Whether the site itself is on a loopback or private address (then links there are its own)."""
        return any(netguard.private_host(urlsplit(u).hostname) for u in self.profile.start_urls)

    @cached_property
    def max_url_length(self) -> int:
        """Scrapy's ``URLLENGTH_LIMIT``: its middleware drops longer requests without a trace,
        so the spider records them itself (``_maybe_request``)."""
        limit = self.crawler.settings.getint("URLLENGTH_LIMIT", 2083) if self.crawler else 2083
        return limit if limit > 0 else 1 << 62

    @cached_property
    def has_index(self) -> bool:
        """Whether a sitemap listed this site's announcements last time: then new ones appear
        there, and known listings need not be paged through on a re-crawl."""
        return any(self.state.leads_to_content(u) for u in self.state.known_of_kind("sitemap"))

    def _same_host(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return not self.allowed_domains or host in self.allowed_domains

    @staticmethod
    def _origin(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"

    def _detect_family(self, response: TextResponse) -> None:
        if not self.adhoc or self.discovered["family"] or self.discovered.get("family_rejected"):
            return
        family = classify.detect_family(response.body, load_families())
        if family is None:
            return
        p = self._before_family = self.profile
        self.profile = parse_site(
            {
                "id": p.id,
                "name": p.name,
                "family": family,
                "start_urls": list(p.start_urls),
                "domains": list(p.domains),
                "feeds": list(p.feeds),
                "sitemaps": list(p.sitemaps),
            }
        )
        self.discovered["family"] = family
        self._rules_cache.clear()  # the family's rules apply from now on
        logger.info("%s: detected CMS family %s", p.id, family)

    def _outlinks(self, facts: PageFacts) -> list[str]:
        return sorted(url for url in facts.links if self._same_host(url))

    def _visit(
        self, response: Response, kind: str, context: dict | None = None, links: list[str] | None = None
    ) -> PageVisit:
        headers = response.headers
        warc_path, warc_offset = warc_location(response.meta)  # crawler.warc.WarcExtension
        return PageVisit(
            url=response.url,
            source=self.profile.id,
            kind=kind,
            status=response.status,
            etag=(headers.get("ETag") or b"").decode("latin-1") or None,
            last_modified=(headers.get("Last-Modified") or b"").decode("latin-1") or None,
            body_hash=hashlib.sha256(response.body).hexdigest(),
            context=context or None,
            links=links,
            warc_path=warc_path,
            warc_offset=warc_offset,
        )


# Link schemes that are no page to fetch and nothing to report (mail, phone, scripts).
_NOT_PAGES = frozenset({"", "mailto", "tel", "javascript", "sms", "fax", "callto", "skype", "whatsapp"})
_IGNORED_REASONS = (
    ("robots.txt", "blocked/robots"),
    ("crawler trap", "blocked/trap"),
    ("private address", "blocked/private-address"),
    ("offsite", "blocked/offsite"),
    ("max redirections", "redirect/too-many"),
    ("replica mode", "blocked/replica"),
    ("decompress", "blocked/size"),
)


def _ignored_reason(detail: str) -> str:
    """A countable reason for a request refused before or during download (``IgnoreRequest``)."""
    lowered = detail.lower()
    return next((reason for needle, reason in _IGNORED_REASONS if needle in lowered), "blocked")


def _token(text: str) -> str:
    """A short fingerprint of what a listing, feed or sitemap says about a link."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]
