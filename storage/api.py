"""The archive for notebooks: ``from storage import Archive``.

>>> from storage import Archive                                   # doctest: +SKIP
>>> archive = Archive("archive.sqlite")                           # doctest: +SKIP
>>> [h.title for h in archive.search("Integrationszentren", party="SPD")]   # doctest: +SKIP

Every method takes the same query language as ``pressarchive search`` (:mod:`storage.query`)
and the same filters as keyword arguments: ``source``, ``organisation``, ``party``, ``region``,
``level``, ``kind``, ``language`` (each one value or a list), ``has_event``, ``since``,
``until`` (``date`` or ``YYYY-MM-DD``) and ``collapse`` (one announcement per syndication
cluster). docs/analysts.md has the examples, which the test suite runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, text

from storage import archive as _archive
from storage import export as _export
from storage import search as _search
from storage.search import FACETS, Filters, Hit

if TYPE_CHECKING:
    from storage.clusters import Cluster

__all__ = ["Archive", "Filters", "Hit", "Record", "RevisionRecord"]


@dataclass(frozen=True)
class Record:
    """One announcement as the archive holds it now (the fields of docs/schema.md)."""

    id: int
    url: str
    source: str
    title: str | None
    published: date | None
    kind: str
    text: str
    lead: str | None = None
    organisation: str | None = None
    party: str | None = None
    region: str | None = None
    level: str | None = None
    modified: date | None = None
    language: str | None = None
    event: dict[str, Any] | None = None
    people: list[dict[str, Any]] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    content_hash: str = ""
    first_seen: datetime | None = None
    last_changed: datetime | None = None
    withdrawn_at: datetime | None = None
    data: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class RevisionRecord:
    """One stored version of an announcement, with the diff to the one before."""

    number: int
    seen_at: str | None
    run_id: int | None
    content_hash: str
    title: str | None
    text: str
    changed_fields: list[str]
    diff: str


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


_RECORD_SQL = text(
    "SELECT id, url, source_id, title, published, modified, kind, lead, text, language, content_hash, "
    "first_seen, last_changed, withdrawn_at, data FROM announcements WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def _record(row: Any) -> Record:
    data = row.data if not isinstance(row.data, str) else json.loads(row.data)
    data = data or {}
    return Record(
        id=row.id,
        url=row.url,
        source=row.source_id,
        title=row.title,
        published=_date(row.published),
        kind=row.kind,
        text=row.text or "",
        lead=row.lead,
        organisation=data.get("organisation"),
        party=data.get("party"),
        region=data.get("region"),
        level=data.get("level"),
        modified=_date(row.modified),
        language=row.language,
        event=data.get("event"),
        people=data.get("people") or [],
        parties=data.get("parties") or [],
        contacts=data.get("contacts") or [],
        content_hash=row.content_hash or "",
        first_seen=_datetime(row.first_seen),
        last_changed=_datetime(row.last_changed),
        withdrawn_at=_datetime(row.withdrawn_at),
        data=data,
    )


class Archive(_archive.Archive):
    """The archive with the analyst API on top of the writer (``storage.archive.Archive``)."""

    # -- search -------------------------------------------------------------------------------
    def search(
        self, query: str = "", *, order: str = "newest", limit: int = 20, offset: int = 0, **filters: Any
    ) -> list[Hit]:
        """One page of matches, newest first (``order="rank"``: BM25, title weighted)."""
        return _search.search(
            self, query, filters=Filters.make(**filters), order=order, limit=limit, offset=offset
        )

    def count(self, query: str = "", **filters: Any) -> int:
        """How many announcements match."""
        return _search.count(self, query, filters=Filters.make(**filters))

    def facets(
        self, query: str = "", *, by: tuple[str, ...] | list[str] = FACETS, **filters: Any
    ) -> dict[str, list[tuple[str, int]]]:
        """Counts per ``source``, ``party``, ``kind`` and ``month`` of what matches."""
        return _search.facets(self, query, filters=Filters.make(**filters), by=by)

    # -- records ------------------------------------------------------------------------------
    def announcements(self, query: str = "", *, limit: int | None = None, **filters: Any) -> Iterator[Record]:
        """Every matching announcement as a :class:`Record`, oldest first, streamed."""
        seen = 0
        with self.engine.connect() as conn:
            for ids in _search.matching_ids(conn, query, filters=Filters.make(**filters), batch=500):
                rows = {r.id: r for r in conn.execute(_RECORD_SQL, {"ids": ids})}
                for i in ids:
                    if i in rows:
                        yield _record(rows[i])
                        seen += 1
                        if limit is not None and seen >= limit:
                            return

    def announcement(self, announcement_id: int) -> Record | None:
        """One announcement by id (None when there is none)."""
        with self.engine.connect() as conn:
            row = conn.execute(_RECORD_SQL, {"ids": [announcement_id]}).first()
        return _record(row) if row is not None else None

    def revisions(self, announcement_id: int) -> list[RevisionRecord]:
        """Every stored version, oldest first, each with the diff to the one before (what
        ``pressarchive show ID --history`` prints)."""
        from storage.show import revision_records

        return [RevisionRecord(**r) for r in revision_records(self.history(announcement_id))]

    # -- clusters -----------------------------------------------------------------------------
    def update_clusters(self) -> dict[str, int]:
        """Cluster new and changed announcements (incremental; see ``storage.clusters``)."""
        from storage import clusters

        return clusters.update(self)

    def clusters(
        self, query: str = "", *, min_size: int = 2, limit: int | None = 50, **filters: Any
    ) -> list[Cluster]:
        """Syndication clusters (``storage.clusters.Cluster``: ``origin`` first, then the
        copies) with a member matching ``query``/filters, largest first; updates them first."""
        from storage import clusters

        clusters.update(self)
        return list(
            clusters.clusters(self, query, filters=Filters.make(**filters), min_size=min_size, limit=limit)
        )

    def to_pandas(self, query: str = "", *, columns: list[str] | None = None, **filters: Any):  # type: ignore[no-untyped-def]
        """A pandas DataFrame of the matches with the export's flat columns (docs/analysts.md);
        ``published``/``modified`` as dates, the times as ``datetime64``. Needs pandas."""
        import pandas as pd

        wanted = columns or _export.CSV_COLUMNS
        unknown = [c for c in wanted if c not in _export.CSV_COLUMNS]
        if unknown:
            raise ValueError(f"unknown column {unknown[0]!r}; columns: {', '.join(_export.CSV_COLUMNS)}")
        rows: list[tuple[Any, ...]] = []
        with self.engine.connect() as conn:
            for batch in _export.flat_batches(conn, query, filters=Filters.make(**filters)):
                rows.extend(batch)
        frame = pd.DataFrame.from_records(rows, columns=_export.CSV_COLUMNS)
        for name in ("published", "modified"):
            frame[name] = pd.to_datetime(frame[name], errors="coerce").dt.date
        for name in ("first_seen", "last_changed", "withdrawn_at"):
            frame[name] = pd.to_datetime(frame[name], errors="coerce")
        return frame[wanted]
