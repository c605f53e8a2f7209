"""Cluster signatures of the second kind: shingles hashed with numpy from per-word hashes.

``storage.clusters`` now hashes a text's word 5-grams from per-word BLAKE2 hashes in one numpy
step instead of one SHA-1 per shingle (about ten times faster), which gives other MinHash
values: signatures of the two kinds cannot be compared. This migration clears the stored
clustering (``cluster_members``, ``cluster_bands``); the next ``clusters.update`` (every
crawl, ``clusters``, ``search --collapse``, ``serve``) clusters the archive anew.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM cluster_bands")
    op.execute("DELETE FROM cluster_members")


def downgrade() -> None:
    op.execute("DELETE FROM cluster_bands")
    op.execute("DELETE FROM cluster_members")
