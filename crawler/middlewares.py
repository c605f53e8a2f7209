"""Downloader middlewares of pressarchive."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit, urlunsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured

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

    The spider stops *scheduling* links of a trapped shape (``crawler.traps``); requests already
    queued before the trap was recognised are dropped here, at download time.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrapMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        traps = getattr(self.crawler.spider, "traps", None)
        if traps is not None and not traps.allows(request.url):
            self.crawler.stats.inc_value("traps/dropped")
            raise IgnoreRequest(f"crawler trap: {request.url}")
