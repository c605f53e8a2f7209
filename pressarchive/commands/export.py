"""``pressarchive export``: announcements as JSON Lines, CSV or Parquet (the search's query and filters)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any

import click

from pressarchive.commands.queries import (
    check_target,
    filter_options,
    make_filters,
    open_analyst_archive,
    os_error,
    query_error,
)
from pressarchive.options import db_option, err_console


# -- export -----------------------------------------------------------------------------------------
@click.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), required=True, help="Output format."
)
@click.option("--output", "-o", help="File to write (- for stdout) [default: stdout; Parquet needs a file].")
@click.option("--query", "-q", "query", default="", help="Only announcements matching this search query.")
@filter_options
@click.option(
    "--changed-since",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]),
    help="Only announcements new or changed at or after this time (UTC), for incremental exports.",
)
@click.option("--bom", is_flag=True, help="CSV: start with the UTF-8 byte order mark (for Excel).")
@click.option(
    "--delimiter", type=click.Choice([",", ";", "tab"]), default=",", show_default=True, help="CSV separator."
)
def export(
    db: str | None, fmt: str, output: str | None, query: str, changed_since, bom: bool, delimiter: str, **kw
) -> None:
    """Export announcements (JSON Lines: full records; CSV/Parquet: flat columns).

    Takes the same query and filters as `search`; streams in constant memory. CSV cells that
    would run as spreadsheet formulas are neutralised with a leading '.

    \b
    Examples:
      pressarchive export --format csv -o kleve.csv --site spd_kreistagsfraktion_kleve
      pressarchive export --format csv --bom --delimiter ";" -o excel.csv --party SPD
      pressarchive export --format parquet -o all.parquet --changed-since 2026-11-01
      pressarchive export --format jsonl -q "Integrationszentrum" --since 2015-01-01
    """
    from storage import export as exp
    from storage.query import QueryError, parse

    output = None if output == "-" else output
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs --output FILE")
    if output:
        check_target(output)
    try:
        filters = make_filters(kw)
        parse(query)  # bad syntax: one line, before any file is created
    except QueryError as exc:
        raise query_error(exc) from exc
    options: dict[str, Any] = {"filters": filters, "changed_since": changed_since}
    csv_options: dict[str, Any] = {"bom": bom, "delimiter": "\t" if delimiter == "tab" else delimiter}
    archive = open_analyst_archive(db)
    created = False
    existed = os.path.lexists(output) if output else False
    try:
        if fmt == "parquet":
            created = True
            count = exp.write_parquet(archive, output, query, **options)
        elif output:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                created = True
                if fmt == "jsonl":
                    count = exp.write_jsonl(archive, fh, query, **options)
                else:
                    count = exp.write_csv(archive, fh, query, **options, **csv_options)
        elif fmt == "jsonl":
            count = exp.write_jsonl(archive, sys.stdout, query, **options)
        else:
            count = exp.write_csv(archive, sys.stdout, query, **options, **csv_options)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except OSError as exc:
        if created and output and not existed:
            with contextlib.suppress(OSError):  # a partial file we made is removed
                Path(output).unlink()
        raise os_error(output or "stdout", exc) from exc
    finally:
        archive.close()
    err_console.print(f"exported {count} announcements")
