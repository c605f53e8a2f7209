"""The analysts' archive as it is written: the search index follows every write and the migration
indexes an existing archive; stored markup printed verbatim; exports (JSONL, CSV for Excel,
Parquet); PostgreSQL and SQLite agree (the local server, see pg_url in conftest)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date

import pyarrow.parquet as pq
import pytest

from crawler.items import Contact, Event, Person
from storage import Archive, parquet_export
from storage import export as exp
from tests.analyst_archives import KLEVE, Profile, item, jsonl, run, two_source_archive
from tests.conftest import run_cli


@pytest.fixture
def archive(tmp_path):
    a = two_source_archive(str(tmp_path / "a.sqlite"))
    yield a
    a.close()


# -- the index follows every write; the migration indexes an existing archive -------------------------


def test_updates_and_the_rebuild_keep_the_index_right(archive, tmp_path):
    archive.store(item("https://k.example/1", "Haushalt 2020", "Die Kreisumlage sinkt."))
    assert [h.title for h in archive.search("Kreisumlagen")] == ["Haushalt 2020"]
    archive.store(
        item("https://k.example/1", "Haushalt 2020", "Die Kreisumlage steigt.", published="2021-03-04")
    )
    assert archive.search("sinkt") == []
    assert [h.published for h in archive.search("steigt")] == ["2021-03-04"]
    assert archive.search("Haushalt", until=date(2020, 12, 31)) == []
    # an archive made before migration 0005: its index is built from the announcements
    from sqlalchemy import text

    from storage import search_index

    with archive.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_stems"))
        conn.execute(text("DELETE FROM search_keys"))
    assert archive.search("steigt") == []
    with archive.engine.begin() as conn:
        assert search_index.rebuild(conn) == 1
    assert [h.title for h in archive.search("steigt")] == ["Haushalt 2020"]
    con = sqlite3.connect(tmp_path / "a.sqlite")
    assert (
        con.execute("INSERT INTO search_stems_fts(search_stems_fts) VALUES ('integrity-check')").fetchall()
        == []
    )
    con.close()


def test_upgrading_past_0013_reindexes_an_archive_with_the_compound_heads(tmp_path):
    """An archive whose index predates the heads (revision 0012) finds compounds after the upgrade:
    migration 0013 empties the index (frozen DDL), the upgrade re-indexes with live code."""
    from alembic import command
    from sqlalchemy import text

    from storage.db import alembic_config

    db = tmp_path / "old.sqlite"
    old = Archive(str(db))  # opening migrates to head; the downgrade puts back 0005's index
    old.ensure_source(Profile)
    old.store(item("https://k.example/7", "Sanierung", "Die Kreisstraße 12 bei Goch wird saniert."))
    old.store(item("https://k.example/8", "Verkehr", "Auf der Straße nach Kleve staut es sich."))
    cfg = alembic_config(old.engine)
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
        assert "parts" not in {c[1] for c in conn.exec_driver_sql("PRAGMA table_info(search_stems)")}
        assert conn.execute(text("SELECT count(*) FROM search_keys")).scalar() == 0  # derived: emptied
    old.close()
    archive = Archive(str(db))  # upgrades to head, then re-indexes (search_index.ensure_indexed)
    try:
        assert {h.title for h in archive.search("Straße")} == {"Sanierung", "Verkehr"}
        assert [h.title for h in archive.search('"Straße 12"')] == []  # phrases: the text's own words
        assert [h.title for h in archive.search('"Kreisstraße 12"')] == ["Sanierung"]
        assert [h.title for h in archive.search("Kreisstraße")] == ["Sanierung"]
        with archive.engine.connect() as conn:
            heads = conn.execute(text("SELECT parts FROM search_stems WHERE parts <> ''")).scalars().all()
        assert heads == ["strass"]
    finally:
        archive.close()


def test_filters_by_the_source_profile_and_event(archive):
    archive.store(
        item(
            "https://k.example/1",
            "Sprechstunde",
            "Bürgersprechstunde am Montag.",
            event=Event(start="2020-01-06T16:00"),
        )
    )
    archive.store(
        item("https://g.example/1", "Sprechstunde in Goch", "Bürgersprechstunde in Goch.", source="goch")
    )
    assert {h.source for h in archive.search("Sprechstunde", level="Ortsverein")} == {"goch"}
    assert {h.source for h in archive.search("Sprechstunde", organisation="spd-kreistagsfraktion kleve")} == {
        "kleve"
    }
    assert {h.source for h in archive.search("Sprechstunde", has_event=True)} == {"kleve"}
    assert {h.source for h in archive.search("Sprechstunde", has_event=False)} == {"goch"}
    assert archive.search("Sprechstunde", party="CDU") == []
    assert len(archive.search("Sprechstunde", region="Kreis Kleve")) == 2


def test_stored_markup_is_printed_verbatim(archive, tmp_path):
    """Titles with rich markup (forum exports) never crash the table and come out as stored."""
    title = "Haushalt [/b] beschlossen [bold red]Achtung[/] [link=x]"
    archive.store(item("https://k.example/m", title, "Der Haushalt [/i] wurde [b]beschlossen[/b]."))
    db = str(tmp_path / "a.sqlite")
    for command in (["search", "Haushalt"], ["clusters", "Haushalt"], ["facets", "Haushalt"]):
        result = run_cli(*command, "--db", db, env={"COLUMNS": "400"})
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    out = run_cli("search", "Haushalt", "--db", db, env={"COLUMNS": "400"}).stdout
    flat = " ".join(out.split())
    assert "[/b] beschlossen [bold red]Achtung[/]" in flat
    assert "Haushalt" in flat.split("│")[-2] or "Haushalt [/i]" in flat  # the matched word is in the snippet


# -- exports ------------------------------------------------------------------------------------------
def test_exports_take_the_query_and_filters(seed_archive, tmp_path):
    db = str(seed_archive)
    wanted = {h["id"] for h in jsonl("search", "Integrationszentren", "--db", db, "--limit", "100")}
    out = run("export", "--db", db, "--format", "jsonl", "-q", "Integrationszentren")
    assert {json.loads(x)["id"] for x in out.splitlines()} == wanted
    target = tmp_path / "kleve.parquet"
    run(
        "export",
        "--db",
        db,
        "--format",
        "parquet",
        "-o",
        str(target),
        "--party",
        "SPD",
        "--since",
        "2015-01-01",
    )
    table = pq.read_table(target)
    assert set(table.column("source").to_pylist()) == {KLEVE}
    assert all(d >= date(2015, 1, 1) for d in table.column("published").to_pylist())
    assert str(table.schema.field("published").type) == "date32[day]"
    assert str(table.schema.field("first_seen").type) == "timestamp[us]"
    assert table.column_names == exp.CSV_COLUMNS
    assert run("export", "--db", db, "--format", "csv", "--changed-since", "2999-01-01").splitlines() == [
        ",".join(exp.CSV_COLUMNS)
    ]


def test_csv_for_excel_and_against_formula_injection(archive, tmp_path):
    archive.store(item("https://k.example/f", '=HYPERLINK("http://evil")', "+49 201 2069-0 @Kreis -1"))
    db = str(tmp_path / "a.sqlite")
    target = tmp_path / "excel.csv"
    run("export", "--db", db, "--format", "csv", "--bom", "--delimiter", ";", "-o", str(target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0]["title"] == '\'=HYPERLINK("http://evil")'
    assert rows[0]["text"] == "'+49 201 2069-0 @Kreis -1"


def test_parquet_is_written_in_row_groups(archive, tmp_path, monkeypatch):
    for i in range(25):
        archive.store(item(f"https://k.example/{i}", f"Meldung {i}", f"Text Nummer {i}."))
    monkeypatch.setattr(parquet_export, "ROW_GROUP_ROWS", 10)
    target = tmp_path / "x.parquet"
    assert exp.write_parquet(archive, str(target)) == 25
    meta = pq.ParquetFile(target).metadata
    assert meta.num_rows == 25
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [10, 10, 5]


# -- PostgreSQL: the same semantics (the local server, see pg_url in conftest) ----------------------
@pytest.fixture
def pg_archive(pg_url):
    """An archive in a fresh schema of this test run's PostgreSQL database (conftest)."""
    archive = two_source_archive(pg_url)
    yield archive
    archive.close()


