"""The nightly report: told without looking.

After the crawls of a scheduled night, the report job (one per ``[[job]]`` of a schedule file
with a ``[report]`` table, same cron as its crawls; the scheduler calls
``schedules.report:run_report``) waits until every site of the job has recorded its run, judges
every source (``storage.health.assess``), and

* writes ``<job>-<date>.json``, ``.txt`` and ``.html`` into the report directory (default
  ``reports/`` beside the SQLite archive file) — ``build`` and ``render``;
* writes a Prometheus textfile (``prometheus``; for node_exporter's textfile collector): per
  source its health, last run, last success, newest announcement and the last run's counts;
* notifies, when configured, by e-mail over SMTP and by a webhook (a JSON POST of the report):
  on ``notify = "changes"`` (default) only when a source's status changed since the last report
  (``source_health``), on ``"problems"`` whenever a source is not ok, on ``"always"`` every night
  — ``notify``.

The ``[report]`` table of a schedule file is read by ``schedules.report.config``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from schedules.report.build import STATUS_CODE, NightReport, build_report, tonight
from schedules.report.config import NOTIFY_MODES, EmailConfig, ReportConfig, ReportError, WebhookConfig
from schedules.report.notify import notify, send_email, send_webhook, should_notify
from schedules.report.prometheus import write_textfile
from schedules.report.render import headline, render_html, render_text, write_report
from storage.db import make_engine, resolve_url
from storage.models import utcnow

logger = logging.getLogger(__name__)


def report_dir(db: str, configured: str | None) -> Path:
    """The configured directory, else ``reports/`` beside the SQLite file (or the current one)."""
    if configured:
        return Path(configured).expanduser()
    url = resolve_url(db)
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///")).parent / "reports"
    return Path.cwd() / "reports"


def wait_for_runs(engine, sites: Sequence[str], since: datetime, deadline: float, poll: float = 30.0) -> None:
    """Wait until every site has a finished run started since ``since`` (or the deadline)."""
    while True:
        runs = tonight(engine, sites, since)
        if all(site in runs and runs[site]["status"] != "running" for site in sites):
            return
        if time.monotonic() >= deadline:
            logger.warning("report: still waiting for %s", sorted(set(sites) - set(runs)))
            return
        time.sleep(poll)


def run_report(
    job: str,
    sites: Sequence[str],
    db: str,
    config: dict[str, Any] | ReportConfig,
    *,
    since: datetime | None = None,
    now: datetime | None = None,
    wait: bool = True,
    poll: float = 30.0,
) -> NightReport:
    """The scheduler's report job: wait for the night's runs, judge, write, notify."""
    cfg = config if isinstance(config, ReportConfig) else ReportConfig.from_dict(config)
    since = since or (utcnow() - timedelta(minutes=5))
    engine = make_engine(db)
    try:
        if wait:
            wait_for_runs(engine, sites, since, time.monotonic() + cfg.wait_hours * 3600, poll)
        report = build_report(engine, job, sites, since, now=now)
    finally:
        engine.dispose()
    directory = report_dir(db, cfg.dir)
    write_report(report, directory)
    write_textfile(report, Path(cfg.textfile) if cfg.textfile else directory / "pressarchive.prom")
    notify(report, cfg)
    if report.notified:
        # The JSON on disk says where the report went.
        report.data["notified"] = report.notified
        report.files[0].write_text(
            json.dumps(report.data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    logger.info("%s; report in %s", headline(report.data), directory)
    return report


__all__ = [
    "NOTIFY_MODES",
    "STATUS_CODE",
    "EmailConfig",
    "NightReport",
    "ReportConfig",
    "ReportError",
    "WebhookConfig",
    "build_report",
    "headline",
    "notify",
    "render_html",
    "render_text",
    "report_dir",
    "run_report",
    "send_email",
    "send_webhook",
    "should_notify",
    "tonight",
    "wait_for_runs",
    "write_report",
    "write_textfile",
]
