"""This run's re-crawl decisions: what to ask again, what to skip, what to check at the end.

A plain object over what earlier runs saw (:class:`~crawler.policy.state.CrawlState`) and what
this run asked and saw, testable without Scrapy. The rules (see ``crawler.policy.state``):

- a known, settled page is not asked again unless a listing, feed or sitemap now says something
  else about it (its change token changed);
- on a re-crawl, listings are paged through only where no sitemap lists the content;
- an unchanged page (304) still counts its stored outlinks as seen, and a page below it whose
  links never completed (a crawl killed mid-run) is fetched again in full;
- at the end, known announcements that no listing links to any more, or that were gone once,
  are asked again; on a site with neither feed nor sitemap, a few of the longest unchecked
  ones are too (the rotation), so every edit is found within about 25 nights.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from functools import cached_property

from crawler.policy.state import CrawlState, KnownPage
from crawler.reading import classify
from crawler.urls import url_key, url_shape

ROTATION_SHARE = 25  # 1 in 25 known announcements revalidated per night on sites without an index
RESUME_DEPTH = 20  # unchanged child listings looked through for unfinished work


class Recrawl:
    """Re-crawl decisions of one run (``state``: what earlier runs saw of the site)."""

    def __init__(self, state: CrawlState) -> None:
        self.state = state
        self.requested: set[str] = set()  # URL keys asked in this run
        self.seen: set[str] = set()  # URL keys linked from pages of this run (or their stored links)
        self.dropped: set[str] = set()  # URL keys that changed listings no longer link
        self.refetched: set[str] = set()  # unchanged pages fetched again to resume a killed crawl
        self.revalidated = False

    @property
    def first(self) -> bool:
        """Nothing is known of the site (a first crawl, or ``--full``)."""
        return not self.state.pages

    @cached_property
    def has_index(self) -> bool:
        """Whether a sitemap listed this site's announcements last time: then new ones appear
        there, and known listings need not be paged through on a re-crawl."""
        return any(self.state.leads_to_content(u) for u in self.state.known_of_kind("sitemap"))

    def asks_again(self, url: str, token: tuple[str, str | None] | None) -> bool:
        """Whether a linked ``url`` not yet asked in this run is worth a request now.

        ``token``: what the link's listing, feed or sitemap says of it (kind, value)."""
        if token is not None and self.state.known_listing(url) and not self.state.full:
            return False  # a listing named in a sitemap: asked again only through its pages
        changed = token is not None and self.state.changed_token(url, *token)
        return changed or not self.state.is_settled(url)

    def skips_listing(self, url: str, own_shape: str) -> bool:
        """On a re-crawl, listings are paged through only where no sitemap lists the content."""
        if self.state.full or self.first:
            return False
        if self.has_index:
            return self.state.known_listing(url) or classify.looks_like_listing(url)
        return self.state.known_listing(url) and url_shape(url) != own_shape

    def fresh_tokens(self, tokens: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        """The change tokens that differ from what the archive holds (to store for next time)."""
        fresh = {}
        for url, kinds in tokens.items():
            known = self.state.get(url)
            stored = known.tokens if known else {}
            if any(stored.get(kind) != value for kind, value in kinds.items()):
                fresh[url] = kinds
        return fresh

    def note_outlinks(self, url: str, outlinks: list[str]) -> None:
        """Links a changed listing no longer shows: their announcements may be gone."""
        now = {url_key(link) for link in outlinks}
        for link in self.state.stored_outlinks(url):
            key = url_key(link)
            if key not in now:
                self.dropped.add(key)

    def resume(
        self,
        url: str,
        wanted: Callable[[str, bool], bool],
        from_sitemap: bool = False,
        depth: int = 0,
        visited: set[str] | None = None,
    ) -> Iterator[tuple[str, bool]]:
        """After a 304 of ``url``: mark its direct outlinks as seen, and yield the pages to fetch
        again because links below them never completed (a killed crawl), looking through
        unchanged child listings. Each is ``(url, is_the_304_page_itself)``."""
        visited = visited if visited is not None else set()
        incomplete = False
        for link in self.state.stored_outlinks(url):
            key = url_key(link)
            if key in visited:
                continue
            visited.add(key)
            if depth == 0:
                self.seen.add(key)
            if not wanted(link, from_sitemap):
                continue
            known = self.state.get(link)
            unsettled = known is not None and known.kind == "announcement" and known.status == 200
            never_fetched = known is None or not known.fetched  # a token-only row: still to do
            new_article = never_fetched and not classify.looks_like_listing(link)
            if new_article or (unsettled and not self.state.is_settled(link)):
                incomplete = True
            elif (
                known is not None
                and known.kind == "listing"
                and key not in self.requested
                and depth < RESUME_DEPTH
            ):
                yield from self.resume(link, wanted, False, depth + 1, visited)
        if incomplete and url_key(url) not in self.refetched:
            self.refetched.add(url_key(url))
            yield url, depth == 0

    def rotation(self, done: set[str]) -> list[KnownPage]:
        """On a site with neither feed nor sitemap nothing says that an old announcement was
        edited: each night a few of them (the longest unchecked, 1 in ``ROTATION_SHARE``) are
        asked again, so every edit is found within about 25 nights at the cost of a 304 each."""
        if self.has_index or self.state.known_of_kind("feed"):
            return []
        known = [p for p in self.state.announcements() if url_key(p.url) not in done]
        known.sort(key=lambda p: (p.fetched_on or "", hashlib.sha1(p.url.encode()).hexdigest()))
        return known[: max(1, len(known) // ROTATION_SHARE)] if known else []

    def orphans(self) -> list[str]:
        """Once per run, when the crawl is idle: known announcements to ask again (dropped from
        listings, gone once, or the rotation's share)."""
        if self.revalidated or self.state.full or self.first:
            return []
        self.revalidated = True
        done = self.seen | self.requested
        suspects = [self.state.get(key) for key in self.dropped - done]
        suspects += self.state.pending_gone()
        if not suspects:  # the rotation only spends a request on nights that spend none
            suspects += self.rotation(done)
        return sorted({p.url for p in suspects if p is not None and p.kind == "announcement"})
