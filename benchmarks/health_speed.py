"""How fast ``pressarchive health`` answers on a big archive.

Builds a SQLite archive (through the real migrations) with N sources, each with a year of
nightly runs (``crawl_runs`` + ``run_stats`` with realistic figures) and announcements at its own
cadence, then times ``storage.health.assess`` over all sources (median of ``--rounds``), and
the CLI end to end once.

    python benchmarks/health_speed.py [--sources 1000] [--nights 365] [--rounds 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
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

from storage import models as m
from storage.archive import Archive
from storage.health import assess


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--nights", type=int, default=365)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the archive in this directory")
    args = parser.parse_args(argv)
    directory = args.keep or Path(tempfile.mkdtemp(prefix="health-speed-"))
    directory.mkdir(parents=True, exist_ok=True)
    db = directory / "archive.sqlite"
    if not db.exists():
        started = time.perf_counter()
        build(db, args.sources, args.nights)
        print(f"built {args.sources} x {args.nights} nights in {time.perf_counter() - started:.0f} s: {db}")
    archive = Archive(str(db))
    now = datetime.combine(date(2026, 1, 1) + timedelta(days=args.nights), datetime.min.time())
    times = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        verdicts = assess(archive.engine, now=now)
        times.append(time.perf_counter() - started)
    archive.close()
    counts = {s: sum(v.status == s for v in verdicts) for s in ("ok", "stale", "drift", "failing")}
    print(
        f"assess: {len(verdicts)} sources, median {statistics.median(times):.3f} s of {args.rounds} {counts}"
    )
    started = time.perf_counter()
    cli = [
        sys.executable,
        "-m",
        "pressarchive",
        "health",
        "--db",
        str(db),
        "--as-of",
        now.date().isoformat(),
    ]
    subprocess.run([*cli, "--format", "json"], capture_output=True, check=False)
    print(f"pressarchive health (process start included): {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
