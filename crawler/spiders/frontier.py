"""What a crawl asks next: requests for the links worth following, and the change tokens.

The spider reads pages; the frontier turns what a page links to (its listing entries, teasers,
links; a sitemap's or feed's entries) into requests, by the site's link rules
(``crawler.policy.links``), the trap guard (``crawler.policy.traps``) and the re-crawl policy
(``crawler.policy.recrawl``): a known, unchanged page is not asked again, a link whose
listing, feed or sitemap now says something else is. Requests carry the validators of the last
run, so an unchanged page costs a 304.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.statscollectors import StatsCollector

from crawler.items import CrawlFailure, PageTokens
from crawler.policy.links import LinkRules
from crawler.policy.recrawl import Recrawl
from crawler.policy.state import TEASER_TOKEN
from crawler.policy.traps import TrapGuard
from crawler.reading import classify
from crawler.reading.page import PageFacts
from crawler.urls import canonicalize, url_key, url_shape

PRIORITY_SEED = 30
PRIORITY_LISTING = 20
PRIORITY_ENTRY = 10
PRIORITY_LINK = 0

Callback = Callable[..., Any]


def change_token(text: str) -> str:
    """A short fingerprint of what a listing, feed or sitemap says about a link."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


class Frontier:
    """One crawl's requests: ``parse`` for pages, ``errback`` for failures."""

    def __init__(
        self,
        source: str,
        rules: LinkRules,
        recrawl: Recrawl,
        *,
        parse: Callback,
        errback: Callback,
        max_url_length: int = 2083,
        stats: StatsCollector | None = None,
    ) -> None:
        self.source = source
        self.rules = rules  # replaced when the site's profile changes (``Spider._use_profile``)
        self.recrawl = recrawl
        self.traps = TrapGuard()
        self.parse = parse
        self.errback = errback
        self.max_url_length = max_url_length
        self.stats = stats
        self.contexts: dict[str, dict] = {}  # listing context per article URL key
        self.blocked_links: set[str] = set()  # links whose refusal was recorded (once per URL)

    def request(
        self, url: str, callback: Callback, priority: int = PRIORITY_LINK, **meta: Any
    ) -> scrapy.Request:
        """A request with the validators of the last run, so unchanged pages cost a 304."""
        self.recrawl.requested.add(url_key(url))
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.errback,
            priority=priority,
            headers=self.recrawl.state.validators(url),
            meta={"handle_httpstatus_list": [304], **meta},
        )

    def once(self, url: str, callback: Callback, **meta: Any) -> scrapy.Request | None:
        """A seed-priority request for a feed or sitemap not yet asked in this run, else None."""
        if url_key(url) in self.recrawl.requested:
            return None
        return self.request(url, callback, PRIORITY_SEED, optional=True, **meta)

    def wanted(self, url: str, from_sitemap: bool = False) -> bool:
        """Whether a link is worth a request: the site's link rules (a link they skip is counted
        by its rule in the stats, ``skipped/<rule>``, once per URL) and the trap guard."""
        verdict, first_time = self.rules.judge(url, from_sitemap)
        if verdict.skip is not None:
            if first_time and self.stats is not None:
                self.stats.inc_value(f"skipped/{verdict.skip}")
            return False
        return self.traps.allows(url)

    def refusal(self, url: str) -> CrawlFailure | None:
        """A skipped link worth recording as a failure (``LinkVerdict.refusal``), once per URL."""
        verdict, _ = self.rules.judge(url)
        key = url_key(url)
        if verdict.refusal is None or key in self.blocked_links:
            return None
        self.blocked_links.add(key)
        return CrawlFailure(url[:2000], self.source, verdict.refusal, url[:300])

    def maybe_request(
        self, url: str, priority: int, token: tuple[str, str | None] | None = None, **meta: Any
    ) -> scrapy.Request | CrawlFailure | None:
        """A request for ``url`` unless it was asked already or is known and unchanged; a
        :class:`CrawlFailure` (once per URL) for a link too long to request (Scrapy's
        ``URLLENGTH_LIMIT`` middleware would drop it without a trace)."""
        key = url_key(url)
        self.recrawl.seen.add(key)
        if key in self.recrawl.requested:
            return None
        if len(url) > self.max_url_length:
            if key in self.blocked_links:
                return None
            self.blocked_links.add(key)
            detail = f"{len(url)} characters (limit {self.max_url_length}): {url[:300]}"
            return CrawlFailure(url[:2000], self.source, "blocked/url-too-long", detail)
        if not self.recrawl.asks_again(url, token):
            return None
        return self.request(url, self.parse, priority, **meta)

    def follow(self, page_url: str, facts: PageFacts, teasers: bool = False) -> Iterator[Any]:
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
            if self.wanted(url):
                entry_token = change_token(entry.text)
                tokens[url] = {"listing": entry_token}
                req = self.maybe_request(url, PRIORITY_ENTRY, ("listing", entry_token), context=context)
                if req is not None:
                    yield req
        own_shape = url_shape(page_url)
        shown = facts.teasers if teasers else {}
        listed_family = facts.signals.teaser_family if facts.signals else None
        # Per listing page: several pages show one article differently (with a lead, title only).
        teaser_kind = f"{TEASER_TOKEN}{url_key(page_url)}"
        profile, adhoc = self.rules.profile, self.rules.adhoc
        for url in facts.links:
            if not self.wanted(url):
                if (refused := self.refusal(url)) is not None:
                    yield refused
                continue
            if self.recrawl.skips_listing(url, own_shape):
                self.recrawl.seen.add(url_key(url))
                continue
            listing = not adhoc and profile.is_listing(url)
            token: tuple[str, str | None] | None = None
            if url in shown and url not in tokens and not self.recrawl.state.known_listing(url):
                token = (teaser_kind, change_token(shown[url]))
                tokens[url] = {teaser_kind: token[1]}
            # A teaser of the listing's own kind of article (its most frequent teaser family, not
            # a menu beside it): the site itself says the target is an article (``listed``).
            meta = {"listed": True} if url in shown and classify.link_family(url) == listed_family else {}
            req = self.maybe_request(url, PRIORITY_LISTING if listing else PRIORITY_LINK, token, **meta)
            if req is not None:
                yield req
        yield from self.tokens(tokens)

    def index_entries(
        self, kind: str, entries: Iterable[tuple[str, str | None]], links: list[str]
    ) -> Iterator[Any]:
        """Requests for the article links of a sitemap or feed (``kind``): ``(url, token)``
        pairs, the token being what the index says of the link (a lastmod, the item's text)."""
        tokens: dict[str, dict[str, str]] = {}
        for url, token in entries:
            if not self.wanted(url, from_sitemap=True):
                continue
            links.append(url)
            if token:
                tokens[url] = {kind: token}
            req = self.maybe_request(url, PRIORITY_ENTRY, (kind, token))
            if req is not None:
                yield req
        yield from self.tokens(tokens)

    def tokens(self, tokens: dict[str, dict[str, str]]) -> Iterator[PageTokens]:
        """Change tokens that differ from what the archive holds, to be stored for next time."""
        fresh = self.recrawl.fresh_tokens(tokens)
        if fresh:
            yield PageTokens(self.source, fresh)

    def resume(self, url: str, callback: Callback | None) -> Iterator[scrapy.Request]:
        """After a 304: pages to fetch again in full because work below them never completed
        (a killed crawl), ``url`` itself with its own callback."""
        from_sitemap = callback != self.parse
        for target, itself in self.recrawl.resume(url, self.wanted, from_sitemap):
            yield scrapy.Request(
                target,
                callback=(callback if itself else None) or self.parse,
                errback=self.errback,
                dont_filter=True,
                priority=PRIORITY_SEED,
            )
