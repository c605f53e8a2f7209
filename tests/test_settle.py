"""A crawl's stored bodies do not depend on the order its pages arrive in.

The site below is built so that the order is unlucky: its three older releases answer at once
and carry only the site's navigation and footer; its six newer releases are slow (the replica
server delays them) and each ends with the same "Ortsverein trifft sich" box. The learner has
seen the fast pages first, so the box is not yet boilerplate when the first slow pages are read,
and the crawl itself keeps it in their bodies. Once the crawl is over the final learned set calls
the box boilerplate, and settling (``pressarchive.settle``) reads those bodies again from the
run's WARC records: no stored body keeps the box, and each announcement still has one revision.

The crawl runs through the real CLI in a child process against the replica server on loopback.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from crawler.replicas.server import ReplicaServer
from pressarchive.settle import boilerplate_in
from tests.conftest import run_cli

HOST = "www.ov-lindenhain.test"
BOX = (
    "Der Ortsverein Lindenhain trifft sich an jedem ersten Montag im Monat um 19.30 Uhr "
    "im Bürgerhaus am Markt. Gäste sind herzlich willkommen."
)
FOOTER = "Ortsverein Lindenhain · Am Markt 3 · 12345 Lindenhain · Impressum · Datenschutz"
TOPICS = [
    ("Radweg an der Mühlenstraße", "den Radweg an der Mühlenstraße", 6),
    ("Spielplatz am Lindenpark", "den Spielplatz am Lindenpark", 9),
    ("Bücherei länger geöffnet", "längere Öffnungszeiten der Bücherei", 12),
    ("Neue Buslinie nach Bergheim", "eine neue Buslinie nach Bergheim", 14),
    ("Sanierung der Grundschule", "die Sanierung der Grundschule Am Hang", 17),
    ("Bürgersprechstunde im Rathaus", "eine monatliche Bürgersprechstunde", 19),
    ("Bäume für die Hauptstraße", "zwölf neue Bäume für die Hauptstraße", 21),
    ("Freibad bleibt geöffnet", "den Erhalt des Freibads", 24),
    ("Jugendtreff im alten Bahnhof", "einen Jugendtreff im alten Bahnhof", 26),
]
SLOW = 6  # the newest releases, delayed: they arrive after the old ones
DELAY = 1.5  # seconds


def _slug(title: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-"})
    return title.lower().translate(table)


def _paragraphs(index: int, title: str, subject: str) -> list[str]:
    return [
        f"Der Ortsverein Lindenhain setzt sich für {subject} ein. In der Sitzung vom "
        f"{TOPICS[index][2]}. Oktober haben die Mitglieder einstimmig beschlossen, einen Antrag "
        f"an den Gemeinderat zu stellen, der sich mit dem Thema „{title}“ befasst.",
        f"„Wir haben {3 + index} Gespräche mit Anwohnerinnen und Anwohnern geführt, und alle "
        f"haben gesagt, dass {subject} längst überfällig ist“, sagte die Vorsitzende Anna "
        f"Berger. Die Kosten schätzt der Ortsverein auf {40 + 7 * index}.000 Euro.",
        f"Der Antrag Nummer {100 + index} wird im Bauausschuss im November beraten. Bis dahin "
        f"sammelt der Ortsverein weitere Anregungen zu {subject} von Bürgerinnen und Bürgern.",
    ]


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{title} – Ortsverein Lindenhain</title></head><body>"
        '<header><nav><a href="/">Start</a> <a href="/aktuelles/">Aktuelles</a> '
        '<a href="/impressum/">Impressum</a></nav></header>'
        f"<main>{body}</main><footer><p>{FOOTER}</p></footer></body></html>"
    )


def build_site(root: Path) -> dict[str, list[str]]:
    """The host under ``root``; returns each release's URL → its true paragraphs."""
    site = root / HOST
    routes: dict[str, dict] = {}
    truth: dict[str, list[str]] = {}
    teasers = []
    for index, (title, subject, day) in enumerate(TOPICS):
        path = f"/aktuelles/{_slug(title)}/"
        paragraphs = _paragraphs(index, title, subject)
        text = "".join(f"<p>{p}</p>" for p in paragraphs)
        slow = index >= len(TOPICS) - SLOW
        box = f'<div class="termin"><p>{BOX}</p></div>' if slow else ""
        html = _page(
            title,
            f'<article><h1>{title}</h1><p class="datum">{day:02d}.10.2026</p>{text}{box}</article>',
        )
        file = f"pages/{index}.html"
        (site / "pages").mkdir(parents=True, exist_ok=True)
        (site / file).write_text(html, encoding="utf-8")
        routes[path] = {"file": file, "delay": DELAY if slow else 0}
        truth[f"http://{HOST}{path}"] = paragraphs
        teasers.append(f'<li><a href="{path}">{title}</a> <span>{day}. Oktober 2026</span></li>')
    listing = _page("Aktuelles", f"<h1>Aktuelles</h1><ul>{''.join(reversed(teasers))}</ul>")
    (site / "aktuelles").mkdir(parents=True, exist_ok=True)
    (site / "aktuelles" / "index.html").write_text(listing, encoding="utf-8")
    (site / "index.html").write_text(_page("Start", '<p><a href="/aktuelles/">Aktuelles</a></p>'), "utf-8")
    (site / "impressum").mkdir()
    (site / "impressum" / "index.html").write_text(_page("Impressum", f"<p>{FOOTER}</p>"), "utf-8")
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    (site / "_routes.json").write_text(json.dumps(routes), encoding="utf-8")
    return truth


