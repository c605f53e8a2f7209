"""Absolute WARC paths of older archives made relative to the WARC root (issue 12, point 3).

Archives written before the WARC root hold absolute ``warc_path`` values in ``pages`` and
``crawl_runs``. The upgrade (migration 0016) rewrites those under the default root;
``pressarchive warcs relocate --root DIR`` those under any root; paths outside the root are left
and reported. Afterwards the root is mounted elsewhere and ``reparse`` and ``show`` still work.
Real crawls of the fixture site, on SQLite and PostgreSQL (``db_url``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.conftest import run_cli
from tests.test_warc_reparse import HOST, SITE_ROOT, START


def _sql(db: str, sql: str, **params: object) -> list[tuple]:
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    with engine.begin() as conn:
        result = conn.execute(text(sql), params)
        rows = [tuple(r) for r in result] if result.returns_rows else []
    engine.dispose()
    return rows


def _paths(db: str) -> list[str]:
    return [
        p
        for (p,) in _sql(
            db,
            "SELECT warc_path FROM pages WHERE warc_path IS NOT NULL "
            "UNION ALL SELECT warc_path FROM crawl_runs WHERE warc_path IS NOT NULL",
        )
    ]


def _crawl(db: str, env: dict[str, str]) -> None:
    from crawler.replicas.server import serve_replicas

    with serve_replicas(roots=[SITE_ROOT], include_builtin=False) as server:
        args = ["--replica-proxy", server.proxy_url, "--replica-host", HOST]
        crawl = run_cli("crawl", "--url", START, "--db", db, *args, env=env)
        assert crawl.returncode == 0, crawl.stdout + crawl.stderr


def _as_an_older_version_stored_them(db: str, root: Path) -> None:
    for table in ("pages", "crawl_runs"):
        _sql(db, f"UPDATE {table} SET warc_path = :root || '/' || warc_path WHERE warc_path IS NOT NULL",
             root=str(root))  # fmt: skip
    assert all(Path(p).is_absolute() for p in _paths(db))


def test_relocate_makes_the_paths_under_a_root_relative_reports_the_others_and_reparse_reads_them_elsewhere(
    db_url, tmp_path
):
    root = tmp_path / "crawl-machine" / "warc"
    _crawl(db_url, {"PRESSARCHIVE_WARC_DIR": str(root)})
    _as_an_older_version_stored_them(db_url, root)
    # one page's file lives on an old disk outside the root
    first = "SELECT url, warc_path FROM pages WHERE kind = 'announcement' ORDER BY url LIMIT 1"
    [(page_url, old)] = _sql(db_url, first)
    outside = tmp_path / "old-disk" / Path(old).name
    outside.parent.mkdir()
    shutil.copy(old, outside)
    _sql(db_url, "UPDATE pages SET warc_path = :p WHERE url = :url", p=str(outside), url=page_url)
    under = len(_paths(db_url)) - 1
    env = {"PRESSARCHIVE_WARC_DIR": str(tmp_path / "unrelated")}  # --root wins over the variable

    dry = run_cli("warcs", "relocate", "--db", db_url, "--root", str(root), "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    assert "would become relative" in dry.stdout
    assert all(Path(p).is_absolute() for p in _paths(db_url)), "a dry run changes nothing"

    done = run_cli("warcs", "relocate", "--db", db_url, "--root", str(root), env=env)
    assert done.returncode == 0, done.stderr
    made = f"WARC root {root}: {under} paths made relative ({under - 1} in pages, 1 in crawl_runs)"
    assert made in done.stdout, done.stdout
    assert f"outside the root, left as they are: 1\n  {outside.parent}/ (1)" in done.stdout
    paths = _paths(db_url)
    assert [p for p in paths if Path(p).is_absolute()] == [str(outside)]
    assert all(p.startswith("warc_beispiel_de/") for p in paths if p != str(outside))
    again = run_cli("warcs", "relocate", "--db", db_url, "--root", str(root), env=env)
    assert "0 paths made relative" in again.stdout, "idempotent"

    # the root mounted elsewhere, on another machine
    mounted = tmp_path / "analysis-machine" / "mnt" / "warc"
    shutil.copytree(root, mounted)
    shutil.rmtree(root)
    reparse = run_cli("reparse", "--db", db_url, env={"PRESSARCHIVE_WARC_DIR": str(mounted)})
    assert reparse.returncode == 0, reparse.stdout + reparse.stderr
    assert "0 updated, 4 unchanged" in reparse.stdout, reparse.stdout
    [(announcement, title)] = _sql(db_url, "SELECT id, title FROM announcements ORDER BY id LIMIT 1")
    show = run_cli("show", str(announcement), "--db", db_url, env={"PRESSARCHIVE_WARC_DIR": str(mounted)})
    assert show.returncode == 0, show.stderr
    assert title in show.stdout


def test_the_upgrade_makes_the_paths_under_the_default_root_relative(db_url, tmp_path):
    """On SQLite the default root is warc/ beside the archive file; on PostgreSQL there is none
    without PRESSARCHIVE_WARC_DIR (the upgrade leaves the paths), and with it, it is that."""
    sqlite = "://" not in db_url
    root = tmp_path / "warc"
    env = {} if sqlite else {"PRESSARCHIVE_WARC_DIR": str(root)}
    _crawl(db_url, env)
    _as_an_older_version_stored_them(db_url, root)
    before = _paths(db_url)

    def at_0015_then_upgraded(env: dict[str, str]) -> None:
        _sql(db_url, "UPDATE alembic_version SET version_num = '0015'")
        upgraded = run_cli("runs", "--db", db_url, env=env)
        assert upgraded.returncode == 0, upgraded.stderr

    if not sqlite:
        at_0015_then_upgraded({"PRESSARCHIVE_WARC_DIR": ""})
        assert _paths(db_url) == before, "no root known: nothing changed"
    at_0015_then_upgraded(env)
    after = _paths(db_url)
    assert len(after) == len(before)
    assert all(p.startswith("warc_beispiel_de/") for p in after), after
    reparse = run_cli("reparse", "--db", db_url, env=env)
    assert reparse.returncode == 0, reparse.stdout + reparse.stderr
    assert "0 updated, 4 unchanged" in reparse.stdout
