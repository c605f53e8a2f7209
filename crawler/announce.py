"""From a fetched page to a complete announcement item: the one path the crawl and reparse share.

Extraction reads the page; this adds what only the crawler knows: the canonical URL and the
source's organisation, party, region and level from its profile.
"""

from __future__ import annotations

from collections.abc import Collection

from crawler.extraction import PageContext, extract
from crawler.items import Announcement
from crawler.sites import SiteProfile
from crawler.urls import canonical_from_page


def announcement_from_page(
    body: bytes,
    url: str,
    profile: SiteProfile,
    *,
    context: PageContext | None = None,
    boilerplate: Collection[str] = (),
    content_type: str | None = None,
    declared_canonical: str | None = None,
) -> Announcement:
    """Extract ``body`` with the profile's selectors and stamp the profile's metadata on it."""
    item = extract(
        body,
        url,
        selectors=profile.selectors,
        context=context,
        boilerplate=boilerplate,
        content_type=content_type,
    )
    item.canonical_url = canonical_from_page(url, declared_canonical)
    item.source = profile.id
    item.organisation = profile.organisation
    item.party = profile.party
    item.region = profile.region
    item.level = profile.level
    return item
