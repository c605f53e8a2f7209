"""What the crawler knows about a page beyond the page itself.

Why: small CMS article pages often carry no date at all; the listing that linked to them does
("23.06.: <title>" under "Veröffentlichungen 2015 :", "Veröffentlicht am 18.01.2019"), and so does
the RSS item. Passing that knowledge in explicitly keeps :func:`extract` a pure function of its
inputs, so ``reparse`` gives the same answer as the crawl did.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageContext:
    """What the crawler knows beyond the page itself."""

    listing_date: str | None = None  # ISO date shown next to the link on the listing page
    year: int | None = None  # year of the yearly archive page that linked here ("Veröffentlichungen 2015 :")
    listing_title: str | None = None  # link text on the listing ("23.06.: <title>" → "<title>")
    feed_date: str | None = None  # pubDate from RSS/Atom, ISO
    fetched: str | None = None  # ISO date of fetching (upper bound for dates)
