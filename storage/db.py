"""Engine creation and schema upgrades for the archive database.

The archive is SQLite by default (one file, WAL mode so analysts can read while a crawl writes),
but everything goes through SQLAlchemy URLs so PostgreSQL can follow. The schema is only ever
created by Alembic migrations, never by ``metadata.create_all``: a database made today must be
upgradable tomorrow.

Opening an archive that is already current reads one row (``alembic_version``) and compares it
with ``HEAD_REVISION``; Alembic itself (and its script directory, which imports every migration
file) is loaded only when there is something to upgrade. A quick command such as
``pressarchive health`` thereby starts without Alembic; ``tests/test_storage_archive.py`` checks
that ``HEAD_REVISION`` is the head of ``storage/migrations/versions``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_DB = "archive.sqlite"
ENV_VAR = "PRESSARCHIVE_DB"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 60_000
# The newest migration in ``migrations/versions`` (a new migration updates it; a test checks).
HEAD_REVISION = "0016"


class DatabaseError(ValueError):
    """The database URL or file cannot be used."""


def resolve_url(db: str | None = None) -> str:
    """Turn ``--db`` / ``PRESSARCHIVE_DB`` / the default into a SQLAlchemy URL.

    A value containing ``://`` is taken as a URL; anything else is a file path for SQLite.
    """
    value = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in value:
        try:
            make_url(value).get_dialect()
        except (ArgumentError, NoSuchModuleError) as exc:
            raise DatabaseError(f"not a valid database URL: {value!r} ({exc})") from exc
        return value
    path = Path(value).expanduser().resolve()
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file")
    if not path.parent.exists():
        raise DatabaseError(f"directory {path.parent} does not exist (for database {value!r})")
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(db: str | None = None) -> Engine:
    """An engine for the archive with WAL, foreign keys and a generous busy timeout on SQLite."""
    url = resolve_url(db)
    try:
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"cannot use database {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolates %: a URL with %-escapes (a password, libpq options) needs %%
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is current)."""
    if is_current(engine):
        return
    from alembic import command

    from storage.search_index import ensure_indexed

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        # Derived data a migration emptied (the search index) is rebuilt by live code, here.
        ensure_indexed(conn)


def is_current(engine: Engine) -> bool:
    """Whether the schema is at ``HEAD_REVISION`` (without loading Alembic)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        revisions = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    return revisions == [HEAD_REVISION]
