"""The German search index: pre-stemmed shadow tables beside the exact FTS5 index.

Two plain tables, written in Python on every announcement write (``Archive.save_batch``) and
rebuilt by migration 0005 for existing archives:

``search_keys`` (narrow: ``key``, ``id``, ``source_id``, ``kind``)
    one row per announcement, for facet counts without touching the wide rows.
``search_stems`` (``key``, ``title``, ``lead``, ``text``, ``tags``, ``parts``)
    title, lead and body as space-separated stems (:func:`storage.german.stems`), filter
    tags (``any_doc``, ``src_<source>``, ``kind_<kind>``, ``lang_<language>``,
    ``event_yes``/``event_no``) and the heads of their compounds (:func:`storage.german.parts`:
    ``Kreisstraße`` adds ``strass``), in a column of their own so phrases and exact positions stay
    those of the text (migration 0013 added it and re-indexed existing archives).

``key`` is the search order: ``published`` as a day number in the high bits, the announcement
id in the low 32 bits (``key >> 32`` = ``date.toordinal()``, ``key & 0xFFFFFFFF`` = id; undated
announcements have day 0). "Newest first" is the FTS index's own rowid order, so the first page
of any query stops after a page of matches, and a date range is a rowid range.

On SQLite ``search_stems_fts`` is an external-content FTS5 table over ``search_stems`` (kept
in sync by SQL triggers; tokenizer ``unicode61`` with ``_`` as a token character for the tags):
a plain ``sqlite3`` client, Datasette or pandas can query it without loading anything.
On PostgreSQL ``search_stems.tsv`` is a generated ``tsvector`` (config ``simple``: the stems are
already stems) with a GIN index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, text

from storage.german import fold, parts, stems
from storage.query import ALL_DOCS

KEY_SHIFT = 32
ID_MASK = (1 << KEY_SHIFT) - 1

# The current index (as migration 0013 made it; each migration keeps its own copy of its DDL).
_FTS_COLUMNS = "title, lead, text, tags, parts"
SQLITE_DDL = [
    f"""CREATE VIRTUAL TABLE search_stems_fts USING fts5(
        {_FTS_COLUMNS}, content="search_stems", content_rowid="key",
        tokenize="unicode61 remove_diacritics 2 tokenchars '_'")""",
    f"""CREATE TRIGGER search_stems_ai AFTER INSERT ON search_stems BEGIN
        INSERT INTO search_stems_fts(rowid, {_FTS_COLUMNS})
        VALUES (new.key, new.title, new.lead, new.text, new.tags, new.parts);
    END""",
    f"""CREATE TRIGGER search_stems_ad AFTER DELETE ON search_stems BEGIN
        INSERT INTO search_stems_fts(search_stems_fts, rowid, {_FTS_COLUMNS})
        VALUES ('delete', old.key, old.title, old.lead, old.text, old.tags, old.parts);
    END""",
    f"""CREATE TRIGGER search_stems_au AFTER UPDATE ON search_stems BEGIN
        INSERT INTO search_stems_fts(search_stems_fts, rowid, {_FTS_COLUMNS})
        VALUES ('delete', old.key, old.title, old.lead, old.text, old.tags, old.parts);
        INSERT INTO search_stems_fts(rowid, {_FTS_COLUMNS})
        VALUES (new.key, new.title, new.lead, new.text, new.tags, new.parts);
    END""",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_stems_ai",
    "DROP TRIGGER IF EXISTS search_stems_ad",
    "DROP TRIGGER IF EXISTS search_stems_au",
    "DROP TABLE IF EXISTS search_stems_fts",
]

# Weights: title A, lead B, text C, compound heads D (a phrase looks only at A, B and C).
POSTGRES_DDL = [
    """ALTER TABLE search_stems ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', coalesce(lead, '')), 'B')
        || setweight(to_tsvector('simple', coalesce(text, '')), 'C')
        || setweight(to_tsvector('simple', coalesce(parts, '')), 'D')) STORED""",
    "CREATE INDEX ix_search_stems_tsv ON search_stems USING gin (tsv)",
]

_OLD_KEYS = text("SELECT key FROM search_keys WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
_DELETE_STEMS = text("DELETE FROM search_stems WHERE key IN :keys").bindparams(
    bindparam("keys", expanding=True)
)
_DELETE_KEYS = text("DELETE FROM search_keys WHERE key IN :keys").bindparams(
    bindparam("keys", expanding=True)
)
_INSERT_KEY = text("INSERT INTO search_keys (key, id, source_id, kind) VALUES (:key, :id, :source_id, :kind)")
_INSERT_STEMS = text(
    "INSERT INTO search_stems (key, title, lead, text, tags, parts) "
    "VALUES (:key, :title, :lead, :text, :tags, :parts)"
)
_COLUMNS = "id, title, lead, text, published, source_id, kind, language, event_start"


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def make_key(announcement_id: int, published: Any) -> int:
    day = as_date(published)
    return ((day.toordinal() if day else 0) << KEY_SHIFT) | announcement_id


def day_range(since: date | None, until: date | None) -> tuple[int | None, int | None]:
    """The key range of announcements published in [since, until]."""
    low = since.toordinal() << KEY_SHIFT if since else None
    high = ((until.toordinal() + 1) << KEY_SHIFT) - 1 if until else None
    return low, high


def tag(prefix: str, value: str) -> str:
    """A filter tag: ``tag("src", "spd_kleve")`` → ``src_spd_kleve`` (one FTS token)."""
    return f"{prefix}_{re.sub(r'[^0-9a-z_]', '_', fold(value))}"


def tags(row: Mapping[str, Any]) -> str:
    out = [ALL_DOCS, tag("src", row["source_id"]), tag("kind", row.get("kind") or "press_release")]
    if row.get("language"):
        out.append(tag("lang", row["language"]))
    out.append("event_yes" if row.get("event_start") else "event_no")
    return " ".join(out)


def _rows(announcements: Iterable[Mapping[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    keys, stem_rows = [], []
    for row in announcements:
        key = make_key(row["id"], row.get("published"))
        keys.append({"key": key, "id": row["id"], "source_id": row["source_id"], "kind": row.get("kind")})
        stem_rows.append(
            {
                "key": key,
                "title": stems(row.get("title")),
                "lead": stems(row.get("lead")),
                "text": stems(row.get("text")),
                "tags": tags(row),
                "parts": parts(row.get("title"), row.get("lead"), row.get("text")),
            }
        )
    return keys, stem_rows


def index(conn: Connection, announcements: list[Mapping[str, Any]]) -> None:
    """(Re)index announcements (mappings with the ``announcements`` columns of
    ``_COLUMNS``) on an open transaction: their old rows go, the new ones come."""
    if not announcements:
        return
    old = [r[0] for r in conn.execute(_OLD_KEYS, {"ids": [a["id"] for a in announcements]})]
    if old:
        conn.execute(_DELETE_STEMS, {"keys": old})
        conn.execute(_DELETE_KEYS, {"keys": old})
    keys, stem_rows = _rows(announcements)
    conn.execute(_INSERT_KEY, keys)
    conn.execute(_INSERT_STEMS, stem_rows)


def ensure_indexed(conn: Connection) -> int:
    """After a schema upgrade: index every announcement anew when the index does not hold them
    all (a migration that changed the index empties it; migrations never run this live code).
    Returns how many were indexed (0: the index was complete)."""
    announcements = conn.execute(text("SELECT count(*) FROM announcements")).scalar_one()
    indexed = conn.execute(text("SELECT count(*) FROM search_keys")).scalar_one()
    return rebuild(conn) if indexed != announcements else 0


def rebuild(conn: Connection, batch: int = 2000, progress: Any = None) -> int:
    """Index every announcement anew (after an upgrade that changed the index or the analyser)."""
    conn.execute(text("DELETE FROM search_stems"))
    conn.execute(text("DELETE FROM search_keys"))
    last, done = 0, 0
    query = text(f"SELECT {_COLUMNS} FROM announcements WHERE id > :last ORDER BY id LIMIT :n")
    while True:
        rows = [dict(r._mapping) for r in conn.execute(query, {"last": last, "n": batch})]
        if not rows:
            return done
        keys, stem_rows = _rows(rows)
        conn.execute(_INSERT_KEY, keys)
        conn.execute(_INSERT_STEMS, stem_rows)
        last = rows[-1]["id"]
        done += len(rows)
        if progress:
            progress(done)
