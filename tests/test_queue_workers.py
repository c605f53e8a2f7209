"""Crawl workers under failure and sharing (issue 12, points 2 and 4), with real worker processes
against the local PostgreSQL and real HTTP servers on loopback addresses of their own:

* two sites on one host are never fetched by two workers at once, and the host's request gaps
  (from the server's log) keep the crawler's delay, while a site on another host runs beside them;
* a worker killed with SIGKILL mid-crawl: its crawl dies with it, another worker takes the job
  again and finishes the site, every announcement stored once;
* a crawl that keeps failing is retried with growing waits, then left failed, and its host's
  other sites are not held up meanwhile;
* a crawl that runs into the job's time limit is killed and failed, not retried;
* a site whose start URLs are on two hosts holds both: another site on its second host waits
  for it (no overlap in that server's log), though its first host is another one's.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import REPO, run_cli
from tests.loopback_sites import LoopbackHost, LoopbackSites

pytest.importorskip("procrastinate")


def _query(url: str, sql: str, **params) -> list[tuple]:
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(sql), params).all()]
    engine.dispose()
    return rows


def _jobs(url: str) -> dict[str, tuple[str, int]]:
    """site → (status, attempts) of its newest job."""
    rows = _query(url, "SELECT args->>'site', status::text, attempts FROM procrastinate_jobs ORDER BY id")
    return {site: (status, attempts) for site, status, attempts in rows}


def _statuses(url: str) -> list[str]:
    return [status for (status,) in _query(url, "SELECT status::text FROM procrastinate_jobs ORDER BY id")]


def _events(url: str, site: str, kind: str) -> list:
    rows = _query(
        url,
        "SELECT e.at FROM procrastinate_events e JOIN procrastinate_jobs j ON j.id = e.job_id "
        "WHERE j.args->>'site' = :site AND e.type::text = :kind ORDER BY e.at",
        site=site,
        kind=kind,
    )
    return [r[0] for r in rows]


def _wait(predicate, timeout: float = 240.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


class Workers:
    """``pressarchive worker`` processes, stopped (SIGTERM, then SIGKILL) at the end."""

    def __init__(self, url: str, env: dict[str, str], *args: str) -> None:
        self.url, self.env, self.args = url, env, args
        self.procs: list[subprocess.Popen] = []

    def start(self, n: int = 1) -> None:
        for _ in range(n):
            cmd = [sys.executable, "-m", "pressarchive", "worker", "--db", self.url, *self.args]
            self.procs.append(
                subprocess.Popen(
                    cmd, cwd=REPO, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            )

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _crawl_children(site: str) -> list[tuple[int, int]]:
    """(pid, parent pid) of running ``pressarchive crawl SITE`` processes."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if b"crawl" in cmdline and site.encode() in cmdline and fields[0] != "Z":
            found.append((int(entry), int(fields[1])))
    return found


@pytest.fixture
def loopback(tmp_path):
    """Start loopback sites (``{address: {prefix: announcements}}``): the servers, their
    profiles' ids, and the environment every command needs to find the profiles."""
    with ExitStack() as stack:

        def start(hosts: dict[str, dict[str, int]]):
            sites = stack.enter_context(LoopbackSites([LoopbackHost(a, dict(s)) for a, s in hosts.items()]))
            sites.write_profiles(tmp_path / "profiles")
            env = {
                "PRESSARCHIVE_SITES_DIR": str(tmp_path / "profiles"),
                "PRESSARCHIVE_WARC_DIR": str(tmp_path / "warc"),
            }
            return sites, {**os.environ, **env}

        yield start


def _enqueue(url: str, env: dict[str, str], *sites: str) -> None:
    result = run_cli("enqueue", *sites, "--db", url, env=env)
    assert result.returncode == 0, result.stderr
    assert "not queued" not in result.stdout, result.stdout


