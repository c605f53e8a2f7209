"""PostgreSQL types: JSONB for every JSON column, 64-bit WARC offsets.

On PostgreSQL the JSON columns (``sources.boilerplate``, ``run_stats.figures``,
``announcements.data``, ``revisions.data``, ``pages.context``/``links``/``tokens``) become
``jsonb`` (binary, comparable, GIN-indexable), and ``pages.warc_offset`` becomes ``bigint`` (a
WARC file may grow beyond 2 GiB). SQLite stores JSON as text and integers in 64 bits, so there
this migration changes nothing.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

JSON_COLUMNS = [
    ("sources", "boilerplate"),
    ("run_stats", "figures"),
    ("announcements", "data"),
    ("revisions", "data"),
    ("pages", "context"),
    ("pages", "links"),
    ("pages", "tokens"),
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in JSON_COLUMNS:
        op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE jsonb USING {column}::jsonb")
    op.execute("ALTER TABLE pages ALTER COLUMN warc_offset TYPE bigint")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE pages ALTER COLUMN warc_offset TYPE integer")
    for table, column in JSON_COLUMNS:
        op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE json USING {column}::json")
