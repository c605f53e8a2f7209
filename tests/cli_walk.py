"""Every visible command of the ``pressarchive`` group, for the tests and docs that must cover
them all (``tests/test_cli.py``, ``tests/test_docs.py``, the generated part of ``docs/cli.md``)."""

from __future__ import annotations

import click

from pressarchive.cli import COMMANDS, cli


def visible_commands() -> dict[str, click.Command]:
    """Every visible command by its full name (``sites add``), in ``--help`` order, read from
    ``COMMANDS`` (the lazy group's registry, so a command is found before anything imports it).
    A group counts itself only when it runs without a subcommand (``sites`` lists, ``schedule``
    does not)."""
    ctx = click.Context(cli)
    found: dict[str, click.Command] = {}

    def walk(name: str, command: click.Command) -> None:
        if command.hidden:
            return
        if not isinstance(command, click.Group) or command.invoke_without_command:
            found[name] = command
        if isinstance(command, click.Group):
            for sub in command.list_commands(ctx):
                child = command.get_command(ctx, sub)
                if child is None:
                    raise LookupError(f"{name} lists {sub!r}, which does not load")
                walk(f"{name} {sub}", child)

    for name in sorted(COMMANDS):
        command = cli.get_command(ctx, name)
        if command is None:
            raise LookupError(f"COMMANDS names {name!r}, which does not load")
        walk(name, command)
    return found
