"""A crawl killed with SIGKILL at any moment loses nothing and stores nothing twice.

The crawl is killed at several points: after the first announcement is stored, after some
(listings read, change tokens written for links not yet fetched) and late in the crawl.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO, crawl, replica_args

SITE = "spd_kreistagsfraktion_kleve"


def count(db, sql: str) -> int:
    con = sqlite3.connect(db, timeout=30)
    try:
        return con.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()


@pytest.fixture(scope="module")
def reference_urls(replicas, tmp_path_factory) -> set[str]:
    """What an uninterrupted crawl of the site stores."""
    reference = tmp_path_factory.mktemp("reference") / "ref.sqlite"
    crawl(replicas, reference, SITE)
    return {r[0] for r in sqlite3.connect(reference).execute("select url from announcements")}


@pytest.mark.parametrize("stored_before_kill", [1, 4, 10])
def test_sigkill_mid_crawl_then_resume(replicas, tmp_path, reference_urls, stored_before_kill):
    db = tmp_path / "a.sqlite"
    slow = ["-s", "DOWNLOAD_DELAY=0.3", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]
    cmd = [
        sys.executable,
        "-m",
        "pressarchive",
        "crawl",
        SITE,
        "--db",
        str(db),
        *replica_args(replicas),
        *slow,
    ]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while (
        time.monotonic() < deadline and count(db, "select count(*) from announcements") < stored_before_kill
    ):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = count(db, "select count(*) from announcements")
    assert partial >= stored_before_kill

    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    con.close()

    crawl(replicas, db, SITE)
    con = sqlite3.connect(db)
    urls = [r[0] for r in con.execute("select url from announcements")]
    assert len(urls) == len(set(urls))
    assert set(urls) == reference_urls, "the resumed crawl lost or added announcements"
    revisions = con.execute("select count(*) from revisions").fetchone()[0]
    assert revisions == len(urls), "an announcement was stored twice as a revision"
    statuses = [r[0] for r in con.execute("select status from crawl_runs order by id")]
    assert statuses[0] == "aborted", statuses
    assert statuses[-1] == "finished"
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
