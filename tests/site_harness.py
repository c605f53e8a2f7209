"""The crawl harness of the site suites: crawl sites in parallel, read what they stored.

Why a support module: the generated (``dev``), held-out and blind suites check the same
acceptance criteria with the same machinery: one child-process crawl per site through one
replica server whose access log is ours, an archive snapshot per night, and the rows read back.
Test modules import it; no test module imports another.

On a loaded machine, ``PRESSARCHIVE_TEST_TIMEOUT_SCALE=N`` gives every night N times its time
(default 1): a crawl killed at its deadline fails every test of that site, whatever it would
have stored.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from crawler.replicas.server import LoggedRequest, ReplicaServer
from crawler.urls import url_key

REPO = Path(__file__).resolve().parents[1]
NIGHT_TIMEOUT = 60.0  # seconds for all parallel crawls of one night
TIMEOUT_SCALE = float(os.environ.get("PRESSARCHIVE_TEST_TIMEOUT_SCALE", "1"))
SHARE = 0.95
SECOND_NIGHT_SHARE = 0.15


def xfail_mark(test: str, param: object | None = None, known: dict[str, str] | None = None) -> list:
    table = known or {}
    reason = table.get(f"{test}[{param}]") if param is not None else None
    reason = reason or table.get(test)
    return [pytest.mark.xfail(reason=reason, strict=False)] if reason else []


def cases(test: str, values: list | tuple, known: dict[str, str] | None = None) -> list:
    """Parameters for ``test``, known failures (by test name or node id) marked xfail."""
    return [pytest.param(v, id=str(v), marks=xfail_mark(test, v, known)) for v in values]


# -- crawling ----------------------------------------------------------------------------------
@dataclass
class Night:
    """One site's crawl on one night: exit status, output, its requests, an archive snapshot."""

    host: str
    number: int
    returncode: int | None
    output: str
    requests: list[LoggedRequest] = field(default_factory=list)
    db: Path | None = None

    def tail(self, chars: int = 3000) -> str:
        return f"[crawl of {self.host}, night {self.number}, exit {self.returncode}]\n{self.output[-chars:]}"


def crawl_night(
    server: ReplicaServer,
    number: int,
    dbs: dict[str, Path],
    snapshots: Path,
    hosts: list[str],
    timeout: float = NIGHT_TIMEOUT,
) -> dict[str, Night]:
    """Crawl every site of ``hosts`` in parallel, one child process each, and snapshot each archive."""
    mark = len(server.requests)
    procs = {}
    for host in hosts:
        cmd = [
            sys.executable, "-m", "pressarchive", "crawl", "--url", f"http://{host}/", "--db", str(dbs[host]),
            "--replica-proxy", server.proxy_url, "--replica-host", host, "--quiet",
        ]  # fmt: skip
        log_path = snapshots / f"{host}-night{number}.log"
        with log_path.open("w") as out:  # a file, not a pipe: parallel crawls never block on output
            procs[host] = (subprocess.Popen(cmd, cwd=REPO, stdout=out, stderr=subprocess.STDOUT), log_path)
    timeout *= TIMEOUT_SCALE
    deadline = time.monotonic() + timeout
    nights = {}
    for host, (proc, log_path) in procs.items():
        note = ""
        try:
            proc.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            note = f"\n[killed after {timeout:.0f} s]"
        output = log_path.read_text(encoding="utf-8", errors="replace") + note
        nights[host] = Night(host, number, proc.returncode, output)
    log = list(server.requests)[mark:]
    for host, night in nights.items():
        night.requests = [r for r in log if r.host == host]
        if dbs[host].exists():
            night.db = snapshots / f"{host}-night{number}.sqlite"
            src, dst = sqlite3.connect(dbs[host]), sqlite3.connect(night.db)
            src.backup(dst)
            src.close()
            dst.close()
    return nights


def night(nights: dict, host: str, number: int) -> Night:
    """The crawl of ``host`` on night ``number``, failing the test if it did not finish."""
    result = nights[(host, number)]
    assert result.returncode == 0, result.tail()
    assert result.db is not None, result.tail()
    return result


@dataclass
class Stored:
    url: str
    title: str | None
    published: str | None
    text: str
    withdrawn: bool
    revisions: int


def stored(result: Night) -> dict[str, Stored]:
    con = sqlite3.connect(result.db)  # type: ignore[arg-type]
    rows = con.execute(
        "select a.url, a.title, a.published, a.text, a.withdrawn_at, "
        "(select count(*) from revisions r where r.announcement_id = a.id) from announcements a"
    ).fetchall()
    con.close()
    return {
        url: Stored(
            url, title, str(published) if published else None, text or "", withdrawn is not None, revs
        )
        for url, title, published, text, withdrawn, revs in rows
    }


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def target(request: LoggedRequest) -> str:
    return request.target.split("#", 1)[0]


def by_key(rows: dict[str, Stored]) -> dict[str, list[Stored]]:
    """Stored rows by the archive's identity (``url_key``: scheme, ``www.``, slash do not count)."""
    out: dict[str, list[Stored]] = {}
    for row in rows.values():
        out.setdefault(url_key(row.url), []).append(row)
    return out


def wanted_by_key(site: dict) -> dict[str, dict]:
    return {url_key(a["url"]): a for a in site["announcements"]}
