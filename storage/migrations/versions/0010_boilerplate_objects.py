"""``sources.boilerplate`` holds a JSON object, not a JSON string holding one.

Until now the boilerplate learner's state was serialised to a string and that string stored in
a JSON column, so the column held JSON encoded twice and its declared type (an object) was
untrue. This decodes the stored strings in place; downgrading encodes them again.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The table as of this revision (frozen here: never the live models).
sources = sa.table("sources", sa.column("id", sa.String), sa.column("boilerplate", sa.JSON))


def _convert(change) -> None:  # type: ignore[no-untyped-def]
    bind = op.get_bind()
    rows = bind.execute(sa.select(sources.c.id, sources.c.boilerplate)).all()
    for source_id, value in rows:
        new = change(value)
        if new is not value:
            bind.execute(sa.update(sources).where(sources.c.id == source_id).values(boilerplate=new))


def upgrade() -> None:
    _convert(lambda value: json.loads(value) if isinstance(value, str) and value else value)


def downgrade() -> None:
    _convert(lambda value: json.dumps(value, sort_keys=True) if isinstance(value, dict) else value)
