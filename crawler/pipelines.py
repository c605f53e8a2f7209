"""The archive pipeline: every item a spider yields ends up in the archive database.

Announcements are stored (new / updated / unchanged), page visits update the crawler's memory
per URL, failures are recorded with their reason. Each spider gets one crawl run, closed with
its counts and a status. Every item also feeds the run's health figures (``crawler.runstats``);
when the spider closes they are stored (``run_stats``) and the run checks itself
(``storage.health.check_run``): a crawl that fetched a site's pages but stored no announcement,
or far fewer than its listings, feeds and sitemaps point to, ends ``failed`` or ``degraded``
with the reason in figures, never ``finished``. The source's health against its own history is
recorded with the run too.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections import Counter
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from sqlalchemy.exc import SQLAlchemyError

from crawler import signals as crawl_signals
from crawler.extraction import BoilerplateLearner
from crawler.items import Announcement, CrawlFailure, PageTokens, PageVisit
from crawler.policy.state import CrawlState
from crawler.runstats import RunFigures
from storage import health
from storage.archive import Archive
from storage.models import utcnow

logger = logging.getLogger(__name__)


class ArchivePipeline:
    """Store items in the archive named by the ``ARCHIVE_DB`` setting."""

    def __init__(self, db: str | None, trigger: str) -> None:
        self.db = db
        self.trigger = trigger
        self.archive: Archive | None = None
        self.crawler: Crawler | None = None
        self.run_id: int | None = None
        self.source = ""
        self.counts: Counter[str] = Counter()
        # Buffered writes, flushed together (``flush``): one transaction per batch of pages
        # instead of one per item keeps storage off the crawl's critical path.
        self.pending: list[Announcement] = []
        self.visits: list[PageVisit] = []
        self.tokens: list[tuple[str, str, dict[str, str]]] = []  # change tokens
        self.batch_size = 100
        self.flush_seconds = 2.0
        self.last_flush = time.monotonic()
        self.figures: RunFigures | None = None
        self.started = time.monotonic()
        self.started_at = utcnow()
        self.first = False
        # What the spider starts from (``crawl_signals.memory_loaded``), and what it noticed
        # outside its callbacks (``failure_noticed``): plain values, sent by signal.
        self.state: CrawlState | None = None
        self.learner: BoilerplateLearner | None = None
        self.unresolved: set[str] = set()  # requested URLs that never got a response
        self.warc_path: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        pipeline = cls(crawler.settings.get("ARCHIVE_DB"), crawler.settings.get("ARCHIVE_TRIGGER", "scrapy"))
        pipeline.crawler = crawler
        pipeline.batch_size = max(1, crawler.settings.getint("ARCHIVE_BATCH_SIZE", 100))
        pipeline.flush_seconds = crawler.settings.getfloat("ARCHIVE_FLUSH_SECONDS", 2.0)
        # The run is finished on spider_closed, which carries the finish reason (Scrapy closes the
        # pipelines before it, and sets ``finish_reason`` in the stats only after).
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.memory_loaded, signal=crawl_signals.memory_loaded)
        crawler.signals.connect(pipeline.failure_noticed, signal=crawl_signals.failure_noticed)
        crawler.signals.connect(pipeline.warc_opened, signal=crawl_signals.warc_opened)
        return pipeline

    def memory_loaded(self, state: CrawlState, learner: BoilerplateLearner) -> None:
        """The spider's memory: figures count against it; the learner is stored at the end."""
        self.state, self.learner = state, learner
        self.first = not state.pages

    def failure_noticed(self, failure: CrawlFailure, unresolved: list[str]) -> None:
        """A failure the spider noticed outside a callback (a redirect loop, a redirect off the
        site): recorded now; its chain's URLs are remembered when the crawl closes."""
        self.unresolved.update(unresolved)
        if self.archive is not None:
            self.process_item(failure)

    def warc_opened(self, path: str) -> None:
        """The run's WARC file, on the run record as soon as it exists (even a killed run has it)."""
        self.warc_path = path
        if self.archive is not None and self.run_id is not None:
            self.archive.set_run_warc(self.run_id, path)

    def open_spider(self, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider  # type: ignore[union-attr]
        self.archive = Archive(self.db)
        self.archive.mark_stale_runs_aborted()
        # a ProfileSpider, the project's only spider (its profile could come with memory_loaded)
        profile = spider.profile  # type: ignore[union-attr]
        self.source = profile.id
        self.archive.ensure_source(profile)
        # A site nobody profiled has no URL rule for articles (pages are classified by content).
        adhoc = profile.family == "generic"
        self.figures = RunFigures(
            profile.id,
            start_urls=profile.start_urls,
            article_rule=None if adhoc else profile.is_article,
        )
        self.started, self.started_at = time.monotonic(), utcnow()
        self.run_id = self.archive.start_run([profile.id], trigger=self.trigger, warc_path=self.warc_path)
        if self.crawler is not None:
            self.crawler.stats.set_value(crawl_signals.RUN_ID_STAT, self.run_id)
        logger.info("crawl run %s started for %s", self.run_id, profile.id)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        assert self.archive is not None
        if self.figures is not None:
            self.figures.observe(item)
        if isinstance(item, Announcement):
            self.pending.append(item)
        elif isinstance(item, PageVisit):
            self.counts["pages"] += 1
            self.visits.append(item)
        elif isinstance(item, PageTokens):
            self.tokens.extend((url, item.source, tokens) for url, tokens in item.tokens.items())
        elif isinstance(item, CrawlFailure):
            self.counts["errors"] += 1
            logger.warning("failure %s: %s", item.reason, item.url)
            self.archive.record_error(self.run_id, item.url, item.reason, item.detail)  # type: ignore[arg-type]
        if (
            len(self.pending) + len(self.visits) >= self.batch_size
            or len(self.tokens) >= 5 * self.batch_size
            or time.monotonic() - self.last_flush >= self.flush_seconds
        ):
            self.flush()
        return item

    def flush(self) -> None:
        """Write what is buffered in one transaction: announcements, the visits of their pages,
        change tokens (``Archive.save_batch``).

        A crawl killed at any moment loses at most this batch, whose pages the next run fetches
        again; it never remembers a page as done whose announcement is missing, nor stores an
        announcement whose page it forgot.
        """
        assert self.archive is not None
        self.last_flush = time.monotonic()
        if not (self.pending or self.visits or self.tokens):
            return
        items, self.pending = self.pending, []
        visits, self.visits = self.visits, []
        tokens, self.tokens = self.tokens, []
        pages = [(v.url, self.visit_values(v), v.kind == "gone") for v in visits]
        try:
            results, gone_twice = self.archive.save_batch(items, self.run_id, pages, tokens)
        except (SQLAlchemyError, ValueError) as exc:
            # Nothing of the batch was written (one transaction): its pages count as not fetched
            # and the next run fetches them again. The crawl goes on; the failure is recorded.
            self.counts["errors"] += 1
            logger.error("could not store a batch of %d pages: %s", len(visits), exc)
            with contextlib.suppress(SQLAlchemyError):  # the database itself may be what failed
                self.archive.record_error(self.run_id, None, "storage/error", str(exc)[:1000])  # type: ignore[arg-type]
            return
        for item, result in zip(items, results, strict=True):
            self.counts[result.outcome] += 1
            logger.info("%s: %s (%s)", result.outcome, item.title, item.published or "no date")
        for url in gone_twice:
            if self.archive.mark_withdrawn(url):
                self.counts["withdrawn"] += 1
                logger.info("withdrawn (gone twice): %s", url)

    @staticmethod
    def visit_values(visit: PageVisit) -> dict[str, Any]:
        """The ``pages`` columns a visit sets (a gone page keeps what was known of it)."""
        values: dict[str, Any] = {"source_id": visit.source, "status": visit.status}
        if visit.kind != "gone":
            values.update(kind=visit.kind, etag=visit.etag, last_modified=visit.last_modified, gone_count=0)
            # warc_*: a visit without a WARC record (304, WARC off) keeps the page's last record.
            for key in ("body_hash", "context", "links", "lastmod", "warc_path", "warc_offset"):
                if getattr(visit, key) is not None:
                    values[key] = getattr(visit, key)
        return values

    def close_spider(self, spider: Spider | None = None) -> None:
        """Write what is still buffered; the run itself is finished on ``spider_closed``."""
        if self.archive is None or self.run_id is None:
            return
        self.flush()
        unresolved = [url for url in sorted(self.unresolved) if self.archive.page(url) is None]
        values = {"source_id": self.source, "kind": "error", "status": 0}
        self.archive.save_pages([(url, values, False) for url in unresolved])
        if self.learner is not None:
            self.archive.save_boilerplate(self.source, self.learner.to_dict())

    def spider_closed(self, spider: Spider, reason: str = "finished") -> None:
        """Finish the run: its figures, its self-check, its status, the source's health."""
        if self.archive is None or self.run_id is None:
            return
        try:
            self._finish(spider, reason)
        finally:
            self.archive.close()
            self.archive = None

    def _finish(self, spider: Spider, reason: str) -> None:
        assert self.archive is not None
        assert self.run_id is not None
        source = self.source
        stats = self.crawler.stats.get_stats() if self.crawler else {}
        for key, value in self.counts.items():
            stats.setdefault(f"pressarchive/{key}", value)
        fetched = int(stats.get("downloader/response_count", 0)) if self.crawler else self.counts["pages"]
        figures = None
        if self.figures is not None:
            state = self.state
            figures = self.figures.summary(
                stats,
                known=state.pages if state is not None else None,
                stored_keys=self.archive.announcement_keys(source),
                counts=dict(self.counts),
                duration=time.monotonic() - self.started,
                finish_reason=reason,
                first=self.first,
                full=bool(state is not None and state.full),
            )
        check = health.check_run(figures) if figures is not None else ("ok", None)
        message: str | None
        if reason == "shutdown":
            status, message = "aborted", "crawl interrupted"
        elif fetched == 0:
            status, message = "failed", "no page could be fetched"
        elif check[0] != "ok":
            status, message = check
        else:
            status, message = "finished", None
            if reason != "finished":
                message = f"stopped: {reason}"
        if self.crawler is not None and figures is not None:
            self.crawler.stats.set_value("pressarchive/check", check[0])
            self.crawler.stats.set_value("pressarchive/stored_total", figures["stored_total"])
        self.archive.finish_run(
            self.run_id,
            status,
            message,
            pages_fetched=fetched,
            announcements_new=self.counts["new"],
            announcements_updated=self.counts["updated"],
            announcements_unchanged=self.counts["unchanged"],
        )
        if figures is not None:
            try:
                stats_id = health.save_run_stats(
                    self.archive.engine, self.run_id, source, self.started_at, figures, check
                )
                verdict = health.assess_source(self.archive.engine, source)
                health.record_health(self.archive.engine, stats_id, verdict, figures)
            except SQLAlchemyError as exc:  # the run itself is recorded; its figures are a bonus
                logger.error("could not store the figures of run %s: %s", self.run_id, exc)
        log = logger.warning if status in ("failed", "degraded") else logger.info
        log(
            "crawl run %s %s: %d pages, %d new, %d updated, %d unchanged, %d errors%s",
            self.run_id,
            status,
            fetched,
            self.counts["new"],
            self.counts["updated"],
            self.counts["unchanged"],
            self.counts["errors"],
            f" ({message})" if message else "",
        )
