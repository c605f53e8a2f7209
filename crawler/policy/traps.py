"""Bounding endless link spaces (calendars, faceted search) by detecting them, not by a page cap.

Pages are grouped by URL shape (digits and query values abstracted, see ``crawler.urls``). A
shape whose pages keep yielding nothing — no announcement and no link to a new page outside the
shape itself — after a few tries is a trap: the crawler stops following it. Calendars that link
years into the future are cut off earlier by :func:`far_future`.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from crawler.urls import url_shape

_YEAR_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/._]?(0[1-9]|1[0-2])(?!\d)")


def far_future(url: str, today: date, years: int = 1) -> bool:
    """A URL naming a year/month more than ``years`` ahead (calendar pagination)."""
    return any(int(year) > today.year + years for year, _month in _YEAR_MONTH.findall(url))


class TrapGuard:
    """Counts fetched and productive pages per URL shape and says when a shape is a trap."""

    def __init__(self, patience: int = 8) -> None:
        self.patience = patience
        self.barren: Counter[str] = Counter()  # consecutive unproductive pages per shape
        self.trapped: set[str] = set()

    def fetched_page(self, url: str, productive: bool) -> str | None:
        """Count a fetched page; the URL's shape if this page made it a trap."""
        shape = url_shape(url)
        if productive:
            self.barren[shape] = 0
            return None
        self.barren[shape] += 1
        if self.barren[shape] >= self.patience and shape not in self.trapped:
            self.trapped.add(shape)
            return shape
        return None

    def allows(self, url: str) -> bool:
        return url_shape(url) not in self.trapped
