"""What the night report says: every source's verdict, what changed, tonight's runs.

:func:`build_report` judges the sources of a job (``storage.health.assess``), remembers their
statuses (``source_health``: what changed since the last report) and adds tonight's run of each
site; the text and HTML renderings are made from the same data (``schedules.report.render``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from schedules.report.render import render_html, render_text
from storage import health
from storage import models as m
from storage.models import utcnow

STATUS_CODE = {"ok": 0, "stale": 1, "drift": 2, "failing": 3}


@dataclass
class NightReport:
    """What one report says, and where it went."""

    data: dict[str, Any]
    text: str
    html: str
    files: list[Path] = field(default_factory=list)
    notified: dict[str, str] = field(default_factory=dict)


# -- building --------------------------------------------------------------------------------
def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def tonight(engine, sites: Sequence[str], since: datetime) -> dict[str, dict[str, Any]]:
    """The newest run of each site started at or after ``since`` (UTC, naive)."""
    cr = m.CrawlRun.__table__
    query = (
        select(cr)
        .where(
            cr.c.started_at >= since, cr.c.sites.in_(list(sites)), cr.c.trigger.not_in(("reparse", "explore"))
        )
        .order_by(cr.c.id)
    )
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for row in conn.execute(query):
            out[row.sites] = {
                "run": row.id,
                "status": row.status,
                "message": row.message,
                "started_at": _iso(row.started_at),
                "finished_at": _iso(row.finished_at),
                "pages": row.pages_fetched,
                "new": row.announcements_new,
                "updated": row.announcements_updated,
                "unchanged": row.announcements_unchanged,
                "errors": row.errors,
            }
    return out


def build_report(
    engine,
    job: str,
    sites: Sequence[str],
    since: datetime,
    *,
    now: datetime | None = None,
    remember: bool = True,
) -> NightReport:
    """The report of the night that started at ``since`` for the sites of ``job`` (times UTC)."""
    now = now or utcnow()
    verdicts = health.assess(engine, sources=list(sites), now=now)
    changed = {v.source for v in health.remember(engine, verdicts, now=now)} if remember else set()
    holds_since = health.since(engine)
    runs = tonight(engine, sites, since)
    summary = {status: sum(v.status == status for v in verdicts) for status in STATUS_CODE}
    missing = sorted(set(sites) - {v.source for v in verdicts})
    sources = []
    for v in verdicts:
        entry = v.to_dict()
        entry["changed"] = v.source in changed
        entry["since"] = _iso(holds_since.get(v.source))
        entry["tonight"] = runs.get(v.source)
        sources.append(entry)
    for site in missing:  # scheduled, never crawled into this archive
        sources.append({"source": site, "status": "failing", "reason": "never crawled", "changed": True})
        summary["failing"] += 1
    data = {
        "job": job,
        "generated_at": _iso(now),
        "night_started_utc": _iso(since),
        "summary": summary,
        "changed": sorted(changed | set(missing)),
        "without_run_tonight": sorted(set(sites) - set(runs)),
        "sources": sources,
    }
    return NightReport(data, render_text(data), render_html(data))
