"""Run crawls in this process: the one entry point used by the CLI, the demo and the scheduler.

Twisted's reactor cannot be restarted, so one process runs one batch of crawls (several sites in
parallel); the scheduler therefore starts a child process per job.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from crawler.signals import RUN_ID_STAT
from crawler.sites import SiteProfile
from crawler.spiders.profile import ProfileSpider

NOISY_LOGGERS = (
    "scrapy.middleware",
    "scrapy.addons",
    "scrapy.crawler",
    "scrapy.utils.log",
    "scrapy.extensions.telnet",
    "scrapy.core.engine",
    "scrapy.statscollectors",
)


@dataclass(frozen=True)
class ReplicaMode:
    """Crawl through a local replica server instead of the internet (tests and demo)."""

    proxy: str
    hosts: Sequence[str]


def crawl_settings(
    db: str | None,
    *,
    max_pages: int | None = None,
    trigger: str = "cli",
    replica: ReplicaMode | None = None,
    log_level: str = "INFO",
    extra: dict | None = None,
) -> dict:
    """Scrapy settings for one batch of crawls, layered over ``crawler.settings``."""
    settings: dict = {"ARCHIVE_DB": db, "ARCHIVE_TRIGGER": trigger, "LOG_LEVEL": log_level}
    if max_pages:
        settings["CLOSESPIDER_PAGECOUNT"] = max_pages
    if replica is not None:
        settings.update(
            REPLICA_PROXY=replica.proxy,
            REPLICA_HOSTS=list(replica.hosts),
            DOWNLOAD_DELAY=0,
            AUTOTHROTTLE_ENABLED=False,
            CONCURRENT_REQUESTS_PER_DOMAIN=8,
        )
    settings.update(extra or {})
    return settings


def run_crawl(profiles: Sequence[SiteProfile], settings: dict) -> list[int]:
    """Crawl the given sites (blocking) and return the ids of the crawl runs recorded."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    merged = get_project_settings()
    merged.setdict(settings, priority="cmdline")
    process = CrawlerProcess(merged)
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    # An unreachable host makes the robots.txt middleware log a traceback; the same failure is
    # recorded (with its reason) by the spider for the page itself.
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").setLevel(logging.CRITICAL)
    crawlers = []
    for profile in profiles:
        crawler = process.create_crawler(ProfileSpider)
        crawlers.append(crawler)
        process.crawl(crawler, profile=profile)
    process.start()
    # The archive pipeline publishes each crawl's run id in its stats (``RUN_ID_STAT``).
    return [run_id for c in crawlers if c.stats and (run_id := c.stats.get_value(RUN_ID_STAT)) is not None]
