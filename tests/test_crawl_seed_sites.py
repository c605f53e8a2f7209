"""Crawling the replicas of the two seed sites end to end: every announcement as expected.

The truth lives in ``tests/fixtures/sites/seed/<site>/_truth.json`` (written from the same data
the replica pages are generated from). Each stored announcement is compared field by field.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from crawler.urls import canonicalize
from tests import truth as fixtures
from tests.conftest import crawl

SITES = ("rvr", "spd_kreistagsfraktion_kleve")
COMPARED = ("title", "published", "dateline_place", "dateline_agency")
TRUTH = fixtures.suite("seed")


def expected_pages() -> list[tuple[str, dict]]:
    return [(site, record) for site in SITES for record in TRUTH[site]["announcements"]]


def stored(db) -> dict[str, dict]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    rows = con.execute("select a.url, a.source_id, a.data from announcements a").fetchall()
    con.close()
    return {r["url"]: {**json.loads(r["data"]), "source": r["source_id"]} for r in rows}


PAGES = expected_pages()


@pytest.mark.parametrize(("site", "expected"), PAGES, ids=[p["url"].split("/", 3)[-1][:60] for _, p in PAGES])
def test_announcement_is_stored_as_expected(seed_archive, site, expected):
    records = stored(seed_archive)
    url = canonicalize(expected["url"])
    assert url in records, f"{url} not stored"
    got = records[url]
    assert got["source"] == site
    assert got["text"] == fixtures.text(expected), "text"
    for key in COMPARED:
        if key in expected:
            assert got[key] == expected[key], key
    for needle in expected["absent"]:
        assert needle not in got["text"], f"boilerplate {needle!r} in body"
    paragraphs = [p for p in got["text"].split("\n\n") if p.strip()]
    assert len(paragraphs) == len(set(paragraphs)), "a paragraph occurs twice"
    if "event" in expected:
        assert got["event"] == expected["event"]
    for contact in expected.get("contacts", []):
        assert any(c.get("email") == contact.get("email") for c in got["contacts"]), contact


def test_exactly_the_expected_announcements_are_stored(seed_archive):
    records = stored(seed_archive)
    for site in SITES:
        want = {canonicalize(r["url"]) for r in TRUTH[site]["announcements"]}
        have = {u for u, r in records.items() if r["source"] == site}
        assert want - have == set(), f"{site}: missing"
        assert have - want == set(), f"{site}: unexpected (non-announcements or duplicates)"


def test_crawling_again_stores_nothing_twice(replicas, seed_archive):
    before = sqlite3.connect(seed_archive).execute("select count(*) from announcements").fetchone()[0]
    revisions = sqlite3.connect(seed_archive).execute("select count(*) from revisions").fetchone()[0]
    crawl(replicas, seed_archive, *SITES)
    con = sqlite3.connect(seed_archive)
    assert con.execute("select count(*) from announcements").fetchone()[0] == before
    assert con.execute("select count(*) from revisions").fetchone()[0] == revisions
    runs = con.execute(
        "select status, announcements_new, announcements_updated, pages_fetched from crawl_runs order by id"
    ).fetchall()
    first, again = runs[-4:-2], runs[-2:]
    assert [r[0] for r in again] == ["finished", "finished"]
    assert [r[1] + r[2] for r in again] == [0, 0]
    # Incremental: unchanged pages answer 304, known announcements are not asked again.
    assert sum(r[3] for r in again) <= 0.15 * sum(r[3] for r in first)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
