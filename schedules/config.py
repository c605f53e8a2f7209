"""Schedule files: which sites to crawl when (TOML, cron expressions, a time zone).

Format (``schedules/*.toml``)::

    [[job]]
    id = "nightly"
    sites = ["rvr", "spd_kreistagsfraktion_kleve"]   # or ["*"] for every profile
    cron = "30 2 * * *"                              # minute hour day month day_of_week
    timezone = "Europe/Berlin"
    full = false                                     # optional: ignore re-crawl state

    [report]                                         # optional: a report after each night
    notify = "changes"                               # see schedules.report for every key
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from apscheduler.triggers.cron import CronTrigger

from crawler.sites import load_sites
from schedules.report import ReportConfig, ReportError

SCHEDULES_DIR = Path(__file__).resolve().parent
DEFAULT_TIMEZONE = "Europe/Berlin"


class ScheduleError(ValueError):
    """A schedule file is malformed or names an unknown site."""


@dataclass(frozen=True)
class ScheduledCrawl:
    """One site crawled on one cron schedule (what becomes one APScheduler job)."""

    job_id: str
    site: str
    cron: str
    timezone: str
    full: bool = False

    @property
    def apscheduler_id(self) -> str:
        return f"{self.job_id}:{self.site}"

    def trigger(self) -> CronTrigger:
        try:
            return CronTrigger.from_crontab(self.cron, timezone=self.timezone)
        except (ValueError, KeyError) as exc:
            raise ScheduleError(f"job {self.job_id!r}: bad cron {self.cron!r} or time zone: {exc}") from exc


def load_schedule(path: Path) -> list[ScheduledCrawl]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ScheduleError(f"{path}: {exc}") from exc
    known = load_sites()
    crawls: list[ScheduledCrawl] = []
    for job in data.get("job", []):
        for key in ("id", "sites", "cron"):
            if key not in job:
                raise ScheduleError(f"{path}: a [[job]] lacks {key!r}")
        sites = sorted(known) if job["sites"] == ["*"] else job["sites"]
        for site in sites:
            if site not in known:
                raise ScheduleError(f"{path}: job {job['id']!r} names unknown site {site!r}")
            crawl = ScheduledCrawl(
                job["id"], site, job["cron"], job.get("timezone", DEFAULT_TIMEZONE), bool(job.get("full"))
            )
            crawl.trigger()  # validate now, not at 2:30 in the night
            crawls.append(crawl)
    return crawls


def load_schedules(paths: list[Path] | None = None) -> list[ScheduledCrawl]:
    """All scheduled crawls of the given files (default: every ``schedules/*.toml``)."""
    files = paths or sorted(SCHEDULES_DIR.glob("*.toml"))
    crawls = [c for path in files for c in load_schedule(Path(path))]
    ids = [c.apscheduler_id for c in crawls]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise ScheduleError(f"duplicate scheduled crawls: {sorted(dupes)}")
    return crawls


@dataclass(frozen=True)
class ScheduledReport:
    """The night report of one ``[[job]]``: its sites, on the job's cron (``schedules.report``)."""

    job_id: str
    sites: tuple[str, ...]
    cron: str
    timezone: str
    config: ReportConfig

    @property
    def apscheduler_id(self) -> str:
        return f"{self.job_id}:report"

    def trigger(self) -> CronTrigger:
        return ScheduledCrawl(self.job_id, "report", self.cron, self.timezone).trigger()


def load_reports(paths: list[Path] | None = None) -> list[ScheduledReport]:
    """One report per ``[[job]]`` of every schedule file that has a ``[report]`` table."""
    files = paths or sorted(SCHEDULES_DIR.glob("*.toml"))
    reports: list[ScheduledReport] = []
    for path in files:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ScheduleError(f"{path}: {exc}") from exc
        if "report" not in data:
            continue
        try:
            config = ReportConfig.from_dict(data["report"], where=f"{path}: [report]")
        except ReportError as exc:
            raise ScheduleError(str(exc)) from exc
        by_job: dict[str, list[ScheduledCrawl]] = {}
        for crawl in load_schedule(Path(path)):
            by_job.setdefault(crawl.job_id, []).append(crawl)
        for job_id, crawls in by_job.items():
            first = crawls[0]
            reports.append(
                ScheduledReport(job_id, tuple(c.site for c in crawls), first.cron, first.timezone, config)
            )
    return reports
