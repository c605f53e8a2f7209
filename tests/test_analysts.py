"""The analysts' German search on real SQLite: the acceptance queries from the CLI, the Python API
and plain SQL; facets; the query language and stems; bad input at the CLI edge (one line, no
traceback). Writes, exports and PostgreSQL are ``test_analysts_writes.py``, clusters, reports and
the notebook API ``test_analysts_clusters.py``."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from storage import Archive, QueryError
from storage.german import stem
from storage.query import parse
from storage.search import Filters
from tests.analyst_archives import KLEVE, KLEVE_INTEGRATION, jsonl, run, texts_with
from tests.conftest import run_cli


# -- German search: the acceptance queries, from the CLI, the API and plain SQLite --------------------
def test_german_search_on_the_demo_archive_cli(seed_archive):
    db = str(seed_archive)
    kleve = {h["title"] for h in jsonl("search", "Integrationszentren", "--db", db)}
    assert kleve >= KLEVE_INTEGRATION
    # Strasse = Straße, and the compounds CharSplit finds it the head of (Kreisstraßen, Schulstraße;
    # not the street name Kaßstraße, whose modifier the n-gram model does not know), no others
    found = jsonl("search", "Strasse", "--db", db, "--limit", "100")
    strasse = {h["id"] for h in found}
    assert texts_with(seed_archive, r"\bstra(ß|ss)en?\b") < strasse
    assert strasse == texts_with(seed_archive, r"\b(|kreis|schul|hart|kronprinzen)stra(ß|ss)en?\b")
    marked = {m.lower() for h in found for m in re.findall(r"\[(\w+)\]", h["snippet"])}
    assert "kreisstraßen" in marked
    assert marked <= {w for w in marked if re.fullmatch(r"\w*stra(ß|ss)en?", w)}
    gruenen = [h["id"] for h in jsonl("search", "Gruenen", "--db", db, "--limit", "100")]
    assert gruenen == [h["id"] for h in jsonl("search", "Grünen", "--db", db, "--limit", "100")]
    assert set(gruenen) >= texts_with(seed_archive, r"\bgrünen\b")
    # a NOT query typed as a shell user would: `pressarchive search Kreistag -Ruhr`
    with_ruhr = texts_with(seed_archive, r"\bruhr\b")
    kreistag = {h["id"] for h in jsonl("search", "Kreistag", "--db", db, "--limit", "100")}
    not_ruhr = {h["id"] for h in jsonl("search", "Kreistag", "-Ruhr", "--db", db, "--limit", "100")}
    assert not_ruhr == kreistag - with_ruhr
    assert not_ruhr
    assert kreistag & with_ruhr
    only_not = {h["id"] for h in jsonl("search", "-Ruhr", "--db", db, "--limit", "1000")}
    all_ids = set(range(1, 10_000)) & {h["id"] for h in jsonl("search", "--db", db, "--limit", "1000")}
    assert only_not == all_ids - with_ruhr
    # a phrase: the words in this order (any form), not just both words somewhere
    phrase = {h["id"] for h in jsonl("search", '"Kreis Kleve"', "--db", db, "--limit", "100")}
    assert phrase == texts_with(seed_archive, r"\bkreis(es)?\s+kleve\b")
    both = {h["id"] for h in jsonl("search", "Kleve", "Kreis", "--db", db, "--limit", "100")}
    assert phrase < both


def test_german_search_through_the_python_api(seed_archive):
    archive = Archive(str(seed_archive))
    try:
        hits = archive.search("Integrationszentren", party="SPD")
        assert {h.title for h in hits} >= KLEVE_INTEGRATION
        assert archive.search("Integrationszentren", source="rvr") == [] or all(
            h.source == "rvr" for h in archive.search("Integrationszentren", source="rvr")
        )
        for hit in hits:  # snippets are the original words with the match marked
            assert re.search(r"\[Integrationszentr\w*\]", hit.snippet), hit.snippet
            start, end = hit.highlights[0]
            assert hit.plain_snippet[start:end].startswith("Integrationszentr")
        assert [h.id for h in archive.search("Gruenen", limit=50)] == [
            h.id for h in archive.search("Grünen", limit=50)
        ]
        assert archive.count("Strasse") == archive.count("Straße") > 0
        newest = archive.search("Kreistag", limit=50)
        assert [h.published for h in newest] == sorted((h.published for h in newest), reverse=True)
        ranked = archive.search("Kreistag", order="rank", limit=50)
        assert {h.id for h in ranked} == {h.id for h in newest}
        assert ranked[0].score <= ranked[-1].score  # bm25: lower is better
        dated = archive.search("Kreistag", since="2019-01-01", until="2019-12-31", limit=50)
        assert dated
        assert all("2019-01-01" <= h.published <= "2019-12-31" for h in dated)
        events = archive.search("", kind="event", limit=100)
        assert events
        assert all(h.kind == "event" for h in events)
        with pytest.raises(QueryError, match="unclosed quote"):
            archive.search('"Kreis Kleve')
    finally:
        archive.close()


def test_facets_count_what_sql_counts(seed_archive):
    archive = Archive(str(seed_archive))
    con = sqlite3.connect(seed_archive)
    try:
        all_counts = archive.facets()
        by_source = dict(con.execute("SELECT source_id, count(*) FROM announcements GROUP BY 1").fetchall())
        assert dict(all_counts["source"]) == by_source
        assert dict(all_counts["kind"]) == dict(
            con.execute("SELECT kind, count(*) FROM announcements GROUP BY 1")
        )
        months = dict(
            con.execute(
                "SELECT coalesce(substr(published, 1, 7), 'undated'), count(*) FROM announcements GROUP BY 1"
            ).fetchall()
        )
        assert dict(all_counts["month"]) == months
        ids = {h.id for h in archive.search("Kreistag", limit=1000)}
        counted = archive.facets("Kreistag")
        assert sum(n for _, n in counted["source"]) == len(ids) == archive.count("Kreistag")
        assert dict(counted["party"]).get("SPD") == len(
            [
                i
                for i in ids
                if con.execute("SELECT source_id FROM announcements WHERE id=?", [i]).fetchone()[0] == KLEVE
            ]
        )
        out = json.loads(run("facets", "Kreistag", "--db", str(seed_archive), "--format", "json"))
        assert out["source"] == dict(counted["source"])
    finally:
        con.close()
        archive.close()


def test_the_stem_index_is_plain_sqlite(seed_archive):
    """Any sqlite3 client (no extension, no custom tokenizer) can query the German index."""
    con = sqlite3.connect(seed_archive)
    try:
        rows = con.execute(
            "SELECT rowid & 4294967295 FROM search_stems_fts WHERE search_stems_fts MATCH ?",
            [stem("Integrationszentren")],
        ).fetchall()
        titles = {con.execute("SELECT title FROM announcements WHERE id = ?", r).fetchone()[0] for r in rows}
        assert titles >= KLEVE_INTEGRATION
        n = con.execute("SELECT count(*) FROM search_keys").fetchone()[0]
        assert n == con.execute("SELECT count(*) FROM announcements").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize(
    ("query", "fts5"),
    [
        ("Integrationszentren", '"integrationszentr"'),
        ("Integrationszentrum", '"integrationszentr"'),
        ("Kreistages", '"kreistag"'),
        ("Kreis* -Ruhr", '(("kreis"*) NOT "ruhr")'),
        ("NOT Ruhr", '("any_doc" NOT "ruhr")'),
        ('"Kreis Kleve" OR Goch', '(({title lead text} : "kreis klev") OR "goch")'),
        ("(Kita OR Schule) Kleve", '(("kit" OR "schul") AND "klev")'),
    ],
)
def test_query_translation(query, fts5):
    assert parse(query).fts5() == fts5


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("Integrationszentren", "Integrationszentrums"),
        ("Kreistag", "Kreistages"),
        ("Straße", "Strasse"),
        ("Grünen", "Gruenen"),
        ("Themen", "Thema"),
        ("Kitas", "Kita"),
        ("Museen", "Museum"),
    ],
)
def test_forms_of_a_word_share_a_stem(word, other):
    assert stem(word) == stem(other)


# -- bad input at the CLI edge: one line, non-zero exit, never a traceback ----------------------------
BAD = [
    ["search", '"Kreis Kleve'],
    ["search", "(Kreis"],
    ["search", "Kreis", "OR"],
    ["search", "Kreis", "--order", "best"],
    ["search", "Kreis", "--since", "2020-13-01"],
    ["facets", "--by", "weekday"],
    ["export", "--format", "csv", "-o", "/nonexistent-dir/x.csv"],
    ["export", "--format", "csv", "-o", "{regular_file}/x.csv"],
    ["export", "--format", "csv", "-o", "/proc/version"],
    ["export", "--format", "jsonl", "-o", "/dev/full"],
    ["export", "--format", "parquet", "-o", "/nonexistent-dir/x.parquet"],
    ["export", "--format", "parquet"],
    ["export", "--format", "csv", "-q", "(Kreis"],
    ["report", "-o", "/nonexistent-dir/r.html"],
    ["report", "-o", "{tmp}/r.pdf"],
]


@pytest.mark.parametrize("args", BAD, ids=[" ".join(a) for a in BAD])
def test_bad_input_is_one_line_and_no_traceback(seed_archive, tmp_path, args):
    regular = tmp_path / "file.txt"
    regular.write_text("x")
    args = [a.format(regular_file=regular, tmp=tmp_path) for a in args]
    result = run_cli(*args, "--db", str(seed_archive))
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr + result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1, result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_filters_make_rejects_unknown_kind():
    with pytest.raises(QueryError):
        Filters.make(kind="tweet")
