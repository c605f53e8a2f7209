"""The Parquet export: the flat columns of :data:`storage.export.CSV_COLUMNS`, typed, in row groups.

Why a module of its own: on SQLite the export flattens the JSON record in Arrow, not in SQL.
The SQL flattening (:func:`storage.export.flat_batches`, still what CSV and ``to_pandas`` use)
runs three correlated ``json_each`` subqueries and three ``json_extract`` calls per row, which
was half of the export's time at 1,000,000 announcements; here the statement reads the plain
columns and the ``data`` record as UTF-8 bytes, and Arrow's C++ JSON reader parses a batch of
records at once into typed columns (``people``, ``parties``, ``contacts`` as lists, joined by
Arrow compute with the same rules as the SQL: element fields that are present and non-empty
joined with ``, ``, elements with ``; ``). A batch whose records do not fit those types (a number
where a name belongs, a list that is an object) is read again through the SQL flattening, so
the values are always those of the CSV export. PostgreSQL takes the SQL flattening as before.

Reading runs on a thread of its own (SQLite steps, JSON parsing and Arrow casts release the
GIL), overlapping the writing (compressing) of the previous batch; at most two batches are in
flight, so memory stays flat however large the archive.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from storage.export import CSV_COLUMNS, column_sql, connection, flat_batches, flat_sql, from_where
from storage.search import Filters, id_subquery

ROW_GROUP_ROWS = 50_000
ROW_GROUP_BYTES = 16 * 1024 * 1024
FETCH_ROWS = 2_000  # rows per Arrow batch: 4,000 took the peak RSS to 299–303 MiB, 10,000 to 440
JSON_COLUMNS = ("dateline_place", "dateline_agency", "event_address", "people", "parties", "contacts")
DIRECT_COLUMNS = [c for c in CSV_COLUMNS if c not in JSON_COLUMNS]
_FIELDS = {"people": ("name", "role", "organisation"), "contacts": ("name", "email", "phone")}
DICTIONARY = ["source", "organisation", "party", "region", "level", "kind", "language", "parties"]
# min/max statistics only where a reader filters by them: on the long texts they cost a fifth of
# the writing and say nothing (Parquet truncates them)
NO_STATISTICS = ("url", "title", "lead", "text", "content_hash")


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


def _record_schema() -> Any:
    """The parts of ``announcements.data`` the flat columns take (every other key is ignored)."""
    import pyarrow as pa

    def fields(names: tuple[str, ...]) -> Any:
        return pa.list_(pa.struct([(n, pa.string()) for n in names]))

    return pa.schema(
        [
            ("dateline_place", pa.string()),
            ("dateline_agency", pa.string()),
            ("event", pa.struct([("address", pa.string())])),
            ("people", fields(_FIELDS["people"])),
            ("parties", pa.list_(pa.string())),
            ("contacts", fields(_FIELDS["contacts"])),
        ]
    )


def _sqlite_sql(ids: str | None, changed_since: datetime | None) -> str:
    columns = [
        f"CAST({column_sql('sqlite', name)} AS BLOB)" if name not in ("id", "simhash") else f"a.{name}"
        for name in DIRECT_COLUMNS
    ]
    record = "CAST(coalesce(a.data, '{}') AS BLOB)"
    return f"SELECT {', '.join(columns)}, {record} {from_where(ids, changed_since)}"


def _joined(parents: Any, values: Any, n: int, sep: str, drop_empty: bool) -> Any:
    """Per parent (0 … n-1), its non-null (and, with ``drop_empty``, non-empty) values joined by
    ``sep``; ``""`` for a parent with none. ``parents`` is sorted, one entry per value."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    keep = pc.is_valid(values)
    if drop_empty:
        keep = pc.and_(keep, pc.fill_null(pc.not_equal(values, ""), False))
    mask = keep.to_numpy(zero_copy_only=False)
    counts = np.bincount(np.asarray(parents)[mask], minlength=n)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
    lists = pa.ListArray.from_arrays(pa.array(offsets), values.filter(keep).cast(pa.string()))
    return pc.binary_join(lists, sep)


