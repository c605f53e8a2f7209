"""What the analysts' commands share: free words as a query, the filters, the analyst archive.

``search``, ``facets``, ``clusters``, ``report`` and ``export`` take the same query language
(``storage.query``) and the same filters (``storage.search.Filters``). Everything printed from
the archive goes through rich ``Text`` objects or ``escape``, never as markup, so a title with
``[/b]`` in it is printed as it is. Library and I/O errors become one line and a non-zero exit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from storage.api import Archive as ApiArchive

from pressarchive.options import as_date, open_archive

KINDS = ("press_release", "event")


class QueryCommand(click.Command):
    """A command whose free words form a query: a word starting with ``-`` that is not one of
    the command's options (``-Ruhr``) is a NOT term, not an unknown option."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        takes_value: dict[str, bool] = {}
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                for name in (*param.opts, *param.secondary_opts):
                    takes_value[name] = not param.is_flag and not param.count
        front: list[str] = []
        words: list[str] = []
        it = iter(args)
        for arg in it:
            if arg == "--":
                words.extend(it)
                break
            name = arg.split("=", 1)[0]
            if arg.startswith("-") and name in takes_value:
                front.append(arg)
                if takes_value[name] and "=" not in arg:
                    value = next(it, None)
                    if value is not None:
                        front.append(value)
            elif arg.startswith("--") and len(arg) > 2:
                front.append(arg)  # an unknown long option: click says so
            else:
                words.append(arg)
        return super().parse_args(ctx, [*front, "--", *words] if words else front)


def filter_options(func: Callable) -> Callable:
    """The filters every analyst command takes (same meaning as ``storage.search.Filters``)."""
    options = [
        click.option("--site", "sites", multiple=True, help="Only this source id (repeatable)."),
        click.option("--organisation", multiple=True, help="Only this organisation (repeatable)."),
        click.option("--party", multiple=True, help="Only sources of this party, e.g. SPD (repeatable)."),
        click.option("--region", multiple=True, help="Only sources in this region (repeatable)."),
        click.option("--level", multiple=True, help="Only sources of this level (repeatable)."),
        click.option("--kind", type=click.Choice(KINDS), multiple=True, help="press_release or event."),
        click.option("--language", multiple=True, help="ISO 639-1 code, e.g. de (repeatable)."),
        click.option(
            "--has-event/--no-event", "has_event", default=None, help="Only with (or without) an event date."
        ),
        click.option(
            "--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after (YYYY-MM-DD)."
        ),
        click.option(
            "--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before (YYYY-MM-DD)."
        ),
        click.option(
            "--collapse", is_flag=True, help="One announcement per syndication cluster (its origin)."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_filters(kw: dict[str, Any]):
    from storage.search import Filters

    return Filters.make(
        source=kw.pop("sites"),
        organisation=kw.pop("organisation"),
        party=kw.pop("party"),
        region=kw.pop("region"),
        level=kw.pop("level"),
        kind=kw.pop("kind"),
        language=kw.pop("language"),
        has_event=kw.pop("has_event"),
        since=as_date(kw.pop("since")),
        until=as_date(kw.pop("until")),
        collapse=kw.pop("collapse"),
    )


def open_analyst_archive(db: str | None) -> ApiArchive:
    """The archive with the analyst API (``storage.Archive``); errors become one line."""
    from storage.api import Archive as ApiArchive

    archive = open_archive(db, ApiArchive)
    assert isinstance(archive, ApiArchive)
    return archive


def query_error(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


def check_target(output: str) -> None:
    path = Path(output)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise click.ClickException(f"cannot write {output}: directory {parent} does not exist")
    if not parent.is_dir():
        raise click.ClickException(f"cannot write {output}: {parent} is not a directory")
    if path.is_dir():
        raise click.ClickException(f"cannot write {output}: it is a directory")


def os_error(output: str, exc: OSError) -> click.ClickException:
    reason = exc.strerror or str(exc)
    return click.ClickException(f"cannot write {output}: {reason}")
