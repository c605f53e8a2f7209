"""The verdicts ``assess`` reads from the archive in a few SQL rows per source are the verdicts of
the rules over each source's full history, on SQLite and on PostgreSQL.

One archive holds sources with every kind of history (healthy, failing for longer than the
runs drift reads, last run aborted or skipped, drift never recorded, silent, with empty months,
never crawled, withdrawn and future-dated announcements); the reference judges each source with
``judge`` over all its runs and dates, read naively. Nothing is mocked: real migrations, real
databases.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, select

from storage import models as m
from storage.archive import Archive
from storage.health import assess, judge, unhealthy
from storage.health.reading import LIGHT_TABLES
from storage.health.verdict import RunRecord

TODAY = date(2026, 12, 1)
NOW = datetime.combine(TODAY, datetime.min.time())


def figures(n: int, *, method: str = "selector", drift: list | None = None, **extra: Any) -> dict[str, Any]:
    """One night's figures: ``n`` announcements read, all by ``method``."""
    data: dict[str, Any] = {
        "requests": 10 + n,
        "responses": 10 + n,
        "pages": {"announcement": n, "listing": 2},
        "listing_links": 24.0,
        "announcements": {"new": n, "updated": 0, "unchanged": 0, "withdrawn": 0, "empty": 0},
        "stored_total": 100,
        "links": {"pointed": n, "reached": n, "stored": n, "by_via": {"listing": n}},
        "extracted": n,
        "coverage": {"title": n, "published": n, "body": n, "lead": 0, "kind": n, "people": 0, "event": 0},
        "methods": {method: n},
        "date_sources": {"jsonld": n},
        "body_length": {"p10": 600, "p50": 900, "p90": 1400} if n else None,
        "errors": {},
        "start_blocked": 0,
        **extra,
    }
    if drift is not None:
        data["drift"] = drift  # recorded at the end of the run (storage.health.record_health)
    return data


FAILED = "no page could be read (http/500×4)"
# source → its nights, oldest first: (status, message, figures)
NIGHTS: dict[str, list[tuple[str, str | None, dict[str, Any]]]] = {
    "daily": [("finished", None, figures(3, drift=[]))] * 30,
    # failing for longer than the 16 runs drift reads: the count and the last success still right
    "broken": [("finished", None, figures(3, drift=[]))] * 5
    + [("failed", FAILED, figures(0, drift=[]))] * 18,
    "aborted_last": [("finished", None, figures(3, drift=[]))] * 6
    + [("aborted", "crawl interrupted", figures(1))],
    "skipped_last": [("finished", None, figures(3, drift=[]))] * 6 + [("skipped", "locked", figures(0))],
    # no drift recorded with the runs: judged from the recent runs when read
    "redesign": [("finished", None, figures(3))] * 10
    + [("finished", None, figures(3, method="trafilatura"))] * 2,
    "robots": [("finished", None, figures(3, drift=[]))] * 4
    + [("finished", None, figures(2, drift=[], start_blocked=2))],
    "quiet": [("finished", None, figures(0, drift=[]))] * 20,
    "gappy": [("finished", None, figures(1, drift=[]))] * 8,
    "only_running": [("running", None, figures(0))],
    "never": [],
}


def dates_of(source: str) -> list[tuple[date, bool]]:
    """(publication date, withdrawn) of the source's announcements."""
    if source == "daily":
        days = [(TODAY - timedelta(days=i), False) for i in range(1, 200)]
        return [*days, (TODAY - timedelta(days=3), False), (TODAY, True), (TODAY + timedelta(days=5), False)]
    if source == "quiet":  # weekly until two months ago
        return [(TODAY - timedelta(days=60 + 7 * i), False) for i in range(30)]
    if source == "gappy":  # five a month for a year, none in April and May
        return [
            (date(2026, mo, day), False)
            for mo in range(1, 12)
            for day in (2, 9, 16, 23, 28)
            if mo not in (4, 5)
        ]
    if source in ("never", "only_running"):
        return []
    return [(TODAY - timedelta(days=2 * i + 1), False) for i in range(40)]


def build(engine: Engine) -> None:
    start = NOW - timedelta(days=40)
    run_id = ann_id = 0
    with engine.begin() as conn:
        conn.execute(insert(m.Source), [{"id": s, "name": s.title(), "created_at": start} for s in NIGHTS])
        for source, nights in NIGHTS.items():
            for night, (status, message, fig) in enumerate(nights):
                run_id += 1
                started = start + timedelta(days=night, hours=2)
                conn.execute(
                    insert(m.CrawlRun).values(
                        id=run_id, sites=source, trigger="scheduler", started_at=started, status=status,
                        message=message, announcements_new=fig["announcements"]["new"],
                    )
                )  # fmt: skip
                check = "failed" if status == "failed" else "ok"
                conn.execute(
                    insert(m.RunStats).values(
                        run_id=run_id, source_id=source, started_at=started, check_status=check, figures=fig
                    )
                )
            for published, withdrawn in dates_of(source):
                ann_id += 1
                seen = start + timedelta(hours=ann_id)
                conn.execute(
                    insert(m.Announcement).values(
                        id=ann_id, source_id=source, url=f"https://{source}.example/{ann_id}",
                        url_key=f"{source}.example/{ann_id}", title="T", published=published, text="x",
                        kind="press_release", content_hash=f"{ann_id:064d}", data={}, first_seen=seen,
                        last_seen=seen, last_changed=seen, withdrawn_at=seen if withdrawn else None,
                    )
                )  # fmt: skip


