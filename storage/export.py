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
Parquet is written in row groups of up to 100,000 rows (fewer when their text passes 64 MB).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import IO, Any

from sqlalchemy import Connection, Engine, bindparam, text

from storage import models as m
from storage.search import Filters, matching_ids

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
ROW_GROUP_ROWS = 100_000
ROW_GROUP_BYTES = 64 * 1024 * 1024


def _flat_sql(dialect: str) -> str:
    cols = []
    for name in CSV_COLUMNS:
        if name in _DIRECT:
            cols.append(_DIRECT[name])
        elif name in _JSON_FIELDS:
            path = _JSON_FIELDS[name]
            if dialect == "sqlite":
                cols.append(f"json_extract(a.data, '$.{path}')")
            else:
                parts = path.split(".")
                cols.append("a.data" + "".join(f" -> '{p}'" for p in parts[:-1]) + f" ->> '{parts[-1]}'")
        else:  # the lists, as JSON text
            cols.append(
                f"json_extract(a.data, '$.{name}')" if dialect == "sqlite" else f"(a.data -> '{name}')::text"
            )
    return f"SELECT {', '.join(cols)} FROM announcements a WHERE a.id IN :ids"


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


def flat_batches(
    conn: Connection,
    query: str = "",
    *,
    filters: Filters | None = None,
    changed_since: datetime | None = None,
    batch: int = 5000,
) -> Iterator[list[tuple]]:
    """Rows of :data:`CSV_COLUMNS` (tuples, lists flattened), in batches, in index order."""
    sql = text(_flat_sql(conn.dialect.name) + _changed(changed_since)).bindparams(
        bindparam("ids", expanding=True)
    )
    lists = [CSV_COLUMNS.index(n) for n in _LISTS]
    for ids in matching_ids(conn, query, filters=filters, batch=batch):
        params: dict[str, Any] = {"ids": ids}
        if changed_since:
            params["changed_since"] = changed_since
        rows = {r[0]: list(r) for r in conn.execute(sql, params)}
        out = []
        for i in ids:
            row = rows.get(i)
            if row is None:
                continue
            for col in lists:
                row[col] = _flatten_list(CSV_COLUMNS[col], row[col])
            for col in (8, 9, 25, 26, 27):  # dates and times as ISO text on every back end
                if row[col] is not None and not isinstance(row[col], str):
                    row[col] = (
                        row[col].isoformat(sep=" ")
                        if isinstance(row[col], datetime)
                        else row[col].isoformat()
                    )
            out.append(tuple(row))
        if out:
            yield out


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
    statement = text(
        "SELECT id, url, source_id, title, published, modified, text, lead, first_seen, last_changed, "
        "withdrawn_at, data FROM announcements a WHERE a.id IN :ids" + _changed(changed_since)
    ).bindparams(bindparam("ids", expanding=True))
    count = 0
    with connection(target) as conn:
        for ids in matching_ids(conn, query, filters=filters, batch=1000):
            params: dict[str, Any] = {"ids": ids}
            if changed_since:
                params["changed_since"] = changed_since
            rows = {r.id: r for r in conn.execute(statement, params)}
            for i in ids:
                if i in rows:
                    out.write(json.dumps(record_from(rows[i]), ensure_ascii=False) + "\n")
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

    def flush(writer: pq.ParquetWriter) -> None:
        nonlocal pending, pending_bytes
        if not pending:
            return
        columns = list(zip(*pending, strict=True))
        arrays = []
        for name, values in zip(CSV_COLUMNS, columns, strict=True):
            target = schema.field(name).type
            if target == pa.string():
                arrays.append(pa.array(values, type=pa.string()))
            elif target == pa.int64():
                arrays.append(pa.array(values, type=pa.int64()))
            else:
                arrays.append(pa.array(values, type=pa.string()).cast(target))
        writer.write_table(pa.Table.from_arrays(arrays, schema=schema), row_group_size=len(pending))
        pending, pending_bytes = [], 0

    with connection(target) as conn, pq.ParquetWriter(where, schema) as writer:
        for rows in flat_batches(conn, query, filters=filters, changed_since=changed_since):
            pending.extend(rows)
            pending_bytes += sum(len(r[12] or "") for r in rows)
            count += len(rows)
            if len(pending) >= ROW_GROUP_ROWS or pending_bytes >= ROW_GROUP_BYTES:
                flush(writer)
        flush(writer)
    return count
