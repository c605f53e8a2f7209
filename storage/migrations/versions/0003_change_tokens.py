"""Change tokens per page: what listings, feeds and sitemaps last said about a URL.

A nightly re-crawl does not ask again for every known announcement. It asks when what the site
says about it changed: the sitemap's ``lastmod``, the feed item's date and teaser, the listing
entry's text. ``pages.tokens`` keeps the last value of each (``{"sitemap": …, "feed": …,
"listing": …}``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("tokens", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("tokens")
