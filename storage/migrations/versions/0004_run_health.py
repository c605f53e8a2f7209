"""Run figures and source health: every run's health figures, and each source's current verdict.

``run_stats`` keeps one row per site and crawl run: the figures that tell a run's health
(requests by status, announcements new/updated/unchanged, pages by type, article links pointed
to vs fetched vs stored, field coverage, extraction-method and date-source shares, body-length
quantiles, newest publication date, robots/trap/timeout counts, duration) as JSON, the run's
self-check (``ok`` | ``degraded`` | ``failed`` with the reason in figures) and the health
verdict against the source's own history at the end of the run (``ok`` | ``stale`` | ``drift``
| ``failing``). ``source_health`` holds each source's last reported verdict, so notifications
go out on changes, not every night.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "run_stats",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("crawl_runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source_id", sa.String(100), sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("check_status", sa.String(20), nullable=False),
        sa.Column("check_reason", sa.Text),
        sa.Column("health", sa.String(20)),
        sa.Column("health_reason", sa.Text),
        sa.Column("figures", sa.JSON, nullable=False),
    )
    op.create_index("ix_run_stats_run_id", "run_stats", ["run_id"])
    op.create_index("ix_run_stats_source", "run_stats", ["source_id", "started_at"])
    op.create_table(
        "source_health",
        sa.Column("source_id", sa.String(100), sa.ForeignKey("sources.id"), primary_key=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("since", sa.DateTime, nullable=False),
        sa.Column("checked_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("source_health")
    op.drop_index("ix_run_stats_source", table_name="run_stats")
    op.drop_index("ix_run_stats_run_id", table_name="run_stats")
    op.drop_table("run_stats")
