"""Failures noticed outside a callback: redirect loops and redirects off the site.

Scrapy drops a redirect back to a URL already asked (its duplicate filter) and a redirect to
another host (its offsite filter) without a response, so no callback or errback ever hears of
them; the signals ``request_dropped`` and ``request_scheduled`` do. Each becomes a
:class:`~crawler.items.CrawlFailure` for the URL that was linked (the chain's first).
A part of :class:`~crawler.spiders.profile.ProfileSpider`, apart only to keep its module small.
"""

from __future__ import annotations

import scrapy
from scrapy.crawler import Crawler
from scrapy.utils.url import url_is_from_any_domain

from crawler import signals as crawl_signals
from crawler.items import CrawlFailure
from crawler.policy import netguard
from crawler.sites import SiteProfile
from crawler.spiders.frontier import Frontier


class RedirectNotices:
    """The spider's handlers of dropped and offsite redirects (a mixin of ``ProfileSpider``)."""

    # set by ProfileSpider
    crawler: Crawler
    profile: SiteProfile
    frontier: Frontier
    allowed_domains: list[str]

    def _notice(self, chain: list[str], url: str, reason: str) -> None:
        """A failure noticed outside a callback, for the URL that was linked (``chain[0]``)."""
        detail = " -> ".join([*chain, url])[:1000]
        self.crawler.signals.send_catch_log(
            crawl_signals.failure_noticed,
            failure=CrawlFailure(chain[0], self.profile.id, reason, detail),
            unresolved=list(chain),
        )

    def request_dropped(self, request: scrapy.Request) -> None:
        """A redirect back to a URL already asked (a loop): its chain never got a response."""
        chain = request.meta.get("redirect_urls") or []
        if chain:
            self._notice(chain, request.url, "redirect/loop")

    def request_scheduled(self, request: scrapy.Request) -> None:
        """A redirect (HTTP or meta refresh) that leaves the site: Scrapy's offsite filter drops
        it next, without a trace. Record it for the URL that was linked — into a private network
        from a public site as ``blocked/private-address`` (no SSRF), else ``redirect/offsite``."""
        chain = request.meta.get("redirect_urls")
        if not chain or request.dont_filter or not self.allowed_domains:
            return
        if url_is_from_any_domain(request.url, self.allowed_domains):
            return
        private = not self.frontier.rules.private_site and netguard.private_url(request.url)
        self._notice(chain, request.url, "blocked/private-address" if private else "redirect/offsite")
