"""PostgreSQL as a first-class archive: migrations, types, a real crawl, and the same search
results as SQLite for the same archive (issue 12, point 1).

The server is the local one (127.0.0.1:5432, started by .ci/run); each test gets a schema of
its own in this test run's database (``pg_url`` in conftest).
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, inspect, text

from storage import Archive
from storage.db import alembic_config, make_engine, upgrade
from tests.conftest import crawl, run_cli

SITES = ("rvr", "spd_kreistagsfraktion_kleve")
QUERIES = [
    "Integrationszentren",
    "Integrationszentrum",
    "Sozialkonferenz",
    "Gruenen",
    "Grünen",
    "Strasse",
    '"Kommunales Integrationszentrum"',
    "Integration*",
    "Kreistag -Integration",
    "Ruhr OR Kleve",
    "(Haushalt OR Kreisumlage) Kreistag",
    "Metropole NOT Ruhr",
    "",
]
FILTERS = [{}, {"party": "SPD"}, {"source": "rvr"}, {"since": "2020-01-01"}, {"kind": "event"}]


def test_migrations_run_up_and_down_on_both_back_ends(db_url):
    from alembic import command

    engine = make_engine(db_url)
    upgrade(engine)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with engine.connect() as conn:
        left = {
            r[0]
            for r in conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                    if engine.dialect.name == "sqlite"
                    else "SELECT table_name FROM information_schema.tables"
                    " WHERE table_schema = current_schema()"
                )
            )
        }
    assert left <= {"alembic_version"}, left
    upgrade(engine)
    Archive(engine=engine).close()
    found = {
        i["name"] for table in ("revisions", "announcements") for i in inspect(engine).get_indexes(table)
    }
    assert "ix_revisions_run_id" in found  # migration 0015
    assert "ix_announcements_source_id" not in found
    assert "ix_announcements_source_hash" in found
    engine.dispose()


def test_json_is_jsonb_and_offsets_are_64_bit_on_postgresql(pg_url):
    Archive(pg_url).close()
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        types = dict(
            ((t, c), d)
            for t, c, d in conn.execute(
                text(
                    "SELECT table_name, column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = current_schema()"
                )
            )
        )
    engine.dispose()
    assert types[("announcements", "data")] == "jsonb"
    assert types[("revisions", "data")] == "jsonb"
    assert types[("pages", "links")] == "jsonb"
    assert types[("run_stats", "figures")] == "jsonb"
    assert types[("pages", "warc_offset")] == "bigint"
    assert "json" not in {d for (t, _), d in types.items() if t != "announcements_view"}


@pytest.fixture
def pg_seed(replicas, pg_url):
    """The two seed replicas crawled into PostgreSQL, by the real CLI in a child process."""
    crawl(replicas, pg_url, *SITES)
    return pg_url


def _columns(conn, table: str) -> list[str]:
    return [c["name"] for c in inspect(conn).get_columns(table)]


def test_a_crawl_into_postgresql_stores_the_same_announcements(replicas, seed_archive, pg_seed):
    """The same crawl on both back ends: the same announcements with the same titles, dates and
    sources, and a second crawl stores nothing twice. (Bodies are not compared: which of the
    first pages are read before the boilerplate is learned depends on timing, on SQLite too.)"""
    fields = "SELECT url, source_id, title, published, kind FROM announcements"
    with create_engine(pg_seed).connect() as conn:
        got = {r[0]: (r[1], r[2], str(r[3]), r[4]) for r in conn.execute(text(fields))}
    with create_engine(f"sqlite:///{seed_archive}").connect() as conn:
        want = {r[0]: (r[1], r[2], str(r[3]), r[4]) for r in conn.execute(text(fields))}
    assert got == want
    assert len(got) == 53
    crawl(replicas, pg_seed, *SITES)
    with create_engine(pg_seed).connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM announcements")).scalar() == 53
        assert conn.execute(text("SELECT count(*) FROM revisions")).scalar() == 53
        statuses = [r[0] for r in conn.execute(text("SELECT status FROM crawl_runs ORDER BY id"))]
    assert statuses == ["finished"] * 4


def test_search_gives_the_same_ids_on_both_back_ends(seed_archive, pg_url):
    """The seed archive copied row by row (same ids, same texts) into PostgreSQL and indexed
    there: every query and filter gives the same ids in the same order (newest first), the same
    counts and facet counts; ranked by relevance, the same ids (the scoring functions differ)."""
    from storage import search_index

    Archive(pg_url).close()
    lite_engine, pg_engine = create_engine(f"sqlite:///{seed_archive}"), create_engine(pg_url)
    with lite_engine.connect() as src, pg_engine.begin() as dst:
        for table in ("sources", "announcements"):
            columns = [c for c in _columns(src, table) if c in set(_columns(dst, table))]
            rows = [dict(r._mapping) for r in src.execute(text(f"SELECT {', '.join(columns)} FROM {table}"))]
            for row in rows:
                for key in ("data", "boilerplate"):
                    if isinstance(row.get(key), str):
                        row[key] = json.loads(row[key])
            dst.execute(sa_table(table, dst).insert(), rows)
        dst.execute(text("SELECT setval('announcements_id_seq', (SELECT max(id) FROM announcements))"))
        search_index.rebuild(dst)
    pg_engine.dispose()
    lite_engine.dispose()
    pg, lite = Archive(pg_url), Archive(str(seed_archive))
    try:
        compared = 0
        for query in QUERIES:
            for filters in FILTERS:
                ids_pg = [h.id for h in pg.search(query, limit=100, **filters)]
                ids_lite = [h.id for h in lite.search(query, limit=100, **filters)]
                assert ids_pg == ids_lite, (query, filters)
                compared += bool(ids_lite)
                # order=rank: the same hits; the scores differ (BM25 in FTS5, ts_rank on PostgreSQL)
                ranked_pg = sorted(h.id for h in pg.search(query, order="rank", limit=100, **filters))
                assert ranked_pg == sorted(ids_lite), (query, filters)
                assert pg.count(query, **filters) == lite.count(query, **filters), (query, filters)
            assert pg.facets(query) == lite.facets(query), query
        assert compared > 40, "the queries find something"
    finally:
        pg.close()
        lite.close()


def sa_table(name: str, conn):
    from sqlalchemy import MetaData, Table

    return Table(name, MetaData(), autoload_with=conn)


def test_every_read_command_works_on_postgresql(pg_seed, tmp_path):
    for args in (
        ("search", "Integrationszentren", "--format", "jsonl"),
        ("search", "Gruenen", "--count"),
        ("facets", "Integration", "--format", "json"),
        ("export", "--format", "jsonl", "--output", str(tmp_path / "x.jsonl")),
        ("export", "--format", "csv", "--output", str(tmp_path / "x.csv")),
        ("export", "--format", "parquet", "--output", str(tmp_path / "x.parquet")),
        ("clusters",),
        ("runs",),
        ("health", "--format", "json"),
        ("show", "1", "--history"),
        ("show", "2", "--format", "json"),
        ("reparse", "rvr"),
    ):
        result = run_cli(*args, "--db", pg_seed)
        assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])
        assert "Traceback" not in result.stderr, args
    lines = (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 53
    served = run_cli("serve", "--db", pg_seed, timeout=60)
    assert served.returncode != 0
    assert served.stderr.strip().count("\n") == 0, served.stderr
    assert "SQLite" in served.stderr
