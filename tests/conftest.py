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
        [sys.executable, "-m", "pressarchive", *args],
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
    # Profiles a user added with `sites add` (~/.config/pressarchive/sites) are not the tests':
    # every test run sees only the packaged profiles, unless a test points this elsewhere.
    if "PRESSARCHIVE_USER_SITES_DIR" not in os.environ:
        import tempfile

        os.environ["PRESSARCHIVE_USER_SITES_DIR"] = tempfile.mkdtemp(prefix="pressarchive-user-sites-")


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


# -- PostgreSQL: a database of this test run's own on the local server ---------------------------
# .ci/run starts the server (127.0.0.1:5432, trust auth) when it is down. Each pytest process
# (each xdist worker) creates one database and drops it at the end; each test that asks for
# ``pg_url`` gets a fresh schema in it (the URL sets search_path), so tests never share tables.
PG_ADMIN_URL = os.environ.get("PRESSARCHIVE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_database():
    """The URL of a database created for this test run (dropped afterwards). Without a server
    the PostgreSQL tests are skipped, except under CI (``CI`` set), where they fail."""
    try:
        import psycopg  # noqa: F401
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url
    except ImportError as exc:  # pragma: no cover - the test extra pulls psycopg in
        pytest.fail(f"psycopg missing: {exc}") if os.environ.get("CI") else pytest.skip(str(exc))
    name = f"pa_test_{os.getpid()}_{os.urandom(3).hex()}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        message = f"no PostgreSQL at {PG_ADMIN_URL}: {str(exc).splitlines()[0]}"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url(pg_database):
    """A SQLAlchemy URL of a fresh, empty schema in this run's PostgreSQL database."""
    from sqlalchemy import create_engine, text

    schema = f"t_{os.urandom(5).hex()}"
    engine = create_engine(pg_database)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    yield f"{pg_database}?options=-csearch_path%3D{schema}"
    engine = create_engine(pg_database)
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """An empty archive's URL on each back end: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "archive.sqlite")
    return request.getfixturevalue("pg_url")
