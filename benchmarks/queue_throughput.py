"""Queue throughput: many small sites on loopback hosts of their own, crawled through the queue
by 1, 2 and 3 workers, against direct crawls, each into a fresh schema of a temporary
PostgreSQL database.

    .venv/bin/python benchmarks/queue_throughput.py [--hosts 6] [--per-host 2] [--pages 8]
        [--workers 1 2 3] [--rounds 1] [--pg postgresql+psycopg://postgres@127.0.0.1/postgres]

The sites (``tests/loopback_sites.py``) are served on 127.0.0.11, 127.0.0.12, … with
``--per-host`` sites under one address, so the queue's host lock has both parallel hosts and
shared ones; every crawl keeps the crawler's real politeness (``DOWNLOAD_DELAY``, AutoThrottle),
which is what makes per-site crawls mostly waiting and parallel workers worth having.

Configurations (wall time from the first command to the last crawl's end, imports included):
``direct-seq`` — ``pressarchive crawl SITE`` once per site, one after the other (what one
worker does, without the queue); ``queue-N`` — ``enqueue`` all, then N ``worker --concurrency
1 --until-empty`` at once. Pages are the crawl runs' ``pages_fetched``; ratios are against
``direct-seq`` of the same round. The smallest gap between two requests to one host (from the
servers' logs) is printed too: the politeness the workers kept.
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.loopback_sites import LoopbackHost, LoopbackSites

CLI = [sys.executable, "-m", "pressarchive"]
REPO = Path(__file__).resolve().parents[1]


def run(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*CLI, *args], cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def pages(url: str) -> tuple[int, int]:
    """(pages fetched, runs finished) of the schema's crawl runs."""
    engine = create_engine(url)
    with engine.connect() as conn:
        n, done = conn.execute(
            text(
                "SELECT coalesce(sum(pages_fetched), 0), "
                "count(*) FILTER (WHERE status = 'finished') FROM crawl_runs"
            )
        ).one()
    engine.dispose()
    return int(n or 0), int(done or 0)


def min_host_gap(sites: LoopbackSites, since: float) -> float:
    """The smallest gap between two requests to one address after ``since``."""
    gaps = []
    for host in sites.hosts:
        hits = [h.at for h in sites.all_hits() if h.address == host.address and h.at >= since]
        gaps += [b - a for a, b in itertools.pairwise(hits)]
    return min(gaps) if gaps else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--hosts", type=int, default=6)
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--pages", type=int, default=8, help="announcements per site")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--rounds", type=int, default=1)
    options = parser.parse_args()
    name = f"pa_bench_{os.getpid()}"
    admin = create_engine(options.pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = make_url(options.pg).set(database=name).render_as_string(hide_password=False)
    prefixes = [chr(ord("a") + i) for i in range(options.per_host)]
    hosts = [
        LoopbackHost(f"127.0.0.{11 + i}", dict.fromkeys(prefixes, options.pages))
        for i in range(options.hosts)
    ]
    labels = ["direct-seq", *(f"queue-{n}" for n in options.workers)]
    results: dict[str, list[tuple[float, int, int, float]]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp, LoopbackSites(hosts) as sites:
            site_ids = sorted(sites.write_profiles(Path(tmp) / "profiles"))
            env = {**os.environ, "PRESSARCHIVE_SITES_DIR": str(Path(tmp) / "profiles")}
            for round_no in range(options.rounds):
                for label in labels:
                    schema = f"b_{label.replace('-', '_')}_{round_no}"
                    with create_engine(base).begin() as conn:
                        conn.execute(text(f"CREATE SCHEMA {schema}"))
                    url = f"{base}?options=-csearch_path%3D{schema}"
                    run_env = {**env, "PRESSARCHIVE_WARC_DIR": str(Path(tmp) / "warc" / schema)}
                    subprocess.run(
                        [*CLI, "runs", "--db", url], cwd=REPO, env=run_env, capture_output=True, check=True
                    )
                    start = time.perf_counter()
                    since = time.monotonic()
                    if label == "direct-seq":
                        for site in site_ids:
                            run(run_env, "crawl", site, "--db", url, "--quiet").wait()
                    else:
                        subprocess.run([*CLI, "enqueue", *site_ids, "--db", url], cwd=REPO, env=run_env,
                                       capture_output=True, check=True)  # fmt: skip
                        n = int(label.split("-")[1])
                        workers = [
                            run(run_env, "worker", "--db", url, "-c", "1", "--until-empty") for _ in range(n)
                        ]
                        for w in workers:
                            w.wait()
                    elapsed = time.perf_counter() - start
                    fetched, finished = pages(url)
                    gap = min_host_gap(sites, since)
                    results.setdefault(label, []).append((elapsed, fetched, finished, gap))
                    print(
                        f"{label} round {round_no}: {elapsed:.1f} s, {fetched} pages, "
                        f"{finished}/{len(site_ids)} runs finished, min gap per host {gap:.2f} s",
                        flush=True,
                    )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    n_sites = options.hosts * options.per_host
    baseline = sorted(t for t, *_ in results["direct-seq"])[len(results["direct-seq"]) // 2]
    print(f"\n{n_sites} sites on {options.hosts} hosts, {options.pages} announcements each")
    print(
        "| configuration | wall time (s, median) | sites/hour | pages/s | speed-up vs direct-seq "
        "| min gap per host (s) |"
    )
    print("|---|---|---|---|---|---|")
    for label, rows in results.items():
        times = sorted(t for t, *_ in rows)
        median = times[len(times) // 2]
        n_pages = rows[0][1]
        gap = min(g for *_, g in rows)
        print(
            f"| {label} | {median:.1f} | {n_sites * 3600 / median:.0f} | {n_pages / median:.2f} | "
            f"{baseline / median:.2f} | {gap:.2f} |"
        )


if __name__ == "__main__":
    main()
