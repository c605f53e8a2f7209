"""Page reading in a worker process, so the crawl uses the machine's second core.

Scrapy runs in one thread; parsing HTML, classifying and extracting are CPU-bound Python. Handing
the page's bytes to a worker process lets downloading, request scheduling and storage go on in
the main process meanwhile. The worker runs exactly what the spider would run inline
(``crawler.reading.page.read_page``): one parse of the page gives its links, listing entries, feeds
and classification signals, and for a candidate article its announcement and text blocks.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from crawler.reading.lifeline import CRAWL_PID_ENV, guard_worker
from crawler.reading.page import PageReading, read_page


def _start_worker() -> None:
    """Pool initializer: the worker dies with the crawl (``crawler.reading.lifeline``), then warms up."""
    guard_worker()
    _warm_up()


def _warm_up() -> None:
    import crawler.reading.announce  # noqa: F401  (imports trafilatura, lxml… once per worker)


class Offload:
    """A small process pool for page reading (``EXTRACT_WORKERS`` processes)."""

    def __init__(self, workers: int) -> None:
        # The helpers die with this process, however it ends — SIGKILL included (``lifeline``):
        # the forkserver through its preload module, each worker through its initializer.
        os.environ[CRAWL_PID_ENV] = str(os.getpid())
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["__main__", "crawler.reading.lifeline_preload"])
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker)
        # Workers start on the first task: start them now, so their imports (trafilatura, the
        # language model) overlap the crawl's first requests (robots.txt, start page, sitemaps).
        for _ in range(workers):
            self.pool.submit(_warm_up)

    async def read(self, *args: Any, **kwargs: Any) -> PageReading:
        """``read_page(*args, **kwargs)`` in a worker."""
        return await asyncio.wrap_future(self.pool.submit(read_page, *args, **kwargs))

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
