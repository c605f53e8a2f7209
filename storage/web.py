"""The web view: the archive in Datasette 0.65, read-only, with German search.

``pressarchive serve`` starts Datasette on 127.0.0.1 with this module as a plugin (it is also
registered as the ``pressarchive`` Datasette plugin, so a plain ``datasette archive.sqlite``
gets the same SQL functions). On every connection it registers:

``de_match(query)``
    the query language of ``pressarchive search`` as an FTS5 expression over ``search_stems_fts``;
``escape_fts(query)``
    the same (Datasette's ``?_search=`` calls it), so the table search of
    ``announcements_view`` finds every form of a German word;
``de_snippet(text, query)``
    a passage of ``text`` with the matched words in ``[`` ``]``;
``de_stem(word)``
    the stem the index holds for a word.

Pages: ``announcements_view`` (search box, facets by source, party, kind and month, newest
first), canned queries (ranked search with snippets, latest per source, timeline per party,
clusters), ``/-/announcement/DB/ID`` (one announcement, readable, with its revisions and their
diffs) and ``/-/timeline/DB`` (a chart of counts over time, SVG rendered on the server: no
script from anywhere).
"""

from __future__ import annotations

import asyncio
import html
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from markupsafe import Markup
from pluggy import HookimplMarker

from storage.german import stem
from storage.query import QueryError, parse
from storage.search_index import ID_MASK
from storage.snippets import bracketed, snippet

# Datasette's own marker (``datasette.hookimpl`` is this object), taken from pluggy, which is typed.
hookimpl = HookimplMarker("datasette")

FACETS = ["source", "party", "kind", "month"]


def de_match(query: str | None) -> str:
    try:
        return parse(query or "").fts5() or '"any_doc"'
    except QueryError as exc:
        raise ValueError(str(exc)) from exc


def de_snippet(value: str | None, query: str | None) -> str:
    try:
        parsed = parse(query or "")
    except QueryError:
        return (value or "")[:200]
    plain, marks = snippet(parsed, value)
    return bracketed(plain, marks)


@hookimpl(trylast=True)  # after Datasette's own escape_fts, so this one is in force
def prepare_connection(conn: Any) -> None:
    conn.create_function("de_match", 1, de_match, deterministic=True)
    conn.create_function("escape_fts", 1, de_match, deterministic=True)
    conn.create_function("de_snippet", 2, de_snippet, deterministic=True)
    conn.create_function("de_stem", 1, lambda w: stem(w or ""), deterministic=True)


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str) -> Any:
    if column == "id" and table in ("announcements_view", "announcements") and isinstance(value, int):
        return Markup(f'<a href="/-/announcement/{html.escape(database)}/{value}">{value}</a>')
    return None


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/announcement/(?P<database>[^/]+)/(?P<id>\d+)$", announcement_page),
        (r"^/-/timeline/(?P<database>[^/]+)$", timeline_page),
    ]


PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/-/static/app.css"></head><body><section class="content">
<p><a href="/">pressarchive</a> · <a href="/{db}/announcements_view">announcements</a>
· <a href="/-/timeline/{db}">timeline</a></p>{body}</section></body></html>"""


def _page(db: str, title: str, body: str) -> Any:
    from datasette.utils.asgi import Response

    return Response.html(PAGE.format(title=html.escape(title), db=html.escape(db), body=body))


async def announcement_page(datasette: Any, request: Any) -> Any:
    """One announcement: its fields, its text in paragraphs, every revision with the diff."""
    from datasette.utils.asgi import NotFound

    from storage.show import text_diff

    name = request.url_vars["database"]
    try:
        db = datasette.get_database(name)
    except KeyError as exc:
        raise NotFound(f"no database {name}") from exc
    announcement_id = int(request.url_vars["id"])
    rows = (
        await db.execute(
            "SELECT a.id, a.title, a.url, a.source_id, a.published, a.kind, a.lead, a.text, a.event_start, "
            "a.event_venue, a.first_seen, a.last_changed, s.organisation, s.party, s.region, s.level "
            "FROM announcements a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?",
            [announcement_id],
        )
    ).rows
    if not rows:
        raise NotFound(f"no announcement with id {announcement_id}")
    row = dict(rows[0])
    revisions = [
        dict(r)
        for r in (
            await db.execute(
                "SELECT number, seen_at, title, text FROM revisions "
                "WHERE announcement_id = ? ORDER BY number",
                [announcement_id],
            )
        ).rows
    ]
    e = html.escape
    fields = "".join(
        f"<tr><th>{e(k)}</th><td>{e(str(row[k]))}</td></tr>"
        for k in (
            "published",
            "source_id",
            "organisation",
            "party",
            "region",
            "level",
            "kind",
            "event_start",
            "event_venue",
            "first_seen",
            "last_changed",
        )
        if row.get(k)
    )
    paragraphs = "".join(f"<p>{e(p)}</p>" for p in (row["text"] or "").split("\n\n") if p.strip())
    lead = f"<p><strong>{e(row['lead'])}</strong></p>" if row.get("lead") else ""
    history = []
    previous = None
    for rev in revisions:
        diff = ""
        if previous is not None:
            diff = text_diff(previous["text"] or "", rev["text"] or "", f"revision {previous['number']}",
                             f"revision {rev['number']}")  # fmt: skip
            diff = f"<pre>{e(diff) or '(text unchanged)'}</pre>"
        history.append(
            f"<li>revision {rev['number']}, seen {e(str(rev['seen_at']))}: {e(rev['title'] or '')}{diff}</li>"
        )
        previous = rev
    body = (
        f"<h1>{e(row['title'] or '(untitled)')}</h1>"
        f'<p><a href="{e(row["url"])}">{e(row["url"])}</a></p><table>{fields}</table>{lead}'
        f'<div class="announcement-text">{paragraphs}</div>'
        f"<h2>Revisions ({len(revisions)})</h2><ol>{''.join(history)}</ol>"
    )
    return _page(name, row["title"] or "announcement", body)


async def timeline_page(datasette: Any, request: Any) -> Any:
    """Counts over time per party or source for a query, as an SVG chart and a table."""
    from datasette.utils.asgi import NotFound
    from sqlalchemy import create_engine

    from storage.report import ReportError, svg, timeline

    name = request.url_vars["database"]
    try:
        db = datasette.get_database(name)
    except KeyError as exc:
        raise NotFound(f"no database {name}") from exc
    query = request.args.get("q", "")
    by = request.args.get("by", "party")
    interval = request.args.get("interval", "month")
    e = html.escape

    def compute() -> tuple[list[Any], str]:
        engine = create_engine(f"sqlite:///file:{db.path}?mode=ro&uri=true")
        try:
            points = timeline(SimpleNamespace(engine=engine), query, by=by, interval=interval)
        finally:
            engine.dispose()
        try:
            chart = svg(points, by=by, interval=interval, title=f"per {interval} by {by}")
        except (ImportError, ReportError):
            chart = "<p>(install the analysis extra for the chart)</p>"
        return points, chart

    try:
        points, chart = await asyncio.to_thread(compute)
    except (QueryError, ReportError) as exc:
        return _page(name, "timeline", f"<p>{e(str(exc))}</p>")
    rows = "".join(
        f"<tr><td>{e(p.period)}</td><td>{e(p.group)}</td><td>{p.count}</td></tr>" for p in points if p.count
    )
    form = (
        f'<form action="/-/timeline/{e(name)}"><input name="q" value="{e(query)}" placeholder="Suchbegriff">'
        f'<select name="by"><option {"selected" if by == "party" else ""}>party</option>'
        f"<option {'selected' if by == 'source' else ''}>source</option></select>"
        f'<select name="interval">'
        + "".join(
            f"<option {'selected' if interval == i else ''}>{i}</option>" for i in ("week", "month", "year")
        )
        + '</select><input type="submit" value="show"></form>'
    )
    body = (
        f'<h1>Timeline{": " + e(query) if query else ""}</h1>{form}<div class="chart">{chart}</div>'
        f"<table><tr><th>period</th><th>{e(by)}</th><th>announcements</th></tr>{rows}</table>"
    )
    return _page(name, "timeline", body)


def metadata(db_name: str) -> dict[str, Any]:
    """Datasette 0.65 metadata: table options, facets and the canned queries."""
    search_sql = (
        "SELECT a.id, a.published, a.source_id AS source, a.title, de_snippet(a.text, :q) AS snippet, "
        "round(bm25(search_stems_fts, 10.0, 3.0, 1.0, 0.0, 0.5), 2) AS score "
        "FROM search_stems_fts JOIN announcements a ON a.id = (search_stems_fts.rowid & "
        f"{ID_MASK}) WHERE search_stems_fts MATCH de_match(:q) ORDER BY score LIMIT 50"
    )
    return {
        "title": "pressarchive",
        "description_html": (
            f'German press releases. <a href="/{db_name}/announcements_view">Search and facets</a> · '
            f'<a href="/{db_name}/search">ranked search</a> · <a href="/-/timeline/{db_name}">timeline</a> · '
            f'<a href="/{db_name}/clusters">syndication clusters</a>'
        ),
        "databases": {
            db_name: {
                "tables": {
                    "announcements_view": {
                        "fts_table": "search_stems_fts",
                        "fts_pk": "key",
                        "sort_desc": "key",
                        "facets": FACETS,
                        "label_column": "title",
                        "description": "Search finds every form of a German word (Integrationszentren = "
                        "Integrationszentrum; Gruenen = Grünen); phrases, OR, -word, word*.",
                    },
                    "announcements": {"label_column": "title", "sort_desc": "published"},
                },
                "queries": {
                    "search": {
                        "title": "Ranked German search with snippets",
                        "sql": search_sql,
                        "description": "BM25 (title ×10, lead ×3), matched words in [ ].",
                    },
                    "latest_per_source": {
                        "title": "Latest announcement per source",
                        "sql": "SELECT a.source_id AS source, count(*) AS announcements, "
                        "max(a.published) AS latest, "
                        "(SELECT b.title FROM announcements b WHERE b.source_id = a.source_id "
                        "ORDER BY b.published DESC LIMIT 1) AS latest_title "
                        "FROM announcements a GROUP BY a.source_id ORDER BY latest DESC",
                    },
                    "timeline_per_party": {
                        "title": "Announcements per month and party (optionally matching :q)",
                        "sql": "SELECT substr(a.published, 1, 7) AS month, "
                        "coalesce(s.party, '(none)') AS party, count(*) AS announcements "
                        "FROM announcements a LEFT JOIN sources s ON s.id = a.source_id "
                        "WHERE a.published IS NOT NULL AND (:q = '' OR a.id IN (SELECT rowid & "
                        f"{ID_MASK} FROM search_stems_fts WHERE search_stems_fts MATCH de_match(:q))) "
                        "GROUP BY 1, 2 ORDER BY 1, 2",
                    },
                    "clusters": {
                        "title": "Syndication clusters (same or nearly the same text)",
                        "sql": "SELECT c.cluster_id, count(*) AS size, "
                        "group_concat(DISTINCT a.source_id) AS sources, max(c.origin_id) AS origin, "
                        "(SELECT title FROM announcements WHERE id = max(c.origin_id)) "
                        "AS origin_title FROM cluster_members c JOIN announcements a ON a.id = c.id "
                        "GROUP BY c.cluster_id HAVING count(*) > 1 ORDER BY size DESC LIMIT 200",
                    },
                },
            }
        },
    }


def make_datasette(path: str | Path) -> Any:
    """A read-only Datasette over the archive file with this plugin and the metadata."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    import storage.web as plugin

    if not pm.is_registered(plugin) and "pressarchive" not in {name for name, _ in pm.list_name_plugin()}:
        pm.register(plugin, name="pressarchive")
    path = Path(path)
    return Datasette(
        [str(path)],
        metadata=metadata(path.stem),
        settings={"sql_time_limit_ms": 5000, "facet_time_limit_ms": 2000, "allow_download": False},
    )
