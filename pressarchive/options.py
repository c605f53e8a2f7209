"""What every command shares: the consoles, the ``--db`` option and opening the archive.

Library errors become ``click.ClickException`` at this edge, so a bad database URL prints one
clear line instead of a traceback. Nothing here imports the crawler or SQLAlchemy at import
time: each command pays only for what it uses (``pressarchive health`` starts in a fraction of
a second, ``extract`` never loads the archive).
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from typing import TYPE_CHECKING

import click
from rich.console import Console

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from storage.archive import Archive

# Wide enough for the run tables when output goes to a file or pipe (rich assumes 80 columns there).
console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else 160)

db_option = click.option(
    "--db",
    envvar="PRESSARCHIVE_DB",
    default=None,
    help="Archive database: a SQLAlchemy URL or a SQLite file path "
    "[env PRESSARCHIVE_DB; default ./archive.sqlite].",
)


def resolve_db(db: str | None) -> str:
    """The archive's SQLAlchemy URL for ``--db`` (a path, a URL or nothing)."""
    from storage.db import DatabaseError, resolve_url

    try:
        return resolve_url(db)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc


def open_archive(db: str | None, archive_class: type[Archive] | None = None) -> Archive:
    """The archive (created or upgraded on first use), as ``archive_class`` (default
    ``storage.archive.Archive``; the analysts' commands take ``storage.api.Archive``); a failure
    is one line."""
    from sqlalchemy.exc import SQLAlchemyError

    from storage.archive import Archive
    from storage.db import DatabaseError

    url = resolve_db(db)
    try:
        return (archive_class or Archive)(url)
    except (DatabaseError, SQLAlchemyError) as exc:
        raise click.ClickException(f"cannot open archive {url}: {one_line(exc)}") from exc


def open_engine(db: str | None) -> Engine:
    """An engine on the archive (created or upgraded on first use), for commands that only read
    through SQLAlchemy Core: without ``storage.archive`` and the ORM models it pulls in; a
    failure is one line."""
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import DatabaseError, make_engine, upgrade

    url = resolve_db(db)
    try:
        engine = make_engine(url)
        upgrade(engine)
    except (DatabaseError, SQLAlchemyError) as exc:
        raise click.ClickException(f"cannot open archive {url}: {one_line(exc)}") from exc
    return engine


def one_line(exc: BaseException) -> str:
    """An error as one line: the database driver's own message (not SQLAlchemy's statement dump
    and "Background on this error" link), whitespace runs collapsed."""
    message = str(getattr(exc, "orig", None) or exc)
    return " ".join(message.split("(Background on this error")[0].split())


def as_date(value: datetime | None) -> date | None:
    """A ``click.DateTime`` value as a date."""
    return value.date() if value else None
