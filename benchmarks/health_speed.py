"""How fast ``pressarchive health`` answers on a big archive, against a baseline revision.

Builds a SQLite archive (through the real migrations) with N sources, each with a year of
nightly runs (``crawl_runs`` + ``run_stats`` with realistic figures, drift recorded) and
announcements at its own cadence. Then, for this working tree and a baseline revision
(``--baseline``; extracted with ``git archive`` into a temporary directory, on a copy of the
archive downgraded with Alembic to that revision's head), it times

* ``storage.health.assess`` over all sources in a process of its own (median of ``--rounds``;
  wall and CPU time);
* the real command as a fresh process, ``python -m pressarchive health --as-of DAY`` with
  ``--format json`` and with the default table (interpreter start, imports and output included),
  ``--repeat`` times, alternating the trees; median wall and CPU time (user + system) of each.

Both trees must give the same verdicts and the same table. CPU time is reported beside wall
time because the machine is shared: wall time grows with the load, CPU time much less. With
``--write`` the figures go into docs/benchmarks.md.

    python benchmarks/health_speed.py [--sources 1000] [--nights 365] [--baseline REV]
        [--rounds 3] [--repeat 7] [--keep DIR] [--write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from benchmarks.extraction_quality import git_revision, write_section
from storage import models as m
from storage.archive import Archive
from storage.db import alembic_config, make_engine

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "benchmarks.md"
BASELINE = "b6a3e61"  # main before the health speed work (SQL summaries, lean start)


def figures(rng: random.Random, new: int) -> dict:
    n = new + rng.randint(0, 1)
    return {
        "version": 1,
        "duration_s": round(rng.uniform(5, 60), 3),
        "finish_reason": "finished",
        "first": False,
        "full": False,
        "requests": 12 + n,
        "responses": 12 + n,
        "status": {"200": 4 + n, "304": 8},
        "pages": {"announcement": n, "listing": 2, "feed": 1},
        "unchanged": 8,
        "listing_links": 24.0,
        "announcements": {"new": new, "updated": n - new, "unchanged": 0, "withdrawn": 0, "empty": 0},
        "stored_total": 300,
        "links": {"pointed": n, "reached": n, "stored": n, "unreached": 0, "by_via": {"feed": n}},
        "extracted": n,
        "coverage": {
            "title": n,
            "published": n,
            "body": n,
            "lead": 0,
            "kind": n,
            "people": n // 2,
            "event": 0,
        },
        "kinds": {"press_release": n},
        "methods": {"selector": n},
        "date_sources": {"selector": n},
        "body_length": {"p10": 600, "p50": 900, "p90": 1400} if n else None,
        "newest_published": None,
        "robots_forbidden": 0,
        "traps_dropped": 0,
        "timeouts": 0,
        "retries": 0,
        "errors": {},
        "start_blocked": 0,
        "start_failed": 0,
        "drift": [],  # recorded at the end of each run (storage.health.record_health)
    }


def build(db: Path, sources: int, nights: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    archive = Archive(str(db))
    first = datetime(2026, 1, 1, 2, 30)
    run_id = ann_id = 0
    with archive.engine.begin() as conn:
        conn.execute(
            insert(m.Source),
            [{"id": f"site{i:04d}", "name": f"Site {i}", "created_at": first} for i in range(sources)],
        )
    for i in range(sources):
        source = f"site{i:04d}"
        every = rng.choice([1, 2, 7, 14, 30])
        runs, stats, anns = [], [], []
        for night in range(nights):
            run_id += 1
            started = first + timedelta(days=night)
            new = 1 if night % every == 0 else 0
            runs.append(
                {
                    "id": run_id,
                    "sites": source,
                    "trigger": "scheduler",
                    "started_at": started,
                    "finished_at": started + timedelta(seconds=30),
                    "status": "finished",
                    "pages_fetched": 12,
                    "announcements_new": new,
                    "announcements_updated": 0,
                    "announcements_unchanged": 0,
                    "errors": 0,
                }
            )
            stats.append(
                {
                    "run_id": run_id,
                    "source_id": source,
                    "started_at": started,
                    "check_status": "ok",
                    "health": "ok",
                    "figures": figures(rng, new),
                }
            )
            if new:
                ann_id += 1
                day = (started - timedelta(hours=3)).date()
                anns.append(
                    {
                        "id": ann_id,
                        "source_id": source,
                        "url": f"https://{source}.example/{ann_id}",
                        "url_key": f"{source}.example/{ann_id}",
                        "title": "T",
                        "published": day,
                        "text": "x",
                        "kind": "press_release",
                        "content_hash": f"{ann_id:064d}",
                        "data": {},
                        "first_seen": started,
                        "last_seen": started,
                        "last_changed": started,
                    }
                )
        with archive.engine.begin() as conn:
            conn.execute(insert(m.CrawlRun), runs)
            conn.execute(insert(m.RunStats), stats)
            conn.execute(insert(m.Announcement), anns)
    archive.close()


ASSESS = """
import statistics, sys, time
from datetime import datetime
from storage.archive import Archive
from storage.health import assess
archive = Archive(sys.argv[1])
now = datetime.fromisoformat(sys.argv[2])
walls, cpus = [], []
for _ in range(int(sys.argv[3])):
    wall, cpu = time.perf_counter(), time.process_time()
    verdicts = assess(archive.engine, now=now)
    walls.append(time.perf_counter() - wall)
    cpus.append(time.process_time() - cpu)
