"""WARC paths stored absolute by older versions become relative to the default WARC root.

A crawl stores its WARC files' paths relative to the WARC root, so any machine mounting the
root finds them; archives written before that hold absolute paths (``pages.warc_path``,
``crawl_runs.warc_path``). This rewrites those under the root the migration can know: the
``PRESSARCHIVE_WARC_DIR`` of the process running it, else ``warc/`` beside a SQLite archive
file. On PostgreSQL without the variable there is no such root (``./warc`` is the worker's
current directory), and nothing changes here: ``pressarchive warcs relocate --root DIR``
does it for any root, and lists the paths outside it. Paths outside the root stay absolute
(they are still read where they point). The comparison is a text prefix, as given and with
symbolic links resolved; frozen here, not imported from ``storage.warc_paths``.

The downgrade leaves the paths relative: the versions before this one read them as well.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _root() -> Path | None:
    configured = os.environ.get("PRESSARCHIVE_WARC_DIR")
    if configured:
        return Path(configured).expanduser().absolute()
    url = op.get_bind().engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).absolute().parent / "warc"
    return None


def upgrade() -> None:
    root = _root()
    if root is None:
        return
    found = {str(root).rstrip("/") + "/", str(root.resolve()).rstrip("/") + "/"}
    prefixes = sorted(found, key=len, reverse=True)  # the longest first: a path is rewritten once
    for name in ("pages", "crawl_runs"):
        table = sa.table(name, sa.column("warc_path", sa.String))
        path = table.c.warc_path
        for prefix in prefixes:
            op.execute(
                sa.update(table)
                .where(sa.func.substr(path, 1, len(prefix)) == prefix)
                .values(warc_path=sa.func.substr(path, len(prefix) + 1))
            )


def downgrade() -> None:
    pass
