"""The raw archive end to end: a real crawl writes a WARC file, reparse rebuilds from it offline.

A small replica host (``tests/fixtures/sites/warc``) covers what the WARC must survive: a
gzip-encoded response, an ISO-8859-1 page, a redirect and robots.txt. The crawl runs through the
real CLI in a child process; the replica server is stopped before every reparse, so reparse
cannot have used the network.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.conftest import REPO, run_cli

SITE_ROOT = REPO / "tests" / "fixtures" / "sites" / "warc"
HOST = "www.warc-beispiel.de"
START = f"http://{HOST}/meldungen/"
SOURCE = "warc_beispiel_de"
ARTICLES = {
    f"http://{HOST}/meldungen/haushalt-2024/",
    f"http://{HOST}/meldungen/sozialkonferenz/",
    f"http://{HOST}/meldungen/radweg-hauptstrasse/",  # served gzip-encoded
    f"http://{HOST}/meldungen/gruenflaeche-muehlenteich/",  # served as ISO-8859-1
}


def _served_body(server, url: str) -> bytes:
    """What the replica server sends for ``url``, after undoing its Content-Encoding."""
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    reply = server.resolve("GET", parts.hostname, target, {})
    if (reply.headers or {}).get("Content-Encoding") == "gzip":
        return gzip.decompress(reply.body)
    return reply.body


def _records(path: str) -> list[dict]:
    """Every record of a WARC file: type, offset, headers, body (content decoded as warcio does)."""
    out = []
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            body = record.content_stream().read()  # before get_record_offset(), which skips the rest
            out.append(
                {
                    "type": record.rec_type,
                    "offset": it.get_record_offset(),
                    "url": record.rec_headers.get_header("WARC-Target-URI"),
                    "id": record.rec_headers.get_header("WARC-Record-ID"),
                    "concurrent": record.rec_headers.get_header("WARC-Concurrent-To"),
                    "status": record.http_headers.get_statuscode() if record.http_headers else None,
                    "headers": dict(record.http_headers.headers) if record.http_headers else {},
                    "body": body,
                }
            )
    return out


def _query(db: Path, sql: str, *args) -> list[sqlite3.Row]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _copy_db(src: Path, dest: Path) -> Path:
    """A consistent copy of an archive (SQLite backup API: WAL contents included)."""
    source, target = sqlite3.connect(src), sqlite3.connect(dest)
    source.backup(target)
    source.close()
    target.close()
    return dest


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Crawl the fixture host once; the replica server is stopped when the tests run."""
    from crawler.replicas.server import serve_replicas

    db = tmp_path_factory.mktemp("warc") / "archive.sqlite"
    with serve_replicas(roots=[SITE_ROOT], include_builtin=False) as server:
        result = run_cli(
            "crawl",
            "--url",
            START,
            "--db",
            str(db),
            "--replica-proxy",
            server.proxy_url,
            "--replica-host",
            HOST,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        fetched = {f"http://{r.host}{r.target}" for r in server.requests}
    run = _query(db, "select * from crawl_runs order by id desc limit 1")[0]
    warc = str(db.parent / "warc" / run["warc_path"])  # stored relative to the WARC root
    return {
        "db": db,
        "server": server,
        "fetched": fetched,
        "warc": warc,
        "stored": run["warc_path"],
        "run": run,
    }


# -- WARC writing ---------------------------------------------------------------------------------
def test_the_crawl_run_names_its_warc_file_relative_to_the_root_beside_the_archive(crawled):
    warc = Path(crawled["warc"])
    assert warc.is_file()
    assert warc.parent == crawled["db"].parent / "warc" / SOURCE
    assert crawled["stored"] == f"{SOURCE}/{warc.name}"
    assert warc.name.startswith(f"{SOURCE}-")
    assert warc.name.endswith(".warc.gz")


def test_every_fetched_response_is_in_the_warc_with_its_request(crawled):
    records = _records(crawled["warc"])
    assert records[0]["type"] == "warcinfo"
    responses = [r for r in records if r["type"] == "response"]
    assert {r["url"] for r in responses} == crawled["fetched"]
    assert {r["url"] for r in responses} >= ARTICLES
    redirect = next(r for r in responses if r["url"].endswith("/sozialkonferenz-alt/"))
    assert redirect["status"] == "301"
    by_id = {r["id"]: r for r in responses}
    requests = [r for r in records if r["type"] == "request"]
    assert len(requests) == len(responses)
    for request in requests:
        assert by_id[request["concurrent"]]["url"] == request["url"]
        assert "Proxy-Authorization" not in request["headers"]


def test_bodies_are_byte_identical_to_what_the_server_sent_after_decoding(crawled):
    for record in _records(crawled["warc"]):
        if record["type"] != "response" or record["status"] != "200":
            continue
        assert record["body"] == _served_body(crawled["server"], record["url"]), record["url"]
        # The stored headers describe the stored body, so the record replays as it is.
        names = {k.lower() for k in record["headers"]}
        assert "content-encoding" not in names, record["url"]
        assert "transfer-encoding" not in names, record["url"]
        assert record["headers"]["Content-Length"] == str(len(record["body"]))
    responses = {r["url"]: r for r in _records(crawled["warc"]) if r["type"] == "response"}
    gz = responses[f"http://{HOST}/meldungen/radweg-hauptstrasse/"]
    assert gz["body"].startswith(b"<!DOCTYPE html>")
    latin1 = responses[f"http://{HOST}/meldungen/gruenflaeche-muehlenteich/"]
    assert "Grünfläche".encode("iso-8859-1") in latin1["body"]
    assert "iso-8859-1" in latin1["headers"]["Content-Type"]


def test_pages_point_at_their_response_records(crawled):
    pages = _query(crawled["db"], "select * from pages where warc_path is not null")
    assert {p["url"] for p in pages} >= ARTICLES
    with open(crawled["warc"], "rb") as fh:
        for page in pages:
            assert page["warc_path"] == crawled["stored"]
            fh.seek(page["warc_offset"])
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_type == "response"
            assert record.rec_headers.get_header("WARC-Target-URI") == page["url"]
            assert hashlib.sha256(record.content_stream().read()).hexdigest() == page["body_hash"]


def test_standard_warc_tools_accept_the_file(crawled):
    warcio = str(Path(sys.executable).with_name("warcio"))
    check = subprocess.run(
        [warcio, "check", "-v", crawled["warc"]], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "digest pass" in check.stdout
    assert "fail" not in check.stdout
    index = subprocess.run([warcio, "index", crawled["warc"]], capture_output=True, text=True, check=False)
    assert index.returncode == 0, index.stderr
    lines = [json.loads(line) for line in index.stdout.splitlines()]
    assert {line.get("warc-target-uri") for line in lines if line["warc-type"] == "response"} >= ARTICLES


def test_every_record_is_flushed_at_once(tmp_path):
    """A crawl killed after any record leaves a readable prefix: nothing waits in a buffer."""
    from scrapy.http import HtmlResponse, Request

    from crawler.warc import WarcRecorder

    recorder = WarcRecorder(tmp_path / "x.warc.gz")
    request = Request("http://www.example.de/a/", headers={"Proxy-Authorization": "Basic c2VjcmV0"})
    response = HtmlResponse(request.url, body="Grüße".encode(), request=request)
    offsets = [recorder.write(request, response), recorder.write(request, response)]
    records = _records(str(tmp_path / "x.warc.gz"))  # read while the writer is still open
    assert [r["offset"] for r in records if r["type"] == "response"] == offsets
    assert all(r["body"] == "Grüße".encode() for r in records if r["type"] == "response")
    assert all("Proxy-Authorization" not in r["headers"] for r in records)
    recorder.close()


# -- reparse --------------------------------------------------------------------------------------
def _reparse(db: Path, *args: str, root: Path | None = None) -> subprocess.CompletedProcess:
    """``reparse`` of an archive copy, reading the WARC files under ``root`` (the crawl's)."""
    env = {"PRESSARCHIVE_WARC_DIR": str(root)} if root else {}
    return run_cli("reparse", *args, "--db", str(db), env=env)


def test_reparse_offline_reproduces_the_same_announcements(crawled, tmp_path):
    db = _copy_db(crawled["db"], tmp_path / "archive.sqlite")
    before = {r["url"]: r["data"] for r in _query(db, "select url, data from announcements")}
    assert set(before) == ARTICLES
    result = _reparse(db, root=crawled["db"].parent / "warc")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 pages, 0 new, 0 updated, 4 unchanged, 0 failures" in result.stdout
    after = {r["url"]: r["data"] for r in _query(db, "select url, data from announcements")}
    assert after == before
    assert _query(db, "select count(*) from revisions")[0][0] == 4
    run = _query(db, "select * from crawl_runs order by id desc limit 1")[0]
    assert (run["trigger"], run["status"], run["sites"]) == ("reparse", "finished", SOURCE)
    assert (run["pages_fetched"], run["announcements_unchanged"]) == (4, 4)


def test_reparse_stores_a_new_revision_when_extraction_output_differs(crawled, tmp_path):
    db = _copy_db(crawled["db"], tmp_path / "archive.sqlite")
    url = f"http://{HOST}/meldungen/haushalt-2024/"
    row = _query(db, "select id, text from announcements where url = ?", url)[0]
    # Pretend an older extraction kept only the first words: the stored content no longer
    # matches what extraction makes of the WARC record.
    con = sqlite3.connect(db)
    con.execute("update announcements set text = '', content_hash = 'old' where id = ?", (row["id"],))
    con.execute(
        "update revisions set text = substr(text, 1, 40), content_hash = 'old' where announcement_id = ?",
        (row["id"],),
    )
    con.commit()
    con.close()
    result = _reparse(db, SOURCE, root=crawled["db"].parent / "warc")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 pages, 0 new, 1 updated, 3 unchanged, 0 failures" in result.stdout
    revisions = _query(db, "select * from revisions where announcement_id = ? order by number", row["id"])
    assert [r["number"] for r in revisions] == [1, 2]
    assert revisions[1]["text"] == row["text"]
    assert _query(db, "select text from announcements where id = ?", row["id"])[0]["text"] == row["text"]
    show = run_cli("show", str(row["id"]), "--history", "--db", str(db))
    assert show.returncode == 0, show.stderr
    assert "History: 2 revision(s)" in show.stdout
    assert "--- revision 1" in show.stdout
    assert "+++ revision 2" in show.stdout
    assert "+„Unsere Kinder lernen in Gebäuden" in show.stdout
    # A second reparse finds nothing new: identical output is unchanged.
    again = _reparse(db, root=crawled["db"].parent / "warc")
    assert "0 updated, 4 unchanged" in again.stdout


def test_reparse_says_clearly_when_a_warc_file_is_missing(crawled, tmp_path):
    db = _copy_db(crawled["db"], tmp_path / "archive.sqlite")
    gone = str(tmp_path / "moved-away.warc.gz")
    con = sqlite3.connect(db)
    con.execute("update pages set warc_path = ? where kind = 'announcement'", (gone,))
    con.commit()
    con.close()
    result = _reparse(db)
    assert result.returncode == 1
    assert f"WARC file missing: {gone} (4 page(s) cannot be reparsed" in result.stderr
    assert "warc/missing×4" in result.stderr
    assert "Traceback" not in result.stderr
    run = _query(db, "select * from crawl_runs order by id desc limit 1")[0]
    assert (run["trigger"], run["status"], run["errors"]) == ("reparse", "failed", 4)


def test_reparse_of_an_unknown_site_is_a_clear_error(crawled, tmp_path):
    db = _copy_db(crawled["db"], tmp_path / "archive.sqlite")
    result = _reparse(db, "no_such_site")
    assert result.returncode == 1
    assert "unknown site 'no_such_site'" in result.stderr
    assert SOURCE in result.stderr
