"""The CLI contract: names, options, and clear one-line errors for bad input."""

from __future__ import annotations

import json

from click.testing import CliRunner

from pressarchive.cli import cli


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_help_lists_every_command():
    result = invoke("--help")
    for command in ("sites", "crawl", "search", "export", "demo", "scheduler", "schedule", "runs"):
        assert command in result.output


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
