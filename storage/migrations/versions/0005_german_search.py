"""German search: pre-stemmed shadow index beside the exact FTS5 index (``storage/search_index.py``).

``search_keys`` (narrow, for facets) and ``search_stems`` (stems of title, lead and body, plus
filter tags), keyed by ``published`` day << 32 | id; on SQLite an external-content FTS5 table
``search_stems_fts`` over ``search_stems`` (SQL triggers keep it in sync), on PostgreSQL a
generated ``tsvector`` with a GIN index. Existing announcements are indexed by migration 0013,
which replaced this index with one that also holds the heads of compounds (the DDL below is
this revision's own, as it was).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # INTEGER PRIMARY KEY = the rowid on SQLite

SQLITE_DDL = [
    """CREATE VIRTUAL TABLE search_stems_fts USING fts5(
        title, lead, text, tags, content="search_stems", content_rowid="key",
        tokenize="unicode61 remove_diacritics 2 tokenchars '_'")""",
    """CREATE TRIGGER search_stems_ai AFTER INSERT ON search_stems BEGIN
        INSERT INTO search_stems_fts(rowid, title, lead, text, tags)
        VALUES (new.key, new.title, new.lead, new.text, new.tags);
    END""",
    """CREATE TRIGGER search_stems_ad AFTER DELETE ON search_stems BEGIN
        INSERT INTO search_stems_fts(search_stems_fts, rowid, title, lead, text, tags)
        VALUES ('delete', old.key, old.title, old.lead, old.text, old.tags);
    END""",
    """CREATE TRIGGER search_stems_au AFTER UPDATE ON search_stems BEGIN
        INSERT INTO search_stems_fts(search_stems_fts, rowid, title, lead, text, tags)
        VALUES ('delete', old.key, old.title, old.lead, old.text, old.tags);
        INSERT INTO search_stems_fts(rowid, title, lead, text, tags)
        VALUES (new.key, new.title, new.lead, new.text, new.tags);
    END""",
]
POSTGRES_DDL = [
    """ALTER TABLE search_stems ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', coalesce(lead, '')), 'B')
        || to_tsvector('simple', coalesce(text, ''))) STORED""",
    "CREATE INDEX ix_search_stems_tsv ON search_stems USING gin (tsv)",
]


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
    ddl = SQLITE_DDL if op.get_bind().dialect.name == "sqlite" else POSTGRES_DDL
    for statement in ddl:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("search_stems_ai", "search_stems_ad", "search_stems_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_stems_fts")
    op.drop_table("search_stems")
    op.drop_table("search_keys")
