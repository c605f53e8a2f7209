"""Downloader middlewares of pressarchive."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit, urlunsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from crawler import signals as crawl_signals
from crawler.policy import netguard
from crawler.urls import url_shape

logger = logging.getLogger(__name__)


class ReplicaProxyMiddleware:
    """Route every request through the local replica server (tests and ``pressarchive demo``).

    The replica server acts as an HTTP forward proxy for the hosts it replicates, so the crawl
    sees the real site URLs. ``https`` is downgraded to ``http`` (the replicas speak plain HTTP)
    and a request for any host the replicas don't serve is refused here: a test or demo crawl
    can never reach the internet.
    """

    def __init__(self, proxy: str, hosts: list[str]) -> None:
        self.proxy = proxy
        self.hosts = set(hosts)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplicaProxyMiddleware:
        proxy = crawler.settings.get("REPLICA_PROXY")
        if not proxy:
            raise NotConfigured
        return cls(proxy, crawler.settings.getlist("REPLICA_HOSTS"))

    def process_request(self, request: Request, spider: Spider | None = None) -> Request | None:
        parts = urlsplit(request.url)
        if parts.hostname not in self.hosts:
            raise IgnoreRequest(f"replica mode: host {parts.hostname!r} is not replicated")
        if parts.scheme == "https":
            return request.replace(url=urlunsplit(("http", *parts[1:])))
        if request.meta.get("proxy") != self.proxy:
            request.meta["proxy"] = self.proxy
        return None


class TrapMiddleware:
    """Drop requests into a URL shape the spider has recognised as an endless link space.

    The spider stops *scheduling* links of a trapped shape (``crawler.policy.traps``) and says
    so (``crawl_signals.trap_found``); requests already queued before the trap was recognised
    are dropped here, at download time.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.trapped: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrapMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.trap_found, signal=crawl_signals.trap_found)
        return middleware

    def trap_found(self, shape: str) -> None:
        self.trapped.add(shape)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if self.trapped and url_shape(request.url) in self.trapped:
            self.crawler.stats.inc_value("traps/dropped")
            raise IgnoreRequest(f"crawler trap: {request.url}")


class PrivateAddressMiddleware:
    """Refuse requests into loopback, private and link-local networks (no SSRF, ``crawler.policy.netguard``).

    Runs before Scrapy's offsite filter and on every request, so links, redirects and
    ``meta refresh`` targets are all checked: by the host as written (``127.0.0.1``, ``[::1]``,
    ``2130706433``, ``localhost``) and, outside replica mode, by the addresses the host name
    resolves to. A site that itself lives on such an address (its start URL does) may be crawled
    there. ``ALLOW_PRIVATE_ADDRESSES = True`` turns the guard off.
    """

    def __init__(self, crawler: Crawler, resolve: bool) -> None:
        self.crawler = crawler
        self.resolve = resolve
        self._private_site: dict[int, bool] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressMiddleware:
        if crawler.settings.getbool("ALLOW_PRIVATE_ADDRESSES"):
            raise NotConfigured
        # Replica mode: host names are served by the local proxy and never resolved here.
        return cls(crawler, resolve=not crawler.settings.get("REPLICA_PROXY"))

    def private_site(self, spider: Spider | None) -> bool:
        """Whether the crawled site itself lives on a private address (then it may be crawled)."""
        if spider is None:
            return False
        known = self._private_site.get(id(spider))
        if known is None:
            from crawler.spiders.profile import ProfileSpider

            starts = spider.profile.start_urls if isinstance(spider, ProfileSpider) else ()
            known = any(netguard.private_url(url, resolve=self.resolve) for url in starts)
            self._private_site[id(spider)] = known
        return known

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        if self.private_site(spider):
            return
        try:
            host = urlsplit(request.url).hostname or ""
        except ValueError:
            return
        private = netguard.private_host(host)
        if not private and self.resolve and host and netguard.literal_address(host) is None:
            private = await maybe_deferred_to_future(deferToThread(netguard.resolves_private, host))
        if private:
            self.crawler.stats.inc_value("netguard/refused")
            raise IgnoreRequest(f"private address: {host} is not a public host ({request.url[:200]})")
