"""The site's boilerplate, learned from its own pages while the crawl reads them.

Boilerplate (navigation, footer, contact box) is what repeats across a site's pages
(``crawler.extraction.BoilerplateLearner``). But responses arrive faster than the worker reads
them: on a first crawl, every page dispatched before the learner had seen a few pages would
keep the site's navigation and footer in its body. So only the first ``WARMUP_PAGES`` pages are
read before the template is known; the pages after them wait for it (``WARMUP_WAIT`` seconds at
most), and those first pages are read again with it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from crawler.extraction import BoilerplateLearner
from crawler.reading.page import PageReading

WARMUP_PAGES = 3
WARMUP_WAIT = 10.0
_REFRESH_EARLY = 50  # the learned set is read out after each of the first pages, then every 25th
_REFRESH_EVERY = 25


class Warmup:
    """One crawl's boilerplate learner and the warm-up of its first pages."""

    def __init__(self, learner: BoilerplateLearner) -> None:
        self.learner = learner
        self.learned: frozenset[str] = frozenset(learner.learned()) if learner.pages else frozenset()
        self._reads = self._done = 0  # pages read (started, finished) before the template was known
        self._warm: asyncio.Event | None = None  # set once they are done (``_warmed_up``)

    async def read(self, read_page: Callable[[], Awaitable[PageReading]], wanted: bool) -> PageReading:
        """``read_page()`` now, or once the template is known; ``wanted``: the page's
        announcement is read (only those pages teach the learner)."""
        warming = wanted and self.learner.pages < WARMUP_PAGES
        if warming and self._reads >= WARMUP_PAGES:
            await self._warmed_up()
            warming = False
        elif warming:
            self._reads += 1
        try:
            reading = await read_page()
            if warming and reading.item is not None:
                self.observe(reading.fingerprints)  # learn from it now: the pages after it wait
                reading.observed = True
        finally:
            if warming:
                self._done += 1
                if self._done >= WARMUP_PAGES and self._warm is not None:
                    self._warm.set()
        if warming and reading.item is not None:
            await self._warmed_up()
            if self.learned:  # read again, without the template's blocks
                reading = await read_page()
                reading.observed = True
        return reading

    def observe(self, fingerprints: set[str]) -> None:
        """One page's blocks into the site's boilerplate learner."""
        # Learning is cheap per page, but reading out the learned set scans every fingerprint.
        self.learner.observe_fingerprints(fingerprints)
        if self.learner.pages <= _REFRESH_EARLY or self.learner.pages % _REFRESH_EVERY == 0:
            self.learned = frozenset(self.learner.learned())

    async def _warmed_up(self) -> None:
        """Until the first ``WARMUP_PAGES`` reads are done (or ``WARMUP_WAIT`` seconds)."""
        if self.learner.pages >= WARMUP_PAGES or self._done >= WARMUP_PAGES:
            return
        if self._warm is None:
            self._warm = asyncio.Event()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._warm.wait(), WARMUP_WAIT)
