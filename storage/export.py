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
Parquet is written in row groups of up to 50,000 rows (fewer when their text passes 8 MB: that
bounds memory).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import IO, Any

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
_JSON_FIELDS = {  # column -> path in announcements.data
    "organisation": "organisation",
    "party": "party",
    "region": "region",
    "level": "level",
    "dateline_place": "dateline_place",
    "dateline_agency": "dateline_agency",
    "event_address": "event.address",
}
_DIRECT = {
    "id": "a.id",
    "url": "a.url",
    "source": "a.source_id",
    "title": "a.title",
    "published": "a.published",
    "modified": "a.modified",
    "kind": "a.kind",
    "lead": "a.lead",
    "text": "a.text",
    "event_start": "a.event_start",
    "event_end": "a.event_end",
    "event_venue": "a.event_venue",
    "language": "a.language",
    "content_hash": "a.content_hash",
    "simhash": "a.simhash",
    "first_seen": "a.first_seen",
    "last_changed": "a.last_changed",
    "withdrawn_at": "a.withdrawn_at",
}
_LISTS = ("people", "parties", "contacts")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ROW_GROUP_ROWS = 50_000
ROW_GROUP_BYTES = 8 * 1024 * 1024


_FLAT_COLUMNS = (
    "a.id, a.url, a.source_id, s.organisation, s.party, s.region, s.level, a.title, a.published, "
    "a.modified, a.kind, a.lead, a.text, a.event_start, a.event_end, a.event_venue, a.language, "
    "a.content_hash, a.simhash, a.first_seen, a.last_changed, a.withdrawn_at"
)
_EXTRA = ("dateline_place", "dateline_agency", "event.address", "people", "parties", "contacts")


_BYTES_COLUMNS = ("a.url", "a.title", "a.lead", "a.text")  # the long ones
_BYTES_NAMES = {"url", "title", "lead", "text"}


def _flat_sql(dialect: str, ids: str | None, changed_since: datetime | None, as_bytes: bool = False) -> str:
    if dialect == "sqlite":  # one parse of the JSON for all six values
        extra = "json_extract(a.data, " + ", ".join(f"'$.{p}'" for p in _EXTRA) + ")"
    else:
        extra = (
            "a.data ->> 'dateline_place', a.data ->> 'dateline_agency', a.data -> 'event' ->> 'address', "
            "(a.data -> 'people')::text, (a.data -> 'parties')::text, (a.data -> 'contacts')::text"
        )
    where = []
    if ids:
        where.append(f"a.id IN ({ids})")
    if changed_since:
        where.append("a.last_changed >= :changed_since")
    columns = _FLAT_COLUMNS
    if as_bytes and dialect == "sqlite":  # UTF-8 bytes straight to Arrow: no str objects for the text
        for column in _BYTES_COLUMNS:
            columns = columns.replace(f"{column},", f"CAST({column} AS BLOB),", 1)
    return (
        f"SELECT {columns}, {extra} FROM announcements a LEFT JOIN sources s ON s.id = a.source_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.id"
    )


def _join_people(items: list[dict]) -> str:
    return "; ".join(
        ", ".join(x for x in (p.get("name"), p.get("role"), p.get("organisation")) if x) for p in items
    )


def _join_contacts(items: list[dict]) -> str:
    return "; ".join(
        ", ".join(x for x in (c.get("name"), c.get("email"), c.get("phone")) if x) for c in items
    )


def _flatten_list(name: str, value: Any) -> str:
    if value is None or value == "[]":
        return ""
    items = json.loads(value) if isinstance(value, str) else value
    if not items:
        return ""
    if name == "people":
        return _join_people(items)
    if name == "contacts":
        return _join_contacts(items)
    return "; ".join(str(x) for x in items)


@contextmanager
def connection(target: Any) -> Iterator[Connection]:
    """A connection from an archive, an engine or a connection (used as it is)."""
    if isinstance(target, Connection):
        yield target
        return
    engine = target if isinstance(target, Engine) else target.engine
    with engine.connect() as conn:
        yield conn


def _changed(changed_since: datetime | None) -> str:
    return " AND a.last_changed >= :changed_since" if changed_since else ""


def _iso(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()


def _flat_row(row: Any, extra: list[Any]) -> tuple:
    place, agency, address, people, parties, contacts = extra
    return (
        *row[:8],
        _iso(row[8]),
        _iso(row[9]),
        *row[10:13],
        place,
        agency,
        row[13],
        row[14],
        row[15],
        address,
        _flatten_list("people", people),
        _flatten_list("parties", parties),
        _flatten_list("contacts", contacts),
        *row[16:19],
        _iso(row[19]),
        _iso(row[20]),
        _iso(row[21]),
    )


def flat_batches(
    conn: Connection,
    query: str = "",
    *,
    filters: Filters | None = None,
    changed_since: datetime | None = None,
    batch: int = 5000,
    as_bytes: bool = False,
) -> Iterator[list[tuple]]:
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
    if conn.dialect.name == "sqlite":
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(batch):
            yield [_flat_row(r, json.loads(r[22]) if r[22] else [None] * 6) for r in rows]
        cursor.close()
        return
    result = conn.execution_options(stream_results=True).execute(text(sql), params)
    while rows := result.fetchmany(batch):
        yield [_flat_row(r, [_iso(v) if not isinstance(v, str) else v for v in r[22:28]]) for r in rows]


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


def parquet_schema():  # type: ignore[no-untyped-def]
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


def write_parquet(
    target: Any,
    where: Any,
    query: str = "",
    *,
    filters: Filters | None = None,
    changed_since: datetime | None = None,
) -> int:
    """Parquet (snappy) with typed columns (id int64, dates date32, times timestamp[us]),
    written in row groups so memory stays bounded."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    pending: list[tuple] = []
    pending_bytes = 0

    def flush(writer: pq.ParquetWriter, rows: list[tuple]) -> None:
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        arrays = []
        for name, values in zip(CSV_COLUMNS, columns, strict=True):
            target = schema.field(name).type
            as_bytes = name in _BYTES_NAMES and any(isinstance(v, bytes) for v in values[:9])
            if target == pa.string() and as_bytes:
                arrays.append(pa.array(values, type=pa.binary()).cast(pa.string()))
            elif target == pa.string():
                arrays.append(pa.array(values, type=pa.string()))
            elif target == pa.int64():
                arrays.append(pa.array(values, type=pa.int64()))
            else:
                arrays.append(pa.array(values, type=pa.string()).cast(target))
        writer.write_table(pa.Table.from_arrays(arrays, schema=schema), row_group_size=len(rows))

    repeated = ["source", "organisation", "party", "region", "level", "kind", "language", "parties"]
    with connection(target) as conn, pq.ParquetWriter(where, schema, use_dictionary=repeated) as writer:
        batches = flat_batches(
            conn, query, filters=filters, changed_since=changed_since, batch=2000, as_bytes=True
        )
        for rows in batches:
            pending.extend(rows)
            pending_bytes += sum(len(r[12] or "") for r in rows)
            count += len(rows)
            while len(pending) >= ROW_GROUP_ROWS:
                flush(writer, pending[:ROW_GROUP_ROWS])
                pending, pending_bytes = pending[ROW_GROUP_ROWS:], 0
            if pending_bytes >= ROW_GROUP_BYTES:
                flush(writer, pending)
                pending, pending_bytes = [], 0
        flush(writer, pending)
    return count
