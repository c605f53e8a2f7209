"""Crawl health: each run checked on its own, each source judged against its own history.

Two levels, both with the reason in words and figures:

* :func:`check_run` judges one run's figures (``crawler.runstats``) alone: ``failed`` when a
  crawl fetched a site's pages but the archive holds no announcement of it, or when the
  article-shaped URLs its listings, feeds and sitemaps point to were fetched and none was
  stored; ``degraded`` when far fewer were stored than fetched; else ``ok``. Silence is never
  "finished": the crawl run gets this status and ``pressarchive crawl`` exits non-zero.
* :func:`assess` judges every source from the archive (``crawl_runs``, ``run_stats``,
  ``announcements``):

  - **failing**: the last run failed or was degraded (with the number of failed runs in a row),
    robots.txt refuses the start URLs, most requests failed;
  - **drift**: the last run against the source's own recent runs (robust baselines, pooled
    counts): field coverage, the share of the usual extraction method or date source, the share
    of fetched article pages read as announcements, median body length, links per listing;
  - **stale**: no announcement published for longer than the source's own cadence allows
    (learned from its archive), or months without any where the history has many;
  - **ok**.

Drift needs a sample: a share is judged only when the last run read at least ``MIN_SAMPLE``
pages of the kind, the drop exceeds a tolerance *and* is unlikely under the baseline (binomial
tail below ``ALPHA``), so ordinary nights with two new releases raise no alarm.

Everything is portable SQL (SQLAlchemy Core, a window function), so it works on PostgreSQL too.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, case, func, insert, null, select, update

from storage import models as m

# -- run self-check --------------------------------------------------------------------------
MIN_REACHED = 5  # article-shaped pages fetched before "none stored" fails a run
MIN_REACHED_RATIO = 10  # … before a low stored share degrades it
DEGRADED_SHARE = 0.5
READ_KINDS = ("announcement", "listing", "other")

# -- drift -----------------------------------------------------------------------------------
HISTORY_RUNS = 16  # runs per source read for the health verdict (window + baseline)
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

# -- staleness -------------------------------------------------------------------------------
MIN_STALE_DAYS = 7
CADENCE_DATES = 60  # the newest distinct publication dates that define the cadence
MIN_CADENCE_DATES = 5
UNKNOWN_CADENCE_DAYS = 90  # allowed silence while too few dates are known
GAP_MONTHLY_MEDIAN = 4  # months with none are reported where the median month has this many

SEVERITY = {"ok": 0, "stale": 1, "drift": 2, "failing": 3}


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


# ============================================================================================
# One run alone
# ============================================================================================
def _pointed_phrase(links: dict[str, Any]) -> str:
    via = links.get("by_via") or {}
    names = {"listing": "listings", "feed": "feeds", "sitemap": "sitemaps"}
    parts = [f"{names.get(k, k)} {n}" for k, n in sorted(via.items(), key=lambda kv: -kv[1]) if n]
    total = links.get("pointed", 0)
    if len(parts) == 1:
        return f"{parts[0].split(' ')[0]} link {total} article-shaped URLs"
    if not parts:
        return "no listing, feed or sitemap points to an article-shaped URL"
    return f"listings, feeds and sitemaps link {total} article-shaped URLs ({', '.join(parts)})"


def check_run(figures: dict[str, Any]) -> tuple[str, str | None]:
    """``(status, reason)`` of one run judged alone: ``ok``, ``degraded`` or ``failed``."""
    pages = figures.get("pages") or {}
    read = sum(pages.get(kind, 0) for kind in READ_KINDS)
    seen = read + figures.get("unchanged", 0) + pages.get("feed", 0) + pages.get("sitemap", 0)
    links = figures.get("links") or {}
    reached, stored = links.get("reached", 0), links.get("stored", 0)
    stopped = figures.get("finish_reason") not in (None, "finished")
    suffix = f" (stopped early: {figures['finish_reason']})" if stopped else ""
    if figures.get("responses", 0) == 0:
        return "failed", "no page could be fetched"
    if seen == 0:
        errors = figures.get("errors") or {}
        top = ", ".join(f"{k}×{v}" for k, v in sorted(errors.items(), key=lambda kv: -kv[1])[:3])
        if figures.get("start_blocked"):
            return "failed", f"robots.txt disallows the start URLs ({figures['start_blocked']} refused)"
        return "failed", f"no page could be read ({top or 'no response was a page'})"
    if figures.get("start_blocked") and read == 0:
        return "failed", f"robots.txt disallows the start URLs ({figures['start_blocked']} refused)"
    if seen and figures.get("stored_total", 0) == 0:
        kinds = ", ".join(f"{pages[k]} {k}" for k in READ_KINDS if pages.get(k))
        return "failed", (
            f"fetched {seen} pages ({kinds or 'all unchanged'}); {_pointed_phrase(links)}; "
            f"0 stored, and the archive holds no announcement of the site{suffix}"
        )
    if reached >= MIN_REACHED and stored == 0:
        return "failed", f"{_pointed_phrase(links)}; {reached} fetched; 0 stored{suffix}"
    if reached >= MIN_REACHED_RATIO and stored < DEGRADED_SHARE * reached:
        return "degraded", (
            f"{_pointed_phrase(links)}; {reached} fetched; only {stored} stored "
            f"({_pct(stored, reached)}){suffix}"
        )
    empty = (figures.get("announcements") or {}).get("empty", 0)
    if empty >= MIN_REACHED and figures.get("extracted", 0) == 0:
        return "degraded", f"{empty} article pages read, none with a body{suffix}"
    return "ok", None


# ============================================================================================
# The history of one source
# ============================================================================================
@dataclass
class RunRecord:
    """One past run of a source, as the health rules read it."""

    run_id: int
    started_at: datetime
    status: str  # crawl_runs.status
    message: str | None
    check_status: str | None = None
    figures: dict[str, Any] | None = None


@dataclass
class Verdict:
    """The health of one source: status, reason and the figures behind it."""

    source: str
    status: str  # ok | stale | drift | failing
    reason: str
    name: str | None = None
    last_run: datetime | None = None
    last_run_status: str | None = None
    last_success: datetime | None = None
    last_new: datetime | None = None  # when the archive last gained an announcement of it
    newest_published: date | None = None
    cadence_days: float | None = None  # median gap between publication dates
    stale_after_days: int | None = None
    failed_in_a_row: int = 0
    findings: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("last_run", "last_success", "last_new", "newest_published"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        return data


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
                    f"({_pct(k, n)}; usually {_pct(moved[1], 1)})",
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
                    "text": f"{label} {usual!r} on {k} of {n} ({_pct(k, n)}; usually "
                    f"{_pct(moved[1], 1)}); now: {now}",
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
                f"announcements ({_pct(links['stored'], links['reached'])}; usually {_pct(moved[1], 1)})",
            }
        )
    # Median body length (robust: median and MAD of the baseline runs' medians, in log scale).
    lengths = [b["body_length"]["p50"] for b in baseline if b.get("body_length") and b.get("extracted", 0)]
    length = (current.get("body_length") or {}).get("p50")
    if length and n >= MIN_SAMPLE and len(lengths) >= MIN_BASELINE_RUNS:
        med, mad = _median_mad([math.log(max(v, 1)) for v in lengths])
        off = abs(math.log(max(length, 1)) - med)
        if off > max(math.log(LENGTH_FACTOR), 3 * 1.4826 * mad):
            usual = round(math.exp(med))
            findings.append(
                {
                    "metric": "body_length/p50",
                    "current": length,
                    "baseline": usual,
                    "text": f"median body {length} characters (usually {usual})",
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


def cadence(dates: Sequence[date]) -> tuple[float | None, int]:
    """(median gap in days between the newest distinct publication dates, allowed silence in days)."""
    distinct = sorted(set(dates))[-CADENCE_DATES:]
    if len(distinct) < MIN_CADENCE_DATES:
        return None, UNKNOWN_CADENCE_DAYS
    gaps = [(b - a).days for a, b in itertools.pairwise(distinct)]
    median_gap = statistics.median(gaps)
    p90 = statistics.quantiles(gaps, n=10, method="inclusive")[8] if len(gaps) > 1 else gaps[0]
    return median_gap, max(MIN_STALE_DAYS, math.ceil(4 * median_gap), math.ceil(1.5 * p90))


def coverage_gaps(dates: Sequence[date], today: date) -> tuple[list[str], float]:
    """Months without any announcement inside the archive's span (before this month), where
    the median month has at least ``GAP_MONTHLY_MEDIAN``; and that median."""
    if not dates:
        return [], 0.0
    per_month = Counter((d.year, d.month) for d in dates)
    first, last = min(dates), min(max(dates), today)
    months: list[tuple[int, int]] = []
    year, month = first.year, first.month
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


def judge(
    source: str,
    runs: Sequence[RunRecord],
    dates: Sequence[date],
    today: date,
    *,
    name: str | None = None,
    last_new: datetime | None = None,
    drift: list[dict[str, Any]] | None = None,
) -> Verdict:
    """The verdict for one source: ``runs`` newest first, ``dates`` its publication dates.

    ``drift``: the findings recorded with the last run (its history does not change after it);
    without them they are computed from the figures of ``runs``."""
    verdict = Verdict(source, "ok", "", name=name, last_new=last_new)
    dates = [d for d in dates if d <= today]
    verdict.newest_published = max(dates) if dates else None
    verdict.cadence_days, verdict.stale_after_days = cadence(dates)
    judged = [r for r in runs if r.status not in ("running", "skipped", "aborted")]
    successes = [r for r in judged if r.status == "finished"]
    verdict.last_success = successes[0].started_at if successes else None
    if runs:
        verdict.last_run, verdict.last_run_status = runs[0].started_at, runs[0].status
    reasons: dict[str, list[str]] = defaultdict(list)

    # -- failing --------------------------------------------------------------------------
    for run in judged:
        if run.status not in ("failed", "degraded"):
            break
        verdict.failed_in_a_row += 1
    if not judged:
        reasons["stale" if runs else "failing"].append("no completed crawl run" if runs else "never crawled")
    else:
        last = judged[0]
        fig = last.figures or {}
        if last.status in ("failed", "degraded"):
            row = f" ({verdict.failed_in_a_row} runs in a row)" if verdict.failed_in_a_row > 1 else ""
            reasons["failing"].append(f"last run {last.status}{row}: {last.message or 'no reason recorded'}")
        elif fig.get("start_blocked"):
            reasons["failing"].append(f"robots.txt now disallows {fig['start_blocked']} of the start URLs")
        errors = sum(n for k, n in (fig.get("errors") or {}).items() if not k.startswith("blocked"))
        if (
            last.status not in ("failed", "degraded")
            and errors >= 5
            and errors >= 0.5 * fig.get("requests", 0)
        ):
            top = ", ".join(
                f"{k}×{v}" for k, v in sorted((fig.get("errors") or {}).items(), key=lambda kv: -kv[1])[:3]
            )
            reasons["failing"].append(f"{errors} of {fig.get('requests', 0)} requests failed ({top})")

        # -- drift -----------------------------------------------------------------------
        if last.status == "finished" and drift is not None:
            verdict.findings.extend(drift)
            reasons["drift"].extend(f["text"] for f in drift)
        elif last.status == "finished" and last.figures:
            comparable = [
                r.figures
                for r in judged
                if r.figures and r.status == "finished" and r.check_status in (None, "ok")
            ]
            window, baseline = split_window(comparable)
            if window and len(baseline) >= MIN_BASELINE_RUNS and sum(b.get("extracted", 0) for b in baseline):
                found = drift_findings(pool(window), baseline)
                if len(window) > 1:
                    for finding in found:
                        finding["text"] += f" over the last {len(window)} runs"
                verdict.findings.extend(found)
                reasons["drift"].extend(f["text"] for f in found)

    # -- stale ------------------------------------------------------------------------------
    if verdict.newest_published is not None:
        silent = (today - verdict.newest_published).days
        if silent > (verdict.stale_after_days or UNKNOWN_CADENCE_DAYS):
            usual = (
                f"it usually publishes every {verdict.cadence_days:g} days"
                if verdict.cadence_days is not None
                else f"too few dates for a cadence ({len(set(dates))})"
            )
            reasons["stale"].append(
                f"newest announcement {verdict.newest_published.isoformat()}, {silent} days ago; "
                f"{usual}, stale after {verdict.stale_after_days}"
            )
    elif judged:
        reasons["stale"].append("no dated announcement in the archive")
    gaps, per_month = coverage_gaps(dates, today)
    if gaps:
        shown = ", ".join(gaps[:6]) + (f" and {len(gaps) - 6} more" if len(gaps) > 6 else "")
        reasons["stale"].append(f"no announcement in {shown} (usually {per_month:g} a month)")

    for status in ("failing", "drift", "stale"):
        if reasons[status]:
            verdict.status = status
            break
    ordered = [text for status in ("failing", "drift", "stale") for text in reasons[status]]
    if ordered:
        verdict.reason = "; ".join(ordered)
    else:
        new = (runs[0].figures or {}).get("announcements", {}).get("new", 0) if runs else 0
        every = f"; publishes about every {verdict.cadence_days:g} days" if verdict.cadence_days else ""
        verdict.reason = f"last run ok, {new} new{every}"
    return verdict


# ============================================================================================
# Reading the archive
# ============================================================================================
def _source_runs(
    engine: Engine, sources: Sequence[str] | None, *, figures: str = "all"
) -> dict[str, list[RunRecord]]:
    """The newest ``HISTORY_RUNS`` crawl runs of each source with their figures (one query).

    Ranked over ``run_stats`` (indexed by source and start), which holds a row for every crawl
    run of a site that got as far as its spider (not for skipped runs or reparses)."""
    cr, rs, src = m.CrawlRun.__table__, m.RunStats.__table__, m.Source.__table__
    # Per source, the ids of its newest runs (a correlated LIMIT: an index seek per source on
    # ``ix_run_stats_source``, where a window function would sort every run ever recorded).
    recent = rs.alias("recent")
    newest = (
        select(recent.c.id)
        .where(recent.c.source_id == src.c.id)
        .order_by(recent.c.started_at.desc(), recent.c.id.desc())
        .limit(HISTORY_RUNS)
        .correlate(src)
    )
    latest = (
        select(recent.c.id)
        .where(recent.c.source_id == src.c.id)
        .order_by(recent.c.started_at.desc(), recent.c.id.desc())
        .limit(1)
        .correlate(src)
        .scalar_subquery()
    )
    query = (
        select(
            rs.c.run_id,
            rs.c.source_id,
            cr.c.started_at,
            cr.c.status,
            cr.c.message,
            rs.c.check_status,
            rs.c.figures,
        )
        .select_from(src.join(rs, rs.c.id.in_(newest)).join(cr, cr.c.id == rs.c.run_id))
        .where(cr.c.status.not_in(("running", "skipped")))
        .order_by(rs.c.source_id, rs.c.started_at.desc(), rs.c.id.desc())
    )
    if sources:
        query = query.where(src.c.id.in_(list(sources)))
    if figures == "latest":  # the figures of each source's newest run only (JSON parsing is the cost)
        query = query.with_only_columns(
            rs.c.run_id,
            rs.c.source_id,
            cr.c.started_at,
            cr.c.status,
            cr.c.message,
            rs.c.check_status,
            case((rs.c.id == latest, rs.c.figures), else_=null()).label("figures"),
        )
    out: dict[str, list[RunRecord]] = defaultdict(list)
    with engine.connect() as conn:
        for row in conn.execute(query):
            out[row.source_id].append(
                RunRecord(row.run_id, row.started_at, row.status, row.message, row.check_status, row.figures)
            )
    return out


def _source_dates(engine: Engine, sources: Sequence[str] | None) -> dict[str, list[date]]:
    an = m.Announcement.__table__
    query = (
        select(an.c.source_id, an.c.published)
        .where(an.c.published.is_not(None), an.c.withdrawn_at.is_(None))
        .group_by(an.c.source_id, an.c.published)
    )
    if sources:
        query = query.where(an.c.source_id.in_(list(sources)))
    out: dict[str, list[date]] = defaultdict(list)
    with engine.connect() as conn:
        for source_id, published in conn.execute(query):
            out[source_id].append(published)
    return out


def assess(
    engine: Engine, *, sources: Sequence[str] | None = None, now: datetime | None = None
) -> list[Verdict]:
    """The health of every source in the archive (or of ``sources``), worst first."""
    today = (now or datetime.now()).date()
    src, an = m.Source.__table__, m.Announcement.__table__
    query = select(src.c.id, src.c.name).order_by(src.c.id)
    if sources:
        query = query.where(src.c.id.in_(list(sources)))
    last_new_q = select(an.c.source_id, func.max(an.c.first_seen)).group_by(an.c.source_id)
    with engine.connect() as conn:
        names = dict(conn.execute(query).all())
        last_new = dict(conn.execute(last_new_q).all())
    runs = _source_runs(engine, list(names) if sources else None, figures="latest")
    dates = _source_dates(engine, list(names) if sources else None)
    # Drift was judged when each source's last run ended (``record_health``); sources whose last
    # run carries no recorded findings are judged from their full history now.
    unjudged = [sid for sid in names if runs.get(sid) and "drift" not in (runs[sid][0].figures or {})]
    if unjudged:
        runs.update(_source_runs(engine, unjudged))
    verdicts = []
    for sid, name in names.items():
        history = runs.get(sid, [])
        latest = history[0].figures if history else None
        drift = latest.get("drift") if latest and sid not in unjudged else None
        verdicts.append(
            judge(sid, history, dates.get(sid, []), today, name=name, last_new=last_new.get(sid), drift=drift)
        )
    verdicts.sort(key=lambda v: (-SEVERITY[v.status], v.source))
    return verdicts


def assess_source(engine: Engine, source: str, now: datetime | None = None) -> Verdict:
    found = assess(engine, sources=[source], now=now)
    return found[0] if found else Verdict(source, "failing", "unknown source")


def unhealthy(verdicts: Iterable[Verdict]) -> bool:
    """Whether any source is failing or drifting (``pressarchive health`` exits 1)."""
    return any(v.status in ("failing", "drift") for v in verdicts)


# ============================================================================================
# Writing
# ============================================================================================
def save_run_stats(
    engine: Engine,
    run_id: int,
    source_id: str,
    started_at: datetime,
    figures: dict[str, Any],
    check: tuple[str, str | None],
) -> int:
    with engine.begin() as conn:
        result = conn.execute(
            insert(m.RunStats.__table__).values(
                run_id=run_id,
                source_id=source_id,
                started_at=started_at,
                check_status=check[0],
                check_reason=check[1],
                figures=figures,
            )
        )
        return int(result.inserted_primary_key[0])


def record_health(engine: Engine, stats_id: int, verdict: Verdict, figures: dict[str, Any]) -> None:
    """Record the verdict at the end of a run, and its drift findings in the run's figures
    (``figures["drift"]``), so ``assess`` need not read the history again."""
    with engine.begin() as conn:
        conn.execute(
            update(m.RunStats.__table__)
            .where(m.RunStats.__table__.c.id == stats_id)
            .values(
                health=verdict.status,
                health_reason=verdict.reason,
                figures={**figures, "drift": verdict.findings},
            )
        )


def run_verdicts(
    engine: Engine, run_ids: Sequence[int]
) -> dict[int, list[tuple[str, str | None, str | None]]]:
    """Per run: (source, health, health reason) of each site it crawled."""
    rs = m.RunStats.__table__
    out: dict[int, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    if not run_ids:
        return out
    query = select(rs.c.run_id, rs.c.source_id, rs.c.health, rs.c.health_reason).where(
        rs.c.run_id.in_(list(run_ids))
    )
    with engine.connect() as conn:
        for run_id, source_id, health, reason in conn.execute(query):
            out[run_id].append((source_id, health, reason))
    return out


def remember(engine: Engine, verdicts: Sequence[Verdict], now: datetime | None = None) -> list[Verdict]:
    """Store each source's verdict (``source_health``) and return those whose status changed
    since the last time (a new source counts as changed unless it is ok)."""
    now = now or datetime.now()
    sh = m.SourceHealth.__table__
    changed: list[Verdict] = []
    with engine.begin() as conn:
        known = {row.source_id: row for row in conn.execute(select(sh))}
        for v in verdicts:
            old = known.get(v.source)
            if old is None:
                conn.execute(
                    insert(sh).values(
                        source_id=v.source, status=v.status, reason=v.reason, since=now, checked_at=now
                    )
                )
                if v.status != "ok":
                    changed.append(v)
            elif old.status != v.status:
                conn.execute(
                    update(sh)
                    .where(sh.c.source_id == v.source)
                    .values(status=v.status, reason=v.reason, since=now, checked_at=now)
                )
                changed.append(v)
            else:
                conn.execute(
                    update(sh).where(sh.c.source_id == v.source).values(reason=v.reason, checked_at=now)
                )
    return changed


def since(engine: Engine) -> dict[str, datetime]:
    """Since when each source holds its last reported status."""
    sh = m.SourceHealth.__table__
    with engine.connect() as conn:
        return {row.source_id: row.since for row in conn.execute(select(sh.c.source_id, sh.c.since))}


__all__ = [
    "Verdict",
    "assess",
    "assess_source",
    "check_run",
    "judge",
    "record_health",
    "remember",
    "run_verdicts",
    "save_run_stats",
    "unhealthy",
]
