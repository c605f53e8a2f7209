"""Schedules: files parse, jobs persist in the archive, a real trigger fires a recorded crawl."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta

import pytest
from apscheduler.triggers.date import DateTrigger

from schedules.config import ScheduleError, load_schedule, load_schedules
from schedules.scheduler import configure, make_scheduler, next_runs
from storage.archive import Archive
from tests.conftest import replica_args


def test_default_schedule_crawls_both_seed_sites_nightly_in_berlin_time():
    crawls = load_schedules()
    assert {c.site for c in crawls} >= {"rvr", "spd_kreistagsfraktion_kleve"}
    for _crawl, when in next_runs(crawls, now=datetime(2026, 3, 28, 12, 0).astimezone()):
        assert str(when.tzinfo) == "Europe/Berlin"
        assert (when.hour, when.minute) == (2, 30)


def test_bad_schedule_files_are_clear_errors(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[job]]\nid = "x"\nsites = ["nope"]\ncron = "0 3 * * *"\n')
    with pytest.raises(ScheduleError, match="unknown site 'nope'"):
        load_schedule(bad)
    bad.write_text('[[job]]\nid = "x"\nsites = ["rvr"]\ncron = "61 3 * * *"\n')
    with pytest.raises(ScheduleError, match="bad cron"):
        load_schedule(bad)


def test_jobs_persist_in_the_archive_with_coalescing(tmp_path):
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    Archive(db).close()
    sched = make_scheduler(db, blocking=False)
    sched.start(paused=True)
    configure(sched, load_schedules(), db)
    jobs = {j.id: j for j in sched.get_jobs()}
    assert "nightly:rvr" in jobs
    assert jobs["nightly:rvr"].coalesce is True
    assert jobs["nightly:rvr"].max_instances == 1
    sched.shutdown(wait=False)
    con = sqlite3.connect(tmp_path / "a.sqlite")
    assert con.execute("select count(*) from apscheduler_jobs").fetchone()[0] == len(jobs)


def test_a_fired_trigger_runs_the_crawl_and_records_it(replicas, tmp_path):
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    Archive(db).close()
    sched = make_scheduler(db, blocking=False)
    sched.start()
    sched.add_job(
        "schedules.jobs:run_site_crawl",
        trigger=DateTrigger(datetime.now().astimezone() + timedelta(seconds=1)),
        id="test:spd_kreistagsfraktion_kleve",
        kwargs={"site": "spd_kreistagsfraktion_kleve", "db": db, "extra_args": replica_args(replicas)},
    )
    deadline = time.monotonic() + 240
    runs = []
    while time.monotonic() < deadline:
        runs = [r for r in Archive(db).runs() if r.status != "running"]
        if runs:
            break
        time.sleep(1)
    sched.shutdown(wait=True)
    assert runs, "the scheduled crawl recorded no run"
    assert runs[0].trigger == "scheduler"
    assert runs[0].status == "finished"
    assert runs[0].announcements_new > 0
