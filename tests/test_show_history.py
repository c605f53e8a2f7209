"""``pressarchive show``: every field of one announcement, and its history as dated diffs."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from crawler.items import Announcement, Contact, Event, Person
from pressarchive.cli import cli
from storage.archive import Archive

V1 = "Der Kreistag berät am Montag über den Haushalt.\n\nDie SPD-Fraktion fordert mehr Geld für Schulen."
V2 = (
    "Der Kreistag berät am Dienstag über den Haushalt.\n\n"
    "Die SPD-Fraktion fordert mehr Geld für Schulen.\n\n"
    "Infos: fraktion@example.de"
)


def _item(text: str, published: str, content_hash: str) -> Announcement:
    return Announcement(
        url="https://www.spd-beispiel.de/meldungen/haushalt/",
        title="Haushalt: SPD fordert Schulgeld",
        published=published,
        text=text,
        lead="Die Fraktion legt Anträge vor.",
        kind="event",
        event=Event(start="2024-03-12T18:00", venue="Kreishaus Kleve"),
        people=[Person("Anna Beispiel", "Fraktionsvorsitzende", "SPD-Kreistagsfraktion")],
        parties=["SPD"],
        contacts=[Contact(name="Anna Beispiel", email="fraktion@example.de")],
        content_hash=content_hash,
        source="spd_beispiel",
        party="SPD",
    )


@pytest.fixture
def archive_db(tmp_path):
    db = str(tmp_path / "archive.sqlite")
    archive = Archive(db)
    archive.ensure_source(
        SimpleNamespace(
            id="spd_beispiel",
            name="SPD Beispiel",
            organisation="SPD-Kreistagsfraktion Beispiel",
            party="SPD",
            region="Kreis Beispiel",
            level="Kreistagsfraktion",
            family="generic",
        )
    )
    first = archive.store(_item(V1, "2024-03-01", "a" * 64))
    second = archive.store(_item(V2, "2024-03-02", "b" * 64))
    assert (first.outcome, second.outcome) == ("new", "updated")
    archive.close()
    return db, first.announcement_id


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_show_prints_every_field(archive_db):
    db, ann_id = archive_db
    result = invoke("show", str(ann_id), "--db", db)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith(f"#{ann_id}  Haushalt: SPD fordert Schulgeld")
    for needle in (
        "published:       2024-03-02",
        "lead:            Die Fraktion legt Anträge vor.",
        "kind:            event",
        "event:           start=2024-03-12T18:00, venue=Kreishaus Kleve",
        "name=Anna Beispiel, role=Fraktionsvorsitzende, organisation=SPD-Kreistagsfraktion",
        "email=fraktion@example.de",
        "source:          spd_beispiel",
        "revisions:       2",
        "Infos: fraktion@example.de",
    ):
        assert needle in out, needle
    assert "History" not in out


def test_history_lists_revisions_with_dates_and_unified_diffs(archive_db):
    db, ann_id = archive_db
    out = invoke("show", str(ann_id), "--history", "--db", db).output
    assert "History: 2 revision(s)" in out
    assert "── revision 1 · " in out
    assert "(first version)" in out
    assert "── revision 2 · " in out
    assert "changed fields: published, content_hash" in out
    diff = out[out.index("--- revision 1") :]
    assert "+++ revision 2" in diff
    assert "-Der Kreistag berät am Montag über den Haushalt." in diff
    assert "+Der Kreistag berät am Dienstag über den Haushalt." in diff
    assert "+Infos: fraktion@example.de" in diff
    assert " Die SPD-Fraktion fordert mehr Geld für Schulen." in diff


def test_json_format_carries_fields_and_history(archive_db):
    db, ann_id = archive_db
    record = json.loads(invoke("show", str(ann_id), "--history", "--format", "json", "--db", db).output)
    assert record["id"] == ann_id
    assert record["text"] == V2
    assert record["event"]["venue"] == "Kreishaus Kleve"
    assert record["archive"]["revisions"] == 2
    assert [r["number"] for r in record["revisions"]] == [1, 2]
    assert record["revisions"][0]["text"] == V1
    assert record["revisions"][0]["diff"] == ""
    assert "+Infos: fraktion@example.de" in record["revisions"][1]["diff"]
    assert record["revisions"][1]["seen_at"]


def test_unknown_id_is_a_clear_error(archive_db):
    db, _ = archive_db
    result = invoke("show", "999", "--db", db)
    assert result.exit_code == 1
    assert "no announcement with id 999" in result.output


def test_help_lists_show_and_reparse():
    out = invoke("--help").output
    assert "show" in out
    assert "reparse" in out
    assert "--history" in invoke("show", "--help").output
