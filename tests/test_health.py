"""Nightly operations: every run checked, drift and silence flagged the night they happen.

Simulated nights: ``tests/generators/health.py`` writes the state of one press site for a given day
into a directory served by a real ``ReplicaServer``; each night is a real ``pressarchive crawl
--url`` in a child process into one SQLite archive, then the health verdict is taken with an
injected clock (``--as-of`` / ``now=``), no sleeping. Nothing about Scrapy, HTTP or the
database is mocked.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crawler.replicas.server import ReplicaServer
from storage.archive import Archive
from storage.health import RunRecord, assess, cadence, check_run, coverage_gaps, judge
from tests.conftest import run_cli
from tests.generators.health import HOST, START, write_night

D0 = date(2026, 6, 1)
FIRST = D0 - timedelta(days=9)  # 30 releases online on the first night


class Nights:
    """One site, one archive, one replica server: crawl night after night."""

    def __init__(self, tmp_path: Path, server: ReplicaServer) -> None:
        self.root = tmp_path / "hosts"
        self.db = tmp_path / "archive.sqlite"
        self.server = server

    def crawl(self, day: date, **state) -> tuple[int, str, sqlite3.Row]:
        write_night(self.root, day, first_day=state.pop("first_day", FIRST), **state)
        result = run_cli(
            "crawl", "--url", START, "--db", str(self.db), "--replica-proxy", self.server.proxy_url,
            "--replica-host", HOST, "-q",
        )  # fmt: skip
        return result.returncode, result.stdout + result.stderr, self.last_run()

    def last_run(self) -> sqlite3.Row:
        con = sqlite3.connect(self.db)
        con.row_factory = sqlite3.Row
        row = con.execute(
            "select r.*, s.check_status, s.check_reason, s.health, s.figures from crawl_runs r "
            "left join run_stats s on s.run_id = r.id order by r.id desc limit 1"
        ).fetchone()
        con.close()
        return row

    def health(self, day: date, *args: str) -> tuple[int, list[dict]]:
        result = run_cli(
            "health", "--db", str(self.db), "--as-of", day.isoformat(), "--format", "json", *args
        )
        return result.returncode, [json.loads(line) for line in result.stdout.splitlines() if line.strip()]

    def verdict(self, day: date):
        archive = Archive(str(self.db))
        try:
            (found,) = assess(archive.engine, now=datetime.combine(day, datetime.min.time()))
        finally:
            archive.close()
        return found


@pytest.fixture
def nights(tmp_path):
    (tmp_path / "hosts").mkdir()
    with ReplicaServer([tmp_path / "hosts"], include_builtin=False) as server:
        yield Nights(tmp_path, server)


# -- the simulated nights --------------------------------------------------------------------
def test_a_template_change_is_drift_on_its_first_night(nights):
    for offset in range(3):
        code, output, run = nights.crawl(D0 + timedelta(days=offset), template="v1")
        assert code == 0, output
        assert nights.verdict(D0 + timedelta(days=offset)).status == "ok"
    redesign = D0 + timedelta(days=3)
    code, output, run = nights.crawl(redesign, template="v2")
    # The crawl itself still stores the new releases (the check is not the drift verdict) …
    assert code == 0, output
    assert run["status"] == "finished"
    assert run["announcements_new"] == 3
    # … but the source drifted against its own history, the night it happened, with the reason.
    code, (verdict,) = nights.health(redesign)
    assert code == 1
    assert verdict["status"] == "drift"
    assert "extraction method 'semantic'" in verdict["reason"]
    assert "usually 100 %" in verdict["reason"]
    assert any(f["metric"] == "methods" for f in verdict["findings"])
    # ``runs`` shows the verdict recorded with the run.
    assert run["health"] == "drift"
    shown = run_cli("runs", "--db", str(nights.db), "--limit", "1")
    assert "drift" in shown.stdout
    assert "extraction method" in shown.stderr


def test_ten_normal_nights_raise_no_alarm(nights):
    for night in range(10):
        day = D0 + timedelta(days=night)
        # Normal changes: three new releases a day, and every other night an earlier one edited.
        edited = {i for i in range(2, 3 * night, 6)}
        code, output, run = nights.crawl(day, edited=edited)
        assert code == 0, output
        assert run["status"] == "finished", run["message"]
        assert run["check_status"] == "ok"
        verdict = nights.verdict(day)
        assert verdict.status == "ok", f"night {night + 1}: {verdict.reason}"
    assert run["announcements_updated"] + run["announcements_new"] >= 3
    code, (verdict,) = nights.health(day)
    assert code == 0
    assert verdict["cadence_days"] == 1
    assert verdict["stale_after_days"] == 7


def test_a_site_that_stops_publishing_is_stale_after_its_cadence(nights):
    last = D0 + timedelta(days=1)
    for day in (D0, last, last + timedelta(days=3), last + timedelta(days=7)):
        code, output, _ = nights.crawl(day, stop_after=last)
        assert code == 0, output
        assert nights.verdict(day).status == "ok", day
    # Three releases a day: stale after 7 silent days, on the 8th.
    day = last + timedelta(days=8)
    code, output, _ = nights.crawl(day, stop_after=last)
    assert code == 0, output
    code, (verdict,) = nights.health(day)
    assert verdict["status"] == "stale"
    assert f"newest announcement {last.isoformat()}, 8 days ago" in verdict["reason"]
    assert "stale after 7" in verdict["reason"]
    assert code == 0  # stale is reported, not an error exit (only failing and drift are)


def test_a_site_answering_500_is_failing(nights):
    code, output, _ = nights.crawl(D0)
    assert code == 0, output
    code, output, run = nights.crawl(D0 + timedelta(days=1), fail=500)
    assert code == 1, output
    assert run["status"] == "failed"
    assert "http/500" in run["message"]
    code, (verdict,) = nights.health(D0 + timedelta(days=1))
    assert code == 1
    assert verdict["status"] == "failing"
    assert "last run failed" in verdict["reason"]
    assert "http/500" in verdict["reason"]


def test_a_site_blocking_by_robots_is_failing(nights):
    code, output, _ = nights.crawl(D0)
    assert code == 0, output
    for offset in (1, 2):
        code, output, run = nights.crawl(D0 + timedelta(days=offset), robots_block=True)
        assert code == 1, output
        assert run["status"] == "failed"
        assert "robots.txt disallows the start URLs" in run["message"]
    code, (verdict,) = nights.health(D0 + timedelta(days=2))
    assert code == 1
    assert verdict["status"] == "failing"
    assert "2 runs in a row" in verdict["reason"]
    assert verdict["failed_in_a_row"] == 2


def test_a_crawl_that_stores_nothing_fails_with_figures(nights):
    """Issue 8.2: pages fetched, no announcement stored → failed, the reason in figures."""
    code, output, run = nights.crawl(D0, undated_every=1)
    assert code == 1, output
    assert run["status"] == "failed"
    figures = json.loads(run["figures"])
    assert figures["links"]["pointed"] >= 30
    assert figures["stored_total"] == 0
    assert "article-shaped URLs" in run["message"]
    assert "0 stored" in run["message"]
    assert "failed" in output
    code, (verdict,) = nights.health(D0)
    assert code == 1
    assert verdict["status"] == "failing"
    assert "article-shaped URLs" in verdict["reason"]


def test_a_crawl_that_stores_far_fewer_than_linked_is_degraded(nights):
    code, output, run = nights.crawl(D0, undated_every=3)  # one release in three can be read
    assert code == 1, output
    assert run["status"] == "degraded"
    figures = json.loads(run["figures"])
    stored, reached = figures["links"]["stored"], figures["links"]["reached"]
    assert 5 <= stored <= 10
    assert reached >= 20  # the trap guard may cut a URL shape that keeps yielding nothing
    assert f"{reached} fetched; only {stored} stored ({100 * stored / reached:.0f} %)" in run["message"]


# -- the rules on their own ------------------------------------------------------------------
OK_RUN = [RunRecord(1, datetime(2026, 6, 1), "finished", None, "ok", {"extracted": 0})]


def _every(days: int, count: int, end: date) -> list[date]:
    return [end - timedelta(days=days * i) for i in range(count)]


def test_cadence_is_learned_from_the_archive():
    # A faction posting weekly is stale after a few weeks, an association posting daily after days.
    assert cadence(_every(7, 30, D0)) == (7, 28)
    assert cadence(_every(1, 60, D0)) == (1, 7)
    assert cadence(_every(30, 12, D0))[1] == 120
    assert cadence(_every(7, 3, D0)) == (None, 90)  # too few dates: a generous default
    weekly = judge("f", OK_RUN, _every(7, 30, D0), D0 + timedelta(days=29))
    assert weekly.status == "stale"
    assert "29 days ago" in weekly.reason
    assert judge("f", OK_RUN, _every(7, 30, D0), D0 + timedelta(days=28)).status == "ok"


def test_months_without_any_announcement_are_reported():
    dates = [
        date(2025, month, day) for month in range(1, 13) for day in (3, 10, 17, 24, 28) if month not in (4, 5)
    ]
    gaps, per_month = coverage_gaps(dates, date(2026, 1, 15))
    assert gaps == ["2025-04", "2025-05"]
    assert per_month == 5
    verdict = judge("f", OK_RUN, dates, date(2026, 1, 2))
    assert verdict.status == "stale"
    assert "no announcement in 2025-04, 2025-05 (usually 5 a month)" in verdict.reason


def test_check_run_reasons_carry_figures():
    figures: dict[str, Any] = {
        "responses": 260,
        "pages": {"listing": 251},
        "unchanged": 0,
        "stored_total": 0,
        "links": {"pointed": 240, "reached": 240, "stored": 0, "by_via": {"listing": 240}},
    }
    status, reason = check_run(figures)
    assert status == "failed"
    assert reason is not None
    assert reason.startswith(
        "fetched 251 pages (251 listing); listings link 240 article-shaped URLs; 0 stored"
    )
    healthy = {**figures, "stored_total": 231, "links": {**figures["links"], "stored": 231}}
    assert check_run(healthy) == ("ok", None)
    assert check_run({"responses": 0}) == ("failed", "no page could be fetched")


def test_field_coverage_counts_none_empty_and_blank_as_missing():
    """Unlike Spidermon's default (``None`` counts as covered), a field is covered only with a
    value: ``None``, ``""``, whitespace and empty lists are missing; a body needs 200 characters."""
    from crawler.items import Announcement, Event, Person
    from crawler.runstats import coverage_of

    empty = Announcement(url="https://x.test/1", title="  ", lead="", text="kurz", kind="", people=[])
    assert not any(coverage_of(empty).values())
    full = Announcement(
        url="https://x.test/2", title="Titel", published="2026-06-01", lead="Vorspann", text="x" * 200,
        people=[Person("Anna Berger", "Vorsitzende")], event=Event(start="2026-06-02"),
    )  # fmt: skip
    assert all(coverage_of(full).values())
    assert coverage_of(Announcement(url="https://x.test/3", event=Event()))["event"] is False
