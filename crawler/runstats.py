"""Every run's health figures: what one crawl of one site fetched, read, pointed to and stored.

The archive pipeline feeds a :class:`RunFigures` with every item the spider yields (page visits,
announcements, change tokens, failures) and, at the end of the run, with Scrapy's own stats
(requests by status, robots.txt refusals, retries, traps). :meth:`RunFigures.summary` turns
that into one JSON-ready dict that is stored per site and run (``run_stats.figures``) and read by
the run's self-check and the health rules (``storage.health``).

The figures (keys of the summary):

* ``requests``, ``responses``, ``status`` (responses by HTTP status), ``duration_s``,
  ``finish_reason``, ``first`` (nothing known of the site before), ``full``;
* ``pages``: page visits by type as read this run (announcement, listing, other, feed, sitemap,
  gone, error, blocked), ``unchanged`` (answered 304), ``listing_links`` (median same-site links
  per listing page read);
* ``announcements``: new / updated / unchanged / withdrawn / empty (read, but no body);
* ``links``: article-shaped URLs that listings, feeds and sitemaps pointed to anew this run
  (their change token is new: a first crawl counts all, a re-crawl what is new or changed),
  ``reached`` (the page was read, now or before), ``stored`` (it is an announcement),
  ``unreached`` and ``by_via`` (listing, feed, sitemap);
* ``extracted`` (announcements read this run) and ``coverage``: of those, how many have a
  title, a date, a body of at least 200 characters, a lead, a kind, people, an event (``None``,
  ``""`` and empty lists count as missing);
* ``methods`` (how the body was found: selector, semantic, trafilatura…) and ``date_sources``
  (jsonld, meta, time, selector, text, listing, url, htmldate, none), as counts;
* ``body_length``: p10 / p50 / p90 of the body lengths in characters; ``newest_published``;
* ``robots_forbidden``, ``traps_dropped``, ``timeouts``, ``retries``, ``errors`` (by reason),
  ``start_blocked`` / ``start_failed`` (start URLs refused by robots.txt / failed).

Counts, not shares, are stored, so runs can be pooled; shares are computed where they are judged.
"""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

from crawler.items import Announcement, CrawlFailure, PageTokens, PageVisit
from crawler.policy.state import TEASER_TOKEN
from crawler.reading import classify
from crawler.urls import url_key

BODY_MIN_CHARS = 200
COVERED_FIELDS = ("title", "published", "body", "lead", "kind", "people", "event")
READ_KINDS = ("announcement", "listing", "other")  # what a read page can turn out to be
FIGURES_VERSION = 1


