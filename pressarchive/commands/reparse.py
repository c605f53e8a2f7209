"""``pressarchive reparse``: re-extract stored announcements from their WARC records, offline."""

from __future__ import annotations

import sys

import click

from pressarchive.options import console, db_option, err_console, open_archive, resolve_db


@click.command()
@click.argument("site_ids", nargs=-1, metavar="[SITE…]")
@db_option
def reparse(site_ids: tuple[str, ...], db: str | None) -> None:
    """Re-extract stored announcements from their WARC records, without the network.

    SITE… are the site ids to re-extract (as crawled into this archive); without them, every site.

    Run it after extraction improved: identical results stay unchanged, changed ones become a
    new revision (`pressarchive show ID --history` shows the diff). Recorded as a crawl run with
    trigger `reparse`; exits 1 when a page failed or a WARC file is missing.

    \b
    Examples:
      pressarchive reparse
      pressarchive reparse rvr --db /srv/press/archive.sqlite
    """
    from pressarchive.reparse import ReparseError, console_progress, iter_failure_reasons
    from pressarchive.reparse import reparse as run_reparse

    db_url = resolve_db(db)
    archive = open_archive(db_url)
    try:
        with console_progress(err_console) as progress:
            result = run_reparse(archive, site_ids, db_url=db_url, progress=progress)
    except ReparseError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        archive.close()
    for path, count in result.missing_files.items():
        err_console.print(
            f"[red]WARC file missing: {path} ({count} page(s) cannot be reparsed; restore the file, "
            "or fetch the pages again with `pressarchive crawl SITE --full`)[/]",
            soft_wrap=True,
        )
    failures = len(result.failures)
    console.print(
        f"reparse run {result.run_id}: {result.pages} pages, {result.new} new, {result.updated} updated, "
        f"{result.unchanged} unchanged, {failures} failures",
        soft_wrap=True,
    )
    if failures:
        summary = ", ".join(f"{reason}×{count}" for reason, count in iter_failure_reasons(result))
        err_console.print(f"failures: {summary} (first: {result.failures[0].url})", soft_wrap=True)
        sys.exit(1)
