"""Exports of the archive: JSON Lines (full records), CSV (flat columns), Parquet.

JSON Lines carries the whole normalised record; CSV flattens nested fields (people, contacts,
event) into columns analysts can open in a spreadsheet, with lists joined by ``; ``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from storage import models as m

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


def record(row: m.Announcement) -> dict[str, Any]:
    """One announcement as an export record: the stored data plus archive bookkeeping."""
    data = dict(row.data or {})
    data.update(
        id=row.id,
        url=row.url,
        source=row.source_id,
        title=row.title,
        published=row.published.isoformat() if row.published else None,
        modified=row.modified.isoformat() if row.modified else None,
        text=row.text,
        lead=row.lead,
        first_seen=row.first_seen.isoformat() if row.first_seen else None,
        last_changed=row.last_changed.isoformat() if row.last_changed else None,
        withdrawn_at=row.withdrawn_at.isoformat() if row.withdrawn_at else None,
    )
    data.pop("canonical_url", None)
    return data


def flat(rec: dict[str, Any]) -> dict[str, Any]:
    """A record flattened to :data:`CSV_COLUMNS`."""
    event = rec.get("event") or {}
    people = "; ".join(
        ", ".join(x for x in (p.get("name"), p.get("role"), p.get("organisation")) if x)
        for p in rec.get("people") or []
    )
    contacts = "; ".join(
        ", ".join(x for x in (c.get("name"), c.get("email"), c.get("phone")) if x)
        for c in rec.get("contacts") or []
    )
    out = {key: rec.get(key) for key in CSV_COLUMNS}
    out.update(
        event_start=event.get("start"),
        event_end=event.get("end"),
        event_venue=event.get("venue"),
        event_address=event.get("address"),
        people=people,
        parties="; ".join(rec.get("parties") or []),
        contacts=contacts,
    )
    return out


def write_jsonl(rows: Iterable[m.Announcement], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(record(row), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[m.Announcement], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(flat(record(row)))
        count += 1
    return count


def _batches(rows: Iterable[m.Announcement], size: int = 1000) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(flat(record(row)))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(rows: Iterable[m.Announcement], path: str) -> int:
    """Parquet with the CSV columns (all strings), written in row groups to bound memory."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.string()) for name in CSV_COLUMNS])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        for batch in _batches(rows):
            columns = {
                name: [None if r[name] is None else str(r[name]) for r in batch] for name in CSV_COLUMNS
            }
            writer.write_table(pa.table(columns, schema=schema))
            count += len(batch)
    return count
