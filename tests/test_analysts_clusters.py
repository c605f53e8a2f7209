"""The analysts' clusters of syndicated copies, reports (HTML, PNG) and the notebook API (records,
revisions, pandas) on real SQLite."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from storage import Archive
from tests.analyst_archives import KLEVE, KLEVE_INTEGRATION, Profile, item, two_source_archive
from tests.conftest import run_cli


@pytest.fixture
def archive(tmp_path):
    a = two_source_archive(str(tmp_path / "a.sqlite"))
    yield a
    a.close()


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
