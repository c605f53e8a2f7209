"""Queue throughput: the seed replicas crawled through the queue by 1 and 2 workers, against
direct crawls, each into a fresh schema of a temporary PostgreSQL database.

    .venv/bin/python benchmarks/queue_throughput.py [--pg postgresql+psycopg://postgres@127.0.0.1/postgres]

Configurations (wall time from the first command to the last crawl's end, imports included):
``direct-seq`` — ``pressarchive crawl SITE`` once per site, one after the other (what one
worker does, without the queue); ``queue-1`` — ``enqueue`` all, one ``worker --concurrency 1
--until-empty``; ``queue-2`` — two such workers at once. Pages are the crawl runs'
``pages_fetched``. Only two seed sites exist as replicas, so 2 workers can at most halve the
wall time; the queue's overhead is ``queue-1`` against ``direct-seq``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from crawler.replicas.server import serve_replicas
from tests.conftest import replica_args

SITES = ["rvr", "spd_kreistagsfraktion_kleve"]
CLI = [sys.executable, "-m", "pressarchive"]
REPO = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.Popen:
    return subprocess.Popen([*CLI, *args], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pages(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        n = conn.execute(text("SELECT coalesce(sum(pages_fetched), 0) FROM crawl_runs")).scalar()
    engine.dispose()
    return int(n or 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--rounds", type=int, default=2)
    options = parser.parse_args()
    name = f"pa_bench_{os.getpid()}"
    admin = create_engine(options.pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = make_url(options.pg).set(database=name).render_as_string(hide_password=False)
    results: dict[str, list[tuple[float, int]]] = {}
    try:
        with serve_replicas() as server:
            ra = replica_args(server)
            for round_no in range(options.rounds):
                for label in ("direct-seq", "queue-1", "queue-2"):
                    schema = f"b_{label.replace('-', '_')}_{round_no}"
                    with create_engine(base).begin() as conn:
                        conn.execute(text(f"CREATE SCHEMA {schema}"))
                    url = f"{base}?options=-csearch_path%3D{schema}"
                    subprocess.run([*CLI, "runs", "--db", url], cwd=REPO, capture_output=True, check=True)
                    start = time.perf_counter()
                    if label == "direct-seq":
                        for site in SITES:
                            run("crawl", site, "--db", url, "--quiet", *ra).wait()
                    else:
                        subprocess.run([*CLI, "enqueue", *SITES, "--db", url, *ra], cwd=REPO,
                                       capture_output=True, check=True)  # fmt: skip
                        n = int(label[-1])
                        workers = [run("worker", "--db", url, "-c", "1", "--until-empty") for _ in range(n)]
                        for w in workers:
                            w.wait()
                    elapsed = time.perf_counter() - start
                    results.setdefault(label, []).append((elapsed, pages(url)))
                    print(f"{label} round {round_no}: {elapsed:.1f} s, {pages(url)} pages", flush=True)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    print("\n| configuration | sites | wall time (s, median) | sites/hour | pages/s |")
    print("|---|---|---|---|---|")
    for label, rows in results.items():
        times = sorted(t for t, _ in rows)
        median = times[len(times) // 2]
        n_pages = rows[0][1]
        rate = len(SITES) * 3600 / median
        print(f"| {label} | {len(SITES)} | {median:.1f} | {rate:.0f} | {n_pages / median:.1f} |")


if __name__ == "__main__":
    main()