def _present(value: Any) -> bool:
    """Spidermon counts ``None`` as covered unless told otherwise; here None, "" and [] are missing."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | dict | set):
        return bool(value)
    return True


def coverage_of(item: Announcement) -> dict[str, bool]:
    """Which of the watched fields one announcement has."""
    return {
        "title": _present(item.title),
        "published": _present(item.published),
        "body": len((item.text or "").strip()) >= BODY_MIN_CHARS,
        "lead": _present(item.lead),
        "kind": _present(item.kind),
        "people": _present(item.people),
        "event": item.event is not None and (_present(item.event.start) or _present(item.event.venue)),
    }


def quantiles(values: list[int]) -> dict[str, int] | None:
    """p10, p50, p90 of ``values`` (None when empty)."""
    if not values:
        return None
    ordered = sorted(values)
    if len(ordered) == 1:
        return {"p10": ordered[0], "p50": ordered[0], "p90": ordered[0]}
    cuts = statistics.quantiles(ordered, n=10, method="inclusive")
    return {"p10": round(cuts[0]), "p50": round(statistics.median(ordered)), "p90": round(cuts[8])}


class RunFigures:
    """Counts for one site's run, fed item by item (``observe``) and summed up at the end."""

    def __init__(self, source_id: str, *, start_urls: tuple[str, ...] = (), article_rule: Any = None) -> None:
        self.source_id = source_id
        self.start_keys = {url_key(u) for u in start_urls}
        # ``article_rule(url)``: the profile's article URL rule on a profiled site; None on an
        # unprofiled one, where an article-shaped URL is one that is not listing-shaped.
        self.article_rule = article_rule
        self.pages: Counter[str] = Counter()
        self.unchanged = 0
        self.listing_links: list[int] = []
        self.kinds: dict[str, str] = {}  # URL key → kind read this run
        self.pointed: dict[str, str] = {}  # URL key → via (listing, feed, sitemap), first wins
        self.extracted = 0
        self.coverage: Counter[str] = Counter()
        self.kind_counts: Counter[str] = Counter()
        self.methods: Counter[str] = Counter()
        self.date_sources: Counter[str] = Counter()
        self.lengths: list[int] = []
        self.newest: str | None = None
        self.errors: Counter[str] = Counter()
        self.empty = 0
        self.start_blocked = 0
        self.start_failed = 0

    # -- items -------------------------------------------------------------------------------
    def observe(self, item: Any) -> None:
        if isinstance(item, Announcement):
            self._announcement(item)
        elif isinstance(item, PageVisit):
            self._visit(item)
        elif isinstance(item, PageTokens):
            for url, kinds in item.tokens.items():
                for kind in kinds:
                    self._point(url, "listing" if kind.startswith(TEASER_TOKEN) else kind)
        elif isinstance(item, CrawlFailure):
            self.errors[item.reason] += 1
            if item.reason == "extraction/empty-body":
                self.empty += 1
            elif item.url and url_key(item.url) in self.start_keys:
                # "blocked/robots" (or, from older spiders, "blocked" with Scrapy's message)
                robots = item.reason.startswith("blocked") and (
                    "robots" in item.reason or "robots" in (item.detail or "").lower()
                )
                if robots:
                    self.start_blocked += 1
                else:
                    self.start_failed += 1

    def _announcement(self, item: Announcement) -> None:
        self.extracted += 1
        for name, present in coverage_of(item).items():
            self.coverage[name] += present
        self.kind_counts[item.kind or "none"] += 1
        self.methods[item.body_method or "unknown"] += 1
        self.date_sources[item.date_source or "none"] += 1
        self.lengths.append(len((item.text or "").strip()))
        if item.published and (self.newest is None or item.published > self.newest):
            self.newest = item.published[:10]

    def _visit(self, visit: PageVisit) -> None:
        if visit.kind == "redirect":
            return
        read = visit.body_hash is not None or visit.kind in ("gone", "error", "blocked")
        if not read:  # a 304: the page is as it was
            self.unchanged += 1
            return
        self.pages[visit.kind] += 1
        self.kinds[url_key(visit.url)] = visit.kind
        if visit.kind == "listing":
            self.listing_links.append(len(visit.links or []))
        elif visit.kind == "sitemap":
            for link in visit.links or []:
                self._point(link, "sitemap")

    def _point(self, url: str, via: str) -> None:
        key = url_key(url)
        if key in self.pointed or not self._article_shaped(url):
            return
        self.pointed[key] = via

    def _article_shaped(self, url: str) -> bool:
        if self.article_rule is not None:
            return bool(self.article_rule(url))
        return not (classify.looks_like_listing(url) or classify.is_legal_or_contact(url, None))

    # -- the end -----------------------------------------------------------------------------
    def summary(
        self,
        stats: dict[str, Any],
        *,
        known: Any = None,
        stored_keys: set[str] | frozenset[str] = frozenset(),
        counts: dict[str, int] | None = None,
        duration: float | None = None,
        finish_reason: str = "finished",
        first: bool = False,
        full: bool = False,
    ) -> dict[str, Any]:
        """The run's figures (see the module docstring).

        ``stats``: Scrapy's stats; ``known``: what earlier runs saw, by URL key (``CrawlState.pages``:
        a page with ``kind`` and ``status``); ``stored_keys``: URL keys of the source's announcements in the
        archive now; ``counts``: the pipeline's new/updated/unchanged/withdrawn.
        """
        counts = counts or {}
        prefix = "downloader/response_status_count/"
        status = {k.removeprefix(prefix): int(v) for k, v in stats.items() if k.startswith(prefix)}
        reached = stored = 0
        by_via: Counter[str] = Counter()
        for key, via in self.pointed.items():
            if self.kinds.get(key) in ("feed", "sitemap"):
                continue  # a feed or sitemap named in a sitemap: not an article
            by_via[via] += 1
            kind = self.kinds.get(key)
            if kind is None and known is not None:
                page = known.get(key)
                kind = page.kind if page is not None and page.status == 200 else None
            if kind in READ_KINDS:
                reached += 1
                stored += kind == "announcement" or key in stored_keys
            elif key in stored_keys:
                reached += 1
                stored += 1
        pointed = sum(by_via.values())
        timeouts = sum(n for reason, n in self.errors.items() if reason == "timeout")
        return {
            "version": FIGURES_VERSION,
            "duration_s": round(duration, 3) if duration is not None else None,
            "finish_reason": finish_reason,
            "first": first,
            "full": full,
            "requests": int(stats.get("downloader/request_count", 0)),
            "responses": int(stats.get("downloader/response_count", 0)),
            "status": dict(sorted(status.items())),
            "pages": dict(sorted(self.pages.items())),
            "unchanged": self.unchanged,
            "listing_links": statistics.median(self.listing_links) if self.listing_links else None,
            "announcements": {
                "new": counts.get("new", 0),
                "updated": counts.get("updated", 0),
                "unchanged": counts.get("unchanged", 0),
                "withdrawn": counts.get("withdrawn", 0),
                "empty": self.empty,
            },
            "stored_total": len(stored_keys),
            "links": {
                "pointed": pointed,
                "reached": reached,
                "stored": stored,
                "unreached": pointed - reached,
                "by_via": dict(sorted(by_via.items())),
            },
            "extracted": self.extracted,
            "coverage": {name: self.coverage[name] for name in COVERED_FIELDS},
            "kinds": dict(sorted(self.kind_counts.items())),
            "methods": dict(sorted(self.methods.items())),
            "date_sources": dict(sorted(self.date_sources.items())),
            "body_length": quantiles(self.lengths),
            "newest_published": self.newest,
            # links the profile's rules skipped, by rule (offsite, scheme, denied, legal-or-contact…)
            "skipped": _prefixed(stats, "skipped/") | _depth_skipped(stats),
            "robots_forbidden": int(stats.get("robotstxt/forbidden", 0)),
            "traps_dropped": int(stats.get("traps/dropped", 0)),
            "timeouts": timeouts,
            "retries": int(stats.get("retry/count", 0)),
            "errors": dict(sorted(self.errors.items())),
            "start_blocked": self.start_blocked,
            "start_failed": self.start_failed,
        }


def _prefixed(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    """The stats under ``prefix``, by the rest of their names."""
    found = {}
    for key, value in sorted(stats.items()):
        if key.startswith(prefix):
            found[key.removeprefix(prefix)] = int(value)
    return found


def _depth_skipped(stats: dict[str, Any]) -> dict[str, int]:
    """Links deeper than ``DEPTH_LIMIT``, as Scrapy's depth middleware counts them."""
    ignored = int(stats.get("depth/request_ignored_count", 0))
    return {"depth": ignored} if ignored else {}
