"""``pressarchive search``, ``facets`` and ``clusters``: what the archive holds, found and counted."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.table import Table
from rich.text import Text

from pressarchive.commands.queries import (
    QueryCommand,
    filter_options,
    make_filters,
    open_analyst_archive,
    query_error,
)
from pressarchive.options import console, db_option, err_console


def _snippet_text(hit) -> Text:
    text = Text(hit.plain_snippet)
    for start, end in hit.highlights:
        text.stylize("bold yellow", start, end)
    return text


# -- search -----------------------------------------------------------------------------------------
@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@db_option
@filter_options
@click.option(
    "--order",
    type=click.Choice(["newest", "rank"]),
    default="newest",
    show_default=True,
    help="newest: latest publication date first; rank: best match first (BM25).",
)
@click.option(
    "--limit",
    default=20,
    show_default=True,
    type=click.IntRange(min=1, max=10_000),
    help="Show at most N matches.",
)
@click.option(
    "--offset",
    default=0,
    show_default=True,
    type=click.IntRange(min=0),
    help="Skip the first N matches (the next page: --offset 20 with --limit 20).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table: a row per match with its snippet; jsonl: a JSON object per match and line "
    "(id, source, url, title, published, kind, party, snippet, score).",
)
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
) -> None:
    """Search announcements: every form of a German word, phrases, OR, NOT, prefixes.

    QUERY is what to find, in the query language below; without it, every announcement the
    filters select.

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

    text = " ".join(query)
    try:
        filters = make_filters(kw)
        archive = open_analyst_archive(db)
        try:
            if filters.collapse:
                from storage.clusters import update

                update(archive)
            hits = run_search(archive, text, filters=filters, order=order, limit=limit, offset=offset)
            total = count(archive, text, filters=filters) if with_count else None
        finally:
            archive.close()
    except QueryError as exc:
        raise query_error(exc) from exc
    if fmt == "jsonl":
        for hit in hits:
            click.echo(json.dumps(hit.as_dict(), ensure_ascii=False))
    elif not hits:
        err_console.print(Text(f"no announcement matches {text!r}"))
    else:
        table = Table("id", "published", "source", "title", "snippet")
        for hit in hits:
            table.add_row(
                str(hit.id), hit.published or "", Text(hit.source), Text(hit.title or ""), _snippet_text(hit)
            )
        console.print(table)
    if total is not None:
        err_console.print(f"{total} announcements match")


# -- facets -----------------------------------------------------------------------------------------
@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@db_option
@filter_options
@click.option(
    "--by",
    "by",
    multiple=True,
    type=click.Choice(["source", "party", "kind", "month"]),
    help="Facet to count (repeatable) [default: all four].",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: a table per facet; json: one object {facet: {value: count}}.",
)
def facets(query: tuple[str, ...], db: str | None, by: tuple[str, ...], fmt: str, **kw: Any) -> None:
    """Count matching announcements per source, party, kind and month.

    QUERY selects the announcements counted, as in `pressarchive search`; without it, every
    announcement the filters select.

    \b
    Examples:
      pressarchive facets Integrationszentrum
      pressarchive facets --party SPD --by month --format json
    """
    from storage.query import QueryError
    from storage.search import FACETS
    from storage.search import facets as run_facets

    text = " ".join(query)
    try:
        filters = make_filters(kw)
        archive = open_analyst_archive(db)
        try:
            counts = run_facets(archive, text, filters=filters, by=by or FACETS)
        finally:
            archive.close()
    except QueryError as exc:
        raise query_error(exc) from exc
    if fmt == "json":
        click.echo(json.dumps({k: dict(v) for k, v in counts.items()}, ensure_ascii=False))
        return
    for name, values in counts.items():
        table = Table(name, "announcements", title=name)
        for value, n in values:
            table.add_row(Text(str(value)), str(n))
        console.print(table)


# -- clusters ---------------------------------------------------------------------------------------
@click.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@db_option
@filter_options
@click.option("--min-size", default=2, show_default=True, type=click.IntRange(min=2), help="Fewest members.")
@click.option(
    "--limit", default=20, show_default=True, type=click.IntRange(min=1), help="Show at most N clusters."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table: the clusters and their members; jsonl: a JSON object per cluster and line "
    "(cluster, size, sources, origin, members).",
)
def clusters(query: tuple[str, ...], db: str | None, min_size: int, limit: int, fmt: str, **kw: Any) -> None:
    """Syndication clusters: the same or nearly the same text from several sources, origin first.

    Clusters new and changed announcements first (exact copies, then MinHash LSH at Jaccard
    0.8), then lists the clusters with a member matching QUERY (as in `pressarchive search`;
    without it, any member) and the filters, largest first.

    \b
    Examples:
      pressarchive clusters
      pressarchive clusters Integrationszentrum --party SPD --format jsonl
    """
    from storage import clusters as cl
    from storage.query import QueryError

    text = " ".join(query)
    try:
        filters = make_filters(kw)
        archive = open_analyst_archive(db)
        try:
            cl.update(archive)
            found = list(cl.clusters(archive, text, filters=filters, min_size=min_size, limit=limit))
        finally:
            archive.close()
    except QueryError as exc:
        raise query_error(exc) from exc
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
        err_console.print("no clusters")
        return
    table = Table("cluster", "size", "origin", "published", "source", "title", "also in")
    for c in found:
        table.add_row(
            str(c.id), str(len(c.members)), str(c.origin.id), c.origin.published or "",
            Text(c.origin.source), Text(c.origin.title or ""),
            Text(", ".join(s for s in c.sources if s != c.origin.source)),
        )  # fmt: skip
    console.print(table)
