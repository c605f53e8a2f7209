"""The job the scheduler runs: one site's crawl in a child process.

A child process per crawl because Twisted's reactor cannot be restarted inside the long-lived
scheduler process, and because a crashing crawl must not take the scheduler down. The child is
the ordinary CLI (``pressarchive crawl SITE``), so a scheduled crawl behaves exactly like a
manual one and records its run in the archive.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Sequence

logger = logging.getLogger(__name__)


def crawl_command(site: str, db: str, *, full: bool = False, extra_args: Sequence[str] = ()) -> list[str]:
    cmd = [sys.executable, "-m", "pressarchive", "crawl", site, "--db", db, "--trigger", "scheduler"]
    if full:
        cmd.append("--full")
    return [*cmd, *extra_args]


def run_site_crawl(site: str, db: str, full: bool = False, extra_args: Sequence[str] = ()) -> int:
    """Crawl one site in a child process; returns its exit code (logged, never raised)."""
    cmd = crawl_command(site, db, full=full, extra_args=extra_args)
    logger.info("scheduled crawl of %s starts: %s", site, " ".join(cmd))
    completed = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if completed.returncode:
        tail = (completed.stderr or completed.stdout).strip().splitlines()[-5:]
        logger.error(
            "scheduled crawl of %s failed (exit %s): %s", site, completed.returncode, " | ".join(tail)
        )
    else:
        logger.info("scheduled crawl of %s finished", site)
    return completed.returncode


def enqueue_site_crawl(
    site: str, db: str, job: str, cron: str, timezone: str, full: bool = False
) -> int | None:
    """The scheduled crawl of a PostgreSQL archive: queue the site for the workers
    (``schedules.queue``) instead of crawling here. The night is keyed by the schedule job, the
    site and the cron's fire time, so several schedulers firing the same night queue it once."""
    from datetime import datetime

    from apscheduler.triggers.cron import CronTrigger

    from schedules.queue import QueueDispatcher, previous_fire_time

    trigger = CronTrigger.from_crontab(cron, timezone=timezone)
    fire_time = previous_fire_time(trigger, datetime.now(trigger.timezone))
    if fire_time is None:
        logger.error("scheduled enqueue of %s: no fire time of %r in the last 8 days", site, cron)
        return None
    [result] = QueueDispatcher(db).enqueue_night(job, [site], fire_time, full=full)
    logger.info("scheduled crawl of %s (%s): job %s %s", site, fire_time, result.job_id, result.note)
    return result.job_id
