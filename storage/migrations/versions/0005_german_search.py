"""German search: pre-stemmed shadow index beside the exact FTS5 index (``storage/search_index.py``).

``search_keys`` (narrow, for facets) and ``search_stems`` (stems of title, lead and body, plus
filter tags), keyed by ``published`` day << 32 | id; on SQLite an external-content FTS5 table
``search_stems_fts`` over ``search_stems`` (SQL triggers keep it in sync), on PostgreSQL a
generated ``tsvector`` with a GIN index. Existing announcements are indexed here.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage import search_index

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # INTEGER PRIMARY KEY = the rowid on SQLite


def upgrade() -> None:
    op.create_table(
        "search_keys",
        sa.Column("key", KEY, primary_key=True, autoincrement=False),
        sa.Column(
            "id",
            sa.Integer,
            sa.ForeignKey("announcements.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("source_id", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(30)),
    )
    op.create_table(
        "search_stems",
        sa.Column(
            "key",
            KEY,
            sa.ForeignKey("search_keys.key", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("title", sa.Text),
        sa.Column("lead", sa.Text),
        sa.Column("text", sa.Text),
        sa.Column("tags", sa.Text),
    )
    op.create_index("ix_search_keys_source_kind", "search_keys", ["source_id", "kind"])
    ddl = search_index.SQLITE_DDL if op.get_bind().dialect.name == "sqlite" else search_index.POSTGRES_DDL
    for statement in ddl:
        op.execute(statement)
    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("search_stems_ai", "search_stems_ad", "search_stems_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_stems_fts")
    op.drop_table("search_stems")
    op.drop_table("search_keys")
