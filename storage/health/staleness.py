"""Staleness: silence judged against the source's own cadence, learned from its archive.

A faction posting weekly is stale after a few weeks, an association posting daily after days:
the allowed silence is max(``MIN_STALE_DAYS``, 4 × the median gap, 1.5 × the 90th-percentile
gap) between the newest ``CADENCE_DATES`` distinct publication dates. The coverage audit reports
months without any announcement inside the archive's span where the median month has at least
``GAP_MONTHLY_MEDIAN``.

The rules read a :class:`Dates` summary, not every date: the gaps between the newest dates and
the number of distinct dates per month, which SQL computes per source in a few rows
(``storage.health.reading``). :meth:`Dates.of` builds the same summary from a list of dates.
"""

from __future__ import annotations

import itertools
import math
import operator
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

MIN_STALE_DAYS = 7
CADENCE_DATES = 60  # the newest distinct publication dates that define the cadence
MIN_CADENCE_DATES = 5
UNKNOWN_CADENCE_DAYS = 90  # allowed silence while too few dates are known
GAP_MONTHLY_MEDIAN = 4  # months with none are reported where the median month has this many

Month = tuple[int, int]  # (year, month)
_MONTH = operator.itemgetter(slice(0, 7))  # "YYYY-MM" of "YYYY-MM-DD"


@dataclass(frozen=True)
class Dates:
    """A source's distinct publication dates up to the day judged, as the stale rules read them."""

    newest: date | None = None
    count: int = 0  # distinct publication dates
    gaps: tuple[int, ...] = ()  # days between consecutive newest ``CADENCE_DATES`` dates, sorted
    per_month: Mapping[Month, int] = field(default_factory=dict)  # distinct dates per month

    @classmethod
    def of_iso(cls, days: Iterable[str]) -> Dates:
        """The summary of publication days given as ``YYYY-MM-DD`` strings (as the archive reads
        them in bulk: slicing and sorting strings is several times faster than parsing dates)."""
        distinct = sorted(set(days))
        recent = [date.fromisoformat(day) for day in distinct[-CADENCE_DATES:]]
        months = Counter(map(_MONTH, distinct))  # map: no Python frame per day
        return cls(
            newest=recent[-1] if recent else None,
            count=len(distinct),
            gaps=tuple(sorted((b - a).days for a, b in itertools.pairwise(recent))),
            per_month={(int(month[:4]), int(month[5:7])): n for month, n in months.items()},
        )

    @classmethod
    def of(cls, dates: Iterable[date], today: date) -> Dates:
        """The summary of ``dates`` (those after ``today`` are not known yet)."""
        distinct = sorted({d for d in dates if d <= today})
        recent = distinct[-CADENCE_DATES:]
        return cls(
            newest=distinct[-1] if distinct else None,
            count=len(distinct),
            gaps=tuple(sorted((b - a).days for a, b in itertools.pairwise(recent))),
            per_month=Counter((d.year, d.month) for d in distinct),
        )


def allowed_silence(gaps: Sequence[int]) -> tuple[float | None, int]:
    """(median gap in days, allowed silence in days) from the gaps between the newest dates."""
    if len(gaps) + 1 < MIN_CADENCE_DATES:
        return None, UNKNOWN_CADENCE_DAYS
    median_gap = statistics.median(gaps)
    p90 = statistics.quantiles(gaps, n=10, method="inclusive")[8] if len(gaps) > 1 else gaps[0]
    return median_gap, max(MIN_STALE_DAYS, math.ceil(4 * median_gap), math.ceil(1.5 * p90))


def cadence(dates: Sequence[date]) -> tuple[float | None, int]:
    """(median gap in days between the newest distinct publication dates, allowed silence in days)."""
    distinct = sorted(set(dates))[-CADENCE_DATES:]
    return allowed_silence([(b - a).days for a, b in itertools.pairwise(distinct)])


def empty_months(per_month: Mapping[Month, int], last: date, today: date) -> tuple[list[str], float]:
    """Months without any announcement from the first month of ``per_month`` to ``last`` (not the
    current month), where the median month has at least ``GAP_MONTHLY_MEDIAN``; and that median."""
    if not per_month:
        return [], 0.0
    months: list[Month] = []
    year, month = min(per_month)
    while (year, month) <= (last.year, last.month):
        if (year, month) != (today.year, today.month):
            months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if len(months) < 3:
        return [], 0.0
    median = statistics.median(per_month.get(mo, 0) for mo in months)
    if median < GAP_MONTHLY_MEDIAN:
        return [], median
    return [f"{y:04d}-{mo:02d}" for y, mo in months if per_month.get((y, mo), 0) == 0], median


def coverage_gaps(dates: Sequence[date], today: date) -> tuple[list[str], float]:
    """Months without any announcement inside the archive's span (before this month), where
    the median month has at least ``GAP_MONTHLY_MEDIAN``; and that median."""
    if not dates:
        return [], 0.0
    per_month = Counter((d.year, d.month) for d in dates)
    return empty_months(per_month, min(max(dates), today), today)


def stale_reasons(
    dates: Dates, today: date, cadence_days: float | None, stale_after: int, *, crawled: bool
) -> list[str]:
    """Why the source is stale (nothing when it is not): silence beyond its cadence, no dated
    announcement at all (``crawled``: a completed run exists), months without any."""
    reasons = []
    if dates.newest is not None:
        silent = (today - dates.newest).days
        if silent > stale_after:
            usual = (
                f"it usually publishes every {cadence_days:g} days"
                if cadence_days is not None
                else f"too few dates for a cadence ({dates.count})"
            )
            reasons.append(
                f"newest announcement {dates.newest.isoformat()}, {silent} days ago; "
                f"{usual}, stale after {stale_after}"
            )
    elif crawled:
        reasons.append("no dated announcement in the archive")
    if dates.newest is not None:
        gaps, per_month = empty_months(dates.per_month, dates.newest, today)
        if gaps:
            shown = ", ".join(gaps[:6]) + (f" and {len(gaps) - 6} more" if len(gaps) > 6 else "")
            reasons.append(f"no announcement in {shown} (usually {per_month:g} a month)")
    return reasons
