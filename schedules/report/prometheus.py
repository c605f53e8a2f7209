"""The night report as Prometheus metrics: a textfile for node_exporter's textfile collector.

Per source its health (0 ok … 3 failing), a 0/1 series per status, the last run, last success,
last new and newest published timestamps, the silence its cadence allows, and tonight's pages,
announcements by outcome and errors; written atomically by ``prometheus_client``.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Gauge, write_to_textfile

from schedules.report.build import STATUS_CODE

if TYPE_CHECKING:
    from schedules.report.build import NightReport


def _timestamp(value: str | None) -> float | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value)  # the archive's times are naive UTC
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def write_textfile(report: NightReport, path: Path) -> Path:
    """The report as Prometheus metrics (text exposition format, written atomically)."""
    registry = CollectorRegistry()
    label = ["source"]
    status = Gauge(
        "pressarchive_source_health", "0 ok, 1 stale, 2 drift, 3 failing", label, registry=registry
    )
    state = Gauge(
        "pressarchive_source_status",
        "1 for the source's current status",
        ["source", "status"],
        registry=registry,
    )
    times = {
        "last_run": Gauge(
            "pressarchive_source_last_run_timestamp_seconds",
            "Start of the last run",
            label,
            registry=registry,
        ),
        "last_success": Gauge(
            "pressarchive_source_last_success_timestamp_seconds",
            "Start of the last run that finished",
            label,
            registry=registry,
        ),
        "last_new": Gauge(
            "pressarchive_source_last_new_timestamp_seconds",
            "When the archive last gained an announcement",
            label,
            registry=registry,
        ),
        "newest_published": Gauge(
            "pressarchive_source_newest_published_timestamp_seconds",
            "Newest publication date",
            label,
            registry=registry,
        ),
    }
    cadence = Gauge(
        "pressarchive_source_stale_after_days",
        "Silence allowed by the source's cadence",
        label,
        registry=registry,
    )
    pages = Gauge(
        "pressarchive_run_pages_fetched", "Pages fetched by tonight's run", label, registry=registry
    )
    announcements = Gauge(
        "pressarchive_run_announcements",
        "Announcements of tonight's run by outcome",
        ["source", "outcome"],
        registry=registry,
    )
    errors = Gauge("pressarchive_run_errors", "Failures recorded by tonight's run", label, registry=registry)
    generated = Gauge(
        "pressarchive_report_timestamp_seconds", "When the report was written", ["job"], registry=registry
    )
    for s in report.data["sources"]:
        source = s["source"]
        status.labels(source).set(STATUS_CODE.get(s["status"], 3))
        for name in STATUS_CODE:
            state.labels(source, name).set(1 if s["status"] == name else 0)
        for key, gauge in times.items():
            value = _timestamp(s.get(key))
            if value is not None:
                gauge.labels(source).set(value)
        if s.get("stale_after_days") is not None:
            cadence.labels(source).set(s["stale_after_days"])
        run = s.get("tonight")
        if run:
            pages.labels(source).set(run["pages"])
            errors.labels(source).set(run["errors"])
            for outcome in ("new", "updated", "unchanged"):
                announcements.labels(source, outcome).set(run[outcome])
    generated.labels(report.data["job"]).set(_timestamp(report.data["generated_at"]) or time.time())
    path.parent.mkdir(parents=True, exist_ok=True)
    write_to_textfile(str(path), registry)
    report.files.append(path)
    return path
