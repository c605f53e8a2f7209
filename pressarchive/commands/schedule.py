"""``pressarchive scheduler`` (run the scheduled crawls) and ``schedule list``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from pressarchive.options import console, db_option, open_archive, resolve_db

schedule_option = click.option(
    "--schedule",
    "schedule_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Schedule file (repeatable) [default: schedules/*.toml].",
)


def _load(loader_name: str, schedule_files: Sequence[str]) -> Any:
    """The crawls (``load_schedules``) or reports (``load_reports``) of the schedule files."""
    from crawler.sites import ProfileError
    from schedules import config

    try:
        return getattr(config, loader_name)([Path(f) for f in schedule_files] or None)
    except (config.ScheduleError, ProfileError) as exc:
        raise click.ClickException(str(exc)) from exc


@click.command()
@db_option
@schedule_option
def scheduler(db: str | None, schedule_files: tuple[str, ...]) -> None:
    """Run the scheduled crawls in the foreground (Ctrl-C stops).

    Jobs are kept in the archive database; missed runs are coalesced into one, a site is never
    crawled twice at once, and each crawl runs in a child process and records its run.

    Example: pressarchive scheduler --db /srv/press/archive.sqlite
    """
    import logging

    from schedules.scheduler import configure, make_scheduler, next_runs

    crawls = _load("load_schedules", schedule_files)
    db_url = resolve_db(db)
    open_archive(db_url).close()  # create/upgrade the schema first
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    sched = make_scheduler(db_url)
    configure(sched, crawls, db_url, reports=_load("load_reports", schedule_files))
    for crawl, when in next_runs(crawls):
        console.print(f"{crawl.apscheduler_id}: next run {when:%Y-%m-%d %H:%M %Z}")
    try:
        sched.start()
    except (KeyboardInterrupt, SystemExit):
        console.print("scheduler stopped")


@click.group()
def schedule() -> None:
    """Inspect the crawl schedules."""


@schedule.command(name="list")
@schedule_option
def schedule_list(schedule_files: tuple[str, ...]) -> None:
    """Show scheduled crawls and their next run times.

    Example: pressarchive schedule list
    """
    from rich.table import Table

    from schedules.scheduler import next_runs

    table = Table("job", "site", "cron", "time zone", "next run")
    for crawl, when in next_runs(_load("load_schedules", schedule_files)):
        table.add_row(crawl.job_id, crawl.site, crawl.cron, crawl.timezone, f"{when:%Y-%m-%d %H:%M %Z}")
    console.print(table)