def _rows(db: Path, sql: str) -> list[sqlite3.Row]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> tuple[Path, dict[str, list[str]], str]:
    base = tmp_path_factory.mktemp("settle")
    truth = build_site(base / "hosts")
    db = base / "archive.sqlite"
    with ReplicaServer([base / "hosts"], include_builtin=False) as server:
        result = run_cli(
            "crawl", "--url", f"http://{HOST}/", "--db", str(db),
            "--replica-proxy", server.proxy_url, "--replica-host", HOST,
            timeout=120,
        )  # fmt: skip
    return db, truth, result.stdout + result.stderr


def test_the_crawl_stores_every_release(crawled):
    db, truth, output = crawled
    stored = {r["url"] for r in _rows(db, "SELECT url FROM announcements")}
    assert stored == set(truth), output[-2000:]


def test_no_stored_body_keeps_the_box_the_crawl_learned_late(crawled):
    db, truth, _ = crawled
    rows = _rows(db, "SELECT url, text FROM announcements")
    leaks = [r["url"] for r in rows if "trifft sich an jedem ersten Montag" in r["text"]]
    assert not leaks, f"{len(leaks)} bodies keep the box: {leaks}"
    assert all(FOOTER not in r["text"] for r in rows)
    for row in rows:
        assert all(p in row["text"] for p in truth[row["url"]]), f"{row['url']}: body not whole"


def test_settling_corrects_the_runs_own_revision_in_place(crawled):
    """The same fetch read better is no edit: one revision each, holding the settled text."""
    db, _, _ = crawled
    rows = _rows(
        db,
        "SELECT a.text AS current, r.text AS revision, r.content_hash = a.content_hash AS same,"
        " (SELECT count(*) FROM revisions WHERE announcement_id = a.id) AS revisions"
        " FROM announcements a JOIN revisions r ON r.announcement_id = a.id",
    )
    assert rows
    assert all(r["revisions"] == 1 and r["same"] and r["current"] == r["revision"] for r in rows)


def test_the_runs_figures_say_what_settling_did(crawled):
    """The unlucky order happened (pages were settled) and only the affected pages were read."""
    db, truth, _ = crawled
    (row,) = _rows(db, "SELECT figures FROM run_stats")
    settle = json.loads(row["figures"])["settle"]
    assert settle["checked"] == len(truth)
    assert 0 < settle["affected"] < len(truth), settle
    assert settle["settled"] == settle["affected"], settle
    assert settle["skipped"] == {}


def test_a_body_is_affected_only_by_a_paragraph_the_extractor_would_take_out():
    from crawler.extraction.boilerplate import block_fingerprint

    learned = frozenset({block_fingerprint(BOX), block_fingerprint("Für Rückfragen:")})
    assert boilerplate_in(f"Erster Absatz.\n\n{BOX}", learned)
    # a contact block whose first line alone repeats on every page stays whole: no re-read
    assert not boilerplate_in("Erster Absatz.\n\nFür Rückfragen:\nErika Muster, 0211 123-45", learned)
    assert not boilerplate_in(f"Erster Absatz, der {BOX}", learned)
    assert not boilerplate_in("", learned)


