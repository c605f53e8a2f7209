"""The CLI contract: the command names, every command answering ``--help`` with examples that
parse, and clear one-line errors for bad input."""

from __future__ import annotations

import json
import re
import shlex

import click
import pytest
from click.testing import CliRunner

from pressarchive.cli import COMMANDS, cli


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def examples(command: click.Command) -> list[list[str]]:
    """The command lines after ``Example:``/``Examples:`` in a command's help, as arguments (a
    shell redirection ends the line)."""
    text = command.help or ""
    marker = re.search(r"\bExamples?:", text)
    lines = re.findall(r"pressarchive ([^\n]+)", text[marker.end() :]) if marker else []
    return [shlex.split(re.split(r"\s[>|]\s", line)[0]) for line in lines]


def parse(args: list[str]) -> click.Command:
    """Parse a command line as ``pressarchive`` would, without running it: the group, then each
    subcommand's options and arguments (types and choices checked). Returns the command reached."""
    ctx = cli.make_context("pressarchive", list(args))
    command: click.Command = cli
    while isinstance(command, click.Group):
        # click keeps the subcommand's name apart (``_protected_args`` since 8.2, before that public)
        protected = ctx._protected_args if hasattr(ctx, "_protected_args") else ctx.protected_args
        rest = [*protected, *ctx.args]
        if not rest:
            break
        _, sub, remaining = command.resolve_command(ctx, rest)
        assert sub is not None
        ctx = sub.make_context(sub.name or "", remaining, parent=ctx)
        command = sub
    return command


# Scripts and schedules call these names: removing or renaming one is a change of the contract.
CONTRACT = {
    "clusters", "crawl", "demo", "enqueue", "export", "extract", "facets", "health", "queue", "reparse",
    "report", "runs", "schedule", "scheduler", "search", "serve", "show", "sites", "warcs", "worker",
}  # fmt: skip


def test_the_registered_commands_are_the_contract():
    assert set(COMMANDS) == CONTRACT


def test_help_lists_exactly_the_registered_commands():
    output = invoke("--help").output
    listed = re.findall(r"^  (\S+)  ", output.split("Commands:", 1)[1], flags=re.M)
    assert sorted(listed) == sorted(COMMANDS)


def commands_under(name: str) -> dict[str, click.Command]:
    """The command registered as ``name`` and its visible subcommands (``sites``, ``sites add``)."""
    ctx = click.Context(cli)
    command = cli.get_command(ctx, name)
    assert command is not None, f"COMMANDS names {name!r}, which does not load"
    found = {name: command}
    if isinstance(command, click.Group):
        for sub in command.list_commands(ctx):
            child = command.get_command(ctx, sub)
            if child is not None and not child.hidden:
                found[f"{name} {sub}"] = child
    return found


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_answers_help(name: str):
    for full in commands_under(name):
        result = CliRunner().invoke(cli, [*full.split(), "--help"], prog_name="pressarchive")
        assert result.exit_code == 0, result.output
        assert result.output.startswith(f"Usage: pressarchive {full} "), result.output.splitlines()[0]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_documents_examples_that_parse(name: str):
    for full, command in commands_under(name).items():
        if isinstance(command, click.Group) and not command.invoke_without_command:
            continue  # a group that only holds subcommands (``schedule``)
        lines = examples(command)
        assert lines, f"pressarchive {full}: no Example in its help"
        for args in lines:
            assert " ".join(args[: len(full.split())]) == full, args  # an example of this command
            assert parse(args) is command, args


def test_sites_lists_the_shipped_profiles():
    lines = [json.loads(line) for line in invoke("sites", "--json").output.splitlines()]
    by_id = {p["id"]: p for p in lines}
    assert by_id["spd_kreistagsfraktion_kleve"]["party"] == "SPD"
    assert by_id["spd_kreistagsfraktion_kleve"]["family"] == "websozi"
    assert by_id["rvr"]["family"] == "typo3_ttnews"
    assert any(
        "archiv-spd-kreistagsfraktion-kleve.de" in u
        for u in by_id["spd_kreistagsfraktion_kleve"]["start_urls"]
    )


def test_unknown_site_is_a_clear_error(tmp_path):
    result = invoke("crawl", "no_such_site", "--db", str(tmp_path / "a.sqlite"))
    assert result.exit_code == 1
    assert "unknown site 'no_such_site'" in result.output
    assert "Traceback" not in result.output


def test_crawl_without_sites_is_a_usage_error():
    result = invoke("crawl")
    assert result.exit_code == 2
    assert "name at least one site" in result.output


def test_bad_db_url_is_a_clear_error():
    result = invoke("search", "x", "--db", "nosuchdialect://foo")
    assert result.exit_code == 1
    assert "not a valid database URL" in result.output


def test_db_in_missing_directory_is_a_clear_error():
    result = invoke("export", "--format", "jsonl", "--db", "/no/such/dir/a.sqlite")
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_bad_url_is_a_clear_error(tmp_path):
    result = invoke("crawl", "--url", "ftp://example.org/", "--db", str(tmp_path / "a.sqlite"))
    assert result.exit_code == 1
    assert "not an http(s) URL" in result.output


def test_schedule_list_shows_next_runs():
    result = invoke("schedule", "list")
    assert result.exit_code == 0
    assert "nightly" in result.output
    assert "Europe/Berlin" in result.output
    assert "spd_kreistagsfraktion_kleve" in result.output


def test_unreachable_host_fails_the_run_with_a_reason(tmp_path):
    from tests.conftest import run_cli

    db = tmp_path / "a.sqlite"
    result = run_cli(
        "crawl", "--url", "http://127.0.0.1:9/meldungen/", "--db", str(db), "-q", "-s", "RETRY_TIMES=0"
    )
    assert result.returncode == 1
    assert "no page could be fetched" in result.stdout
    assert "connection-refused" in result.stderr
    assert "Traceback" not in result.stderr
