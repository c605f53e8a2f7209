"""German search finds compounds by their head: ``Straße`` finds ``Kreisstraße``.

Adds ``search_stems.parts`` (the stems of the heads of each announcement's compounds,
``storage.german.parts``), replaces the FTS5 table (SQLite) or the generated ``tsvector``
(PostgreSQL) with one that indexes it, and indexes every existing announcement anew with the
current analyser (``storage.search_index.rebuild``) — also the first indexing of archives that
come from before 0005. Downgrading restores 0005's index, re-indexed without the heads.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

from storage import search_index

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _clear(sqlite: bool) -> None:
    """Empty the index first, so no trigger deletes rows an FTS table never held."""
    if sqlite:
        for statement in search_index.SQLITE_DROP:
            op.execute(statement)
    else:
        op.execute("ALTER TABLE search_stems DROP COLUMN IF EXISTS tsv")
    op.execute("DELETE FROM search_stems")
    op.execute("DELETE FROM search_keys")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _clear(sqlite)
    op.add_column("search_stems", sa.Column("parts", sa.Text))
    for statement in search_index.SQLITE_DDL if sqlite else search_index.POSTGRES_DDL:
        op.execute(statement)
    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    previous = importlib.import_module("storage.migrations.versions.0005_german_search")
    _clear(sqlite)
    with op.batch_alter_table("search_stems") as batch:
        batch.drop_column("parts")
    for statement in previous.SQLITE_DDL if sqlite else previous.POSTGRES_DDL:
        op.execute(statement)
    bind = op.get_bind()
    query = sa.text(f"SELECT {search_index._COLUMNS} FROM announcements ORDER BY id")
    rows = [dict(r._mapping) for r in bind.execute(query)]
    keys, stem_rows = search_index._rows(rows)
    if keys:
        bind.execute(search_index._INSERT_KEY, keys)
        bind.execute(
            sa.text(
                "INSERT INTO search_stems (key, title, lead, text, tags) "
                "VALUES (:key, :title, :lead, :text, :tags)"
            ),
            [{k: v for k, v in r.items() if k != "parts"} for r in stem_rows],
        )