def test_two_workers_never_fetch_one_host_at_once_keep_its_delay_and_get_304s_the_next_night(
    loopback, pg_url
):
    from crawler import settings

    sites, env = loopback({"127.0.0.2": {"a": 5, "b": 5}, "127.0.0.3": {"c": 8}})
    a, b, c = "loop_127_0_0_2_a", "loop_127_0_0_2_b", "loop_127_0_0_3_c"
    _enqueue(pg_url, env, a, b, c)
    with Workers(pg_url, env, "--concurrency", "2") as workers:
        workers.start(2)
        _wait(lambda: all(s == "succeeded" for s, _ in _jobs(pg_url).values()) and len(_jobs(pg_url)) == 3,
              what="three crawls")  # fmt: skip
    shared = [h for h in sites.all_hits() if h.address == "127.0.0.2"]
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(shared)]
    # Scrapy waits 0.5-1.5 × DOWNLOAD_DELAY between requests to one host; two processes on
    # one host would come within milliseconds of each other
    assert min(gaps) >= 0.5 * settings.DOWNLOAD_DELAY - 0.02, gaps
    a_hits, b_hits = sites.site_hits("127.0.0.2", "a"), sites.site_hits("127.0.0.2", "b")
    first, second = sorted((a_hits, b_hits), key=lambda hits: hits[0].at)
    assert first[-1].at < second[0].at, "the two sites of 127.0.0.2 were crawled at the same time"
    c_hits = sites.site_hits("127.0.0.3", "c")
    assert c_hits[0].at < second[0].at, "127.0.0.3 waited for 127.0.0.2"
    assert first[0].at < c_hits[-1].at, "127.0.0.3 waited for 127.0.0.2"
    assert _query(pg_url, "SELECT count(*) FROM announcements") == [(18,)]

    # the second night: the same pages, asked for conditionally and answered 304, stored once
    night_one = len(sites.all_hits())
    _enqueue(pg_url, env, a, b, c)
    with Workers(pg_url, env, "--concurrency", "2") as workers:
        workers.start(2)
        _wait(lambda: _statuses(pg_url) == ["succeeded"] * 6, what="the second night")
    again = [h for h in sites.all_hits()[night_one:] if h.path != "/robots.txt" and h.status != 404]
    assert again, "the second night fetched nothing"
    assert all(h.conditional and h.status == 304 for h in again), [(h.path, h.status) for h in again]
    runs = _query(pg_url, "SELECT sites, status, warc_path FROM crawl_runs ORDER BY id")
    assert sorted((site, status) for site, status, _ in runs) == sorted(
        [(a, "finished"), (b, "finished"), (c, "finished")] * 2
    )
    assert _query(pg_url, "SELECT count(*) FROM announcements") == [(18,)]
    assert _query(pg_url, "SELECT count(*) FROM revisions") == [(18,)]
    warcs = [path for *_, path in runs]
    assert len(set(warcs)) == 6, "one WARC per site run"
    assert all((Path(env["PRESSARCHIVE_WARC_DIR"]) / path).is_file() for path in warcs)


def test_a_worker_killed_mid_crawl_has_its_site_finished_by_another_with_nothing_doubled(loopback, pg_url):
    sites, env = loopback({"127.0.0.4": {"k": 14}})
    site = "loop_127_0_0_4_k"
    _enqueue(pg_url, env, site)
    with Workers(pg_url, env, "--concurrency", "1", "--stalled-after", "3") as workers:
        workers.start(2)
        _wait(lambda: len(sites.site_hits("127.0.0.4", "k")) >= 5, what="the crawl to be half way")
        [(child, worker_pid)] = _crawl_children(site)
        assert worker_pid in {p.pid for p in workers.procs}
        os.kill(worker_pid, signal.SIGKILL)
        _wait(
            lambda: child not in {pid for pid, _ in _crawl_children(site)},
            30,
            "the crawl to die with its worker",
        )
        killed_at = len(sites.site_hits("127.0.0.4", "k"))
        _wait(lambda: _jobs(pg_url)[site][0] == "succeeded", what="the job to be taken again and finish")
    _, attempts = _jobs(pg_url)[site]
    assert attempts == 2, "the killed attempt, then the surviving worker's"
    assert len(_events(pg_url, site, "started")) == 2
    assert killed_at < 14 + 3, "the first crawl had not finished when its worker was killed"
    urls = _query(pg_url, "SELECT url FROM announcements")
    assert len(urls) == 14 == len(set(urls)), "every announcement once"
    assert _query(pg_url, "SELECT count(*) FROM revisions") == [(14,)], "no revision twice"
    runs = _query(pg_url, "SELECT status FROM crawl_runs ORDER BY id")
    assert runs == [("aborted",), ("finished",)]


