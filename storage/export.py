"""Exports of the archive: JSON Lines (full records), CSV and Parquet (flat columns).

Every export takes the search's query and filters (:mod:`storage.search`) and streams: rows
are read in batches of ids in index order (publication date, then id; undated first), so
memory stays flat however large the archive. ``changed_since`` keeps announcements first seen
or changed at or after a moment, for incremental exports.

JSON Lines carries the whole normalised record (docs/schema.md) plus ``id``, ``first_seen``,
``last_changed``, ``withdrawn_at``. CSV and Parquet have the columns of :data:`CSV_COLUMNS`
(documented in docs/analysts.md); lists are joined with ``; ``. CSV cells that a spreadsheet
would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) get a
leading ``'``; ``bom=True`` writes the UTF-8 byte order mark Excel needs to read UTF-8.
Parquet (typed columns, row groups, the JSON flattened by Arrow) is :mod:`storage.parquet_export`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import IO, Any, cast

from sqlalchemy import Connection, Engine, text

from storage import models as m
from storage.search import Filters, id_subquery

CSV_COLUMNS = [
    "id",
    "url",
    "source",
    "organisation",
    "party",
    "region",
    "level",
    "title",
    "published",
    "modified",
    "kind",
    "lead",
    "text",
    "dateline_place",
    "dateline_agency",
    "event_start",
    "event_end",
    "event_venue",
    "event_address",
    "people",
    "parties",
    "contacts",
    "language",
    "content_hash",
    "simhash",
    "first_seen",
    "last_changed",
    "withdrawn_at",
]
_LISTS = ("people", "parties", "contacts")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FETCH_ROWS = 2_000

# Each CSV/Parquet column as SQL, in CSV_COLUMNS order: the database flattens the JSON (one
# correlated json_each per list), so the export's Python loop only moves rows into columns.
_SQLITE_JOIN = {  # "name, role, organisation; …": the values present, in this order
    "people": ("name", "role", "organisation"),
    "contacts": ("name", "email", "phone"),
}


def _sqlite_list(name: str) -> str:
    if name == "parties":
        inner = "value"
    else:
        fields = " || ".join(
            f"coalesce(', ' || nullif(json_extract(value, '$.{f}'), ''), '')" for f in _SQLITE_JOIN[name]
        )
        inner = f"nullif(substr({fields}, 3), '')"
    return f"coalesce((SELECT group_concat({inner}, '; ') FROM json_each(a.data, '$.{name}')), '')"


def _pg_list(name: str) -> str:
    if name == "parties":
        inner = "x.v #>> '{}'"
    else:
        inner = (
            "nullif(concat_ws(', ', "
            + ", ".join(f"nullif(x.v ->> '{f}', '')" for f in _SQLITE_JOIN[name])
            + "), '')"
        )
    return (
        f"coalesce((SELECT string_agg({inner}, '; ' ORDER BY x.n) FROM jsonb_array_elements("
        f"CASE WHEN jsonb_typeof(a.data::jsonb -> '{name}') = 'array' THEN a.data::jsonb -> '{name}' "
        f"ELSE '[]'::jsonb END) WITH ORDINALITY AS x(v, n)), '')"
    )


def column_sql(dialect: str, name: str) -> str:
    direct = {"source": "a.source_id", **{c: f"s.{c}" for c in ("organisation", "party", "region", "level")}}
    paths = {
        "dateline_place": "dateline_place",
        "dateline_agency": "dateline_agency",
        "event_address": "event.address",
    }
    if name in direct:
        return direct[name]
    if name in paths:
        if dialect == "sqlite":
            return f"json_extract(a.data, '$.{paths[name]}')"
        keys = paths[name].split(".")
        return "a.data::jsonb #>> '{" + ",".join(keys) + "}'"
    if name in _LISTS:
        return _sqlite_list(name) if dialect == "sqlite" else _pg_list(name)
    return f"a.{name}"


def from_where(ids: str | None, changed_since: datetime | None) -> str:
    """The export statement's FROM, WHERE and ORDER BY (``a`` the announcement, ``s`` its source)."""
    where = []
    if ids:
        where.append(f"a.id IN ({ids})")
    if changed_since:
        where.append("a.last_changed >= :changed_since")
    return (
        "FROM announcements a LEFT JOIN sources s ON s.id = a.source_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.id"
    )


def flat_sql(dialect: str, ids: str | None, changed_since: datetime | None, as_bytes: bool = False) -> str:
    """The flat export as one statement. ``as_bytes`` (SQLite): text columns as UTF-8 blobs, which
    Arrow takes as they are (no ``str`` objects decoded only to be encoded again)."""
    columns = []
    for name in CSV_COLUMNS:
        sql = column_sql(dialect, name)
        if as_bytes and dialect == "sqlite" and name not in ("id", "simhash"):
            sql = f"CAST({sql} AS BLOB)"
        columns.append(sql)
    return f"SELECT {', '.join(columns)} {from_where(ids, changed_since)}"