def reference(engine: Engine, today: date) -> list[dict[str, Any]]:
    """Every source judged by ``judge`` over all its runs and dates, read one row at a time."""
    rs, cr, an = m.RunStats.__table__, m.CrawlRun.__table__, m.Announcement.__table__
    with engine.connect() as conn:
        names = dict(conn.execute(select(m.Source.id, m.Source.name)).all())
        runs: dict[str, list[RunRecord]] = {s: [] for s in names}
        query = (
            select(rs.c.source_id, rs.c.run_id, cr.c.started_at, cr.c.status, cr.c.message, rs.c.check_status)
            .add_columns(rs.c.figures)
            .join(cr, cr.c.id == rs.c.run_id)
            .where(cr.c.status.not_in(("running", "skipped")))
            .order_by(rs.c.started_at.desc(), rs.c.id.desc())
        )
        for source, *record in conn.execute(query):
            runs[source].append(RunRecord(*record))
        dates: dict[str, list[date]] = {s: [] for s in names}
        for source, published in conn.execute(
            select(an.c.source_id, an.c.published).where(
                an.c.withdrawn_at.is_(None), an.c.published.is_not(None)
            )
        ):
            dates[source].append(published)
        last_new = dict(
            conn.execute(select(an.c.source_id, func.max(an.c.first_seen)).group_by(an.c.source_id)).all()
        )
    verdicts = [
        judge(
            source, runs[source], dates[source], today, name=name, last_new=last_new.get(source),
            drift=(runs[source][0].figures or {}).get("drift") if runs[source] else None,
        )
        for source, name in names.items()
    ]  # fmt: skip
    verdicts.sort(key=lambda v: ({"failing": 0, "drift": 1, "stale": 2, "ok": 3}[v.status], v.source))
    return [v.to_dict() for v in verdicts]


@pytest.fixture
def history(db_url):
    archive = Archive(db_url)
    build(archive.engine)
    yield archive.engine
    archive.close()


def test_assess_gives_the_verdicts_of_the_rules_over_the_full_history(history):
    for today in (TODAY, TODAY + timedelta(days=30), TODAY - timedelta(days=20)):
        now = datetime.combine(today, datetime.min.time())
        assert [v.to_dict() for v in assess(history, now=now)] == reference(history, today), today
    by_source = {v.source: v for v in assess(history, now=NOW)}
    broken = by_source["broken"]
    assert broken.status == "failing"
    assert broken.failed_in_a_row == 18
    assert "last run failed (18 runs in a row): no page could be read (http/500×4)" in broken.reason
    assert broken.last_success == NOW - timedelta(days=40) + timedelta(days=4, hours=2)
    assert by_source["redesign"].status == "drift"
    assert "extraction method 'selector' on 0 of 3" in by_source["redesign"].reason
    assert by_source["robots"].status == "failing"
    assert "robots.txt now disallows 2 of the start URLs" in by_source["robots"].reason
    assert by_source["quiet"].status == "stale"
    assert "60 days ago; it usually publishes every 7 days, stale after 28" in by_source["quiet"].reason
    assert by_source["gappy"].status == "stale"
    assert "no announcement in 2026-04, 2026-05 (usually 5 a month)" in by_source["gappy"].reason
    assert by_source["never"].reason == "never crawled"
    assert by_source["only_running"].reason == "never crawled"
    assert by_source["aborted_last"].last_run_status == "aborted"
    assert by_source["aborted_last"].status == "ok"
    assert by_source["skipped_last"].last_run_status == "finished"
    daily = by_source["daily"]  # the withdrawn and the future-dated announcement do not count
    assert (daily.status, daily.newest_published, daily.cadence_days) == ("ok", TODAY - timedelta(days=1), 1)
    assert unhealthy(by_source.values())


def test_assess_of_some_sources_judges_them_as_assess_of_all(history):
    everyone = {v.source: v.to_dict() for v in assess(history, now=NOW)}
    some = assess(history, sources=["gappy", "broken", "nonexistent"], now=NOW)
    assert [v.source for v in some] == ["broken", "gappy"]
    assert [v.to_dict() for v in some] == [everyone["broken"], everyone["gappy"]]


def test_the_light_tables_name_columns_of_the_models():
    """``storage.health.reading`` names its tables without the ORM; they must match the models."""
    for light in LIGHT_TABLES:
        model = m.Base.metadata.tables[light.name]
        for col in light.columns:
            assert col.name in model.c, f"{light.name}.{col.name}"
            expected = model.c[col.name].type
            assert isinstance(expected, type(col.type)) or type(col.type).__name__ in repr(expected), (
                f"{light.name}.{col.name}: {col.type!r} is not {expected!r}"
            )


def test_the_health_command_loads_no_orm_alembic_or_crawler(tmp_path):
    """What keeps ``pressarchive health`` quick to start (its time is measured by
    benchmarks/health_speed.py): reading through SQLAlchemy Core only."""
    db = tmp_path / "archive.sqlite"
    archive = Archive(str(db))
    build(archive.engine)
    archive.close()
    probe = (
        "import sys\nfrom pressarchive.cli import cli\n"
        "try:\n    cli(['health', '--db', sys.argv[1], '--format', 'json'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('alembic', 'scrapy', 'twisted', 'crawler', 'sqlalchemy.orm', 'storage.models',"
        " 'storage.archive')\n"
        "print('loaded:', sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    shown = subprocess.run([sys.executable, "-c", probe, str(db)], capture_output=True, text=True, check=True)
    assert shown.stdout.splitlines()[-1] == "loaded: []"
    assert '"source": "broken"' in shown.stdout
