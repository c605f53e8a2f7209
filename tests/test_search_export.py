"""Analysts' view of a crawled archive: search finds the seed announcements, exports carry the schema."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
from click.testing import CliRunner

from pressarchive.cli import cli


def run(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_search_finds_both_seed_announcements(seed_archive):
    hits = [
        json.loads(x)
        for x in run("search", "Sozialkonferenz", "--db", str(seed_archive), "--format", "jsonl").splitlines()
    ]
    seed = [
        h
        for h in hits
        if h["title"] == "Sozialkonferenz Ruhr diskutiert über Perspektiven der Integrationsregion Ruhr"
    ]
    assert seed
    assert seed[0]["published"] == "2019-11-20"
    assert seed[0]["source"] == "rvr"
    hits = [
        json.loads(x)
        for x in run(
            "search", "Integrationszentren", "--db", str(seed_archive), "--format", "jsonl"
        ).splitlines()
    ]
    kleve = [h for h in hits if h["title"].startswith("NRW-Staatssekretär informiert am 2. Juli")]
    assert kleve
    assert kleve[0]["published"] == "2015-06-23"
    filtered = run(
        "search", "Integrationszentren", "--db", str(seed_archive), "--site", "rvr", "--format", "jsonl"
    )
    assert "NRW-Staatssekretär" not in filtered


def test_jsonl_export_has_the_schema_and_the_kleve_event(seed_archive):
    out = run(
        "export", "--db", str(seed_archive), "--format", "jsonl", "--site", "spd_kreistagsfraktion_kleve"
    )
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert records
    assert all(r["source"] == "spd_kreistagsfraktion_kleve" for r in records)
    for key in (
        "url",
        "source",
        "title",
        "published",
        "text",
        "lead",
        "event",
        "people",
        "contacts",
        "content_hash",
    ):
        assert key in records[0]
    seed = next(r for r in records if r["title"].startswith("NRW-Staatssekretär informiert am 2. Juli"))
    assert seed["event"]["start"] == "2015-07-02T18:00"
    assert seed["event"]["end"] == "2015-07-02T20:00"
    assert "Stadthalle Kleve" in seed["event"]["venue"]
    assert seed["party"] == "SPD"
    assert seed["level"] == "Kreistagsfraktion"


def test_csv_and_parquet_exports_filter_by_date(seed_archive, tmp_path):
    out = run("export", "--db", str(seed_archive), "--format", "csv", "--since", "2019-01-01")
    rows = [r for r in csv.DictReader(io.StringIO(out[out.index("id,") :])) if r["id"].isdigit()]
    assert rows
    assert all(r["published"] >= "2019-01-01" for r in rows)
    target = tmp_path / "a.parquet"
    run("export", "--db", str(seed_archive), "--format", "parquet", "--output", str(target))
    table = pq.read_table(target)
    assert table.num_rows > len(rows)
    assert "event_start" in table.column_names


def test_export_to_dash_writes_stdout_not_a_file_named_dash(seed_archive, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["export", "--db", str(seed_archive), "--format", "csv", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("id,url,")
    assert not (tmp_path / "-").exists()