@contextmanager
def connection(target: Any) -> Iterator[Connection]:
    """A connection from an archive, an engine or a connection (used as it is)."""
    if isinstance(target, Connection):
        yield target
        return
    engine = target if isinstance(target, Engine) else target.engine
    with engine.connect() as conn:
        yield conn


def _iso(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bytes):
        return value
    return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()


def flat_batches(
    conn: Connection,
    query: str = "",
    *,
    filters: Filters | None = None,
    changed_since: datetime | None = None,
    batch: int = FETCH_ROWS,
    as_bytes: bool = False,
) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of :data:`CSV_COLUMNS` (tuples, lists flattened), in batches, in id order (the
    order announcements were first stored). One streaming statement; on SQLite through the
    driver's cursor (this is the export's hot loop). ``as_bytes``: url, title, lead and text as
    UTF-8 ``bytes`` (SQLite), for Arrow."""
    found = id_subquery(conn, query, filters=filters)
    if found is None:
        return
    ids, params = found
    if changed_since:
        params = {**params, "changed_since": changed_since.isoformat(sep=" ")}
    sql = flat_sql(conn.dialect.name, ids, changed_since, as_bytes)
    if conn.dialect.name == "sqlite":  # the driver's own cursor: rows come as the tuples we need
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(batch):
                yield cast(list[tuple[Any, ...]], rows)  # sqlite3 rows are plain tuples
        finally:
            cursor.close()
        return
    result = conn.execution_options(stream_results=True).execute(text(sql), params)
    while rows := result.fetchmany(batch):
        yield [tuple(_iso(v) for v in r) for r in rows]


def record_from(row: Any) -> dict[str, Any]:
    """One announcement as a JSON Lines record (a Core row or an ORM object)."""
    data = row.data if not isinstance(row.data, str) else json.loads(row.data)
    out = dict(data or {})

    def iso(v: Any) -> str | None:
        if v is None:
            return None
        return v if isinstance(v, str) else v.isoformat()

    out.update(
        id=row.id,
        url=row.url,
        source=row.source_id,
        title=row.title,
        published=iso(row.published),
        modified=iso(row.modified),
        text=row.text,
        lead=row.lead,
        first_seen=iso(row.first_seen),
        last_changed=iso(row.last_changed),
        withdrawn_at=iso(row.withdrawn_at),
    )
    out.pop("canonical_url", None)
    return out


def record(row: m.Announcement) -> dict[str, Any]:
    """One ORM announcement as an export record (kept for callers of the old API)."""
    return record_from(row)


def write_jsonl(
    target: Any,
    out: IO[str],
    query: str = "",
    *,
    filters: Filters | None = None,
    changed_since: datetime | None = None,
) -> int:
    """Full records, one JSON object a line, in id order."""
    count = 0
    with connection(target) as conn:
        found = id_subquery(conn, query, filters=filters)
        if found is None:
            return 0
        ids, params = found
        where = [f"a.id IN ({ids})"] if ids else []
        if changed_since:
            where.append("a.last_changed >= :changed_since")
            params = {**params, "changed_since": changed_since}
        sql = (
            "SELECT id, url, source_id, title, published, modified, text, lead, first_seen, last_changed, "
            "withdrawn_at, data FROM announcements a"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.id"
        )
        result = conn.execution_options(stream_results=True, yield_per=1000).execute(text(sql), params)
        for row in result:
            out.write(json.dumps(record_from(row), ensure_ascii=False) + "\n")
            count += 1
    return count


def neutralise(value: Any) -> Any:
    """A CSV cell that cannot run as a spreadsheet formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(
    target: Any,
    out: IO[str],
    query: str = "",
    *,
    filters: Filters | None = None,
    changed_since: datetime | None = None,
    bom: bool = False,
    delimiter: str = ",",
) -> int:
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(CSV_COLUMNS)
    count = 0
    with connection(target) as conn:
        for rows in flat_batches(conn, query, filters=filters, changed_since=changed_since):
            writer.writerows([neutralise(v) for v in row] for row in rows)
            count += len(rows)
    return count


def parquet_schema() -> Any:
    """The Parquet export's Arrow schema (:mod:`storage.parquet_export`)."""
    from storage import parquet_export

    return parquet_export.parquet_schema()


def write_parquet(target: Any, where: Any, query: str = "", **options: Any) -> int:
    """The Parquet export (:func:`storage.parquet_export.write_parquet`; pyarrow is imported only
    by the processes that write Parquet)."""
    from storage import parquet_export

    return parquet_export.write_parquet(target, where, query, **options)