def test_postgresql_and_sqlite_agree(pg_archive, archive):
    docs = [
        item(
            "https://k.example/1",
            "Integrationszentrum im Kreistag",
            "Das Kommunale Integrationszentrum an der Straße.",
        ),
        item(
            "https://k.example/2",
            "Integrationszentren",
            "Die Grünen fordern Integrationszentren an der Ruhr.",
            published="2016-05-01",
            source="goch",
        ),
        item("https://k.example/3", "Haushalt", "Kreisumlage und Haushalt 2017.", published="2017-01-01"),
        item("https://k.example/4", "Sanierung", "Die Kreisstraße 12 wird saniert.", published="2018-02-01",
             people=[Person(name="Anna Beispiel", role="Vorsitzende"), Person(name="Ben Muster")],
             contacts=[Contact(name="Presse", email="presse@k.example")], parties=["SPD", "CDU"]),
    ]  # fmt: skip
    for a in (pg_archive, archive):
        for d in docs:
            a.store(d)
    for query in ["Integrationszentren", "Strasse", "Gruenen", "-Ruhr", '"kommunale integrationszentrum"',
                  "Integration*", "Haushalt OR Ruhr", '"Straße 12"', '"Kreisstraße 12"', ""]:  # fmt: skip
        for filters in ({}, {"party": "SPD"}, {"source": "goch"}, {"since": "2016-01-01"}):
            assert [h.url for h in pg_archive.search(query, **filters)] == [
                h.url for h in archive.search(query, **filters)
            ], (query, filters)
        assert pg_archive.facets(query) == archive.facets(query)
    assert {h.url for h in archive.search("Straße")} == {"https://k.example/4", "https://k.example/1"}
    assert archive.search('"Straße 12"') == []
    a_csv, b_csv = io.StringIO(), io.StringIO()
    exp.write_csv(pg_archive, a_csv, "Integrationszentren OR Kreisstraße")
    exp.write_csv(archive, b_csv, "Integrationszentren OR Kreisstraße")
    columns = ("url", "title", "published", "party", "people", "contacts", "parties")
    strip = [tuple(r[c] for c in columns) for r in csv.DictReader(io.StringIO(a_csv.getvalue()))]
    assert strip == [tuple(r[c] for c in columns) for r in csv.DictReader(io.StringIO(b_csv.getvalue()))]
    assert strip[-1][4:] == ("Anna Beispiel, Vorsitzende; Ben Muster", "Presse, presse@k.example", "SPD; CDU")
