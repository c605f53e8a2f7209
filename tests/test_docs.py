"""The docs cover everything a user can name (as datasette's and sqlite-utils' tests check theirs).

Each kind of name has one home, and the test of that kind reads the code's own list, so a new
command, option, setting, profile key or schema field fails here until it is documented:

- commands: ``README.md`` (the tour) and ``docs/cli.md`` (the reference: one ``##`` heading per
  command, its ``--help`` generated below it by cog; every option named in its command's section);
- settings: ``docs/crawling.md``, section "Settings" (every project setting of ``crawler/settings.py``,
  and every setting the code reads is declared there);
- site-profile keys: ``docs/adding-a-site.md``, section "Profile keys" (every key the loader in
  ``crawler/sites/__init__.py`` accepts);
- schema fields: ``docs/schema.md`` (every field of ``crawler.items.Announcement`` and of its
  nested records; every column of every archive table in the table's own ``###`` section).
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import typing

import click
import pytest

from pressarchive.cli import cli
from storage.models import Base
from tests.cli_walk import visible_commands
from tests.conftest import REPO

DOCS = REPO / "docs"


def section(markdown: str, heading: str) -> str:
    """The text under ``heading`` (a whole heading line, e.g. ``## Settings``) up to the next
    heading of the same or a higher level; empty when the heading is missing."""
    level = len(heading) - len(heading.lstrip("#"))
    lines = markdown.splitlines()
    try:
        start = lines.index(heading)
    except ValueError:
        return ""
    body = []
    for line in lines[start + 1 :]:
        hashes = len(line) - len(line.lstrip("#"))
        if 0 < hashes <= level and line[hashes : hashes + 1] == " ":
            break
        body.append(line)
    return "\n".join(body)


def code_names(text: str) -> set[str]:
    """Every ``name`` written as inline code, plus the words of ``{a, b}`` record shapes."""
    names = set(re.findall(r"`([^`\n]+)`", text))
    for shape in re.findall(r"`\{([^}`]+)\}`", text):
        names.update(part.strip() for part in shape.split(","))
    return names


# -- commands and options ------------------------------------------------------------------


def commands() -> dict[str, click.Command]:
    return visible_commands()


def option_names(command: click.Command) -> list[str]:
    """The visible options of a command, each by its longest spelling (``--max-pages``)."""
    return [
        max(param.opts + param.secondary_opts, key=len)
        for param in command.params
        if isinstance(param, click.Option) and not param.hidden
    ]


def test_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in commands() if f"pressarchive {name}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_every_command_and_option_is_in_the_cli_reference():
    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = []
    for name, command in {"": cli, **commands()}.items():  # "": the group's own options
        heading = f"pressarchive {name}".rstrip()
        text = section(reference, f"## {heading}")
        if not text:
            missing.append(heading)
            continue
        missing += [f"{heading} {opt}" for opt in option_names(command) if opt not in text]
    assert not missing, f"not documented in docs/cli.md: {missing}"


def test_every_option_has_a_help_text_and_every_argument_is_explained():
    """``--help`` explains every visible option (its ``help=``) and every argument: click
    arguments take no ``help=``, so the command's own text names each (``QUERY is …``)."""
    missing = []
    for name, command in {"": cli, **commands()}.items():  # "": the group's own options
        heading = f"pressarchive {name}".rstrip()
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden and not (param.help or "").strip():
                missing.append(f"{heading} {max(param.opts, key=len)}: no help=")
            elif isinstance(param, click.Argument):
                word = re.sub(r"[^A-Z_]", "", param.metavar or (param.name or "").upper())
                if word not in (command.help or ""):
                    missing.append(f"{heading} {word}: not named in the command's help text")
    assert not missing, f"--help does not explain: {missing}"


def test_cli_reference_matches_the_help_output():
    """docs/cli.md's ``--help`` blocks are generated (``python -m cogapp -r docs/cli.md``):
    a stale one fails."""
    result = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", "--verbosity=0", "docs/cli.md"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    stale = "docs/cli.md is stale: run `python -m cogapp -r docs/cli.md`\n"
    assert result.returncode == 0, stale + result.stdout + result.stderr


# -- settings ------------------------------------------------------------------------------


def project_settings() -> set[str]:
    """The settings of ``crawler/settings.py`` that Scrapy does not define itself."""
    from scrapy.settings import default_settings

    from crawler import settings

    return {name for name in vars(settings) if name.isupper() and not hasattr(default_settings, name)}


def settings_read_by_the_code() -> set[str]:
    """Every name passed to ``settings.get*("NAME")`` in the project's packages."""
    pattern = re.compile(r"settings\.get\w*\(\s*\"([A-Z][A-Z0-9_]+)\"")
    names: set[str] = set()
    for package in ("crawler", "pressarchive", "schedules", "storage"):
        for path in (REPO / package).rglob("*.py"):
            if "hosts" not in path.parts:
                names.update(pattern.findall(path.read_text(encoding="utf-8")))
    return names


def test_every_setting_the_code_reads_is_declared_in_settings_py():
    from scrapy.settings import default_settings

    undeclared = sorted(
        name
        for name in settings_read_by_the_code()
        if not hasattr(default_settings, name) and name not in project_settings()
    )
    assert not undeclared, f"read by the code but not declared in crawler/settings.py: {undeclared}"


def test_every_project_setting_is_in_the_crawling_docs():
    documented = code_names(section((DOCS / "crawling.md").read_text(encoding="utf-8"), "## Settings"))
    missing = sorted(project_settings() - documented)
    assert not missing, f"settings not documented in docs/crawling.md (## Settings): {missing}"


# -- site profiles -------------------------------------------------------------------------


def test_every_profile_key_is_in_adding_a_site():
    from crawler import sites

    keys = {*sites.SITE_KEYS, *sites.FAMILY_KEYS, *sites.URL_KEYS, *sites.SELECTOR_KEYS}
    text = section((DOCS / "adding-a-site.md").read_text(encoding="utf-8"), "## Profile keys")
    missing = sorted(keys - code_names(text))
    assert not missing, f"profile keys not documented in docs/adding-a-site.md (## Profile keys): {missing}"


def test_every_shipped_site_profile_loads():
    from crawler.sites import SITES_DIR, load_sites, site_profile_paths

    shipped = {path.stem for path in site_profile_paths(SITES_DIR)}
    assert shipped <= set(load_sites(SITES_DIR))


# -- schema --------------------------------------------------------------------------------


def record_fields(cls: type) -> set[str]:
    """The fields of a record dataclass and of the dataclasses nested in it."""
    names: set[str] = set()
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        names.add(f.name)
        for arg in (hints[f.name], *typing.get_args(hints[f.name])):
            for inner in (arg, *typing.get_args(arg)):
                if dataclasses.is_dataclass(inner) and isinstance(inner, type):
                    names |= record_fields(inner)
    return names


def test_every_announcement_field_is_in_the_schema_docs():
    from crawler.items import Announcement

    text = section((DOCS / "schema.md").read_text(encoding="utf-8"), "## Announcement fields")
    missing = sorted(record_fields(Announcement) - code_names(text))
    assert not missing, f"Announcement fields not documented in docs/schema.md: {missing}"


@pytest.mark.parametrize("table", sorted(Base.metadata.tables))
def test_every_archive_column_is_in_the_schema_docs(table: str):
    text = section((DOCS / "schema.md").read_text(encoding="utf-8"), f"### `{table}`")
    assert text, f"docs/schema.md has no section ### `{table}`"
    columns = {c.name for c in Base.metadata.tables[table].columns}
    missing = sorted(columns - code_names(text))
    assert not missing, f"columns of {table} not documented in docs/schema.md: {missing}"
