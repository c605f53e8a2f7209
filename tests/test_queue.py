"""Per-site crawl jobs on the queue (issue 12, point 2), with real worker processes against the
local PostgreSQL: one site is never crawled by two workers at once, a duplicate enqueue is
de-duplicated, a scheduled night is queued once however many schedulers fire it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import REPO, replica_args, run_cli


def _jobs(url: str) -> list[tuple]:
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, status::text, args->>'site' FROM procrastinate_jobs ORDER BY id")
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def _wait(predicate, timeout: float = 240.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _worker(url: str, warc_root: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pressarchive", "worker", "--db", url, "--concurrency", "2"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PRESSARCHIVE_WARC_DIR": str(warc_root)},  # not ./warc in the repository
    )


def test_two_workers_never_crawl_one_site_at_once_and_a_duplicate_enqueue_is_one_job(
    replicas, pg_url, tmp_path
):
    args = replica_args(replicas)
    first = run_cli("enqueue", "rvr", "spd_kreistagsfraktion_kleve", "--db", pg_url, *args)
    assert first.returncode == 0, first.stderr
    again = run_cli("enqueue", "rvr", "--db", pg_url, *args)
    assert again.returncode == 0, again.stderr
    assert "already waiting" in again.stdout
    assert [j[2] for j in _jobs(pg_url)] == ["rvr", "spd_kreistagsfraktion_kleve"], "queued once"

    workers = [_worker(pg_url, tmp_path / "warc"), _worker(pg_url, tmp_path / "warc")]
    try:
        _wait(lambda: any(s == "doing" and site == "rvr" for _, s, site in _jobs(pg_url)), what="rvr running")
        # asked again while it runs: queued (it is not waiting), but never run beside the first
        during = run_cli("enqueue", "rvr", "--db", pg_url, *args)
        assert during.returncode == 0, during.stderr
        assert "job" in during.stdout, during.stdout
        shown = run_cli("queue", "--db", pg_url)
        assert shown.returncode == 0, shown.stderr
        assert "running" in shown.stdout, shown.stdout
        done = ("succeeded", "failed")
        _wait(
            lambda: len(_jobs(pg_url)) == 3 and all(s in done for _, s, _ in _jobs(pg_url)),
            what="the queue to drain",
        )
    finally:
        for w in workers:
            w.send_signal(signal.SIGTERM)
        for w in workers:
            try:
                w.wait(timeout=60)
            except subprocess.TimeoutExpired:
                w.kill()
                w.wait()
    assert [s for _, s, _ in _jobs(pg_url)] == ["succeeded"] * 3
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        runs = conn.execute(
            text("SELECT sites, status, started_at, finished_at, trigger FROM crawl_runs ORDER BY started_at")
        ).all()
        events = conn.execute(
            text(
                "SELECT j.args->>'site', e.type::text, e.at FROM procrastinate_events e "
                "JOIN procrastinate_jobs j ON j.id = e.job_id WHERE e.type IN ('started', 'succeeded') "
                "ORDER BY e.at"
            )
        ).all()
        stored = conn.execute(text("SELECT count(*) FROM announcements")).scalar()
    engine.dispose()
    assert stored == 53
    assert [r.trigger for r in runs] == ["queue"] * 3
    assert all(r.status == "finished" for r in runs), runs
    rvr = [r for r in runs if r.sites == "rvr"]
    assert len(rvr) == 2
    assert rvr[0].finished_at <= rvr[1].started_at, "two crawls of rvr overlapped"
    running = 0
    for site, kind, _ in events:  # the queue's own record: never two rvr jobs running at once
        if site == "rvr":
            running += 1 if kind == "started" else -1
            assert running <= 1


def test_a_scheduled_night_is_queued_once_by_several_schedulers(pg_url):
    pytest.importorskip("procrastinate")
    from schedules.jobs import enqueue_site_crawl
    from schedules.queue import QueueDispatcher
    from storage.archive import Archive

    Archive(pg_url).close()
    night = datetime(2026, 12, 3, 1, 30, tzinfo=UTC)
    one = QueueDispatcher(pg_url).enqueue_night("nightly", ["rvr", "spd_kreistagsfraktion_kleve"], night)
    two = QueueDispatcher(pg_url).enqueue_night("nightly", ["rvr", "spd_kreistagsfraktion_kleve"], night)
    assert all(r.job_id for r in one)
    assert [r.job_id for r in two] == [None, None]
    assert len(_jobs(pg_url)) == 2
    # the scheduler's job on a PostgreSQL archive: the newest fire time, queued once
    first = enqueue_site_crawl("goch_spd", pg_url, "nightly", "30 2 * * *", "Europe/Berlin")
    second = enqueue_site_crawl("goch_spd", pg_url, "nightly", "30 2 * * *", "Europe/Berlin")
    assert first
    assert second is None
    assert len(_jobs(pg_url)) == 3


def test_the_queue_commands_refuse_a_sqlite_archive_in_one_line(tmp_path):
    for args in (("worker",), ("enqueue", "rvr"), ("queue",)):
        result = run_cli(*args, "--db", str(tmp_path / "a.sqlite"))
        assert result.returncode != 0
        assert "PostgreSQL" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr, result.stderr
