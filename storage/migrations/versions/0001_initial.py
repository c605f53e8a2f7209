"""Initial schema: sources, crawl runs and errors, announcements, revisions, pages, FTS5 index.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

FTS_SQL = [
    # External-content FTS5 table over title, lead and body; unicode61 folds umlauts and ß
    # variants so "Grüne" also finds "Gruene" (remove_diacritics 2).
    """CREATE VIRTUAL TABLE announcements_fts USING fts5(
        title, lead, text, content='announcements', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER announcements_ai AFTER INSERT ON announcements BEGIN
        INSERT INTO announcements_fts(rowid, title, lead, text)
        VALUES (new.id, new.title, new.lead, new.text);
    END""",
    """CREATE TRIGGER announcements_ad AFTER DELETE ON announcements BEGIN
        INSERT INTO announcements_fts(announcements_fts, rowid, title, lead, text)
        VALUES ('delete', old.id, old.title, old.lead, old.text);
    END""",
    """CREATE TRIGGER announcements_au AFTER UPDATE OF title, lead, text ON announcements BEGIN
        INSERT INTO announcements_fts(announcements_fts, rowid, title, lead, text)
        VALUES ('delete', old.id, old.title, old.lead, old.text);
        INSERT INTO announcements_fts(rowid, title, lead, text)
        VALUES (new.id, new.title, new.lead, new.text);
    END""",
]


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("organisation", sa.String(300)),
        sa.Column("party", sa.String(100)),
        sa.Column("region", sa.String(200)),
        sa.Column("level", sa.String(100)),
        sa.Column("family", sa.String(100)),
        sa.Column("boilerplate", sa.JSON),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "crawl_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sites", sa.String(1000), nullable=False),
        sa.Column("trigger", sa.String(50), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("pid", sa.Integer),
        sa.Column("pages_fetched", sa.Integer, nullable=False),
        sa.Column("announcements_new", sa.Integer, nullable=False),
        sa.Column("announcements_updated", sa.Integer, nullable=False),
        sa.Column("announcements_unchanged", sa.Integer, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.Column("message", sa.Text),
        sa.Column("warc_path", sa.String(1000)),
    )
    op.create_table(
        "crawl_errors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("crawl_runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("url", sa.String(2000)),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("detail", sa.Text),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_crawl_errors_run_id", "crawl_errors", ["run_id"])
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_id", sa.String(100), sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("url", sa.String(2000), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("modified", sa.Date),
        sa.Column("lead", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("language", sa.String(10)),
        sa.Column("event_start", sa.String(20)),
        sa.Column("event_end", sa.String(20)),
        sa.Column("event_venue", sa.Text),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("simhash", sa.String(16)),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("last_seen", sa.DateTime, nullable=False),
        sa.Column("last_changed", sa.DateTime, nullable=False),
        sa.Column("withdrawn_at", sa.DateTime),
    )
    op.create_index("ix_announcements_source_id", "announcements", ["source_id"])
    op.create_index("ix_announcements_published", "announcements", ["published"])
    op.create_index("ix_announcements_content_hash", "announcements", ["content_hash"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "announcement_id",
            sa.Integer,
            sa.ForeignKey("announcements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("seen_at", sa.DateTime, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("crawl_runs.id", ondelete="SET NULL")),
        sa.UniqueConstraint("announcement_id", "number"),
    )
    op.create_table(
        "pages",
        sa.Column("url", sa.String(2000), primary_key=True),
        sa.Column("source_id", sa.String(100), sa.ForeignKey("sources.id")),
        sa.Column("kind", sa.String(30)),
        sa.Column("status", sa.Integer),
        sa.Column("etag", sa.String(500)),
        sa.Column("last_modified", sa.String(100)),
        sa.Column("body_hash", sa.String(64)),
        sa.Column("context", sa.JSON),
        sa.Column("warc_path", sa.String(1000)),
        sa.Column("warc_offset", sa.Integer),
        sa.Column("gone_count", sa.Integer, nullable=False),
        sa.Column("last_fetched", sa.DateTime),
    )
    op.create_index("ix_pages_source", "pages", ["source_id"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_SQL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("announcements_ai", "announcements_ad", "announcements_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS announcements_fts")
    for table in ("pages", "revisions", "announcements", "crawl_errors", "crawl_runs", "sources"):
        op.drop_table(table)
