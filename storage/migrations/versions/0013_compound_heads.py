"""German search finds compounds by their head: ``Straße`` finds ``Kreisstraße``.

Adds ``search_stems.parts`` (the stems of the heads of each announcement's compounds,
``storage.german.parts``) and replaces the FTS5 table (SQLite) or the generated ``tsvector``
(PostgreSQL) with one that indexes it. The index is derived data: this migration empties it,
with DDL of its own (frozen here, as every migration's), and the archive indexes every
announcement anew with the current analyser right after the upgrade
(``storage.search_index.ensure_indexed``, called by ``storage.db.upgrade``), so no migration
runs live code. Downgrading restores 0005's index, empty; run a re-index with that version.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_DROP_SQLITE = [
    "DROP TRIGGER IF EXISTS search_stems_ai",
    "DROP TRIGGER IF EXISTS search_stems_ad",
    "DROP TRIGGER IF EXISTS search_stems_au",
    "DROP TABLE IF EXISTS search_stems_fts",
]


def _sqlite_ddl(columns: list[str]) -> list[str]:
    """The external-content FTS5 table over ``search_stems`` and its sync triggers."""
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return [
        f"""CREATE VIRTUAL TABLE search_stems_fts USING fts5(
        {names}, content="search_stems", content_rowid="key",
        tokenize="unicode61 remove_diacritics 2 tokenchars '_'")""",
        f"""CREATE TRIGGER search_stems_ai AFTER INSERT ON search_stems BEGIN
        INSERT INTO search_stems_fts(rowid, {names}) VALUES (new.key, {new});
    END""",
        f"""CREATE TRIGGER search_stems_ad AFTER DELETE ON search_stems BEGIN
        INSERT INTO search_stems_fts(search_stems_fts, rowid, {names}) VALUES ('delete', old.key, {old});
    END""",
        f"""CREATE TRIGGER search_stems_au AFTER UPDATE ON search_stems BEGIN
        INSERT INTO search_stems_fts(search_stems_fts, rowid, {names}) VALUES ('delete', old.key, {old});
        INSERT INTO search_stems_fts(rowid, {names}) VALUES (new.key, {new});
    END""",
    ]


_POSTGRES_HEADS = [
    """ALTER TABLE search_stems ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', coalesce(lead, '')), 'B')
        || setweight(to_tsvector('simple', coalesce(text, '')), 'C')
        || setweight(to_tsvector('simple', coalesce(parts, '')), 'D')) STORED""",
    "CREATE INDEX ix_search_stems_tsv ON search_stems USING gin (tsv)",
]
_POSTGRES_0005 = [
    """ALTER TABLE search_stems ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', coalesce(lead, '')), 'B')
        || to_tsvector('simple', coalesce(text, ''))) STORED""",
    "CREATE INDEX ix_search_stems_tsv ON search_stems USING gin (tsv)",
]


def _clear(sqlite: bool) -> None:
    """Empty the index first, so no trigger deletes rows an FTS table never held."""
    if sqlite:
        for statement in _DROP_SQLITE:
            op.execute(statement)
    else:
        op.execute("ALTER TABLE search_stems DROP COLUMN IF EXISTS tsv")
    op.execute("DELETE FROM search_stems")
    op.execute("DELETE FROM search_keys")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _clear(sqlite)
    op.add_column("search_stems", sa.Column("parts", sa.Text))
    ddl = _sqlite_ddl(["title", "lead", "text", "tags", "parts"]) if sqlite else _POSTGRES_HEADS
    for statement in ddl:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _clear(sqlite)
    with op.batch_alter_table("search_stems") as batch:
        batch.drop_column("parts")
    for statement in _sqlite_ddl(["title", "lead", "text", "tags"]) if sqlite else _POSTGRES_0005:
        op.execute(statement)
