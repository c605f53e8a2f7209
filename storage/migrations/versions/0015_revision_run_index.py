"""Indexes on ``revisions.run_id`` and ``announcements (source_id, content_hash)``; the
single-column index on ``announcements.source_id`` goes.

``pressarchive.settle`` finds the revisions a crawl run wrote (``revisions.run_id = ?``) after
every crawl, and deleting a run sets its revisions' ``run_id`` to NULL: without an index both
read every revision of the archive. ``ix_announcements_source_id`` (0001) is the leading column
of 0011's ``ix_announcements_source_published`` (and ``…_source_first_seen``), which answer
every lookup by source as well; keeping it only cost writes and space.

``(source_id, content_hash)``: storing an announcement looks for the same text under another URL
of its source (``storage.archive._BY_TEXT``). Without statistics SQLite answers that through an
index led by ``source_id`` alone and reads every announcement of the source: a crawl's stores grew
with the size of the source (a 10,000-page crawl at half its earlier speed).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_revisions_run_id", "revisions", ["run_id"])
    op.create_index("ix_announcements_source_hash", "announcements", ["source_id", "content_hash"])
    op.drop_index("ix_announcements_source_id", table_name="announcements")


def downgrade() -> None:
    op.create_index("ix_announcements_source_id", "announcements", ["source_id"])
    op.drop_index("ix_announcements_source_hash", table_name="announcements")
    op.drop_index("ix_revisions_run_id", table_name="revisions")
