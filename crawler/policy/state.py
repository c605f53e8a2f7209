"""What earlier runs saw of a site, loaded once per crawl: the basis of cheap nightly re-crawls.

The rule for an incremental crawl: seeds, feeds and sitemaps are always asked again (with
``If-None-Match``/``If-Modified-Since``); the crawl only spreads through pages that changed or
are new. A known announcement is fetched again only when a sitemap or feed says it changed, when
no listing links to it any more (it may be gone), or with ``--full``. An unchanged listing (304)
still counts its stored outlinks as seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from crawler.urls import url_key

RETRY_FAILED_AFTER_DAYS = 7
TEASER_TOKEN = "teaser "  # prefix of the change tokens a listing's teaser texts give, per page


@dataclass
class KnownPage:
    url: str
    kind: str | None
    status: int | None
    etag: str | None
    last_modified: str | None
    lastmod: str | None
    links: list[str]
    gone_count: int
    context: dict | None
    tokens: dict
    fetched_on: str | None  # ISO date of the last fetch

    @property
    def fetched(self) -> bool:
        """False for a row that only holds change tokens: a listing, feed or sitemap named the
        URL, but the page itself was never fetched (the crawl was killed before it)."""
        return self.kind is not None or self.status is not None


@dataclass
class CrawlState:
    """Known pages of one site by URL key; empty for a first or ``--full`` crawl."""

    pages: dict[str, KnownPage] = field(default_factory=dict)
    stored: set[str] = field(default_factory=set)  # URL keys of announcements in the archive
    full: bool = False

    @classmethod
    def load(cls, archive, source_id: str, full: bool = False) -> CrawlState:
        state = cls(full=full, stored=archive.announcement_keys(source_id))
        for row in archive.pages(source_id):
            key = url_key(row.url)
            page = KnownPage(
                url=row.url,
                kind=row.kind,
                status=row.status,
                etag=row.etag,
                last_modified=row.last_modified,
                lastmod=row.lastmod,
                links=list(row.links or []),
                gone_count=row.gone_count or 0,
                context=row.context,
                tokens=dict(row.tokens or {}),
                fetched_on=row.last_fetched.date().isoformat() if row.last_fetched else None,
            )
            # Several stored URLs may share one key (a feed's variant of an article URL): the
            # row that was fetched describes the page; change tokens of all rows count.
            other = state.pages.get(key)
            if other is not None:
                if page.kind is None:
                    page, other = other, page
                page.tokens = {**other.tokens, **page.tokens}
            state.pages[key] = page
        return state

    def get(self, url: str) -> KnownPage | None:
        return self.pages.get(url_key(url))

    def validators(self, url: str) -> dict[str, str]:
        """Headers for a conditional request (nothing on a full crawl or for unknown URLs)."""
        page = self.get(url)
        if self.full or page is None or page.status != 200:
            return {}
        headers = {}
        if page.etag:
            headers["If-None-Match"] = page.etag
        if page.last_modified:
            headers["If-Modified-Since"] = page.last_modified
        return headers

    def changed_token(self, url: str, kind: str, token: str | None) -> bool:
        """Whether a listing, feed or sitemap now says something else about ``url`` than last time.

        Teaser tokens are kept per listing page (``teaser <page>``), and a teaser counts as
        changed only if no listing showed it so before: an article that moved to the next page
        of a listing, or that two listings show differently, is not taken for an edit.
        """
        page = self.get(url)
        if page is None or token is None:
            return False
        if kind.startswith(TEASER_TOKEN):
            shown = {v for k, v in page.tokens.items() if k.startswith(TEASER_TOKEN)}
            return bool(shown) and token not in shown
        old = page.tokens.get(kind)
        return old is not None and old != token

    def is_settled(self, url: str) -> bool:
        """A known, fetched-fine announcement or other page that need not be asked again now."""
        if self.full:
            return False
        page = self.get(url)
        if page is None:
            return False
        failed = page.kind in ("error", "blocked") or (page.kind is None and (page.status or 0) >= 400)
        if failed and page.fetched_on:
            # Failed recently (and recorded as a failure): asked again after a week, not nightly.
            return (date.today() - date.fromisoformat(page.fetched_on)).days < RETRY_FAILED_AFTER_DAYS
        if page.status != 200 or page.kind not in ("announcement", "other"):
            return False
        # An announcement fetched but never stored (a crawl killed in between) is not settled.
        return page.kind != "announcement" or url_key(url) in self.stored

    def stored_outlinks(self, url: str) -> list[str]:
        page = self.get(url)
        return page.links if page else []

    def announcements(self) -> list[KnownPage]:
        return [p for p in self.pages.values() if p.kind == "announcement" and p.status == 200]

    def known_listing(self, url: str) -> bool:
        page = self.get(url)
        return page is not None and page.kind in ("listing", "feed", "sitemap") and page.status == 200

    def pending_gone(self) -> list[KnownPage]:
        """Announcements gone once (404/410) and not yet withdrawn: they are asked again."""
        return [p for p in self.pages.values() if p.kind == "announcement" and p.gone_count == 1]

    def leads_to_content(self, url: str) -> bool:
        """A feed or sitemap that listed announcements or other sitemaps last time (a sitemap of
        tag pages or authors is not asked again every night)."""
        for link in self.stored_outlinks(url):
            page = self.get(link)
            if page is None or not page.fetched or page.kind in ("announcement", "sitemap"):
                return True
        return False

    def known_of_kind(self, kind: str) -> list[str]:
        return [p.url for p in self.pages.values() if p.kind == kind and p.status == 200]
