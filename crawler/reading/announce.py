"""From a fetched page to a complete announcement item: the one path the crawl and reparse share.

Extraction reads the page; this adds what only the crawler knows: the canonical URL and the
source's organisation, party, region and level from its profile.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from crawler.extraction import PageContext, extract
from crawler.extraction.dom import Document
from crawler.items import Announcement
from crawler.sites import SiteProfile
from crawler.urls import canonical_from_page

if TYPE_CHECKING:  # (Scrapy only for the type: `pressarchive extract` reads pages without it)
    from scrapy.http import TextResponse


def announcement_from_page(
    body: bytes,
    url: str,
    profile: SiteProfile,
    *,
    context: PageContext | None = None,
    boilerplate: Collection[str] = (),
    content_type: str | None = None,
    declared_canonical: str | None = None,
    document: Document | None = None,
) -> Announcement:
    """Extract ``body`` with the profile's selectors and stamp the profile's metadata on it
    (``document``: the page already parsed, see ``extraction.extract``)."""
    item = extract(
        body,
        url,
        selectors=profile.selectors,
        context=context,
        boilerplate=boilerplate,
        content_type=content_type,
        document=document,
    )
    item.canonical_url = canonical_from_page(url, declared_canonical)
    item.source = profile.id
    item.organisation = profile.organisation
    item.party = profile.party
    item.region = profile.region
    item.level = profile.level
    return item


_CONTEXT_KEYS = frozenset(f.name for f in fields(PageContext)) - {"fetched"}


def page_context(context: dict[str, Any] | None, fetched: str | None) -> PageContext:
    """A :class:`PageContext` from a stored/meta context dict (unknown keys are ignored)."""
    known = {k: v for k, v in (context or {}).items() if k in _CONTEXT_KEYS}
    return PageContext(fetched=fetched, **known)


def announcement_from_response(
    response: TextResponse,
    profile: SiteProfile,
    *,
    context: dict[str, Any] | None,
    fetched: str | None,
    boilerplate: Collection[str] = (),
) -> Announcement:
    """A fetched response (live, or rebuilt from its WARC record by reparse) as an announcement.

    Both the spider and ``pressarchive reparse`` call this, so reading the Content-Type and the
    declared canonical URL can never drift apart between a crawl and a reparse.
    """
    return announcement_from_page(
        response.body,
        response.url,
        profile,
        context=page_context(context, fetched),
        boilerplate=boilerplate,
        content_type=(response.headers.get("Content-Type") or b"").decode("latin-1") or None,
        declared_canonical=response.css('link[rel="canonical"]::attr(href)').get(),
    )
