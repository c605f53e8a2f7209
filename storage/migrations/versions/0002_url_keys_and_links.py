"""Deduplication key for announcements; outlinks and sitemap lastmod per page.

``announcements.url_key`` identifies an announcement however it was reached (http/https, www,
trailing slash, AMP/print variants). ``pages.links`` keeps a page's outlinks so an unchanged
listing (HTTP 304) still tells which announcements it lists; ``pages.lastmod`` is the newest
modification date a sitemap or feed announced for the URL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crawler.urls import url_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("announcements") as batch:
        batch.add_column(sa.Column("url_key", sa.String(2000)))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, url FROM announcements")).all()
    for row_id, url in rows:
        conn.execute(
            sa.text("UPDATE announcements SET url_key = :k WHERE id = :i"), {"k": url_key(url), "i": row_id}
        )
    op.create_index("ix_announcements_url_key", "announcements", ["url_key"], unique=True)
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("links", sa.JSON))
        batch.add_column(sa.Column("lastmod", sa.String(40)))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("lastmod")
        batch.drop_column("links")
    op.drop_index("ix_announcements_url_key", "announcements")
    with op.batch_alter_table("announcements") as batch:
        batch.drop_column("url_key")
