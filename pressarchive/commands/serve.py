"""``pressarchive serve``: the archive in the browser (Datasette, read-only) with German search."""

from __future__ import annotations

from pathlib import Path

import click
from rich.text import Text

from pressarchive.commands.queries import (
    open_analyst_archive,
)
from pressarchive.options import db_option, err_console


# -- serve ----------------------------------------------------------------------------------------
@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback).")
@click.option(
    "--port",
    default=8001,
    show_default=True,
    type=click.IntRange(min=0, max=65535),
    help="Port to listen on.",
)
def serve(db: str | None, host: str, port: int) -> None:
    """Open the archive in the browser (Datasette, read-only): German search, facets, charts.

    Upgrades the schema and brings the syndication clusters up to date first, then serves the
    file read-only on 127.0.0.1 unless --host says otherwise.

    \b
    Examples:
      pressarchive serve
      pressarchive serve --db /srv/press/archive.sqlite --port 8080
    """
    from sqlalchemy.engine import make_url

    from storage.clusters import update

    archive = open_analyst_archive(db)
    try:
        if archive.engine.dialect.name != "sqlite":
            raise click.ClickException("serve needs a SQLite archive (Datasette reads SQLite files)")
        update(archive)
        path = make_url(str(archive.engine.url)).database
    finally:
        archive.close()
    if not path:
        raise click.ClickException("serve needs a SQLite archive file (not an in-memory database)")
    try:
        import uvicorn

        from storage.web import make_datasette
    except ImportError as exc:
        raise click.ClickException(f"serve needs Datasette: {exc}") from exc
    ds = make_datasette(path)
    name = Path(path).stem
    err_console.print(Text(f"serving {path} read-only on http://{host}:{port}/{name}/announcements_view"))
    try:
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
