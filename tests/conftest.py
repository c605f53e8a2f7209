"""Shared fixtures: the replica server on loopback and crawls run as real child processes.

Crawls run through the real CLI in a child process (Twisted's reactor cannot restart inside the
test process), against the local replica server acting as HTTP proxy: no test touches the
internet, nothing about Scrapy, HTTP or SQLite is mocked.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXPECTED = REPO / "tests" / "expected"


@pytest.fixture(scope="session")
def replicas():
    from crawler.replicas.server import serve_replicas

    with serve_replicas() as server:
        yield server


def replica_args(server) -> list[str]:
    args = ["--replica-proxy", server.proxy_url]
    for host in sorted(server.hosts):
        args += ["--replica-host", host]
    return args


def run_cli(*args: str, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``pressarchive ARGS`` in a child process and return the completed process."""
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        check=False,
    )


def crawl(server, db: Path, *sites: str, extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    result = run_cli("crawl", *sites, "--db", str(db), *replica_args(server), *extra)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="session")
def seed_archive(replicas, tmp_path_factory):
    """An archive filled by crawling both seed-site replicas once."""
    db = tmp_path_factory.mktemp("seed") / "archive.sqlite"
    crawl(replicas, db, "rvr", "spd_kreistagsfraktion_kleve")
    return db
