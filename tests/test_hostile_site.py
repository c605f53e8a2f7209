"""A hostile site, crawled for real over loopback (issue 13): every hostile URL ends stored or
recorded with its reason, stored text has no mojibake, titles are verbatim, ``<base href>`` links
are stored, nothing reaches robots-forbidden paths or private networks, XXE is never resolved, and
slow, endless and truncated bodies are cut with a reason."""

from __future__ import annotations

import sqlite3
import time

import ftfy
import pytest

from crawler.replicas.server import ReplicaServer
from tests.conftest import run_cli
from tests.generators.hostile import BASE, EXPECTED, HOST, ROBOTS_WAYS, build
from tests.generators.rawserver import RawServer


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """(database, replica server, crawl output) after one crawl of the hostile site from its URL."""
    root = tmp_path_factory.mktemp("hostile")
    db = root / "archive.sqlite"
    with ReplicaServer([root / "hosts"], include_builtin=False) as server:
        build(root / "hosts", server.port)
        started = time.monotonic()
        result = run_cli(
            "crawl", "--url", f"{BASE}/", "--db", str(db),
            "--replica-proxy", server.proxy_url, "--replica-host", HOST, timeout=600,
        )  # fmt: skip
        elapsed = time.monotonic() - started
        assert result.returncode == 0, result.stdout + result.stderr[-3000:]
        yield db, server, result, elapsed, server.port


def rows(db, sql: str, *args) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def test_every_hostile_url_is_stored_or_recorded_with_its_reason(hostile):
    db, _, _, _, port = hostile
    stored = {url: title for url, title in rows(db, "select url, title from announcements")}
    errors: dict[str, set[str]] = {}
    for url, reason in rows(db, "select url, reason from crawl_errors"):
        errors.setdefault(url, set()).add(reason)
    pages = {url: kind for url, kind in rows(db, "select url, kind from pages")}
    problems = []
    for url, (outcome, value) in EXPECTED.items():
        url = url.format(port=port)
        if outcome == "stored" and stored.get(url) != value:
            problems.append(f"{url}: expected stored as {value!r}, got {stored.get(url)!r}")
        elif outcome == "error" and value not in errors.get(url[:2000], set()):
            problems.append(f"{url[:100]}: expected reason {value}, got {errors.get(url[:2000])}")
        elif outcome == "not-stored" and (url in stored or url not in pages):
            problems.append(f"{url}: expected a page state and no announcement")
    assert not problems, "\n".join(problems)


def test_robots_forbidden_paths_are_never_requested_however_they_are_reached(hostile):
    db, server, _, _, _ = hostile
    assert not server.requests_to(HOST, "/privat/"), "a robots.txt-forbidden path was requested"
    reasons = {url: reason for url, reason in rows(db, "select url, reason from crawl_errors")}
    missing = []
    for way, url in ROBOTS_WAYS.items():
        forbidden = {u for u, r in reasons.items() if r == "blocked/robots"}
        if url not in forbidden:
            missing.append(way)
    assert not missing, f"robots refusals not recorded when reached by: {missing}"


def test_stored_text_is_free_of_mojibake_and_keeps_every_paragraph(hostile):
    db = hostile[0]
    for url, title, text in rows(db, "select url, title, text from announcements"):
        for value in (title, text):
            # (U+FFFD at the bad bytes is the right reading; ftfy counts it as bad too)
            assert not ftfy.is_bad(value.replace("\ufffd", "")), f"{url}: mojibake in {value[:200]!r}"
            assert ftfy.fix_encoding(value) == value, f"{url}: ftfy would re-decode {value[:200]!r}"
    [(text,)] = rows(db, "select text from announcements where url like '%ungueltige-bytes%'")
    assert "Süderbrarup" in text
    assert "Kreis\ufffdumlage" in text
    assert "Jugend\ufffd\ufffdarbeit" in text
    assert text.count("\n\n") == 2, "a paragraph near the bad bytes was lost"
    [(text,)] = rows(db, "select text from announcements where url like '%latin1-als-utf8%'")
    assert "begrüßt" in text
    assert "\ufffd" not in text


def test_titles_are_verbatim(hostile):
    db = hostile[0]
    titles = {t for (t,) in rows(db, "select title from announcements")}
    assert "Wir bleiben dran --" in titles
    assert "Haushalt [b]beschlossen[/b] – mit [red]Zahlen[/red] [/b]" in titles


def test_deep_document_keeps_its_paragraphs(hostile):
    db = hostile[0]
    [(text,)] = rows(db, "select text from announcements where url like '%/tief.html'")
    assert text.count("\n\n") == 3
    assert "Bürgerinnen und Bürger" in text


def test_xml_entities_are_never_expanded(hostile):
    db = hostile[0]
    dump = "\n".join(
        str(value)
        for table in ("announcements", "pages", "crawl_errors")
        for row in rows(db, f"select * from {table}")
        for value in row
    )
    assert "root:" not in dump, "file:///etc/passwd was read"
    assert "/bin/" not in dump, "file:///etc/passwd was read"
    assert "lollollol" not in dump, "billion laughs expanded"


def test_nothing_was_requested_from_a_private_network_or_another_scheme(hostile):
    _, server, _, elapsed, _ = hostile
    hosts = {r.host for r in server.requests}
    assert hosts == {HOST}, hosts
    assert elapsed < 300


def test_stored_markup_like_title_printed_verbatim_by_show(hostile):
    db = hostile[0]
    [(ident,)] = rows(db, "select id from announcements where url like '%forum-markup%'")
    for fmt in ("text", "json"):
        result = run_cli("show", str(ident), "--db", str(db), "--format", fmt)
        assert result.returncode == 0, result.stderr
        assert "Haushalt [b]beschlossen[/b] – mit [red]Zahlen[/red] [/b]" in result.stdout
        assert "Traceback" not in result.stderr
    result = run_cli("show", str(ident), "--db", str(db), "--history")
    assert result.returncode == 0, result.stderr
    assert "[red]Zahlen[/red] [/b]" in result.stdout


def test_runs_lists_the_reasons(hostile):
    db = hostile[0]
    result = run_cli("runs", "--db", str(db))
    assert result.returncode == 0, result.stderr
    for reason in ("redirect/loop", "blocked/url-too-long", "blocked/private-address", "blocked/robots"):
        assert reason in result.stdout + result.stderr


def test_slow_endless_and_truncated_bodies_are_cut_with_a_reason_on_a_private_site(tmp_path):
    """A site on 127.0.0.1 itself: its own redirect on loopback is followed (no SSRF refusal for
    a site that lives there), while slowloris, endless and truncated bodies end with a reason."""
    db = tmp_path / "raw.sqlite"
    with RawServer() as server:
        result = run_cli(
            "crawl", "--url", server.url, "--db", str(db),
            "-s", "DOWNLOAD_TIMEOUT=4", "-s", "RETRY_ENABLED=False", "-s", "DOWNLOAD_MAXSIZE=2000000",
            timeout=300,
        )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    titles = {t for (t,) in rows(db, "select title from announcements")}
    assert titles == {"Ziel der lokalen Umleitung", "Meldung neben den Störern"}
    reasons = {
        url.rsplit("/", 1)[1]: reason for url, reason in rows(db, "select url, reason from crawl_errors")
    }
    assert reasons.get("langsam") == "timeout", reasons
    assert reasons.get("kopf") == "timeout", reasons
    assert reasons.get("endlos") == "blocked/size", reasons
    assert reasons.get("abgeschnitten", "").startswith("error/"), reasons
    assert not any(r == "blocked/private-address" for r in reasons.values()), reasons
