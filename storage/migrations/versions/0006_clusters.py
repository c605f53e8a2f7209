"""Syndication clusters: each announcement's MinHash signature and cluster (``storage/clusters.py``).

``cluster_members`` has one row per announcement the clustering has seen: the content hash it
saw (a changed text is clustered again), the hash of its normalised text (exact copies), its
MinHash signature (128 × uint32), its cluster (the id of one member) and the cluster's origin
(the earliest published member).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cluster_members",
        sa.Column("id", sa.Integer, sa.ForeignKey("announcements.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("text_hash", sa.String(40), nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("cluster_id", sa.Integer, nullable=False),
        sa.Column("origin_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_cluster_members_cluster", "cluster_members", ["cluster_id"])
    op.create_index("ix_cluster_members_text_hash", "cluster_members", ["text_hash"])


def downgrade() -> None:
    op.drop_table("cluster_members")
