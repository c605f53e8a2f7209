"""The archive stores announcements idempotently, keeps revisions, and searches in German."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from typing import Any

import pytest

from crawler.items import Announcement, Event, Person
from storage import models as m
from storage.archive import Archive
from storage.db import DatabaseError, resolve_url
from storage.query import QueryError, parse
from storage.search import search


class Profile:
    id = "kleve"
    name = "SPD-Kreistagsfraktion Kleve"
    organisation = "SPD-Kreistagsfraktion Kleve"
    party = "SPD"
    region = "Kreis Kleve"
    level = "Kreistagsfraktion"
    family = "websozi"


@pytest.fixture
def archive(db_url):
    """An archive on SQLite and on PostgreSQL (``db_url`` in conftest: every test twice)."""
    arch = Archive(db_url)
    arch.ensure_source(Profile)
    yield arch
    arch.close()


def item(**changes) -> Announcement:
    base: dict[str, Any] = dict(
        url="https://www.example.de/meldungen/integration/",
        source="kleve",
        title="NRW-Staatssekretär informiert über Kommunale Integrationszentren",
        published="2015-06-23",
        text="Die SGK lädt ein.\n\nGrüße aus Kleve.",
        content_hash="h1",
        event=Event(start="2015-07-02T18:00", end="2015-07-02T20:00", venue="Stadthalle Kleve"),
        people=[Person("Jürgen Franken", "Vorsitzender", "SPD-Kreistagsfraktion Kleve")],
    )
    base.update(changes)
    return Announcement(**base)


def test_schema_is_created_by_migrations_with_wal_and_fts(tmp_path):
    path = tmp_path / "a.sqlite"
    Archive(str(path)).close()
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert {"sources", "crawl_runs", "crawl_errors", "announcements", "revisions", "pages"} <= tables
    assert "announcements_fts" in tables
    from alembic.script import ScriptDirectory

    from storage.db import MIGRATIONS_DIR

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert con.execute("select version_num from alembic_version").fetchone() == (head,)
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_opening_a_current_archive_needs_no_alembic_but_knows_its_head(tmp_path):
    """``storage.db.HEAD_REVISION`` is what a current archive records, and it is the head of the
    migrations directory: a new migration must update it, or every open would upgrade again."""
    from alembic.script import ScriptDirectory

    from storage.db import HEAD_REVISION, MIGRATIONS_DIR, is_current, make_engine

    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION
    engine = make_engine(str(tmp_path / "a.sqlite"))
    assert not is_current(engine)  # empty: nothing created yet
    Archive(engine=engine).close()
    engine = make_engine(str(tmp_path / "a.sqlite"))
    assert is_current(engine)
    engine.dispose()
    probe = "import sys, storage.db as db; db.upgrade(db.make_engine(sys.argv[1])); "
    probe += "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    shown = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "a.sqlite")], capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == "[]"


def test_storing_twice_is_idempotent_and_a_change_is_a_revision(archive):
    run = archive.start_run(["kleve"])
    assert archive.store(item(), run).outcome == "new"
    assert archive.store(item(), run).outcome == "unchanged"
    changed = archive.store(item(text="Neuer Text.", content_hash="h2"), run)
    assert (changed.outcome, changed.revision) == ("updated", 2)
    with archive.session() as s:
        assert s.query(m.Announcement).count() == 1
    history = archive.history(changed.announcement_id)
    assert [r.text for r in history] == ["Die SGK lädt ein.\n\nGrüße aus Kleve.", "Neuer Text."]


def test_a_settled_reading_corrects_the_runs_own_revision_and_adds_one_to_an_earlier_runs(archive):
    """``Archive.settle`` (``pressarchive.settle``): the same fetch read better is no edit."""
    first = archive.start_run(["kleve"])
    archive.store(item(text="Die SGK lädt ein.\n\nUnser Ortsverein trifft sich.", content_hash="h0"), first)
    settled = archive.settle(item(), first)
    assert (settled.outcome, settled.revision) == ("settled", 1)
    assert [(r.text, r.content_hash) for r in archive.history(settled.announcement_id)] == [
        ("Die SGK lädt ein.\n\nGrüße aus Kleve.", "h1")
    ]
    assert archive.get(settled.announcement_id).text == "Die SGK lädt ein.\n\nGrüße aus Kleve."
    assert archive.settle(item(), first).outcome == "unchanged"
    later = archive.start_run(["kleve"])
    again = archive.settle(item(text="Neuer Text.", content_hash="h2"), later)  # the revision is history
    assert (again.outcome, again.revision) == ("updated", 2)


def test_canonical_url_is_the_key(archive):
    archive.store(item(canonical_url="https://www.example.de/meldungen/x/"))
    archive.store(
        item(
            url="https://www.example.de/meldungen/x/?utm_source=fb",
            canonical_url="https://www.example.de/meldungen/x/",
        )
    )
    assert archive.counts() == {"kleve": 1}


def test_search_folds_umlauts_filters_and_ranks(archive):
    archive.store(item())
    archive.store(
        item(
            url="https://www.example.de/2",
            title="Haushalt 2016",
            text="Kein Thema.",
            content_hash="x",
            published="2016-01-01",
        )
    )
    assert [h.title for h in search(archive, "Integrationszentren")] == [item().title]
    assert len(search(archive, "grüße")) == len(search(archive, "Gruße")) == 1
    assert search(archive, "Integration*")[0].published == "2015-06-23"
    from datetime import date

    assert search(archive, "Thema", since=date(2015, 12, 1))[0].title == "Haushalt 2016"
    assert search(archive, "Integrationszentren", sites=["other"]) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SPD-Kreistagsfraktion", '({title lead text} : "spd kreistagsfraktion")'),
        ('Grüne: "Klima"', '("grun" AND "klim")'),
        ("Integration*", '"integration"*'),
        ("a OR b", '("a" OR "b")'),
        ("…", None),
    ],
)
def test_user_queries_never_raise_fts_syntax_errors(archive, query, expected):
    assert parse(query).fts5() == expected
    search(archive, query)


@pytest.mark.parametrize("query", ['"', '"Kreis Kleve', "(Kreis", "Kreis)", "OR Kreis", "Kreis AND", "NOT"])
def test_bad_query_syntax_is_one_clear_error(archive, query):
    with pytest.raises(QueryError) as raised:
        search(archive, query)
    assert query in str(raised.value) or "needs a word" in str(raised.value)


def test_runs_errors_and_aborted_runs(archive):
    run = archive.start_run(["kleve"])
    archive.record_error(run, "https://x/404", "http/404")
    assert archive.run(run).errors == 1
    with archive.sessions.begin() as s:
        s.get(m.CrawlRun, run).pid = 2**22 + 12345  # a process that does not exist
    assert archive.mark_stale_runs_aborted() == 1
    assert archive.run(run).status == "aborted"


def test_another_machines_running_crawl_is_not_taken_for_a_dead_one(archive):
    """Workers on several machines share one archive: a process id is only checked on its host."""
    run = archive.start_run(["kleve"])
    with archive.sessions.begin() as s:
        row = s.get(m.CrawlRun, run)
        row.pid, row.host = 2**22 + 12345, "crawl-worker-2.example"  # not a process of this machine
    assert archive.mark_stale_runs_aborted() == 0
    assert archive.run(run).status == "running"


def test_withdrawn_is_marked_never_deleted(archive):
    archive.store(item())
    assert archive.mark_withdrawn(item().url)
    assert archive.counts() == {"kleve": 1}


@pytest.mark.parametrize("bad", ["nosuchdialect://x", "/nonexistent-dir/a.sqlite"])
def test_bad_database_urls_are_clear_errors(bad):
    with pytest.raises(DatabaseError):
        resolve_url(bad)


def test_migrations_upgrade_an_existing_archive_and_keep_its_data(tmp_path):
    from alembic import command

    from storage.db import alembic_config, make_engine, upgrade

    engine = make_engine(str(tmp_path / "old.sqlite"))
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("insert into sources (id, name, created_at) values ('s', 'S', '2020-01-01')")
        conn.exec_driver_sql(
            "insert into announcements (source_id, url, text, kind, content_hash, data, first_seen,"
            " last_seen, last_changed) values ('s', 'http://www.x.de/a/', 't', 'press_release', 'h', '{}',"
            " '2020-01-01', '2020-01-01', '2020-01-01')"
        )
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select url_key from announcements").scalar() == "x.de/a"
    engine.dispose()


def test_url_variants_are_one_announcement(archive):
    archive.store(item(url="http://www.example.de/meldungen/x/"))
    archive.store(item(url="https://example.de/meldungen/x?utm_medium=rss", content_hash="h1"))
    archive.store(item(url="https://example.de/meldungen/x/amp/", content_hash="h1"))
    assert archive.counts() == {"kleve": 1}


def test_a_crawl_batch_is_written_all_or_nothing(archive):
    """Announcements, their pages' states and change tokens of one batch: one transaction."""
    url = "https://www.example.de/meldungen/integration/"
    listed = "https://www.example.de/meldungen/naechste/"
    page = (url, {"source_id": "kleve", "kind": "announcement", "status": 200}, False)
    tokens = [(listed, "kleve", {"teaser www.example.de/meldungen": "t1"})]
    results, gone_twice = archive.save_batch([item()], None, [page], tokens)
    assert [r.outcome for r in results] == ["new"]
    assert gone_twice == []
    assert archive.page(url).kind == "announcement"
    assert archive.page(listed).tokens == {"teaser www.example.de/meldungen": "t1"}
    assert archive.page(listed).kind is None, "known from a listing only, never fetched"

    broken = (url + "x", {"source_id": "no-such-source", "kind": "announcement", "status": 200}, False)
    with pytest.raises(Exception, match=r"(?i)foreign key"):
        archive.save_batch([item(url=url + "other/", content_hash="h2")], None, [broken], [])
    assert archive.page(url + "x") is None
    assert len(archive.announcement_keys("kleve")) == 1, "the batch's announcement was rolled back"


def test_a_batch_that_cannot_be_stored_is_recorded_and_the_crawl_goes_on(tmp_path):
    """The pipeline with a real archive: a batch the database refuses is a recorded failure."""
    from crawler.items import PageVisit
    from crawler.pipelines import ArchivePipeline

    db = str(tmp_path / "a.sqlite")
    pipeline = ArchivePipeline(db, "test")
    pipeline.archive = Archive(db)
    pipeline.archive.ensure_source(Profile)
    pipeline.run_id = pipeline.archive.start_run(["kleve"])
    pipeline.process_item(item())
    pipeline.process_item(PageVisit("https://x.test/", "no-such-source", "listing", 200))  # FK violation
    pipeline.flush()
    assert pipeline.counts["errors"] == 1
    assert [e.reason for e in pipeline.archive.errors(pipeline.run_id)] == ["storage/error"]
    assert pipeline.archive.announcement_keys("kleve") == set(), "nothing of the refused batch"
    pipeline.process_item(item())  # the crawl goes on
    pipeline.flush()
    assert len(pipeline.archive.announcement_keys("kleve")) == 1
    pipeline.archive.close()
