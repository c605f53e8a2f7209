"""A bare Scrapy spider: follows every link within one host, nothing else.

The baseline for ``benchmarks/crawl_throughput.py``: no page classification, no extraction, no
archive, no conditional requests; only Scrapy fetching, parsing links and de-duplicating URLs.
It runs with the same politeness-free replica settings as ``pressarchive crawl`` in replica mode
(``crawler.run.crawl_settings``: no download delay, no autothrottle, 8 requests per host; robots.txt
obeyed, retries and size caps as in ``crawler/settings.py``) and reaches the site through the same
replica proxy, so the difference in throughput is what pressarchive's own work costs.

    .venv/bin/python benchmarks/bare_spider.py --url http://HOST/ --proxy http://127.0.0.1:PORT \\
        [--stats stats.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import scrapy  # noqa: E402
from scrapy.crawler import CrawlerProcess  # noqa: E402
from scrapy.http import Response, TextResponse  # noqa: E402
from scrapy.settings import Settings  # noqa: E402

from crawler.run import ReplicaMode, crawl_settings  # noqa: E402


class BareSpider(scrapy.Spider):
    """Follow every ``<a href>`` that stays on the start URL's host."""

    name = "bare"

    def __init__(self, url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [url]
        self.allowed_domains = [urlsplit(url).hostname or ""]
        self.pages = 0

    def parse(self, response: Response, **_: Any):
        self.pages += 1
        if not isinstance(response, TextResponse):
            return
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href.strip(), callback=self.parse)


def settings_for(proxy: str, host: str) -> Settings:
    """pressarchive's Scrapy settings in replica mode, minus everything pressarchive adds."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setdict(
        crawl_settings(None, replica=ReplicaMode(proxy, [host]), log_level="WARNING"), priority="cmdline"
    )
    settings.setdict(
        {
            "ITEM_PIPELINES": {},
            "SPIDER_MIDDLEWARES": {},
            "DOWNLOADER_MIDDLEWARES": {"crawler.middlewares.ReplicaProxyMiddleware": 740},
            "EXTENSIONS": {},
            "SPIDER_LOADER_CLASS": "scrapy.spiderloader.SpiderLoader",
            "SPIDER_MODULES": [],
            "CLOSESPIDER_PAGECOUNT": 0,
            "JOBDIR": None,
        },
        priority="cmdline",
    )
    return settings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", required=True, help="start URL (http://HOST/)")
    ap.add_argument("--proxy", required=True, help="the replica server's proxy URL")
    ap.add_argument("--stats", type=Path, help="write Scrapy's stats and timings as JSON here")
    args = ap.parse_args(argv)
    host = urlsplit(args.url).hostname or ""
    process = CrawlerProcess(settings_for(args.proxy, host), install_root_handler=True)
    crawler = process.create_crawler(BareSpider)
    started = time.monotonic()
    process.crawl(crawler, url=args.url)
    process.start()
    elapsed = time.monotonic() - started
    stats = {k: v for k, v in crawler.stats.get_stats().items() if isinstance(v, int | float | str)}
    result = {
        "pages": crawler.spider.pages if isinstance(crawler.spider, BareSpider) else 0,
        "requests": stats.get("downloader/request_count", 0),
        "responses": stats.get("downloader/response_count", 0),
        "seconds": elapsed,
        "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "stats": stats,
    }
    if args.stats:
        args.stats.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    print(f"bare spider: {result['pages']} pages, {result['requests']} requests in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
