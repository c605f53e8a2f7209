"""Scrapy settings of pressarchive: polite defaults for crawling small political sites.

Every project-specific setting is declared here with its default and a comment, can be overridden
per run (``scrapy crawl rvr -s ARCHIVE_DB=...``) or through the CLI options, and is described in
``docs/crawling.md`` ("Settings"); ``tests/test_docs.py`` checks all three stay in step.
"""

from __future__ import annotations

import os

BOT_NAME = "pressarchive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# Exposes every site profile as a spider: `scrapy crawl rvr` works without a Python class per site.
SPIDER_LOADER_CLASS = "crawler.spiders.loader.ProfileSpiderLoader"

# An honest User-Agent with a contact URL (override with PRESSARCHIVE_CONTACT).
CONTACT_URL = os.environ.get("PRESSARCHIVE_CONTACT", "https://github.com/pressarchive/pressarchive")
USER_AGENT = f"pressarchive/0.1 (+{CONTACT_URL}; archive of public press releases)"

# Politeness: obey robots.txt, few parallel requests per host, adaptive delays.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Robustness: retries with back-off for 5xx/timeouts, size caps against huge pages and bombs.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
REDIRECT_MAX_TIMES = 10
DEPTH_LIMIT = 50
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no listening port on the crawl machine
HTTPERROR_ALLOW_ALL = False

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.PrivateAddressMiddleware": 40,  # before Scrapy's offsite filter (50)
    "crawler.middlewares.TrapMiddleware": 90,
    "crawler.middlewares.ReplicaProxyMiddleware": 740,
}
ITEM_PIPELINES = {
    "crawler.pipelines.ArchivePipeline": 300,
}
EXTENSIONS = {
    "crawler.warc.WarcExtension": 500,
}

# pressarchive settings
# Links, redirects and meta refreshes from a public site into loopback, private or link-local
# networks are refused (crawler.policy.netguard); True allows them (a crawl of an intranet).
ALLOW_PRIVATE_ADDRESSES = False
ARCHIVE_DB = None  # SQLAlchemy URL or file path; None → PRESSARCHIVE_DB or ./archive.sqlite
ARCHIVE_TRIGGER = "scrapy"  # who started the run: cli, scheduler, demo, scrapy
# Items are written in batches, one transaction each: after this many announcements and page
# visits, or on the first item this many seconds after the last write (and at the end of a crawl).
# A killed crawl loses at most one batch, whose pages the next run fetches again.
ARCHIVE_BATCH_SIZE = 100
ARCHIVE_FLUSH_SECONDS = 2.0
# Replica mode (tests, demo): send every request through the local replica server acting as an
# HTTP proxy; requests to hosts it does not serve are refused, so nothing reaches the internet.
REPLICA_PROXY = None  # "http://127.0.0.1:PORT"
REPLICA_HOSTS: list[str] = []
# Incremental re-crawls: False sends the stored ETag/Last-Modified and skips pages known
# unchanged; True fetches every page again (`pressarchive crawl --full`, `enqueue --full`).
CRAWL_FULL = False
# A JSON file the spider writes when it closes: the CMS family, feeds, sitemaps and announcement
# counts it found (`pressarchive sites add` sets it to write the new profile); None writes nothing.
DISCOVERY_REPORT = None
# Extraction runs in this many worker processes (crawler/reading/pool.py), so a crawl uses a second
# core; 0 extracts inline in the crawl process.
EXTRACT_WORKERS = 1
# Raw archive: every fetched response of a crawl goes into one WARC file (crawler/warc.py), so
# `pressarchive reparse` can re-extract without the network. WARC_DIR None → warc/ beside the
# SQLite archive file.
WARC_ENABLED = True
WARC_DIR = None  # the WARC root; None: $PRESSARCHIVE_WARC_DIR, else beside a SQLite file
WARC_MAX_BYTES = 1024**3  # a crawl's WARC rotates to its next file at this size

LOG_LEVEL = "INFO"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_DATEFORMAT = "%H:%M:%S"
LOGSTATS_INTERVAL = 15.0
FEED_EXPORT_ENCODING = "utf-8"
