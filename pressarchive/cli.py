"""The ``pressarchive`` command line: crawl, search, export, schedule, demo.

Command names and options are a contract (scripts rely on them). Each command lives in a module
of its own under ``pressarchive/commands/`` and is imported only when it runs (or when ``--help``
lists it): ``pressarchive health`` or ``extract`` over a few files should not pay for Scrapy,
Datasette or Procrastinate. Library errors become one line at the edge
(``pressarchive.options``), never a traceback.
"""

from __future__ import annotations

import importlib
import os

import click

# name → "module:attribute" of the click command (sorted as ``--help`` lists them)
COMMANDS: dict[str, str] = {
    "clusters": "pressarchive.commands.analysis:clusters",
    "crawl": "pressarchive.commands.crawl:crawl",
    "demo": "pressarchive.commands.demo:demo",
    "enqueue": "pressarchive.commands.queue:enqueue",
    "export": "pressarchive.commands.export:export",
    "extract": "pressarchive.commands.extract:extract_command",
    "facets": "pressarchive.commands.analysis:facets",
    "health": "pressarchive.commands.health:health",
    "queue": "pressarchive.commands.queue:queue_command",
    "reparse": "pressarchive.commands.reparse:reparse",
    "report": "pressarchive.commands.report:report",
    "runs": "pressarchive.commands.runs:runs",
    "schedule": "pressarchive.commands.schedule:schedule",
    "scheduler": "pressarchive.commands.schedule:scheduler",
    "search": "pressarchive.commands.analysis:search",
    "serve": "pressarchive.commands.serve:serve",
    "show": "pressarchive.commands.show:show",
    "sites": "pressarchive.commands.sites:sites",
    "warcs": "pressarchive.commands.warcs:warcs",
    "worker": "pressarchive.commands.queue:worker",
}


class LazyGroup(click.Group):
    """A group whose commands are imported by name when needed (click's documented pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(package_name="pressarchive")
@click.option(
    "--sites-dir",
    "sites_dirs",
    multiple=True,
    type=click.Path(file_okay=False, exists=True),
    help="Also read site profiles from this directory (repeatable; beside the packaged ones and "
    "the user's, where `sites add` writes).",
)
def cli(sites_dirs: tuple[str, ...]) -> None:
    """Crawl German political and regional press releases into a searchable archive.

    \b
    Start offline:   pressarchive demo
    Nightly crawls:  pressarchive scheduler
    Look around:     pressarchive search Sozialkonferenz
    """
    if sites_dirs:  # an environment variable, so the crawls' child processes search them too
        from crawler.sites import EXTRA_SITES_ENV

        known = [d for d in os.environ.get(EXTRA_SITES_ENV, "").split(os.pathsep) if d]
        os.environ[EXTRA_SITES_ENV] = os.pathsep.join([*known, *sites_dirs])


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
