"""Absolute WARC paths of older archives made relative to the WARC root (issue 12, point 3).

Before the WARC root, a crawl stored where it wrote each file as an absolute path
(``pages.warc_path``, ``crawl_runs.warc_path``), valid on that machine only. A path under the
root becomes relative to it (``<site>/<file>.warc.gz``), so ``reparse`` finds the file on any
machine that mounts the root, wherever it is mounted; a path outside the root stays as it is
(it is still read where it points) and is reported, by directory, so the operator can move
those files under the root and run this again.

Which root is the caller's: migration 0016 applies the default one it can know (the
``PRESSARCHIVE_WARC_DIR`` of the process running it, else ``warc/`` beside a SQLite archive);
``pressarchive warcs relocate --root DIR`` any other (``crawl -s WARC_DIR=…`` of old runs).
Both compare text prefixes in SQL, one statement per table, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, column, func, or_, table, update
from sqlalchemy.sql import ColumnElement

TABLES = ("pages", "crawl_runs")


@dataclass
class Relocation:
    """What :func:`relocate` changed (or would change) and what it left."""

    root: str
    relative: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))  # table → rows
    outside: dict[str, int] = field(default_factory=dict)  # directory → rows left absolute

    @property
    def changed(self) -> int:
        return sum(self.relative.values())


def prefixes(root: Path) -> list[str]:
    """The texts an absolute path under ``root`` starts with: as given and with its symbolic
    links resolved (a crawl stored the resolved root), each with the trailing ``/``."""
    given = root.expanduser().absolute()
    found = {str(given).rstrip("/") + "/", str(given.resolve()).rstrip("/") + "/"}
    return sorted(found, key=len, reverse=True)


def _under(path: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    return func.substr(path, 1, len(prefix)) == prefix


def relocate(engine: Engine, root: Path, *, dry_run: bool = False) -> Relocation:
    """Make every absolute WARC path under ``root`` relative to it, in one transaction; count
    the absolute ones left (outside it) by directory. ``dry_run``: count, change nothing."""
    result = Relocation(str(root.expanduser().absolute()))
    starts = prefixes(root)
    with engine.begin() as conn:
        for name in TABLES:
            tbl = table(name, column("warc_path"))
            path = tbl.c.warc_path
            if dry_run:
                under = or_(*(_under(path, prefix) for prefix in starts))
                result.relative[name] = conn.execute(func.count().select().where(under)).scalar_one()
            else:
                for prefix in starts:  # the longest first: a path is rewritten once
                    relative = func.substr(path, len(prefix) + 1)
                    done = conn.execute(update(tbl).where(_under(path, prefix)).values(warc_path=relative))
                    result.relative[name] += done.rowcount
            rows = conn.execute(
                tbl.select().with_only_columns(path, func.count()).where(path.like("/%")).group_by(path)
            ).all()
            for stored, n in rows:
                if not any(stored.startswith(prefix) for prefix in starts):  # a dry run's are still there
                    directory = posixpath.dirname(stored)
                    result.outside[directory] = result.outside.get(directory, 0) + n
    return result
