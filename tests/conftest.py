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


# -- no process left behind ------------------------------------------------------------------------
# Every process the suite starts (crawls, their extraction workers, servers) inherits this marker;
# when the session ends, none of them may still be running (issue 13: orphaned workers).
SESSION_MARKER = "PRESSARCHIVE_TEST_SESSION"


def marked_processes(token: str) -> list[tuple[int, str]]:
    """Running processes (not zombies) whose environment carries ``SESSION_MARKER=token``."""
    needle = f"{SESSION_MARKER}={token}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes()
            stat = Path(f"/proc/{entry}/stat").read_bytes()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if needle in environ.split(b"\0") and stat.rsplit(b")", 1)[1].split()[0] != b"Z":
            found.append((int(entry), cmdline[:160].decode("utf-8", "replace")))
    return found


def pytest_configure(config):
    if not hasattr(config, "workerinput") and sys.platform.startswith("linux"):
        os.environ[SESSION_MARKER] = f"{os.getpid()}-{os.urandom(4).hex()}"


def pytest_sessionfinish(session, exitstatus):
    token = os.environ.get(SESSION_MARKER)
    if hasattr(session.config, "workerinput") or not token or not token.startswith(f"{os.getpid()}-"):
        return
    import time

    deadline = time.monotonic() + 10  # xdist workers and their helpers are still exiting
    left = marked_processes(token)
    while left and time.monotonic() < deadline:
        time.sleep(0.25)
        left = marked_processes(token)
    if left:
        lines = "\n".join(f"  {pid} {cmd}" for pid, cmd in left)
        writer = session.config.get_terminal_writer()
        writer.line(f"\nprocesses left behind by the test suite:\n{lines}", red=True)
        session.exitstatus = 1
