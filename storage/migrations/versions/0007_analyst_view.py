"""The analysts' view of announcements (``announcements_view``) for the web view and plain SQL.

One row per announcement with its search key, publication month, source, party, region, level
and kind: Datasette facets on it, searches it in German through ``search_stems_fts``
(``fts_pk`` = ``key``) and sorts it by date.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VIEW = """CREATE VIEW announcements_view AS
SELECT k.key AS key, a.id AS id, a.published AS published, substr(CAST(a.published AS TEXT), 1, 7) AS month,
       a.source_id AS source, s.party AS party, s.region AS region, s.level AS level, a.kind AS kind,
       a.language AS language, a.title AS title, a.url AS url, a.event_start AS event_start,
       a.lead AS lead
FROM search_keys k JOIN announcements a ON a.id = k.id LEFT JOIN sources s ON s.id = a.source_id"""


def upgrade() -> None:
    op.execute(VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS announcements_view")
