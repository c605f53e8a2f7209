"""The analysts' commands: ``search``, ``facets``, ``export``, ``clusters``, ``report``, ``serve``.

Loaded by the ``pressarchive`` group (``pressarchive/cli.py``) when one of them is invoked. Everything
printed from the archive goes through rich ``Text`` objects or ``escape``, never as markup, so a
title with ``[/b]`` in it is printed as it is. Library and I/O errors become one line and a
non-zero exit.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import click
from rich.table import Table
from rich.text import Text

KINDS = ("press_release", "event")


class QueryCommand(click.Command):
    """A command whose free words form a query: a word starting with ``-`` that is not one of
    the command's options (``-Ruhr``) is a NOT term, not an unknown option."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        takes_value: dict[str, bool] = {}
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                for name in (*param.opts, *param.secondary_opts):
                    takes_value[name] = not param.is_flag and not param.count
        front: list[str] = []
        words: list[str] = []
        it = iter(args)
        for arg in it:
            if arg == "--":
                words.extend(it)
                break
            name = arg.split("=", 1)[0]
            if arg.startswith("-") and name in takes_value:
                front.append(arg)
                if takes_value[name] and "=" not in arg:
                    value = next(it, None)
                    if value is not None:
                        front.append(value)
            elif arg.startswith("--") and len(arg) > 2:
                front.append(arg)  # an unknown long option: click says so
            else:
                words.append(arg)
        return super().parse_args(ctx, [*front, "--", *words] if words else front)


def _cli() -> ModuleType:
    """The shared consoles (``pressarchive.options``)."""
    from pressarchive import options

    return options


