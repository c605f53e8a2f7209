"""The nightly report: told without looking.

After the crawls of a scheduled night, the report job (one per ``[[job]]`` of a schedule file
with a ``[report]`` table, same cron as its crawls) waits until every site of the job has
recorded its run, judges every source (``storage.health.assess``), and

* writes ``<job>-<date>.json``, ``.txt`` and ``.html`` into the report directory (default
  ``reports/`` beside the SQLite archive file);
* writes a Prometheus textfile (``prometheus_client.write_to_textfile``; for node_exporter's
  textfile collector): per source its health, last run, last success, newest announcement and
  the last run's counts;
* notifies, when configured, by e-mail over SMTP and by a webhook (a JSON POST of the report):
  on ``notify = "changes"`` (default) only when a source's status changed since the last report
  (``source_health``), on ``"problems"`` whenever a source is not ok, on ``"always"`` every night.

Schedule file format::

    [report]
    dir = "/srv/press/reports"        # optional
    textfile = "/var/lib/node_exporter/textfile/pressarchive.prom"   # optional
    notify = "changes"                # changes | problems | always
    wait_hours = 6                    # how long to wait for the night's crawls

    [report.email]                    # optional
    host = "localhost"
    port = 25
    sender = "pressarchive@example.org"
    to = ["ops@example.org"]
    starttls = false
    username = "…"                    # optional; the password comes from the environment
    password_env = "PRESSARCHIVE_SMTP_PASSWORD"

    [report.webhook]                  # optional
    url = "https://hooks.example.org/pressarchive"
    timeout = 10
"""

from __future__ import annotations

import html
import json
import logging
import os
import smtplib
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, Gauge, write_to_textfile
from sqlalchemy import select

from storage import health
from storage import models as m
from storage.db import make_engine, resolve_url
from storage.models import utcnow

logger = logging.getLogger(__name__)

NOTIFY_MODES = ("changes", "problems", "always")
STATUS_CODE = {"ok": 0, "stale": 1, "drift": 2, "failing": 3}


class ReportError(ValueError):
    """A ``[report]`` table is malformed."""


@dataclass(frozen=True)
class EmailConfig:
    host: str
    sender: str
    to: tuple[str, ...]
    port: int = 25
    starttls: bool = False
    username: str | None = None
    password_env: str | None = None
    timeout: float = 30.0


@dataclass(frozen=True)
class WebhookConfig:
    url: str
    timeout: float = 10.0


@dataclass(frozen=True)
class ReportConfig:
    dir: str | None = None
    textfile: str | None = None
    notify: str = "changes"
    wait_hours: float = 6.0
    email: EmailConfig | None = None
    webhook: WebhookConfig | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "[report]") -> ReportConfig:
        try:
            email = data.get("email")
            webhook = data.get("webhook")
            config = cls(
                dir=data.get("dir"),
                textfile=data.get("textfile"),
                notify=data.get("notify", "changes"),
                wait_hours=float(data.get("wait_hours", 6.0)),
                email=EmailConfig(**{**email, "to": tuple(email["to"])}) if email else None,
                webhook=WebhookConfig(**webhook) if webhook else None,
            )
        except (TypeError, KeyError, ValueError) as exc:
            raise ReportError(f"{where}: {exc}") from exc
        if config.notify not in NOTIFY_MODES:
            raise ReportError(f"{where}: notify must be one of {', '.join(NOTIFY_MODES)}")
        return config

    def to_dict(self) -> dict[str, Any]:
        """Plain values (APScheduler stores job arguments in the archive)."""
        data: dict[str, Any] = {
            "dir": self.dir,
            "textfile": self.textfile,
            "notify": self.notify,
            "wait_hours": self.wait_hours,
        }
        if self.email:
            data["email"] = {**self.email.__dict__, "to": list(self.email.to)}
        if self.webhook:
            data["webhook"] = dict(self.webhook.__dict__)
        return data


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


def _tonight(engine, sites: Sequence[str], since: datetime) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
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
    engine,  # type: ignore[no-untyped-def]
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
    tonight = _tonight(engine, sites, since)
    summary = {status: sum(v.status == status for v in verdicts) for status in STATUS_CODE}
    missing = sorted(set(sites) - {v.source for v in verdicts})
    sources = []
    for v in verdicts:
        entry = v.to_dict()
        entry["changed"] = v.source in changed
        entry["since"] = _iso(holds_since.get(v.source))
        entry["tonight"] = tonight.get(v.source)
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
        "without_run_tonight": sorted(set(sites) - set(tonight)),
        "sources": sources,
    }
    return NightReport(data, render_text(data), render_html(data))


def _headline(data: dict[str, Any]) -> str:
    summary = data["summary"]
    parts = [f"{summary[s]} {s}" for s in ("failing", "drift", "stale") if summary.get(s)]
    state = ", ".join(parts) if parts else f"all {summary.get('ok', 0)} ok"
    changed = f" ({len(data['changed'])} changed)" if data["changed"] else ""
    return f"pressarchive {data['job']}: {state}{changed}"


