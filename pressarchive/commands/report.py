"""``pressarchive report``: a timeline chart (Altair) of matching announcements, with top terms."""

from __future__ import annotations

from typing import Any

import click
from rich.text import Text

from pressarchive.commands.queries import (
    QueryCommand,
    check_target,
    filter_options,
    make_filters,
    open_analyst_archive,
    os_error,
    query_error,
)
from pressarchive.options import db_option, err_console


# -- report ---------------------------------------------------------------------------------------
@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@db_option
@filter_options
@click.option(
    "--by",
    type=click.Choice(["source", "party"]),
    default="party",
    show_default=True,
    help="A line per source or per party.",
)
@click.option(
    "--interval",
    type=click.Choice(["week", "month", "year"]),
    default="month",
    show_default=True,
    help="The period each point counts (and its top title words describe).",
)
@click.option("--output", "-o", required=True, help="report.html (self-contained, offline), .png or .svg")
def report(query: tuple[str, ...], db: str | None, by: str, interval: str, output: str, **kw: Any) -> None:
    """A timeline of matching announcements per source or party, with top title words per period.

    QUERY selects the announcements counted, as in `pressarchive search`; without it, every
    announcement the filters select.

    HTML is one self-contained file (the chart runtime inlined: no CDN, no network); PNG and
    SVG are rendered offline. Needs the analysis extra (Altair, vl-convert-python).

    \b
    Examples:
      pressarchive report Integrationszentrum --by party --interval year -o report.html
      pressarchive report --region "Kreis Kleve" --by source -o kleve.png
    """
    from storage.query import QueryError
    from storage.report import ReportError, write_report

    check_target(output)
    text = " ".join(query)
    try:
        filters = make_filters(kw)
        archive = open_analyst_archive(db)
        try:
            total = write_report(archive, output, text, filters=filters, by=by, interval=interval)
        finally:
            archive.close()
    except (QueryError, ReportError) as exc:
        raise query_error(exc) from exc
    except OSError as exc:
        raise os_error(output, exc) from exc
    err_console.print(Text(f"wrote {output} ({total} announcements)"))
