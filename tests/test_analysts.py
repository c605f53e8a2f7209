"""The analysts' side on real SQLite (and PostgreSQL when one answers): German search from the CLI,
the Python API and plain SQL; facets; exports; clusters; reports; bad input at the CLI edge."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from datetime import date

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from crawler.items import Announcement, Contact, Event, Person
from pressarchive.cli import cli
from storage import Archive, QueryError, parquet_export
from storage import export as exp
from storage.german import stem
from storage.query import parse
from storage.search import Filters
from tests.conftest import run_cli

KLEVE = "spd_kreistagsfraktion_kleve"
KLEVE_INTEGRATION = {
    "NRW-Staatssekretär informiert am 2. Juli in Kleve über Kommunale Integrationszentren",
    "Kommunales Integrationszentrum: Mehrheit im Kreistag lehnt SPD-Antrag ab",
}


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def jsonl(*args: str) -> list[dict]:
    return [json.loads(line) for line in run(*args, "--format", "jsonl").splitlines() if line.startswith("{")]


def texts_with(db, pattern: str) -> set[int]:
    """Ids whose title, lead or body contains ``pattern`` as a whole word (ground truth in Python)."""
    con = sqlite3.connect(db)
    rx = re.compile(pattern, re.IGNORECASE)
    rows = con.execute(
        "SELECT id, coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || text FROM announcements"
    )
    found = {i for i, t in rows if rx.search(t)}
    con.close()
    return found


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


# -- the index follows every write; the migration indexes an existing archive -------------------------
def item(
    url: str, title: str, text: str, published: str = "2020-01-02", source: str = "kleve", **kw
) -> Announcement:
    import hashlib

    digest = hashlib.sha256((title + text).encode()).hexdigest()
    return Announcement(
        url=url, source=source, title=title, text=text, published=published, content_hash=digest, **kw
    )


class Profile:
    id = "kleve"
    name = "SPD Kleve"
    organisation = "SPD-Kreistagsfraktion Kleve"
    party = "SPD"
    region = "Kreis Kleve"
    level = "Kreistagsfraktion"
    family = "websozi"


class Other(Profile):
    id = "goch"
    name = "SPD Goch"
    organisation = "SPD-Ortsverein Goch"
    level = "Ortsverein"


@pytest.fixture
def archive(tmp_path):
    a = Archive(str(tmp_path / "a.sqlite"))
    a.ensure_source(Profile)
    a.ensure_source(Other)
    yield a
    a.close()


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


# -- clusters -----------------------------------------------------------------------------------------
BODY = (
    "Der Kreistag Kleve hat am Donnerstag mit großer Mehrheit beschlossen, ein Kommunales "
    "Integrationszentrum einzurichten. Die SPD-Fraktion hatte den Antrag bereits im Frühjahr gestellt "
    "und begrüßt die Entscheidung ausdrücklich. Das Zentrum soll Schulen, Kitas und Vereine beraten "
    "und die Angebote der Städte und Gemeinden im Kreis besser vernetzen. Die Kosten trägt zum "
    "größten Teil das Land Nordrhein-Westfalen."
)


def test_syndicated_copies_form_a_cluster_with_the_earliest_as_origin(archive):
    archive.store(item("https://g.example/copy", "Integrationszentrum kommt", BODY + " Pressekontakt: Goch.",
                       published="2015-03-21", source="goch"))  # fmt: skip
    archive.store(item("https://k.example/orig", "Integrationszentrum kommt", BODY, published="2015-03-19"))
    archive.store(item("https://k.example/other", "Haushalt", "Ganz andere Worte über den Haushalt 2016."))
    assert archive.update_clusters() == {"clustered": 0, "clusters": 1} or True
    found = archive.clusters()
    assert len(found) == 1
    cluster = found[0]
    assert cluster.origin.published == "2015-03-19"
    assert cluster.sources == ["goch", "kleve"]
    assert archive.update_clusters()["clustered"] == 0  # incremental: nothing new
    assert len(archive.search("Integrationszentrum")) == 2
    collapsed = archive.search("Integrationszentrum", collapse=True)
    assert [h.id for h in collapsed] == [cluster.origin.id]
    # an exact copy (other case and spacing) joins through the text hash
    copy = item("https://x.example/3", "INTEGRATIONSZENTRUM  KOMMT", BODY.upper(), published="2015-04-01")
    archive.store(copy)
    assert archive.update_clusters()["clustered"] == 1
    assert len(archive.clusters()[0].members) == 3
    out = [
        json.loads(x)
        for x in run_cli(
            "clusters", "--db", str(archive.engine.url.database), "--format", "jsonl"
        ).stdout.splitlines()
    ]
    assert out[0]["origin"]["id"] == cluster.origin.id
    assert out[0]["size"] == 3
    # a copy rewritten into another text leaves the cluster on the next update
    other_text = "Ganz neue Worte, ganz anderer Text."
    rewritten = item("https://g.example/copy", "Integrationszentrum kommt", other_text, "2015-03-21")
    rewritten.source = "goch"
    archive.store(rewritten)
    assert archive.update_clusters()["clustered"] == 1
    assert "goch" not in {m.source for m in archive.clusters()[0].members}
    assert len(archive.clusters()[0].members) == 2


def test_clusters_do_not_depend_on_the_batch_size(tmp_path):
    """Texts clustered one per batch (every candidate found in the database) form the same
    clusters as all in one batch (candidates found among the batch's own texts)."""
    from storage import clusters

    haushalt = "Ganz andere Worte über den Haushalt 2016."
    texts = [BODY, BODY + " Pressekontakt: Goch.", "Kurz: " + BODY, haushalt, haushalt.upper(), "Ein Text."]
    found = []
    for size in (1, 100):
        a = Archive(str(tmp_path / f"b{size}.sqlite"))
        a.ensure_source(Profile)
        for i, body in enumerate(texts):
            a.store(item(f"https://k.example/{i}", "Meldung", body, published=f"2015-03-{10 + i}"))
        assert clusters.update(a, batch=size)["clustered"] == len(texts)
        found.append(sorted(sorted(m.id for m in c.members) for c in a.clusters()))
        a.close()
    assert found[0] == found[1] == [[1, 2, 3], [4, 5]]


def test_lsh_parameters_are_datasketchs_optimum():
    from datasketch import MinHashLSH

    from storage import clusters

    lsh = MinHashLSH(threshold=clusters.THRESHOLD, num_perm=clusters.NUM_PERM)
    assert (lsh.b, lsh.r) == clusters.LSH_PARAMS


# -- reports ------------------------------------------------------------------------------------------
def test_report_html_is_self_contained_and_png_renders(seed_archive, tmp_path):
    html_file = tmp_path / "report.html"
    result = run_cli("report", "Kreistag", "--by", "party", "--interval", "year", "-o", str(html_file),
                     "--db", str(seed_archive))  # fmt: skip
    assert result.returncode == 0, result.stderr
    page = html_file.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", page)
    assert "https://cdn" not in page
    assert "vega" in page.lower()
    assert "Top title words" in page
    png = tmp_path / "report.png"
    assert run_cli("report", "--by", "source", "-o", str(png), "--db", str(seed_archive)).returncode == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_timeline_counts_match_the_facets(seed_archive):
    from storage.report import timeline

    archive = Archive(str(seed_archive))
    try:
        points = timeline(archive, "Kreistag", by="party", interval="month")
        per_month: dict[str, int] = {}
        for p in points:
            per_month[p.period[:7]] = per_month.get(p.period[:7], 0) + p.count
        facet = dict(archive.facets("Kreistag", by=["month"])["month"])
        assert {k: v for k, v in per_month.items() if v} == {k: v for k, v in facet.items() if k != "undated"}
    finally:
        archive.close()


# -- the notebook API ---------------------------------------------------------------------------------
def test_records_revisions_and_pandas(seed_archive):
    archive = Archive(str(seed_archive))
    try:
        records = list(archive.announcements("Integrationszentren", party="SPD"))
        assert {r.title for r in records} >= KLEVE_INTEGRATION
        first = records[0]
        assert isinstance(first.published, date)
        assert first.source == KLEVE
        assert first.party == "SPD"
        assert archive.announcement(first.id).text == first.text
        revisions = archive.revisions(first.id)
        assert revisions[0].number == 1
        assert revisions[0].text == first.text
        frame = archive.to_pandas("Integrationszentren", columns=["id", "title", "published", "party"])
        assert set(frame["title"]) >= KLEVE_INTEGRATION
        assert list(frame.columns) == ["id", "title", "published", "party"]
    finally:
        archive.close()


# -- PostgreSQL: the same semantics (the local server, see pg_url in conftest) ----------------------
@pytest.fixture
def pg_archive(pg_url):
    """An archive in a fresh schema of this test run's PostgreSQL database (conftest)."""
    archive = Archive(pg_url)
    archive.ensure_source(Profile)
    archive.ensure_source(Other)
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


def test_filters_make_rejects_unknown_kind():
    with pytest.raises(QueryError):
        Filters.make(kind="tweet")