def _list_column(column: Any, n: int, fields: tuple[str, ...] | None) -> Any:
    """A JSON list as the export's string: struct elements as ``a, b, c`` (their present,
    non-empty fields), elements joined by ``; `` (empty ones left out); plain strings joined by
    ``; `` as they are (what ``group_concat`` over ``json_each`` gives)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    parents = pc.list_parent_indices(column).to_numpy()
    elements = pc.list_flatten(column)
    if fields is None:
        return _joined(parents, elements, n, "; ", drop_empty=False)
    count = len(elements)
    parts = elements.flatten()  # one array per field, the element's own nulls applied
    order = np.arange(len(fields) * count).reshape(len(fields), count).T.ravel()
    values = pa.concat_arrays(parts).take(pa.array(order)) if count else pa.array([], pa.string())
    per_element = _joined(np.repeat(np.arange(count), len(fields)), values, count, ", ", drop_empty=True)
    return _joined(parents, per_element, n, "; ", drop_empty=True)


def _record_columns(records: list[bytes]) -> dict[str, Any]:
    """The JSON columns of a batch, parsed by Arrow; ValueError (ArrowInvalid is one) when a
    record is not one JSON object a line of the expected types."""
    import pyarrow as pa
    import pyarrow.json as pj

    n = len(records)
    text = b"\n".join(records)
    if text.count(b"\n") != n - 1 or text.count(b"\r"):  # a record written over several lines
        raise ValueError("multi-line record")
    options = pj.ParseOptions(explicit_schema=_record_schema(), unexpected_field_behavior="ignore")
    read = pj.ReadOptions(use_threads=False, block_size=len(text) + 1)  # one block: the batch
    table = pj.read_json(pa.py_buffer(text), read, options).combine_chunks()
    if table.num_rows != n:
        raise ValueError("records and rows differ")
    event = table.column("event").chunk(0) if table.column("event").num_chunks else None
    out = {
        "dateline_place": table.column("dateline_place").combine_chunks(),
        "dateline_agency": table.column("dateline_agency").combine_chunks(),
        "event_address": event.flatten()[0] if event is not None else pa.nulls(n, pa.string()),
    }
    for name in ("people", "parties", "contacts"):
        out[name] = _list_column(table.column(name).combine_chunks(), n, _FIELDS.get(name))
    return out


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
        first = next((v for v in values if v is not None), None)
        raw = pa.array(values, type=pa.binary() if isinstance(first, bytes) else pa.string())
        arrays.append(raw.cast(pa.string()).cast(kind) if kind != pa.string() else raw.cast(pa.string()))
    return arrays


def _sqlite_tables(conn: Connection, options: dict[str, Any], schema: Any) -> Iterator[Any]:
    """Arrow tables of up to FETCH_ROWS rows, in id order, the JSON flattened by Arrow (a batch
    it cannot flatten is read again through the SQL flattening)."""
    import pyarrow as pa

    found = id_subquery(conn, options["query"], filters=options["filters"])
    if found is None:
        return
    ids, params = found
    if options["changed_since"]:
        params = {**params, "changed_since": options["changed_since"].isoformat(sep=" ")}
    direct = pa.schema([schema.field(name) for name in DIRECT_COLUMNS])
    dbapi = conn.connection.dbapi_connection
    cursor = dbapi.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(_sqlite_sql(ids, options["changed_since"]), params)
        while rows := cursor.fetchmany(FETCH_ROWS):
            try:
                parsed = _record_columns([r[-1] for r in rows])
            except ValueError:  # not the usual record: the SQL flattening, the same rows
                again = dbapi.cursor()  # type: ignore[union-attr]
                again.execute(flat_sql("sqlite", "SELECT value FROM json_each(:batch)", None, as_bytes=True),
                              {"batch": json.dumps([r[0] for r in rows])})  # fmt: skip
                same: list[tuple[Any, ...]] = list(again.fetchall())
                yield pa.Table.from_arrays(_arrow_columns(same, schema), schema=schema)
                continue
            arrays = dict(zip(DIRECT_COLUMNS, _arrow_columns([r[:-1] for r in rows], direct), strict=True))
            yield pa.Table.from_arrays([arrays.get(c, parsed.get(c)) for c in CSV_COLUMNS], schema=schema)
    finally:
        cursor.close()


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
    """The reading half of the export, on a thread of its own. Ends with None, or with the
    exception that stopped it; gives up when ``stop`` is set."""
    import pyarrow as pa

    try:
        with connection(target) as conn:
            if conn.dialect.name == "sqlite":
                tables: Iterator[Any] = _sqlite_tables(conn, options, schema)
            else:
                tables = (
                    pa.Table.from_arrays(_arrow_columns(rows, schema), schema=schema)
                    for rows in flat_batches(conn, **options)
                )
            for table in tables:
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
    """Parquet (snappy; no min/max statistics on the long texts) with typed columns (id int64,
    dates date32, times timestamp[us]),
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
    try:
        statistics = [c for c in CSV_COLUMNS if c not in NO_STATISTICS]
        with pq.ParquetWriter(
            where, schema, use_dictionary=DICTIONARY, write_statistics=statistics
        ) as writer:
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
