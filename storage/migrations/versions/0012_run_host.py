"""``crawl_runs.host``: the machine a run's process runs on.

A run still ``running`` whose process is gone was killed, and the next crawl marks it aborted
(``Archive.mark_stale_runs_aborted``). A process id means something only on its own machine:
with crawl workers on several machines sharing one PostgreSQL archive, a worker must not take
another machine's live crawl for a dead one. Runs from before this revision have no host and
are judged as before.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("host", sa.String(255)))


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.drop_column("host")
