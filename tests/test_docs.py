"""The README documents every CLI command (as datasette's tests check its docs)."""

from __future__ import annotations

import click

from pressarchive.cli import cli
from tests.conftest import REPO


def command_names(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        if command.hidden:
            continue
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            names.extend(command_names(command, full + " "))
            if not command.invoke_without_command:
                continue
        names.append(full)
    return names


def test_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in command_names(cli) if f"pressarchive {name}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_every_site_profile_is_listed_by_sites():
    from crawler.sites import load_sites

    assert {"rvr", "spd_kreistagsfraktion_kleve"} <= set(load_sites())
