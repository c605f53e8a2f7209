"""``pressarchive show ID``: one announcement with every field, and optionally its history."""

from __future__ import annotations

import json

import click

from pressarchive.options import db_option, open_archive


@click.command()
@click.argument("announcement_id", type=int, metavar="ID")
@click.option("--history", is_flag=True, help="Every revision with its date and the diff to the one before.")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: the fields as labelled lines (with --history the diffs); json: one indented "
    "object of every field (with --history its revisions).",
)
def show(announcement_id: int, history: bool, db: str | None, fmt: str) -> None:
    """Show one announcement with all its fields.

    ID is the announcement's id, as `pressarchive search` lists it.

    \b
    Examples:
      pressarchive show 42
      pressarchive show 42 --history
      pressarchive show 42 --format json
    """
    from storage.show import NotFound, announcement_record, render_text

    archive = open_archive(db)
    try:
        record = announcement_record(archive, announcement_id, history=history)
    except NotFound as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        archive.close()
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(record))
