"""German full-text search, filters and facets over the archive (SQLite FTS5; PostgreSQL too).

The query language is :mod:`storage.query`; words are matched by their stems
(:mod:`storage.german`) in the shadow index of :mod:`storage.search_index`. The same
functions serve the CLI (``pressarchive search``), the Python API (``storage.Archive``) and
the exports; the web view registers the same translation as SQL functions
(``storage.web``).

Orders: ``newest`` (the default: publication date, newest first — the FTS index's own order,
so a page of results costs the same for a rare and for a common word) and ``rank`` (BM25 with
title ×10 and lead ×3 over body; it scores every match, so it costs more for common words).
Filters: source, organisation, party, region, level (from the ``sources`` rows), kind,
language, has-event, a publication date range; ``collapse`` keeps only the origin of each
syndication cluster (``storage.clusters``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, text

from storage.filters import Filters
from storage.query import Query, QueryError, parse
from storage.search_index import ID_MASK, KEY_SHIFT, as_date
from storage.search_sql import _PG_FROM, _pg_where, _sqlite_where
from storage.snippets import bracketed, snippet

__all__ = ["FACETS", "Filters", "Hit", "QueryError", "count", "facets", "matching_ids", "search", "snippet"]

FACETS = ("source", "party", "kind", "month")
ORDERS = ("newest", "rank")
BM25_WEIGHTS = "10.0, 3.0, 1.0, 0.0, 0.5"  # title, lead, text, tags, compound heads


@dataclass(frozen=True)
class Hit:
    """One search result. ``snippet`` is a passage of the original text with the matched words
    between ``[`` and ``]``; ``highlights`` are the (start, end) offsets of those words in
    ``plain_snippet`` (the passage without the brackets)."""

    id: int
    source: str
    url: str
    title: str | None
    published: str | None
    kind: str
    party: str | None
    snippet: str
    score: float | None = None
    plain_snippet: str = ""
    highlights: tuple[tuple[int, int], ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "kind": self.kind,
            "party": self.party,
            "snippet": self.snippet,
            "score": self.score,
        }


# -- the API --------------------------------------------------------------------------------------
def _engine(target: Any) -> Engine:
    return target if isinstance(target, Engine) else target.engine


def search(
    archive: Any,
    query: str | Query = "",
    *,
    filters: Filters | None = None,
    order: str = "newest",
    limit: int = 20,
    offset: int = 0,
    snippet_words: int = 28,
    sites: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[Hit]:
    """Announcements matching ``query`` and ``filters``: one page of :class:`Hit`.

    ``sites``/``since``/``until`` are shorthands for the same fields of ``filters``.
    Raises :class:`QueryError` for bad query syntax or an unknown order.
    """
    if order not in ORDERS:
        raise QueryError(f"unknown order {order!r} (newest or rank)")
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    if sites or since or until:
        filters = replace(
            filters,
            sources=filters.sources + tuple(sites or ()),
            since=since or filters.since,
            until=until or filters.until,
        )
    engine = _engine(archive)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            found = _sqlite_where(conn, parsed, filters)
            if found is None:
                return []
            where, params = found
            score = f"bm25(search_stems_fts, {BM25_WEIGHTS})" if order == "rank" else "NULL"
            order_by = "score" if order == "rank" else "f.rowid DESC"
            sql = (
                f"SELECT f.rowid & {ID_MASK} AS id, {score} AS score FROM search_stems_fts f "
                f"WHERE {where} ORDER BY {order_by} LIMIT :limit OFFSET :offset"
            )
        else:
            found = _pg_where(conn, parsed, filters)
            if found is None:
                return []
            where, params = found
            if order == "rank" and parsed.tsquery():
                score = "-ts_rank(st.tsv, to_tsquery('simple', :tsq))"
                order_by = "score, k.key DESC"
            else:
                score, order_by = "NULL", "k.key DESC"
            sql = (
                f"SELECT k.id, {score} AS score FROM {_PG_FROM} WHERE {where} "
                f"ORDER BY {order_by} LIMIT :limit OFFSET :offset"
            )
        params.update(limit=limit, offset=offset)
        ranked = conn.execute(text(sql), params).all()
        if not ranked:
            return []
        rows = conn.execute(
            text(
                "SELECT a.id, a.source_id, a.url, a.title, a.published, a.kind, a.lead, a.text, s.party "
                "FROM announcements a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": [r[0] for r in ranked]},
        ).all()
    by_id = {r[0]: r for r in rows}
    hits = []
    for announcement_id, score in ranked:
        r = by_id.get(announcement_id)
        if r is None:
            continue
        plain, marks = snippet(parsed, r[7], r[6], r[3], words=snippet_words)
        hits.append(
            Hit(
                id=r[0],
                source=r[1],
                url=r[2],
                title=r[3],
                published=str(r[4])[:10] if r[4] else None,
                kind=r[5],
                party=r[8],
                snippet=bracketed(plain, marks),
                score=None if score is None else float(score),
                plain_snippet=plain,
                highlights=tuple(marks),
            )
        )
    return hits


def count(archive: Any, query: str | Query = "", *, filters: Filters | None = None) -> int:
    """How many announcements match."""
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    engine = _engine(archive)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            found = _sqlite_where(conn, parsed, filters)
            sql = "SELECT count(*) FROM search_stems_fts f WHERE {}"
        else:
            found = _pg_where(conn, parsed, filters)
            sql = "SELECT count(*) FROM " + _PG_FROM + " WHERE {}"
        if found is None:
            return 0
        return int(conn.execute(text(sql.format(found[0])), found[1]).scalar() or 0)


def matching_ids(
    conn: Connection, query: str | Query = "", *, filters: Filters | None = None, batch: int = 5000
) -> Iterator[list[int]]:
    """Ids of every matching announcement in index order (publication date, then id; undated
    first), in lists of ``batch``: what exports stream."""
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    if conn.dialect.name == "sqlite":
        found = _sqlite_where(conn, parsed, filters)
        sql = (
            "SELECT f.rowid FROM search_stems_fts f WHERE {} AND f.rowid > :after "
            f"ORDER BY f.rowid LIMIT {batch}"
        )
    else:
        found = _pg_where(conn, parsed, filters)
        sql = f"SELECT k.key FROM {_PG_FROM} WHERE {{}} AND k.key > :after ORDER BY k.key LIMIT {batch}"
    if found is None:
        return
    where, params = found
    statement = text(sql.format(where))
    after = -1
    while True:
        keys = [r[0] for r in conn.execute(statement, {**params, "after": after})]
        if not keys:
            return
        yield [k & ID_MASK for k in keys]
        after = keys[-1]


def id_subquery(conn: Connection, query: str | Query = "", *, filters: Filters | None = None):  # type: ignore[no-untyped-def]
    """``(sql, params)`` selecting the ids of every match; ``(None, {})`` when everything
    matches (no query, no filters); None when nothing can match."""
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    if parsed.tree is None and filters == Filters():
        return None, {}
    if conn.dialect.name == "sqlite":
        found = _sqlite_where(conn, parsed, filters)
        if found is None:
            return None
        return f"SELECT f.rowid & {ID_MASK} FROM search_stems_fts f WHERE {found[0]}", found[1]
    found = _pg_where(conn, parsed, filters)
    if found is None:
        return None
    return f"SELECT k.id FROM {_PG_FROM} WHERE {found[0]}", found[1]


def _month(day: int) -> str:
    return date.fromordinal(day).strftime("%Y-%m") if day > 0 else "undated"


def facets(
    archive: Any,
    query: str | Query = "",
    *,
    filters: Filters | None = None,
    by: Iterable[str] = FACETS,
) -> dict[str, list[tuple[str, int]]]:
    """Counts of the matching announcements per source, party, kind and month (``by`` picks).

    Sources, parties and kinds come largest first; months in calendar order (``undated`` last).
    """
    by = tuple(by)
    unknown = [b for b in by if b not in FACETS]
    if unknown:
        raise QueryError(f"unknown facet {unknown[0]!r} (one of {', '.join(FACETS)})")
    parsed = query if isinstance(query, Query) else parse(query)
    filters = filters or Filters()
    engine = _engine(archive)
    everything = parsed.tree is None and filters == Filters()
    per_source: dict[tuple[str, str], int] = {}
    per_day: dict[int, int] = {}
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if everything:
            if {"source", "party", "kind"} & set(by):
                sql = "SELECT source_id, kind, count(*) FROM search_keys GROUP BY source_id, kind"
                per_source = {(s, k): n for s, k, n in conn.execute(text(sql))}
            if "month" in by:  # the covering index on published: no table rows read
                sql = "SELECT published, count(*) FROM announcements GROUP BY published"
                for day, n in conn.execute(text(sql)):
                    published = as_date(day) if day else None
                    ordinal = published.toordinal() if published else 0
                    per_day[ordinal] = per_day.get(ordinal, 0) + n
        else:
            found = _sqlite_where(conn, parsed, filters) if sqlite else _pg_where(conn, parsed, filters)
            if found is not None:
                where, params = found
                if {"source", "party", "kind"} & set(by):
                    if sqlite:
                        sql = (
                            "SELECT k.source_id, k.kind, count(*) FROM search_stems_fts f "
                            f"JOIN search_keys k ON k.key = f.rowid WHERE {where} GROUP BY 1, 2"
                        )
                    else:
                        sql = (
                            f"SELECT k.source_id, k.kind, count(*) FROM {_PG_FROM} "
                            f"WHERE {where} GROUP BY 1, 2"
                        )
                    per_source = {(s, k): n for s, k, n in conn.execute(text(sql), params)}
                if "month" in by:
                    if sqlite:
                        sql = (
                            f"SELECT f.rowid >> {KEY_SHIFT}, count(*) FROM search_stems_fts f "
                            f"WHERE {where} GROUP BY 1"
                        )
                    else:
                        sql = (
                            f"SELECT k.key >> {KEY_SHIFT}, count(*) FROM {_PG_FROM} WHERE {where} GROUP BY 1"
                        )
                    per_day = dict(conn.execute(text(sql), params).all())
        parties: dict[str, str | None] = (
            dict(conn.execute(text("SELECT id, party FROM sources")).all()) if "party" in by else {}
        )
    out: dict[str, list[tuple[str, int]]] = {}

    def ranked(counts: dict[str, int]) -> list[tuple[str, int]]:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    if "source" in by:
        c: dict[str, int] = {}
        for (s, _), n in per_source.items():
            c[s] = c.get(s, 0) + n
        out["source"] = ranked(c)
    if "party" in by:
        c = {}
        for (s, _), n in per_source.items():
            party = parties.get(s) or "(none)"
            c[party] = c.get(party, 0) + n
        out["party"] = ranked(c)
    if "kind" in by:
        c = {}
        for (_, k), n in per_source.items():
            c[k or "press_release"] = c.get(k or "press_release", 0) + n
        out["kind"] = ranked(c)
    if "month" in by:
        c = {}
        for day, n in per_day.items():
            month = _month(int(day))
            c[month] = c.get(month, 0) + n
        out["month"] = sorted(c.items(), key=lambda kv: (kv[0] == "undated", kv[0]))
    return out
