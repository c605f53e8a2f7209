"""An index on ``revisions.run_id``; the single-column index on ``announcements.source_id`` goes.

``pressarchive.settle`` finds the revisions a crawl run wrote (``revisions.run_id = ?``) after
every crawl, and deleting a run sets its revisions' ``run_id`` to NULL: without an index both
read every revision of the archive. ``ix_announcements_source_id`` (0001) is the leading column
of 0011's ``ix_announcements_source_published`` (and ``…_source_first_seen``), which answer
every lookup by source as well; keeping it only cost writes and space.

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
    op.drop_index("ix_announcements_source_id", table_name="announcements")


def downgrade() -> None:
    op.create_index("ix_announcements_source_id", "announcements", ["source_id"])
    op.drop_index("ix_revisions_run_id", table_name="revisions")
