"""Drift: a source's newest runs against its own recent runs, with robust statistics.

What is compared (counts pooled over runs, so quiet nights add up): each field's coverage, the
share of the usual extraction method and date source, the share of fetched article-shaped
pages read as announcements, the median body length and the links per listing page. A share is
judged only when the runs read at least ``MIN_SAMPLE`` pages of the kind, the drop exceeds a
tolerance *and* it is unlikely under the baseline (binomial tail below ``ALPHA``), so ordinary
nights with two new releases raise no alarm, while a template change (the usual selector no
longer finds the body, Fundus #384) shows the night it happens.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence
from typing import Any

from storage.health.runcheck import pct

HISTORY_RUNS = 16  # runs per source read to judge drift (window + baseline)
MIN_BASELINE_RUNS = 2
BASELINE_RUNS = 10
WINDOW_RUNS = 5
MIN_SAMPLE = 3
SHARE_TOLERANCE = 0.25  # a share must fall by more than this …
METHOD_TOLERANCE = 0.3  # … (the usual extraction method / date source: 30 points)
ALPHA = 0.01  # … and be this unlikely under the baseline
LENGTH_FACTOR = 1.6  # median body length off by more than this factor (or 3 MADs)
LISTING_FACTOR = 0.4  # links per listing fell below this share of the usual
JUDGED_FIELDS = ("title", "published", "body", "lead", "people", "event")


def binom_cdf(k: int, n: int, p: float) -> float:
    """P(X ≤ k) for X ~ Binomial(n, p) (exact up to n = 1000, then normal)."""
    if k >= n:
        return 1.0
    if k < 0:
        return 0.0
    if n > 1000:
        sd = math.sqrt(n * p * (1 - p)) or 1e-9
        return 0.5 * math.erfc(-((k + 0.5 - n * p) / sd) / math.sqrt(2))
    return min(1.0, sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k + 1)))


def _share_drop(k: int, n: int, base_k: int, base_n: int, tolerance: float) -> tuple[float, float] | None:
    """(current share, baseline share) when the share fell significantly, else None."""
    if n < MIN_SAMPLE or base_n < MIN_SAMPLE:
        return None
    current, base = k / n, base_k / base_n
    if base - current <= tolerance:
        return None
    if binom_cdf(k, n, min(base, 0.99)) >= ALPHA:
        return None
    return current, base


def _median_mad(values: Sequence[float]) -> tuple[float, float]:
    med = statistics.median(values)
    return med, statistics.median(abs(v - med) for v in values)


_FIELD_WORDS = {
    "title": "a title",
    "published": "a date",
    "body": "a body of 200+ characters",
    "lead": "a lead",
    "people": "people named",
    "event": "an event",
}


def drift_findings(current: dict[str, Any], baseline: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """What moved in ``current`` against the pooled/median ``baseline`` runs (their figures)."""
    findings: list[dict[str, Any]] = []
    n = current.get("extracted", 0)
    base_n = sum(b.get("extracted", 0) for b in baseline)
    # Field coverage.
    for name in JUDGED_FIELDS:
        k = (current.get("coverage") or {}).get(name, 0)
        base_k = sum((b.get("coverage") or {}).get(name, 0) for b in baseline)
        moved = _share_drop(k, n, base_k, base_n, SHARE_TOLERANCE)
        if moved:
            findings.append(
                {
                    "metric": f"coverage/{name}",
                    "current": round(moved[0], 3),
                    "baseline": round(moved[1], 3),
                    "text": f"{k} of {n} announcements with {_FIELD_WORDS[name]} "
                    f"({pct(k, n)}; usually {pct(moved[1], 1)})",
                }
            )
    # The usual extraction method and date source.
    for key, label in (("methods", "extraction method"), ("date_sources", "date source")):
        pooled: Counter[str] = Counter()
        for b in baseline:
            pooled.update(b.get(key) or {})
        if not pooled:
            continue
        usual, base_k = pooled.most_common(1)[0]
        mix = current.get(key) or {}
        k = mix.get(usual, 0)
        moved = _share_drop(k, n, base_k, sum(pooled.values()), METHOD_TOLERANCE)
        if moved:
            now = ", ".join(f"{m_} {c}" for m_, c in sorted(mix.items(), key=lambda kv: -kv[1]))
            findings.append(
                {
                    "metric": key,
                    "current": round(moved[0], 3),
                    "baseline": round(moved[1], 3),
                    "text": f"{label} {usual!r} on {k} of {n} ({pct(k, n)}; usually "
                    f"{pct(moved[1], 1)}); now: {now}",
                }
            )
    # Fetched article-shaped pages read as announcements (page types).
    links = current.get("links") or {}
    base_reached = sum((b.get("links") or {}).get("reached", 0) for b in baseline)
    base_stored = sum((b.get("links") or {}).get("stored", 0) for b in baseline)
    moved = _share_drop(
        links.get("stored", 0), links.get("reached", 0), base_stored, base_reached, SHARE_TOLERANCE
    )
    if moved:
        findings.append(
            {
                "metric": "links/stored",
                "current": round(moved[0], 3),
                "baseline": round(moved[1], 3),
                "text": f"of {links['reached']} article-shaped pages fetched, {links['stored']} read as "
                f"announcements ({pct(links['stored'], links['reached'])}; usually {pct(moved[1], 1)})",
            }
        )
    # Median body length (robust: median and MAD of the baseline runs' medians, in log scale).
    lengths = [b["body_length"]["p50"] for b in baseline if b.get("body_length") and b.get("extracted", 0)]
    length = (current.get("body_length") or {}).get("p50")
    if length and n >= MIN_SAMPLE and len(lengths) >= MIN_BASELINE_RUNS:
        med, mad = _median_mad([math.log(max(v, 1)) for v in lengths])
        off = abs(math.log(max(length, 1)) - med)
        if off > max(math.log(LENGTH_FACTOR), 3 * 1.4826 * mad):
            usual_length = round(math.exp(med))
            findings.append(
                {
                    "metric": "body_length/p50",
                    "current": length,
                    "baseline": usual_length,
                    "text": f"median body {length} characters (usually {usual_length})",
                }
            )
    # Links per listing page.
    per_listing = [b["listing_links"] for b in baseline if b.get("listing_links")]
    links_now = current.get("listing_links")
    if links_now is not None and len(per_listing) >= MIN_BASELINE_RUNS:
        usual_links = statistics.median(per_listing)
        if usual_links >= 10 and links_now < LISTING_FACTOR * usual_links:
            findings.append(
                {
                    "metric": "listing_links",
                    "current": links_now,
                    "baseline": usual_links,
                    "text": f"listing pages link {links_now:g} pages (usually {usual_links:g})",
                }
            )
    return findings


def split_window(comparable: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(the newest runs that together read ``MIN_SAMPLE`` announcements, at most ``WINDOW_RUNS``;
    the runs before them, at most ``BASELINE_RUNS``), newest first. A quiet night judges with the
    nights before it, so a verdict does not flap on nights that read nothing."""
    window: list[dict[str, Any]] = []
    for figures in comparable[:WINDOW_RUNS]:
        window.append(figures)
        if sum(f.get("extracted", 0) for f in window) >= MIN_SAMPLE:
            return window, list(comparable[len(window) : len(window) + BASELINE_RUNS])
    return [], []


