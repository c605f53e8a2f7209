"""The raw archive for many machines (issue 12, point 3): WARC files rotate at a size limit, the
archive stores their paths relative to the WARC root, and ``reparse`` and ``extract`` read them
from wherever the root is mounted. A real crawl of the fixture host writes them; the replica
server is stopped before reparse, so reparse cannot have used the network.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from tests.conftest import run_cli
from tests.test_warc_reparse import HOST, SITE_ROOT, SOURCE, START


def _rows(db: Path, sql: str) -> list[sqlite3.Row]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _types(path: Path) -> list[str]:
    with path.open("rb") as fh:
        return [record.rec_type for record in ArchiveIterator(fh)]


def test_a_recorder_rotates_to_a_new_file_at_the_size_limit_and_each_file_stands_alone(tmp_path):
    from scrapy.http import HtmlResponse, Request

    from crawler.warc import WarcRecorder

    recorder = WarcRecorder(tmp_path / "site-1.warc.gz", max_bytes=1500)
    written = []
    for n in range(5):
        request = Request(f"http://www.example.de/meldung-{n}/")
        body = f"<p>Meldung {n}</p>".encode() + bytes(range(256)) * 4  # hardly compressible
        written.append(
            (recorder.write(request, HtmlResponse(request.url, body=body, request=request)), recorder.path)
        )
    recorder.close()
    files = sorted({path for _, path in written})
    assert len(files) > 1, "rotated"
    assert recorder.paths == [
        tmp_path / "site-1.warc.gz",
        *(tmp_path / f"site-1-{i:03d}.warc.gz" for i in range(1, len(files))),
    ]
    for path in files:
        types = _types(path)
        assert types[0] == "warcinfo", "every file starts with its own warcinfo"
        assert types.count("response") == types.count("request") >= 1
    for n, (offset, path) in enumerate(written):
        with path.open("rb") as fh:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Target-URI") == f"http://www.example.de/meldung-{n}/"


def test_rotated_files_under_a_moved_root_are_found_by_reparse_and_read_by_extract(tmp_path):
    from crawler.replicas.server import serve_replicas

    db = tmp_path / "archive.sqlite"
    first_root = tmp_path / "crawl-machine" / "warc"
    env = {"PRESSARCHIVE_WARC_DIR": str(first_root)}
    with serve_replicas(roots=[SITE_ROOT], include_builtin=False) as server:
        args = ["--replica-proxy", server.proxy_url, "--replica-host", HOST]
        # a limit of one byte: every response pair goes into a file of its own
        crawl = run_cli("crawl", "--url", START, "--db", str(db), "-s", "WARC_MAX_BYTES=1", *args, env=env)
        assert crawl.returncode == 0, crawl.stdout + crawl.stderr
    pages = _rows(db, "select url, warc_path, warc_offset from pages where kind = 'announcement'")
    [run] = _rows(db, "select warc_path from crawl_runs")
    stored = {p["warc_path"] for p in pages}
    assert len(pages) == 4
    assert len(stored) == 4, "the four announcements are in four files"
    assert all(
        not Path(path).is_absolute() and path.startswith(f"{SOURCE}/") for path in stored | {run[0]}
    ), stored
    files = sorted(first_root.rglob("*.warc.gz"))
    assert len(files) > 4

    # another machine mounts the same files somewhere else
    second_root = tmp_path / "analysis-machine" / "mnt" / "warc"
    shutil.copytree(first_root, second_root)
    shutil.rmtree(first_root)
    reparse = run_cli("reparse", "--db", str(db), env={"PRESSARCHIVE_WARC_DIR": str(second_root)})
    assert reparse.returncode == 0, reparse.stdout + reparse.stderr
    assert "0 updated, 4 unchanged" in reparse.stdout, reparse.stdout
    # without the root it says where it looked, in one line per file
    lost = run_cli("reparse", "--db", str(db), env={"PRESSARCHIVE_WARC_DIR": str(first_root)})
    assert lost.returncode == 1
    assert f"WARC file missing: {first_root}/{SOURCE}/" in lost.stderr
    assert "Traceback" not in lost.stderr

    extract = run_cli("extract", *map(str, sorted(second_root.rglob("*.warc.gz"))))
    assert extract.returncode == 0, extract.stderr
    extracted = [json.loads(line) for line in extract.stdout.splitlines()]
    assert {p["url"] for p in pages} <= {r["url"] for r in extracted}


def test_a_path_stored_absolute_by_an_older_version_is_still_read(tmp_path):
    from crawler.replicas.server import serve_replicas

    db = tmp_path / "archive.sqlite"
    with serve_replicas(roots=[SITE_ROOT], include_builtin=False) as server:
        args = ["--replica-proxy", server.proxy_url, "--replica-host", HOST]
        crawl = run_cli("crawl", "--url", START, "--db", str(db), *args)
        assert crawl.returncode == 0, crawl.stdout + crawl.stderr
    con = sqlite3.connect(db)
    con.execute("update pages set warc_path = ? || '/' || warc_path", (str(tmp_path / "warc"),))
    con.commit()
    con.close()
    assert all(
        Path(p["warc_path"]).is_absolute()
        for p in _rows(db, "select warc_path from pages where warc_path is not null")
    )
    reparse = run_cli("reparse", "--db", str(db), env={"PRESSARCHIVE_WARC_DIR": str(tmp_path / "elsewhere")})
    assert reparse.returncode == 0, reparse.stdout + reparse.stderr
    assert "0 updated, 4 unchanged" in reparse.stdout