# -- settling an archive whose bodies were left unsettled (a settle killed, WARC gone or off) --
def _unsettled_copy(crawled, tmp_path: Path, urls: int = 2) -> tuple[Path, list[str]]:
    """A copy of the crawled archive in which ``urls`` bodies hold the box again, as a crawl
    whose settle never ran (or was killed before reaching them) leaves them."""
    db, _, _ = crawled
    copy = db.parent / f"unsettled-{tmp_path.name}.sqlite"  # beside it: the same WARC root
    source, target = sqlite3.connect(db), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    planted = [r[0] for r in target.execute("SELECT url FROM announcements ORDER BY id LIMIT ?", (urls,))]
    for url in planted:
        planted_hash = f"unsettled-{url}"  # (as the crawl's own reading had another hash)
        target.execute(
            "UPDATE revisions SET text = text || ?, content_hash = ? WHERE announcement_id ="
            " (SELECT id FROM announcements WHERE url = ?)",
            (f"\n\n{BOX}", planted_hash, url),
        )
        target.execute(
            "UPDATE announcements SET text = text || ?, content_hash = ? WHERE url = ?",
            (f"\n\n{BOX}", planted_hash, url),
        )
    target.commit()
    target.close()
    return copy, planted


def _settle(db: Path) -> dict:
    from pressarchive.settle import settle_run
    from storage.archive import Archive

    archive = Archive(str(db))
    try:
        result = settle_run(archive, 1)
    finally:
        archive.close()
    assert result is not None
    return result.figures()


def test_settling_again_finishes_what_a_killed_settle_left_and_duplicates_nothing(crawled, tmp_path):
    copy, planted = _unsettled_copy(crawled, tmp_path)
    first = _settle(copy)
    assert (first["affected"], first["settled"]) == (len(planted), len(planted))
    again = _settle(copy)
    assert again["affected"] == 0, "a settled body is not read again"
    rows = _rows(copy, "SELECT a.text, count(r.id) AS n FROM announcements a JOIN revisions r"
                 " ON r.announcement_id = a.id GROUP BY a.id")  # fmt: skip
    assert all(r["n"] == 1 and BOX not in r["text"] for r in rows)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ("UPDATE crawl_runs SET warc_path = NULL", "warc/off"),
        ("UPDATE crawl_runs SET warc_path = '/nonexistent/x.warc.gz'", "warc/no-record"),
        ("UPDATE pages SET warc_path = '/nonexistent/x.warc.gz';"
         "UPDATE crawl_runs SET warc_path = '/nonexistent/x.warc.gz'", "warc/missing"),
    ],
    ids=["warc-off", "record-of-another-file", "warc-file-missing"],
)  # fmt: skip
def test_a_body_that_cannot_be_read_again_is_kept_and_counted_with_its_reason(
    crawled, tmp_path, change, reason
):
    copy, planted = _unsettled_copy(crawled, tmp_path)
    con = sqlite3.connect(copy)
    con.executescript(change)
    con.close()
    figures = _settle(copy)
    assert figures["skipped"] == {reason: len(planted)}
    assert figures["settled"] == 0
    texts = [r["text"] for r in _rows(copy, "SELECT text FROM announcements") if BOX in r["text"]]
    assert len(texts) == len(planted), "the stored bodies stay as they were"
    (row,) = _rows(copy, "SELECT figures FROM run_stats")
    assert json.loads(row["figures"])["settle"]["skipped"] == {reason: len(planted)}


def test_a_pages_record_is_the_runs_in_its_first_file_or_a_part_it_rotated_to():
    from pressarchive.settle import _of_run

    run = "site/site-20261204T195315Z-9578.warc.gz"
    assert _of_run(run, run)
    assert _of_run("site/site-20261204T195315Z-9578-001.warc.gz", run)
    assert not _of_run("site/site-20261203T195315Z-9578.warc.gz", run)  # an earlier run's file
    assert not _of_run("other/site-20261204T195315Z-9578-001.warc.gz", run)
    assert not _of_run(None, run)