def render_text(data: dict[str, Any]) -> str:
    lines = [
        _headline(data),
        f"generated {data['generated_at']} UTC, night started {data['night_started_utc']} UTC",
        "",
    ]
    for s in data["sources"]:
        mark = " (changed)" if s.get("changed") else ""
        lines.append(f"{s['status'].upper():8} {s['source']}{mark}: {s['reason']}")
        run = s.get("tonight")
        if run:
            lines.append(
                f"         tonight: run {run['run']} {run['status']}, {run['pages']} pages, "
                f"{run['new']} new, {run['updated']} updated, {run['errors']} errors"
                + (f" — {run['message']}" if run.get("message") else "")
            )
        elif "tonight" in s:
            lines.append("         tonight: no run recorded")
    return "\n".join(lines) + "\n"


def render_html(data: dict[str, Any]) -> str:
    colour = {"ok": "#2e7d32", "stale": "#b26a00", "drift": "#8e24aa", "failing": "#c62828"}
    rows = []
    for s in data["sources"]:
        run = s.get("tonight") or {}
        tonight = (
            f"run {run['run']} {html.escape(run['status'])}: {run['pages']} pages, {run['new']} new"
            if run
            else "no run"
        )
        rows.append(
            "<tr>"
            f"<td>{html.escape(s['source'])}</td>"
            f'<td style="color:{colour.get(s["status"], "#c62828")}"><b>{html.escape(s["status"])}</b>'
            f"{' (changed)' if s.get('changed') else ''}</td>"
            f"<td>{html.escape(s.get('reason') or '')}</td>"
            f"<td>{tonight}</td>"
            f"<td>{html.escape(s.get('last_success') or '–')}</td>"
            f"<td>{html.escape(s.get('newest_published') or '–')}</td>"
            "</tr>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(_headline(data))}</title></head><body>\n"
        f"<h1>{html.escape(_headline(data))}</h1>\n"
        f"<p>generated {html.escape(data['generated_at'])}</p>\n"
        '<table border="1" cellpadding="4"><tr><th>source</th><th>status</th><th>reason</th>'
        "<th>tonight</th><th>last success</th><th>newest</th></tr>\n"
        + "\n".join(rows)
        + "\n</table>\n</body></html>\n"
    )


# -- writing ---------------------------------------------------------------------------------
def report_dir(db: str, configured: str | None) -> Path:
    """The configured directory, else ``reports/`` beside the SQLite file (or the current one)."""
    if configured:
        return Path(configured).expanduser()
    url = resolve_url(db)
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///")).parent / "reports"
    return Path.cwd() / "reports"


def write_report(report: NightReport, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    stamp = report.data["generated_at"][:10]
    base = directory / f"{report.data['job']}-{stamp}"
    paths = [base.with_suffix(".json"), base.with_suffix(".txt"), base.with_suffix(".html")]
    paths[0].write_text(json.dumps(report.data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    paths[1].write_text(report.text, encoding="utf-8")
    paths[2].write_text(report.html, encoding="utf-8")
    report.files.extend(paths)
    return paths


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


# -- notifying -------------------------------------------------------------------------------
def should_notify(report: NightReport, mode: str) -> bool:
    if mode == "always":
        return True
    if mode == "problems":
        return bool(report.data["changed"]) or any(s["status"] != "ok" for s in report.data["sources"])
    return bool(report.data["changed"])


def send_email(report: NightReport, config: EmailConfig) -> None:
    message = EmailMessage()
    message["Subject"] = _headline(report.data)
    message["From"] = config.sender
    message["To"] = ", ".join(config.to)
    message.set_content(report.text)
    message.add_alternative(report.html, subtype="html")
    with smtplib.SMTP(config.host, config.port, timeout=config.timeout) as smtp:
        if config.starttls:
            smtp.starttls()
        if config.username:
            smtp.login(config.username, os.environ.get(config.password_env or "", ""))
        smtp.send_message(message)


def send_webhook(report: NightReport, config: WebhookConfig) -> int:
    body = json.dumps({"text": _headline(report.data), "report": report.data}, ensure_ascii=False).encode()
    request = urllib.request.Request(
        config.url, data=body, method="POST", headers={"Content-Type": "application/json; charset=utf-8"}
    )
    with urllib.request.urlopen(request, timeout=config.timeout) as response:
        return response.status


def notify(report: NightReport, config: ReportConfig) -> dict[str, str]:
    """Send the configured notifications; failures are logged and returned, never raised."""
    results: dict[str, str] = {}
    if not should_notify(report, config.notify):
        return results
    if config.email:
        try:
            send_email(report, config.email)
            results["email"] = "sent"
        except (OSError, smtplib.SMTPException) as exc:
            logger.error("report e-mail to %s failed: %s", ", ".join(config.email.to), exc)
            results["email"] = f"failed: {exc}"
    if config.webhook:
        try:
            results["webhook"] = f"sent ({send_webhook(report, config.webhook)})"
        except OSError as exc:
            logger.error("report webhook %s failed: %s", config.webhook.url, exc)
            results["webhook"] = f"failed: {exc}"
    report.notified.update(results)
    return results


# -- the job ---------------------------------------------------------------------------------
def wait_for_runs(engine, sites: Sequence[str], since: datetime, deadline: float, poll: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until every site has a finished run started since ``since`` (or the deadline)."""
    while True:
        runs = _tonight(engine, sites, since)
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
    logger.info("%s; report in %s", _headline(report.data), directory)
    return report
