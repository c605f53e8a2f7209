"""`pressarchive serve` driven in headless Chromium (Debian's chromium, installed by .ci/run):
German search, a facet, an announcement page with its revisions, the timeline; read-only; loopback."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from storage import Archive
from tests.conftest import REPO

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_archive, tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "archive.sqlite"
    shutil.copy(seed_archive, db)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pressarchive", "serve", "--db", str(db), "--port", str(port)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(proc.stderr.read() if proc.stderr else "serve exited")
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("serve did not answer within 60 s")
    yield {"base": base, "port": port, "db": db, "proc": proc}
    proc.terminate()
    proc.wait(timeout=20)


def browse(url: str, screenshot: Path | None = None) -> str:
    """The DOM after Chromium loaded ``url`` (scripts run), and optionally a screenshot."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does)")
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600"]
    if screenshot is not None:
        subprocess.run(
            [*args, f"--screenshot={screenshot}", url], capture_output=True, timeout=120, check=True
        )
    result = subprocess.run(
        [*args, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=True
    )
    return result.stdout


def test_german_search_and_a_facet_in_the_browser(server, tmp_path):
    q = urllib.parse.quote("Integrationszentren")
    url = f"{server['base']}/archive/announcements_view?_search={q}&_facet=party"
    shot = tmp_path / "search.png"
    dom = browse(url, screenshot=shot)
    assert "NRW-Staatssekretär informiert am 2. Juli in Kleve über Kommunale Integrationszentren" in dom
    assert "Kommunales Integrationszentrum: Mehrheit im Kreistag lehnt SPD-Antrag ab" in dom
    assert "2 rows where search matches" in dom
    assert shot.stat().st_size > 10_000
    # the facet: SPD with its count
    assert re.search(r">SPD</a>\s*2\b", dom), "party facet SPD 2 missing"
    spd = browse(f"{server['base']}/archive/announcements_view?_search={q}&party=SPD")
    assert rows_found(spd) == 2
    gruenen = browse(f"{server['base']}/archive/announcements_view?_search=Gruenen")
    assert rows_found(gruenen) > 0
    assert rows_found(gruenen) == rows_found(
        browse(f"{server['base']}/archive/announcements_view?_search=Gr%C3%BCnen")
    )


def rows_found(dom: str) -> int:
    match = re.search(r"([\d,]+) rows? where", dom)
    assert match, "no row count on the page"
    return int(match.group(1).replace(",", ""))


def test_ranked_search_canned_query_and_timeline(server):
    dom = browse(f"{server['base']}/archive/search?q=Strasse")
    assert "[Straßen]" in dom or "[Straße]" in dom
    assert "[Kreisstraßen]" in dom  # a compound found by its head, marked in the snippet
    table = browse(f"{server['base']}/archive/announcements_view?_search=Strasse")
    archive = Archive(str(server["db"]))
    try:
        assert rows_found(table) == archive.count("Strasse") == archive.count("Straße")
    finally:
        archive.close()
    dom = browse(f"{server['base']}/-/timeline/archive?q=Kreistag&by=party&interval=year")
    assert "<svg" in dom
    assert "SPD" in dom


def test_announcement_page_with_revisions(server):
    dom = browse(f"{server['base']}/-/announcement/archive/1")
    assert "Revisions (1)" in dom
    assert "revision 1" in dom


def test_serve_is_read_only_and_on_loopback(server):
    sql = urllib.parse.quote("DELETE FROM announcements")
    try:
        body = urllib.request.urlopen(f"{server['base']}/archive.json?sql={sql}", timeout=10).read().decode()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode()
    assert '"ok": false' in body
    import sqlite3

    con = sqlite3.connect(server["db"])
    assert con.execute("SELECT count(*) FROM announcements").fetchone()[0] > 0
    con.close()
    listening = Path("/proc/net/tcp").read_text().splitlines()[1:]
    port = f"{server['port']:04X}"
    local = [
        line.split()[1]
        for line in listening
        if line.split()[1].endswith(":" + port) and line.split()[3] == "0A"
    ]
    assert local == [f"0100007F:{port}"]  # 127.0.0.1 only
