"""The scheduler: APScheduler 3.x with its job store in the archive database.

Jobs persist in the archive (table ``apscheduler_jobs``, managed by APScheduler itself), so a
restarted scheduler knows when each job last ran and coalesces missed runs into one instead of
replaying every missed night. On a PostgreSQL archive a job does not crawl: it queues the site
for ``pressarchive worker`` (``schedules.queue``), once per night however many schedulers run.
``max_instances=1`` keeps two crawls of one site from overlapping
inside the scheduler; the crawl's own site lock (see ``schedules.locks``) covers manual crawls.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler

from schedules.config import DEFAULT_TIMEZONE, ScheduledCrawl, ScheduledReport
from storage.db import make_engine, resolve_url


def is_postgres(db: str) -> bool:
    return resolve_url(db).startswith("postgresql")


JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": 6 * 3600}


def configure(
    scheduler: BaseScheduler,
    crawls: Sequence[ScheduledCrawl],
    db: str,
    *,
    extra_args: Sequence[str] = (),
    reports: Sequence[ScheduledReport] = (),
) -> None:
    """Add (or replace) one job per scheduled crawl and one per night report (same cron as the
    crawls it reports on; it waits for them); drop stored jobs no schedule file names."""
    wanted = {c.apscheduler_id for c in crawls} | {r.apscheduler_id for r in reports}
    for report in reports:
        scheduler.add_job(
            "schedules.report:run_report",
            trigger=report.trigger(),
            id=report.apscheduler_id,
            name=f"night report ({report.job_id})",
            kwargs={
                "job": report.job_id,
                "sites": list(report.sites),
                "db": db,
                "config": report.config.to_dict(),
            },
            replace_existing=True,
        )
    queued = is_postgres(db)  # PostgreSQL: the night is queued for the workers (schedules.queue)
    for crawl in crawls:
        if queued:
            scheduler.add_job(
                "schedules.jobs:enqueue_site_crawl",
                trigger=crawl.trigger(),
                id=crawl.apscheduler_id,
                name=f"enqueue {crawl.site} ({crawl.job_id})",
                kwargs={
                    "site": crawl.site,
                    "db": db,
                    "job": crawl.job_id,
                    "cron": crawl.cron,
                    "timezone": crawl.timezone,
                    "full": crawl.full,
                },
                replace_existing=True,
            )
            continue
        scheduler.add_job(
            "schedules.jobs:run_site_crawl",
            trigger=crawl.trigger(),
            id=crawl.apscheduler_id,
            name=f"crawl {crawl.site} ({crawl.job_id})",
            kwargs={"site": crawl.site, "db": db, "full": crawl.full, "extra_args": list(extra_args)},
            replace_existing=True,
        )
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            job.remove()


def make_scheduler(db: str, *, blocking: bool = True) -> BaseScheduler:
    """A scheduler whose job store lives in the archive database named by ``db``."""
    engine = make_engine(db)
    store = SQLAlchemyJobStore(engine=engine)
    if blocking:
        return BlockingScheduler(
            jobstores={"default": store}, job_defaults=JOB_DEFAULTS, timezone=DEFAULT_TIMEZONE
        )
    from apscheduler.schedulers.background import BackgroundScheduler

    return BackgroundScheduler(
        jobstores={"default": store}, job_defaults=JOB_DEFAULTS, timezone=DEFAULT_TIMEZONE
    )


def next_runs(
    crawls: Sequence[ScheduledCrawl], now: datetime | None = None
) -> list[tuple[ScheduledCrawl, datetime]]:
    """When each scheduled crawl fires next (computed from the triggers, no scheduler needed)."""
    result = []
    for crawl in crawls:
        trigger = crawl.trigger()
        moment = now or datetime.now(trigger.timezone)
        result.append((crawl, trigger.get_next_fire_time(None, moment)))
    return sorted(result, key=lambda pair: pair[1])
