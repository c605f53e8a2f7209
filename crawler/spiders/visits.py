"""What the archive remembers of a fetched page (``PageVisit``): its state for the next run.

Validators (``ETag``, ``Last-Modified``) make the next request conditional, the body hash says
whether it changed, the outlinks let an unchanged listing (304) still count what it links to,
and the WARC record's place lets ``reparse`` read the page again offline.
"""

from __future__ import annotations

import hashlib
from typing import TypeGuard

from scrapy.http import Response, TextResponse

from crawler.items import PageVisit
from crawler.policy import discovery
from crawler.policy.state import KnownPage
from crawler.warc import warc_location


def page_visit(
    response: Response,
    source: str,
    kind: str,
    context: dict | None = None,
    links: list[str] | None = None,
) -> PageVisit:
    """A fetched page's visit: its kind, status, validators, body hash and WARC record."""
    headers = response.headers
    warc_path, warc_offset = warc_location(response.meta)  # crawler.warc.WarcExtension
    return PageVisit(
        url=response.url,
        source=source,
        kind=kind,
        status=response.status,
        etag=(headers.get("ETag") or b"").decode("latin-1") or None,
        last_modified=(headers.get("Last-Modified") or b"").decode("latin-1") or None,
        body_hash=hashlib.sha256(response.body).hexdigest(),
        context=context or None,
        links=links,
        warc_path=warc_path,
        warc_offset=warc_offset,
    )


def unchanged_visit(url: str, source: str, known: KnownPage | None) -> PageVisit:
    """A 304's visit: what was known of the page stays, fetched again today."""
    return PageVisit(
        url=known.url if known else url,
        source=source,
        kind=(known.kind if known else None) or "other",
        status=200,
        etag=known.etag if known else None,
        last_modified=known.last_modified if known else None,
        links=known.links if known else None,
        lastmod=known.lastmod if known else None,
    )


def readable(response: Response) -> TypeGuard[TextResponse]:
    """An HTML (or other text) page to read: not a 304, not a binary file, not a feed."""
    return (
        response.status != 304
        and isinstance(response, TextResponse)
        and not discovery.looks_like_feed(response.body[:2000])
    )
