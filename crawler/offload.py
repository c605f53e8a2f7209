"""Extraction in a worker process, so the crawl uses the machine's second core.

Scrapy runs in one thread; extraction is CPU-bound Python. Handing the page to a worker process
lets downloading, classification and storage go on in the main process meanwhile. The worker runs
exactly the extraction path the spider would run inline (``crawler.announce``), and returns the
page's text blocks for site-level boilerplate learning too, so the page is parsed there only.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Collection
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from crawler.items import Announcement
from crawler.sites import SiteProfile


def _warm_up() -> None:
    import crawler.announce  # noqa: F401  (imports trafilatura, lxml… once per worker)


def extract_page(
    body: bytes,
    url: str,
    profile: SiteProfile,
    context: dict[str, Any] | None,
    fetched: str | None,
    boilerplate: Collection[str],
    content_type: str | None,
    declared_canonical: str | None,
) -> tuple[Announcement, list[str]]:
    """The announcement of one page and its text blocks (runs in the worker)."""
    from crawler.announce import announcement_from_page, page_context
    from crawler.extraction import page_blocks

    item = announcement_from_page(
        body,
        url,
        profile,
        context=page_context(context, fetched),
        boilerplate=boilerplate,
        content_type=content_type,
        declared_canonical=declared_canonical,
    )
    return item, page_blocks(body)


class Offload:
    """A small process pool for extraction (``EXTRACT_WORKERS`` processes)."""

    def __init__(self, workers: int) -> None:
        context = multiprocessing.get_context("forkserver")
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up)

    async def extract(self, *args: Any) -> tuple[Announcement, list[str]]:
        return await asyncio.wrap_future(self.pool.submit(extract_page, *args))

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
