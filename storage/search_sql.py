"""The search as SQL: the FTS5 expression (SQLite) and the tsquery WHERE clause (PostgreSQL).

One query (``storage.query``) and one set of filters (``storage.filters.Filters``) give the same
matches on both back ends (tested in ``tests/test_postgres.py``). Organisation, party, region
and level filters resolve to source ids through the ``sources`` rows first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, inspect, text

from storage.filters import Filters
from storage.german import fold
from storage.query import ALL_DOCS, Query
from storage.search_index import ID_MASK, day_range, tag


# -- source resolution (organisation, party, region, level → source ids) --------------------------
def _sources(conn: Connection, filters: Filters) -> set[str] | None:
    """The source ids the filters allow; None when they do not restrict sources."""
    allowed: set[str] | None = set(filters.sources) if filters.sources else None
    if filters.by_source_fields:
        rows = conn.execute(text("SELECT id, organisation, party, region, level FROM sources")).all()
        wanted = {
            "organisation": {fold(v) for v in filters.organisations},
            "party": {fold(v) for v in filters.parties},
            "region": {fold(v) for v in filters.regions},
            "level": {fold(v) for v in filters.levels},
        }
        ids = set()
        for row in rows:
            values = dict(zip(("organisation", "party", "region", "level"), row[1:], strict=True))
            if all(not want or fold(values[k] or "") in want for k, want in wanted.items()):
                ids.add(row[0])
        allowed = ids if allowed is None else allowed & ids
    return allowed


def _has_table(conn: Connection, name: str) -> bool:
    return inspect(conn).has_table(name)


# -- SQLite ---------------------------------------------------------------------------------------
def _fts_expr(query: Query, filters: Filters, sources: set[str] | None) -> str:
    parts = []
    match = query.fts5()
    if match:
        parts.append(match)
    if sources is not None:
        parts.append("(" + " OR ".join(f'"{tag("src", s)}"' for s in sorted(sources)) + ")")
    if filters.kinds:
        parts.append("(" + " OR ".join(f'"{tag("kind", k)}"' for k in filters.kinds) + ")")
    if filters.languages:
        parts.append("(" + " OR ".join(f'"{tag("lang", x)}"' for x in filters.languages) + ")")
    if filters.has_event is not None:
        parts.append('"event_yes"' if filters.has_event else '"event_no"')
    return " AND ".join(parts) if parts else f'"{ALL_DOCS}"'


def _sqlite_where(
    conn: Connection, query: Query, filters: Filters, alias: str = "f"
) -> tuple[str, dict[str, Any]] | None:
    sources = _sources(conn, filters)
    if sources is not None and not sources:
        return None
    params: dict[str, Any] = {"match": _fts_expr(query, filters, sources)}
    where = ["search_stems_fts MATCH :match"]
    low, high = day_range(filters.since, filters.until)
    if low is not None:
        where.append(f"{alias}.rowid >= :low")
        params["low"] = low
    if high is not None:
        where.append(f"{alias}.rowid <= :high")
        params["high"] = high
    if filters.collapse and _has_table(conn, "cluster_members"):
        where.append(
            f"({alias}.rowid & {ID_MASK}) NOT IN (SELECT id FROM cluster_members WHERE id <> origin_id)"
        )
    return " AND ".join(where), params


# -- PostgreSQL -----------------------------------------------------------------------------------
def _pg_where(conn: Connection, query: Query, filters: Filters) -> tuple[str, dict[str, Any]] | None:
    sources = _sources(conn, filters)
    if sources is not None and not sources:
        return None
    where: list[str] = ["TRUE"]
    params: dict[str, Any] = {}
    ts = query.tsquery()
    if ts:
        where.append("st.tsv @@ to_tsquery('simple', :tsq)")
        params["tsq"] = ts
    if sources is not None:
        names = []
        for i, s in enumerate(sorted(sources)):
            params[f"src{i}"] = s
            names.append(f":src{i}")
        where.append(f"k.source_id IN ({', '.join(names)})")
    if filters.kinds:
        names = []
        for i, v in enumerate(filters.kinds):
            params[f"kind{i}"] = v
            names.append(f":kind{i}")
        where.append(f"k.kind IN ({', '.join(names)})")
    if filters.languages:
        names = []
        for i, v in enumerate(filters.languages):
            params[f"lang{i}"] = v
            names.append(f":lang{i}")
        where.append(f"a.language IN ({', '.join(names)})")
    if filters.has_event is not None:
        where.append("a.event_start IS NOT NULL" if filters.has_event else "a.event_start IS NULL")
    low, high = day_range(filters.since, filters.until)
    if low is not None:
        where.append("k.key >= :low")
        params["low"] = low
    if high is not None:
        where.append("k.key <= :high")
        params["high"] = high
    if filters.collapse and _has_table(conn, "cluster_members"):
        where.append("k.id NOT IN (SELECT id FROM cluster_members WHERE id <> origin_id)")
    return " AND ".join(where), params


_PG_FROM = "search_stems st JOIN search_keys k ON k.key = st.key JOIN announcements a ON a.id = k.id"
