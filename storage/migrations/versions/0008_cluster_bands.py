"""LSH bands of the cluster signatures, in SQL (``storage/clusters.py``).

``cluster_bands`` has one row per announcement and LSH band: the band number and a 64-bit hash
of the band's MinHash values. Candidates for a new text are the announcements sharing a band
hash with it — an indexed lookup, so clustering what one crawl stored costs the same in an
archive of a thousand and of a million announcements (no in-memory index to rebuild).
Existing clusters are re-clustered on the next update (``cluster_members`` is emptied).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cluster_bands",
        sa.Column("band", sa.SmallInteger, nullable=False),
        sa.Column("hash", sa.BigInteger, nullable=False),
        sa.Column("id", sa.Integer, sa.ForeignKey("announcements.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_cluster_bands_band_hash", "cluster_bands", ["band", "hash"])
    op.create_index("ix_cluster_bands_id", "cluster_bands", ["id"])
    op.execute("DELETE FROM cluster_members")


def downgrade() -> None:
    op.drop_table("cluster_bands")