def pool(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Several runs' figures as one: counts summed, medians of the per-run medians."""
    if len(runs) == 1:
        return dict(runs[0])
    pooled: dict[str, Any] = {"extracted": sum(r.get("extracted", 0) for r in runs)}
    for key in ("coverage", "methods", "date_sources"):
        total: Counter[str] = Counter()
        for r in runs:
            total.update(r.get(key) or {})
        pooled[key] = dict(total)
    pooled["links"] = {
        "reached": sum((r.get("links") or {}).get("reached", 0) for r in runs),
        "stored": sum((r.get("links") or {}).get("stored", 0) for r in runs),
    }
    medians = [r["body_length"]["p50"] for r in runs if r.get("body_length") and r.get("extracted")]
    pooled["body_length"] = {"p50": round(statistics.median(medians))} if medians else None
    listing = [r["listing_links"] for r in runs if r.get("listing_links") is not None]
    pooled["listing_links"] = statistics.median(listing) if listing else None
    return pooled


def history_findings(comparable: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The drift findings of a source from the figures of its comparable runs (finished, whose
    self-check was ok), newest first: the newest window pooled against the runs before it."""
    window, baseline = split_window(comparable)
    if not window or len(baseline) < MIN_BASELINE_RUNS or not sum(b.get("extracted", 0) for b in baseline):
        return []
    found = drift_findings(pool(window), baseline)
    if len(window) > 1:
        for finding in found:
            finding["text"] += f" over the last {len(window)} runs"
    return found