def test_a_failing_crawl_is_retried_with_growing_waits_then_failed_without_holding_up_its_host(
    loopback, pg_url, monkeypatch
):
    from schedules.queue import MAX_ATTEMPTS, QueueDispatcher
    from storage.archive import Archive

    _, env = loopback({"127.0.0.5": {"x": 2, "y": 2}})
    failing, other = "loop_127_0_0_5_x", "loop_127_0_0_5_y"
    Archive(pg_url).close()
    monkeypatch.setenv("PRESSARCHIVE_SITES_DIR", env["PRESSARCHIVE_SITES_DIR"])  # for this process
    # an argument the crawl refuses: every attempt exits with an error
    QueueDispatcher(pg_url, extra_args=["--max-pages", "0"]).enqueue([failing])
    _enqueue(pg_url, env, other)
    with Workers(pg_url, env, "--concurrency", "1", "--retry-wait", "2") as workers:
        workers.start(1)
        _wait(lambda: _jobs(pg_url).get(failing, ("",))[0] == "failed", what="the retries to run out")
        _wait(lambda: _jobs(pg_url)[other][0] == "succeeded", what="the host's other site")
    starts = _events(pg_url, failing, "started")
    assert len(starts) == MAX_ATTEMPTS
    waits = [(later - earlier).total_seconds() for earlier, later in itertools.pairwise(starts)]
    assert all(w >= 2 ** (n + 1) - 0.1 for n, w in enumerate(waits)), waits  # 2, 4, 8 s at least
    [other_start] = _events(pg_url, other, "started")
    assert other_start < starts[-1], "the other site of the host waited for the failing one"
    shown = run_cli("queue", "--db", pg_url, "--format", "json", env=env)
    assert shown.returncode == 0, shown.stderr
    listed = json.loads(shown.stdout)
    assert listed["counts"] == {"failed": 1, "succeeded": 1}
    assert [(j["site"], j["status"], j["attempts"], j["retries"]) for j in listed["jobs"]] == [
        (failing, "failed", MAX_ATTEMPTS, MAX_ATTEMPTS - 1)
    ]
    [job] = listed["jobs"]
    assert job["reason"].startswith(f"crawl of {failing} exited 2: "), job["reason"]
    assert "--max-pages" in job["reason"], "the crawl's own error line"
    table = run_cli("queue", "--db", pg_url, env={**env, "COLUMNS": "250"})
    assert table.returncode == 0, table.stderr
    assert "failed 1, done 1" in table.stdout
    assert f"crawl of {failing} exited 2" in table.stdout, table.stdout


def test_a_crawl_over_the_time_limit_is_killed_and_failed_not_retried(loopback, pg_url):
    sites, env = loopback({"127.0.0.6": {"t": 60}})
    site = "loop_127_0_0_6_t"
    _enqueue(pg_url, env, site)
    with Workers(pg_url, env, "--concurrency", "1", "--timeout", "15") as workers:
        workers.start(1)
        _wait(lambda: _jobs(pg_url)[site][0] == "failed", 120, "the time limit")
        assert _crawl_children(site) == [], "the crawl was killed"
        fetched = len(sites.all_hits())
        time.sleep(2)
        assert len(sites.all_hits()) == fetched, "nothing fetches the site any more"
    assert 0 < fetched < 60, "killed mid-crawl"  # robots.txt at least: the run had started
    [started] = _events(pg_url, site, "started")
    [failed] = _events(pg_url, site, "failed")
    assert 15 <= (failed - started).total_seconds() < 30
    assert _jobs(pg_url)[site] == ("failed", 1), "one attempt, not retried"
    [(status, message)] = _query(pg_url, "SELECT status, message FROM crawl_runs")
    assert status == "aborted"
    assert message == f"crawl of {site} killed at its time limit of 15 s"


def test_a_site_on_two_hosts_holds_both_so_a_site_on_its_second_host_waits(
    loopback, tmp_path, pg_url, monkeypatch
):
    from crawler.sites import load_sites
    from schedules.hostlocks import hosts_of

    sites, env = loopback({"127.0.0.7": {"x": 4}, "127.0.0.8": {"x": 4, "y": 6}})
    first, second = sites.hosts
    # one site starting on both hosts; its first host (the queue's lock) is 127.0.0.7
    (tmp_path / "profiles" / "two_hosts.toml").write_text(
        'id = "two_hosts"\nname = "Fraktion x auf zwei Hosts"\nfamily = "generic"\n'
        f'start_urls = ["{first.url("x")}", "{second.url("x")}"]\n',
        encoding="utf-8",
    )
    other = "loop_127_0_0_8_y"
    monkeypatch.setenv("PRESSARCHIVE_SITES_DIR", env["PRESSARCHIVE_SITES_DIR"])
    profiles = load_sites()
    assert hosts_of("two_hosts", profiles) == ["127.0.0.7", "127.0.0.8"]
    assert hosts_of(other, profiles) == ["127.0.0.8"]
    _enqueue(pg_url, env, "two_hosts", other)
    with Workers(pg_url, env, "--concurrency", "1") as workers:
        workers.start(2)
        _wait(lambda: [s for s, _ in _jobs(pg_url).values()] == ["succeeded"] * 2, what="both crawls")
    assert sites.site_hits("127.0.0.7", "x"), "the two-host site fetched its first host"
    on_second = [h for h in sites.all_hits() if h.address == "127.0.0.8" and h.path != "/robots.txt"]
    x_hits = [h.at for h in on_second if h.path.startswith("/x/")]
    y_hits = [h.at for h in on_second if h.path.startswith("/y/")]
    assert x_hits, "the two-host site fetched its second host"
    assert y_hits
    # one after the other on 127.0.0.8, whichever went first (two workers were free)
    assert max(x_hits) < min(y_hits) or max(y_hits) < min(x_hits), "two workers fetched 127.0.0.8 at once"
    stored = dict(_query(pg_url, "SELECT source_id, count(*) FROM announcements GROUP BY 1"))
    assert stored[other] == 6
    assert stored["two_hosts"] >= 4, "the same four pages on both hosts: stored once or twice"
