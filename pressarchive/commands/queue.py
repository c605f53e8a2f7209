"""``pressarchive worker``, ``enqueue`` and ``queue``: per-site crawl jobs on a PostgreSQL archive.

Loaded by the main command group (``pressarchive.cli``) when invoked; the queue itself is ``schedules.queue``
(Procrastinate on the archive's own database).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pressarchive.options import one_line, open_archive, resolve_db

# rich's default width (80 columns in a pipe), unlike the consoles of pressarchive.options
console = Console()
err_console = Console(stderr=True)


db_option = click.option(
    "--db",
    envvar="PRESSARCHIVE_DB",
    default=None,
    help="Archive database: a PostgreSQL SQLAlchemy URL (the queue lives in it) [env PRESSARCHIVE_DB].",
)


def _dispatcher(db: str | None, **kwargs: Any):
    from schedules.queue import QueueDispatcher, QueueError, is_postgres

    db_url = resolve_db(db)
    if not is_postgres(db_url):
        raise click.ClickException(
            "the crawl queue needs a PostgreSQL archive (--db postgresql+psycopg://…); "
            "on SQLite use `pressarchive crawl` or `pressarchive scheduler`"
        )
    open_archive(db_url).close()  # create/upgrade the archive's schema first
    try:
        return QueueDispatcher(db_url, **kwargs)
    except QueueError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command()
@db_option
@click.option("--concurrency", "-c", default=2, show_default=True, type=click.IntRange(min=1),
              help="Site crawls this worker runs at once (each in its own child process).")  # fmt: skip
@click.option("--until-empty", is_flag=True, help="Stop when the queue is empty (tests, batch runs).")
@click.option("--timeout", type=click.FloatRange(min=1), help="A job's time limit (s) [default: 3 h].")
@click.option("--retry-wait", type=click.FloatRange(min=1), hidden=True, help="Back-off base (s).")
@click.option("--stalled-after", type=click.FloatRange(min=1), hidden=True,
              help="Seconds without a heartbeat until a worker's jobs are taken again.")  # fmt: skip
def worker(
    db: str | None,
    concurrency: int,
    until_empty: bool,
    timeout: float | None,
    retry_wait: float | None,
    stalled_after: float | None,
) -> None:
    """Take per-site crawl jobs from the queue (run it on any number of machines).

    One site is never crawled by two workers at once, nor one host fetched by two (every host its
    profile names is locked while it runs); a worker that dies mid-crawl has its job taken again
    by another; a failing crawl is retried with back-off, then left failed with its reason.

    Example: pressarchive worker --db postgresql+psycopg://press@db/archive --concurrency 8
    """
    from schedules.queue import WorkerPolicy

    given = {"timeout": timeout, "retry_wait": retry_wait, "stalled_after": stalled_after}
    policy = WorkerPolicy(**{k: v for k, v in given.items() if v is not None})
    dispatcher = _dispatcher(db, policy=policy)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    name = f"{socket.gethostname()}-{os.getpid()}"
    err_console.print(f"worker {name}: concurrency {concurrency}")
    try:
        dispatcher.work(concurrency=concurrency, wait=not until_empty, name=name)
    except KeyboardInterrupt:
        err_console.print("worker stopped")


@click.command()
@click.argument("site_ids", nargs=-1, metavar="SITE…")
@click.option("--all", "all_sites", is_flag=True, help="Enqueue every site profile.")
@click.option("--full", is_flag=True, help="The crawls fetch everything again.")
@db_option
@click.option("--replica-proxy", hidden=True, help="The jobs crawl through a replica server (tests).")
@click.option("--replica-host", "replica_hosts", multiple=True, hidden=True)
def enqueue(
    site_ids: tuple[str, ...],
    all_sites: bool,
    full: bool,
    db: str | None,
    replica_proxy: str | None,
    replica_hosts: tuple[str, ...],
) -> None:
    """Queue one crawl job per site for the workers (a site already waiting is not queued twice).

    SITE… are site profile ids (`pressarchive sites` lists them), or --all.

    \b
    Examples:
      pressarchive enqueue rvr spd_kreistagsfraktion_kleve
      pressarchive enqueue --all
    """
    from pressarchive.crawling import resolve_profiles as _resolve_profiles

    profiles = _resolve_profiles(site_ids, all_sites, None)
    extra = ["--replica-proxy", replica_proxy] if replica_proxy else []
    for host in replica_hosts:
        extra += ["--replica-host", host]
    dispatcher = _dispatcher(db, extra_args=extra)
    try:
        results = dispatcher.enqueue([p.id for p in profiles], full=full)
    except Exception as exc:
        raise click.ClickException(one_line(exc)) from exc
    for r in results:
        if r.job_id:
            console.print(f"{r.site}: job {r.job_id}")
        else:
            console.print(f"[yellow]{r.site}: not queued: {r.note}[/]")


@click.command(name="queue")
@db_option
@click.option(
    "--limit",
    default=50,
    show_default=True,
    type=click.IntRange(min=1),
    help="List at most N jobs (the counts per status cover all of them).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: the counts and a row per job; json: one object {counts, jobs}.",
)
def queue_command(db: str | None, limit: int, fmt: str) -> None:
    """Show the crawl queue: jobs running, waiting and failed, and counts per status.

    A failed job shows why (the crawl's exit code and last error line, the time limit it ran
    into, or its crawl run's status and message), a waiting one the error of its last attempt;
    retries counts the attempts after the first.

    Example: pressarchive queue --db postgresql+psycopg://press@db/archive
    """
    dispatcher = _dispatcher(db)
    try:
        status = dispatcher.status(limit)
    except Exception as exc:
        raise click.ClickException(one_line(exc)) from exc
    if fmt == "json":
        out = {"counts": status.counts, "jobs": status.jobs}
        sys.stdout.write(json.dumps(out, default=str, ensure_ascii=False) + "\n")
        return
    names = {"doing": "running", "todo": "waiting", "failed": "failed", "succeeded": "done"}
    summary = ", ".join(f"{names.get(k, k)} {v}" for k, v in sorted(status.counts.items()))
    console.print(summary or "the queue is empty")
    if status.jobs:
        table = Table("job", "site", "status", "attempts", "retries", "since", "worker heartbeat", "reason")
        for j in status.jobs:
            table.add_row(
                str(j["id"]),
                escape(j["site"] or ""),
                names.get(j["status"], j["status"]),
                str(j["attempts"]),
                str(j["retries"]),
                f"{j['changed']:%Y-%m-%d %H:%M:%S}" if j.get("changed") else "",
                f"{j['last_heartbeat']:%H:%M:%S}" if j.get("last_heartbeat") else "",
                escape(j.get("reason") or ""),
            )
        console.print(table)
