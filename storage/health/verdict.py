"""The verdict on one source: ``failing``, ``drift``, ``stale`` or ``ok``, with the reason.

:func:`judge_source` reads summaries (:class:`History` of the runs, ``Dates`` of the
publication dates, the drift findings recorded with the last run), as the archive delivers them
in a few rows per source; :func:`judge` takes the full lists (newest first) and builds the same
summaries, for tests and for a source whose drift was never recorded.

- **failing**: the last completed run failed or was degraded (with the number in a row),
  robots.txt refuses the start URLs, or most requests failed;
- **drift**: ``storage.health.drift`` found something in the newest runs;
- **stale**: ``storage.health.staleness`` (silence beyond the cadence, months without any);
- **ok**: none of these.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from storage.health.drift import history_findings
from storage.health.staleness import Dates, allowed_silence, stale_reasons

SEVERITY = {"ok": 0, "stale": 1, "drift": 2, "failing": 3}
UNJUDGED = ("running", "skipped", "aborted")  # run statuses that say nothing about the site
FAILED = ("failed", "degraded")


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
class History:
    """What the rules read of a source's runs."""

    latest: RunRecord | None = None  # the newest run
    judged: RunRecord | None = None  # the newest completed run (not running, skipped or aborted)
    last_success: datetime | None = None  # start of the newest run that finished
    failed_in_a_row: int = 0  # completed runs, newest first, that failed or were degraded

    @classmethod
    def of(cls, runs: Sequence[RunRecord]) -> History:
        """The summary of ``runs`` (newest first)."""
        judged = [r for r in runs if r.status not in UNJUDGED]
        in_a_row = 0
        for run in judged:
            if run.status not in FAILED:
                break
            in_a_row += 1
        success = next((r.started_at for r in judged if r.status == "finished"), None)
        return cls(runs[0] if runs else None, judged[0] if judged else None, success, in_a_row)


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
        """JSON-ready: times as ISO strings (a flat copy; ``asdict`` deep-copies, 10× slower)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for key in ("last_run", "last_success", "last_new", "newest_published"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        data["findings"] = [dict(finding) for finding in self.findings]
        return data


def comparable_figures(runs: Sequence[RunRecord]) -> list[dict[str, Any]]:
    """The figures of the runs drift compares (finished, self-check ok), newest first."""
    return [
        r.figures for r in runs if r.figures and r.status == "finished" and r.check_status in (None, "ok")
    ]


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
    history = History.of(runs)
    last = history.judged
    if drift is None and last is not None and last.status == "finished" and last.figures:
        drift = history_findings(comparable_figures(runs))
    return judge_source(
        source, history, Dates.of(dates, today), today, name=name, last_new=last_new, drift=drift
    )


def judge_source(
    source: str,
    history: History,
    dates: Dates,
    today: date,
    *,
    name: str | None = None,
    last_new: datetime | None = None,
    drift: list[dict[str, Any]] | None = None,
) -> Verdict:
    """The verdict for one source from the summaries of its runs and dates (``drift``: the
    findings of its newest runs, None when not judged)."""
    verdict = Verdict(source, "ok", "", name=name, last_new=last_new, newest_published=dates.newest)
    verdict.cadence_days, verdict.stale_after_days = allowed_silence(dates.gaps)
    verdict.last_success = history.last_success
    verdict.failed_in_a_row = history.failed_in_a_row
    if history.latest is not None:
        verdict.last_run, verdict.last_run_status = history.latest.started_at, history.latest.status
    reasons: dict[str, list[str]] = defaultdict(list)
    last = history.judged
    if last is None:
        crawled = history.latest is not None
        reasons["stale" if crawled else "failing"].append(
            "no completed crawl run" if crawled else "never crawled"
        )
    else:
        reasons["failing"].extend(_failing(last, verdict.failed_in_a_row))
        if last.status == "finished" and drift:
            verdict.findings.extend(drift)
            reasons["drift"].extend(f["text"] for f in drift)
    reasons["stale"].extend(
        stale_reasons(dates, today, verdict.cadence_days, verdict.stale_after_days, crawled=last is not None)
    )
    for status in ("failing", "drift", "stale"):
        if reasons[status]:
            verdict.status = status
            break
    ordered = [text for status in ("failing", "drift", "stale") for text in reasons[status]]
    if ordered:
        verdict.reason = "; ".join(ordered)
    else:
        figures = (history.latest.figures if history.latest else None) or {}
        new = figures.get("announcements", {}).get("new", 0)
        every = f"; publishes about every {verdict.cadence_days:g} days" if verdict.cadence_days else ""
        verdict.reason = f"last run ok, {new} new{every}"
    return verdict


def _failing(last: RunRecord, in_a_row: int) -> list[str]:
    """Why the last completed run says the source is failing."""
    reasons = []
    fig = last.figures or {}
    if last.status in FAILED:
        row = f" ({in_a_row} runs in a row)" if in_a_row > 1 else ""
        reasons.append(f"last run {last.status}{row}: {last.message or 'no reason recorded'}")
    elif fig.get("start_blocked"):
        reasons.append(f"robots.txt now disallows {fig['start_blocked']} of the start URLs")
    errors = sum(n for k, n in (fig.get("errors") or {}).items() if not k.startswith("blocked"))
    if last.status not in FAILED and errors >= 5 and errors >= 0.5 * fig.get("requests", 0):
        top = ", ".join(
            f"{k}×{v}" for k, v in sorted((fig.get("errors") or {}).items(), key=lambda kv: -kv[1])[:3]
        )
        reasons.append(f"{errors} of {fig.get('requests', 0)} requests failed ({top})")
    return reasons
