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
Parquet is written in row groups of up to 50,000 rows (fewer when they pass 16 MB of Arrow data: that
bounds memory).
"""

from __future__ import annotations

import csv
import json
import queue
import threading
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
ROW_GROUP_ROWS = 50_000
ROW_GROUP_BYTES = 16 * 1024 * 1024
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


def _column_sql(dialect: str, name: str) -> str:
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


def _flat_sql(dialect: str, ids: str | None, changed_since: datetime | None, as_bytes: bool = False) -> str:
    """The flat export as one statement. ``as_bytes`` (SQLite): text columns as UTF-8 blobs, which
    Arrow takes as they are (no ``str`` objects decoded only to be encoded again)."""
    columns = []
    for name in CSV_COLUMNS:
        sql = _column_sql(dialect, name)
        if as_bytes and dialect == "sqlite" and name not in ("id", "simhash"):
            sql = f"CAST({sql} AS BLOB)"
        columns.append(sql)
    where = []
    if ids:
        where.append(f"a.id IN ({ids})")
    if changed_since:
        where.append("a.last_changed >= :changed_since")
    return (
        f"SELECT {', '.join(columns)} FROM announcements a LEFT JOIN sources s ON s.id = a.source_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.id"
    )


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
    sql = _flat_sql(conn.dialect.name, ids, changed_since, as_bytes)
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


def parquet_schema() -> Any:  # a pyarrow.Schema (pyarrow ships no type information)
    import pyarrow as pa

    types = {
        "id": pa.int64(),
        "published": pa.date32(),
        "modified": pa.date32(),
        "first_seen": pa.timestamp("us"),
        "last_changed": pa.timestamp("us"),
        "withdrawn_at": pa.timestamp("us"),
    }
    return pa.schema([(name, types.get(name, pa.string())) for name in CSV_COLUMNS])


def _arrow_columns(rows: list[tuple[Any, ...]], schema: Any) -> list[Any]:
    """Arrow arrays from a batch of row tuples, one column at a time (text arrives as UTF-8
    bytes on SQLite: validated, not re-encoded; dates and times are parsed by Arrow's cast)."""
    import pyarrow as pa

    arrays = []
    for field, values in zip(schema, zip(*rows, strict=True), strict=True):
        kind = field.type
        if kind == pa.int64():
            arrays.append(pa.array(values, type=pa.int64()))
            continue
        raw = pa.array(values, type=pa.binary() if isinstance(_first(values), bytes) else pa.string())
        arrays.append(raw.cast(pa.string()).cast(kind) if kind != pa.string() else raw.cast(pa.string()))
    return arrays


def _first(values: tuple[Any, ...]) -> Any:
    return next((v for v in values if v is not None), None)


def _hand_over(out: queue.Queue[Any], item: Any, stop: threading.Event) -> bool:
    while not stop.is_set():
        try:
            out.put(item, timeout=0.2)
            return True
        except queue.Full:
            continue
    return False


def _tables(
    target: Any, options: dict[str, Any], schema: Any, out: queue.Queue[Any], stop: threading.Event
) -> None:
    """The reading half of the Parquet export, on a thread of its own: SQLite steps and Arrow
    casts release the GIL, so reading the next batch overlaps writing (compressing) the last.
    Ends with None, or with the exception that stopped it; gives up when ``stop`` is set."""
    import pyarrow as pa

    try:
        with connection(target) as conn:
            for rows in flat_batches(conn, as_bytes=True, **options):
                table = pa.Table.from_arrays(_arrow_columns(rows, schema), schema=schema)
                if not _hand_over(out, table, stop):
                    return
        _hand_over(out, None, stop)
    except BaseException as exc:  # the writing thread raises it
        _hand_over(out, exc, stop)


def write_parquet(
    target: Any,
    where: Any,
    query: str = "",
    *,
    filters: Filters | None = None,
    changed_since: datetime | None = None,
) -> int:
    """Parquet (snappy) with typed columns (id int64, dates date32, times timestamp[us]),
    written in row groups of up to ``ROW_GROUP_ROWS`` rows or ``ROW_GROUP_BYTES`` of Arrow data,
    whichever comes first; at most two batches are in flight, so memory stays bounded."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    pending: list[Any] = []
    pending_rows = pending_bytes = 0

    def flush(writer: pq.ParquetWriter, everything: bool) -> None:
        """Write the pending rows as row groups of ROW_GROUP_ROWS (all of them when
        ``everything``, else only whole groups: the rest stays pending)."""
        nonlocal pending, pending_rows, pending_bytes
        if not pending:
            return
        table = pa.concat_tables(pending)
        keep = 0 if everything else table.num_rows % ROW_GROUP_ROWS
        writer.write_table(table.slice(0, table.num_rows - keep), row_group_size=ROW_GROUP_ROWS)
        pending = [table.slice(table.num_rows - keep)] if keep else []
        pending_rows, pending_bytes = keep, pending[0].nbytes if keep else 0

    batches: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()
    options = {"query": query, "filters": filters, "changed_since": changed_since}
    reader = threading.Thread(target=_tables, args=(target, options, schema, batches, stop), daemon=True)
    repeated = ["source", "organisation", "party", "region", "level", "kind", "language", "parties"]
    try:
        with pq.ParquetWriter(where, schema, use_dictionary=repeated) as writer:
            reader.start()
            while (table := batches.get()) is not None:
                if isinstance(table, BaseException):
                    raise table
                pending.append(table)
                pending_rows += table.num_rows
                pending_bytes += table.nbytes
                count += table.num_rows
                if pending_bytes >= ROW_GROUP_BYTES:
                    flush(writer, everything=True)
                elif pending_rows >= ROW_GROUP_ROWS:
                    flush(writer, everything=False)
            flush(writer, everything=True)
    finally:  # a failed write (full disk) stops the reader too
        stop.set()
        if reader.is_alive():
            reader.join()
    return count