print(statistics.median(walls), statistics.median(cpus), len(verdicts))
"""


def extract(revision: str, into: Path) -> Path:
    """The tree of ``revision`` (``git archive``) in ``into``."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision], capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"cannot extract revision {revision!r}: {archive.stderr.decode().strip()}")
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def head_of(tree: Path) -> str:
    """The newest migration of ``tree`` (its ``storage/migrations``)."""
    probe = (
        "from alembic.script import ScriptDirectory as S; print(S('storage/migrations').get_current_head())"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=tree, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def downgraded(db: Path, target: Path, revision: str) -> Path:
    """A copy of the archive ``db`` at schema ``revision`` (for an older tree)."""
    from alembic import command

    shutil.copy(db, target)
    engine = make_engine(str(target))
    cfg = alembic_config(engine)
    with engine.connect() as conn:
        # without foreign keys: a batch downgrade (0012's) rebuilds crawl_runs by dropping it,
        # and with them on SQLite cascades that drop into run_stats, which loses every run's figures
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()
    engine.dispose()
    return target


def child(tree: Path, args: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run ``python ARGS`` in ``tree``: (wall s, CPU s, the completed process)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=tree, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--nights", type=int, default=365)
    parser.add_argument("--baseline", default=BASELINE, help=f"revision to compare with [{BASELINE}]")
    parser.add_argument("--rounds", type=int, default=3, help="assess calls per tree (in-process)")
    parser.add_argument("--repeat", type=int, default=7, help="command runs per tree and format")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the archive in this directory")
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args(argv)
    directory = args.keep or Path(tempfile.mkdtemp(prefix="health-speed-"))
    directory.mkdir(parents=True, exist_ok=True)
    db = directory / "archive.sqlite"
    if not db.exists():
        started = time.perf_counter()
        build(db, args.sources, args.nights)
        print(f"built {args.sources} x {args.nights} nights in {time.perf_counter() - started:.0f} s: {db}")
    Archive(str(db)).close()  # at this tree's schema (an archive kept from an older run is upgraded)
    day = (date(2026, 1, 1) + timedelta(days=args.nights)).isoformat()
    with tempfile.TemporaryDirectory(prefix="health-baseline-") as tmp:
        base_tree = extract(args.baseline, Path(tmp) / "tree")
        base_db = downgraded(db, Path(tmp) / "archive.sqlite", head_of(base_tree))
        trees = {"baseline": (base_tree, base_db), "this tree": (REPO, db)}
        assessed = {}
        for name, (tree, archive) in trees.items():
            _, _, done = child(tree, ["-c", ASSESS, str(archive), day, str(args.rounds)])
            if done.returncode != 0:
                raise SystemExit(f"{name}: assess failed: {done.stderr.decode()[-2000:]}")
            wall, cpu, count = done.stdout.decode().split()
            assessed[name] = (float(wall), float(cpu))
            print(f"{name}: assess over {count} sources: {float(wall):.3f} s ({float(cpu):.3f} s CPU)")
        runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
        outputs: dict[tuple[str, str], bytes] = {}
        for i in range(args.repeat):
            order = list(trees.items()) if i % 2 == 0 else list(trees.items())[::-1]
            for fmt in ("json", "table"):
                for name, (tree, archive) in order:
                    command = ["-m", "pressarchive", "health", "--db", str(archive), "--as-of", day]
                    wall, cpu, done = child(tree, [*command, "--format", fmt])
                    if done.returncode not in (0, 1) or not done.stdout:
                        raise SystemExit(f"{name}: health failed: {done.stderr.decode()[-2000:]}")
                    runs.setdefault((name, fmt), []).append((wall, cpu))
                    outputs[(name, fmt)] = done.stdout
    for fmt in ("json", "table"):
        base, this = outputs[("baseline", fmt)], outputs[("this tree", fmt)]
        if fmt == "json":
            base = [json.loads(line) for line in base.splitlines()]  # type: ignore[assignment]
            this = [json.loads(line) for line in this.splitlines()]  # type: ignore[assignment]
        if base != this:
            raise SystemExit(f"the two trees disagree ({fmt} output)")
    rows = []
    for fmt in ("json", "table"):
        medians = {}
        for name in trees:
            walls, cpus = zip(*runs[(name, fmt)], strict=True)
            medians[name] = (statistics.median(walls), statistics.median(cpus))
        (bw, bc), (tw, tc) = medians["baseline"], medians["this tree"]
        rows.append(
            f"| `pressarchive health --format {fmt}` (process) | {bw:.2f} s ({bc:.2f} s CPU) | "
            f"{tw:.2f} s ({tc:.2f} s CPU) | {bw / tw:.1f}× ({bc / tc:.1f}× CPU) |"
        )
        print(rows[-1])
    (bw, bc), (tw, tc) = assessed["baseline"], assessed["this tree"]
    rows.insert(
        0,
        f"| `storage.health.assess` (in-process) | {bw:.2f} s ({bc:.2f} s CPU) | {tw:.2f} s "
        f"({tc:.2f} s CPU) | {bw / tw:.1f}× ({bc / tc:.1f}× CPU) |",
    )
    print(rows[0])
    if args.write:
        reproduce = (
            f"python benchmarks/health_speed.py --sources {args.sources} --nights {args.nights} "
            f"--baseline {args.baseline} --rounds {args.rounds} --repeat {args.repeat} --write"
        )
        load = os.getloadavg()[0]
        body = (
            f"{args.sources:,} sources × {args.nights} nightly runs ({args.sources * args.nights:,} runs), "
            f"median of {args.repeat} fresh processes per tree and format (alternating), on the shared "
            f"2-core machine (load average {load:.1f} at the end); baseline `{args.baseline}` on the same "
            "archive at its schema, same verdicts and table.\n\n"
            f"| what | baseline {args.baseline} | this tree | ratio |\n|---|---|---|---|\n"
            + "\n".join(rows)
            + f"\n\nCommand: `{reproduce}` · date {dt.date.today().isoformat()} · commit {git_revision()}.\n"
        )
        write_section(DOC, "health-speed", body, "`pressarchive health` at 1,000 sources × a year")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
