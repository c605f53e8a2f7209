"""What the run figures and checks add to a crawl: the work itself, timed in isolation.

A whole-crawl comparison cannot resolve 2 % on a shared machine (back-to-back crawls of the
same site differ by more than that, see docs/benchmarks.md), so this times exactly the code a
crawl runs for its health: ``RunFigures.observe`` on the items of a 10,000-announcement crawl
(10,000 announcements, 10,101 page visits, change tokens), ``summary``, ``check_run``, and the
close path on an archive with a year of nightly runs (``save_run_stats``, ``assess_source``,
``record_health``), against the 89 s that crawl takes (docs/benchmarks.md).

    python benchmarks/health_cost.py [--items 10000] [--archive DIR-of-health_speed]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.items import Announcement, PageTokens, PageVisit, Person
from crawler.runstats import RunFigures
from crawler.urls import url_key
from storage import health
from storage.archive import Archive
from storage.models import utcnow

CRAWL_SECONDS = 89.3  # the 10,000-announcement crawl, docs/benchmarks.md


def items(count: int) -> list:
    out: list = []
    for i in range(count):
        url = f"http://www.spd-grossstadt.test/{2020 - i % 5}/{i % 12 + 1:02d}/meldung-{i}/"
        a = Announcement(
            url=url,
            title=f"Meldung {i}",
            published=(date(2020, 1, 1) - timedelta(days=i % 900)).isoformat(),
            date_source="jsonld",
            text="Absatz " * (150 + i % 200),
            people=[Person("Anna Berger", "Vorsitzende")] if i % 2 else [],
        )
        a.body_method = "selector"  # type: ignore[misc]  # not a record field (crawler/items.py)
        out.append(a)
        out.append(PageVisit(url, "big", "announcement", 200, body_hash="x" * 64))
        if i % 10 == 0:
            links = [
                f"http://www.spd-grossstadt.test/{2020 - j % 5}/01/meldung-{j}/" for j in range(i, i + 10)
            ]
            out.append(
                PageVisit(
                    f"http://www.spd-grossstadt.test/page/{i // 10}/",
                    "big",
                    "listing",
                    200,
                    body_hash="y",
                    links=links,
                )
            )
            out.append(PageTokens("big", {link: {"teaser x": str(j)} for j, link in enumerate(links)}))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--archive", type=Path, help="a health_speed.py archive directory (close path)")
    args = parser.parse_args(argv)
    feed = items(args.items)
    started = time.perf_counter()
    figures = RunFigures("big", start_urls=("http://www.spd-grossstadt.test/",))
    for item in feed:
        figures.observe(item)
    stored = {url_key(item.url) for item in feed if isinstance(item, Announcement)}
    summary = figures.summary(
        {"downloader/response_count": 10_101}, stored_keys=stored, counts={"new": args.items}
    )
    check = health.check_run(summary)
    in_run = time.perf_counter() - started
    print(f"observe {len(feed)} items + summary + check: {in_run:.3f} s ({check[0]})")
    close = 0.0
    if args.archive:
        archive = Archive(str(args.archive / "archive.sqlite"))
        source = "site0000"
        with archive.engine.connect() as conn:
            run_id = conn.exec_driver_sql("select max(id) from crawl_runs").scalar()
        assert run_id is not None, "the archive holds no crawl run"
        started = time.perf_counter()
        stats_id = health.save_run_stats(archive.engine, run_id, source, utcnow(), summary, check)
        verdict = health.assess_source(archive.engine, source)
        health.record_health(archive.engine, stats_id, verdict, summary)
        close = time.perf_counter() - started
        with archive.engine.begin() as conn:
            conn.exec_driver_sql(f"delete from run_stats where id = {stats_id}")
        archive.close()
        print(f"close path (save, assess the source's history, record): {close:.3f} s")
    print(f"share of the {CRAWL_SECONDS} s crawl: {100 * (in_run + close) / CRAWL_SECONDS:.2f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