def filter_options(func: Callable) -> Callable:
    """The filters every analyst command takes (same meaning as ``storage.search.Filters``)."""
    options = [
        click.option("--site", "sites", multiple=True, help="Only this source id (repeatable)."),
        click.option("--organisation", multiple=True, help="Only this organisation (repeatable)."),
        click.option("--party", multiple=True, help="Only sources of this party, e.g. SPD (repeatable)."),
        click.option("--region", multiple=True, help="Only sources in this region (repeatable)."),
        click.option("--level", multiple=True, help="Only sources of this level (repeatable)."),
        click.option("--kind", type=click.Choice(KINDS), multiple=True, help="press_release or event."),
        click.option("--language", multiple=True, help="ISO 639-1 code, e.g. de (repeatable)."),
        click.option(
            "--has-event/--no-event", "has_event", default=None, help="Only with (or without) an event date."
        ),
        click.option(
            "--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after (YYYY-MM-DD)."
        ),
        click.option(
            "--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before (YYYY-MM-DD)."
        ),
        click.option(
            "--collapse", is_flag=True, help="One announcement per syndication cluster (its origin)."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_filters(kw: dict[str, Any]):  # type: ignore[no-untyped-def]
    from storage.search import Filters

    def day(value: datetime | None) -> date | None:
        return value.date() if value else None

    return Filters.make(
        source=kw.pop("sites"),
        organisation=kw.pop("organisation"),
        party=kw.pop("party"),
        region=kw.pop("region"),
        level=kw.pop("level"),
        kind=kw.pop("kind"),
        language=kw.pop("language"),
        has_event=kw.pop("has_event"),
        since=day(kw.pop("since")),
        until=day(kw.pop("until")),
        collapse=kw.pop("collapse"),
    )


_db_option = click.option(
    "--db",
    envvar="PRESSARCHIVE_DB",
    default=None,
    help="Archive database: a SQLAlchemy URL or a SQLite file path "
    "[env PRESSARCHIVE_DB; default ./archive.sqlite].",
)


def _open(db: str | None):  # type: ignore[no-untyped-def]
    """The archive with the analyst API (``storage.Archive``); errors become one line."""
    from sqlalchemy.exc import SQLAlchemyError

    from storage.api import Archive
    from storage.db import DatabaseError, resolve_url

    try:
        url = resolve_url(db)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        return Archive(url)
    except (DatabaseError, SQLAlchemyError) as exc:
        from pressarchive.options import one_line

        raise click.ClickException(f"cannot open archive {url}: {one_line(exc)}") from exc


def _query_error(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


def _snippet_text(hit) -> Text:  # type: ignore[no-untyped-def]
    text = Text(hit.plain_snippet)
    for start, end in hit.highlights:
        text.stylize("bold yellow", start, end)
    return text


# -- search -----------------------------------------------------------------------------------------
@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@_db_option
@filter_options
@click.option("--order", type=click.Choice(["newest", "rank"]), default="newest", show_default=True)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1, max=10_000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--count", "with_count", is_flag=True, help="Also print how many announcements match.")
def search(
    query: tuple[str, ...],
    db: str | None,
    order: str,
    limit: int,
    offset: int,
    fmt: str,
    with_count: bool,
    **kw,
) -> None:  # type: ignore[no-untyped-def]
    """Search announcements: every form of a German word, phrases, OR, NOT, prefixes.

    \b
    Query language (see docs/analysts.md):
      Integrationszentren     every form (…zentrum, …zentrums); Gruenen = Grünen, Strasse = Straße
      Kreistag Kleve          both words;  Kreistag OR Rat  either
      -Ruhr / NOT Ruhr        without the word;  "Kreis Kleve"  the words in this order
      Integration*            a prefix;  (A OR B) C  grouping
    \b
    Examples:
      pressarchive search Integrationszentren --party SPD --since 2015-01-01
      pressarchive search Kreistag -Ruhr --order rank --format jsonl
    """
    from storage.query import QueryError
    from storage.search import count
    from storage.search import search as run_search

    cli = _cli()
    text = " ".join(query)
    try:
        filters = make_filters(kw)
        archive = _open(db)
        try:
            if filters.collapse:
                from storage.clusters import update

                update(archive)
            hits = run_search(archive, text, filters=filters, order=order, limit=limit, offset=offset)
            total = count(archive, text, filters=filters) if with_count else None
        finally:
            archive.close()
    except QueryError as exc:
        raise _query_error(exc) from exc
    if fmt == "jsonl":
        for hit in hits:
            click.echo(json.dumps(hit.as_dict(), ensure_ascii=False))
    elif not hits:
        cli.err_console.print(Text(f"no announcement matches {text!r}"))
    else:
        table = Table("id", "published", "source", "title", "snippet")
        for hit in hits:
            table.add_row(
                str(hit.id), hit.published or "", Text(hit.source), Text(hit.title or ""), _snippet_text(hit)
            )
        cli.console.print(table)
    if total is not None:
        cli.err_console.print(f"{total} announcements match")


# -- facets -----------------------------------------------------------------------------------------
@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@_db_option
@filter_options
@click.option(
    "--by",
    "by",
    multiple=True,
    type=click.Choice(["source", "party", "kind", "month"]),
    help="Facet to count (repeatable) [default: all four].",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def facets(query: tuple[str, ...], db: str | None, by: tuple[str, ...], fmt: str, **kw) -> None:  # type: ignore[no-untyped-def]
    """Count matching announcements per source, party, kind and month.

    \b
    Examples:
      pressarchive facets Integrationszentrum
      pressarchive facets --party SPD --by month --format json
    """
    from storage.query import QueryError
    from storage.search import FACETS
    from storage.search import facets as run_facets

    cli = _cli()
    text = " ".join(query)
    try:
        filters = make_filters(kw)
        archive = _open(db)
        try:
            counts = run_facets(archive, text, filters=filters, by=by or FACETS)
        finally:
            archive.close()
    except QueryError as exc:
        raise _query_error(exc) from exc
    if fmt == "json":
        click.echo(json.dumps({k: dict(v) for k, v in counts.items()}, ensure_ascii=False))
        return
    for name, values in counts.items():
        table = Table(name, "announcements", title=name)
        for value, n in values:
            table.add_row(Text(str(value)), str(n))
        cli.console.print(table)


# -- export -----------------------------------------------------------------------------------------
def _check_target(output: str) -> None:
    path = Path(output)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise click.ClickException(f"cannot write {output}: directory {parent} does not exist")
    if not parent.is_dir():
        raise click.ClickException(f"cannot write {output}: {parent} is not a directory")
    if path.is_dir():
        raise click.ClickException(f"cannot write {output}: it is a directory")


def _os_error(output: str, exc: OSError) -> click.ClickException:
    reason = exc.strerror or str(exc)
    return click.ClickException(f"cannot write {output}: {reason}")


@click.command()
@_db_option
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
) -> None:  # type: ignore[no-untyped-def]
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

    cli = _cli()
    output = None if output == "-" else output
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs --output FILE")
    if output:
        _check_target(output)
    try:
        filters = make_filters(kw)
        parse(query)  # bad syntax: one line, before any file is created
    except QueryError as exc:
        raise _query_error(exc) from exc
    options = {"filters": filters, "changed_since": changed_since}
    csv_options = {"bom": bom, "delimiter": "\t" if delimiter == "tab" else delimiter}
    archive = _open(db)
    created = False
    existed = bool(output) and os.path.lexists(output)
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
        raise _os_error(output or "stdout", exc) from exc
    finally:
        archive.close()
    cli.err_console.print(f"exported {count} announcements")


# -- clusters ---------------------------------------------------------------------------------------
@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@_db_option
@filter_options
@click.option("--min-size", default=2, show_default=True, type=click.IntRange(min=2), help="Fewest members.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def clusters(query: tuple[str, ...], db: str | None, min_size: int, limit: int, fmt: str, **kw) -> None:  # type: ignore[no-untyped-def]
    """Syndication clusters: the same or nearly the same text from several sources, origin first.

    Clusters new and changed announcements first (exact copies, then MinHash LSH at Jaccard
    0.8), then lists the clusters with a member matching the query and filters, largest first.

    \b
    Examples:
      pressarchive clusters
      pressarchive clusters Integrationszentrum --party SPD --format jsonl
    """
    from storage import clusters as cl
    from storage.query import QueryError

    cli = _cli()
    text = " ".join(query)
    try:
        filters = make_filters(kw)
        archive = _open(db)
        try:
            cl.update(archive)
            found = list(cl.clusters(archive, text, filters=filters, min_size=min_size, limit=limit))
        finally:
            archive.close()
    except QueryError as exc:
        raise _query_error(exc) from exc
    if fmt == "jsonl":
        for c in found:
            record = {
                "cluster": c.id,
                "size": len(c.members),
                "sources": c.sources,
                "origin": c.origin.__dict__,
                "members": [m.__dict__ for m in c.members],
            }
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    if not found:
        cli.err_console.print("no clusters")
        return
    table = Table("cluster", "size", "origin", "published", "source", "title", "also in")
    for c in found:
        table.add_row(
            str(c.id), str(len(c.members)), str(c.origin.id), c.origin.published or "",
            Text(c.origin.source), Text(c.origin.title or ""),
            Text(", ".join(s for s in c.sources if s != c.origin.source)),
        )  # fmt: skip
    cli.console.print(table)


# -- report ---------------------------------------------------------------------------------------
@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@_db_option
@filter_options
@click.option("--by", type=click.Choice(["source", "party"]), default="party", show_default=True)
@click.option("--interval", type=click.Choice(["week", "month", "year"]), default="month", show_default=True)
@click.option("--output", "-o", required=True, help="report.html (self-contained, offline), .png or .svg")
def report(query: tuple[str, ...], db: str | None, by: str, interval: str, output: str, **kw) -> None:  # type: ignore[no-untyped-def]
    """A timeline of matching announcements per source or party, with top title words per period.

    HTML is one self-contained file (the chart runtime inlined: no CDN, no network); PNG and
    SVG are rendered offline. Needs the analysis extra (Altair, vl-convert-python).

    \b
    Examples:
      pressarchive report Integrationszentrum --by party --interval year -o report.html
      pressarchive report --region "Kreis Kleve" --by source -o kleve.png
    """
    from storage.query import QueryError
    from storage.report import ReportError, write_report

    cli = _cli()
    _check_target(output)
    text = " ".join(query)
    try:
        filters = make_filters(kw)
        archive = _open(db)
        try:
            total = write_report(archive, output, text, filters=filters, by=by, interval=interval)
        finally:
            archive.close()
    except (QueryError, ReportError) as exc:
        raise _query_error(exc) from exc
    except OSError as exc:
        raise _os_error(output, exc) from exc
    cli.err_console.print(Text(f"wrote {output} ({total} announcements)"))


# -- serve ----------------------------------------------------------------------------------------
@click.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback).")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(min=0, max=65535))
def serve(db: str | None, host: str, port: int) -> None:
    """Open the archive in the browser (Datasette, read-only): German search, facets, charts.

    Upgrades the schema and brings the syndication clusters up to date first, then serves the
    file read-only on 127.0.0.1 unless --host says otherwise.

    \b
    Examples:
      pressarchive serve
      pressarchive serve --db /srv/press/archive.sqlite --port 8080
    """
    from sqlalchemy.engine import make_url

    from storage.clusters import update

    cli = _cli()
    archive = _open(db)
    try:
        if archive.engine.dialect.name != "sqlite":
            raise click.ClickException("serve needs a SQLite archive (Datasette reads SQLite files)")
        update(archive)
        path = make_url(str(archive.engine.url)).database
    finally:
        archive.close()
    try:
        import uvicorn

        from storage.web import make_datasette
    except ImportError as exc:
        raise click.ClickException(f"serve needs Datasette: {exc}") from exc
    ds = make_datasette(path)
    name = Path(path).stem
    cli.err_console.print(Text(f"serving {path} read-only on http://{host}:{port}/{name}/announcements_view"))
    try:
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


COMMANDS = [search, facets, export, clusters, report, serve]
