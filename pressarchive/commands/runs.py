"""``pressarchive runs``: recent crawl runs with status, counts, health and error reasons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from pressarchive.options import console, db_option, err_console, open_archive, resolve_db

if TYPE_CHECKING:
    from storage.archive import Archive


def print_runs(archive: Archive, run_ids: Sequence[int]) -> bool:
    """Print a summary of the given runs; True when all of them finished (a run whose
    self-check failed or found it degraded did not)."""
    from rich.markup import escape
    from rich.table import Table

    from storage.health import run_verdicts

    ok = True
    verdicts = run_verdicts(archive.engine, run_ids)
    table = Table(
        "run", "sites", "status", "pages", "new", "updated", "unchanged", "errors", "health", "message"
    )
    health_style = {"ok": "green", "stale": "yellow", "drift": "magenta"}
    for run_id in run_ids:
        run = archive.run(run_id)
        if run is None:
            continue
        ok = ok and run.status in ("finished", "skipped")
        style = {"finished": "green", "skipped": "yellow"}.get(run.status, "red")
        health_cell = " ".join(
            f"[{health_style.get(h or '', 'red')}]{h}[/]" for _, h, _ in verdicts.get(run_id, []) if h
        )
        table.add_row(
            str(run.id),
            run.sites,
            f"[{style}]{run.status}[/]",
            str(run.pages_fetched),
            str(run.announcements_new),
            str(run.announcements_updated),
            str(run.announcements_unchanged),
            str(run.errors),
            health_cell,
            escape(run.message or ""),
        )
    console.print(table)
    for run_id in run_ids:
        for source, health, reason in verdicts.get(run_id, []):
            if health and health != "ok":
                err_console.print(f"run {run_id} health of {source}: {health}: {escape(reason or '')}")
    for run_id in run_ids:
        reasons, first = archive.error_reasons(run_id)
        if reasons:
            summary = ", ".join(f"{k}×{v}" for k, v in reasons.items())
            err_console.print(f"run {run_id} errors: {summary} (first: {first})")
    return ok


@click.command()
@db_option
@click.option(
    "--limit", default=20, show_default=True, type=click.IntRange(min=1), help="Show the N most recent runs."
)
def runs(db: str | None, limit: int) -> None:
    """Show recent crawl runs with status, counts and error reasons.

    Example: pressarchive runs --limit 5
    """
    archive = open_archive(resolve_db(db))
    try:
        print_runs(archive, [r.id for r in archive.runs(limit)])
    finally:
        archive.close()
