"""Indexes for ``pressarchive health``: each source's publication dates and newest arrival.

The health rules read, per source, its distinct publication dates (the newest 60 for the cadence,
counts per month for the coverage audit) and when the archive last gained an announcement of it.
``ix_announcements_source_published`` (source, published date, withdrawn) answers the date
queries from the index alone, already in order; ``ix_announcements_source_first_seen`` makes the
newest arrival one index seek per source. Without them each ``health`` read every announcement
row (``storage/health/reading.py``; figures in ``docs/benchmarks.md``).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_announcements_source_published", "announcements", ["source_id", "published", "withdrawn_at"]
    )
    op.create_index("ix_announcements_source_first_seen", "announcements", ["source_id", "first_seen"])


def downgrade() -> None:
    op.drop_index("ix_announcements_source_first_seen", table_name="announcements")
    op.drop_index("ix_announcements_source_published", table_name="announcements")
