"""The raw archive: every response a crawl fetches, kept in WARC files under the WARC root.

Extraction improves; pages change or vanish. Keeping what the server actually sent lets
``pressarchive reparse`` re-extract old pages without the network, and lets standard WARC tools
(warcio, pywb, …) replay the crawl. A crawl writes gzip-compressed WARC 1.1 files
(``<root>/<site>/<site>-<UTC timestamp>-<pid>.warc.gz``, then ``…-<pid>-001.warc.gz`` and on once
a file reaches ``WARC_MAX_BYTES``: many tools and shared file systems handle 1 GB files better
than one file per endless crawl); each starts with a ``warcinfo`` record, then per fetched
response a ``response`` record followed by its ``request`` record.

The archive stores a file's path relative to the WARC root (``pages.warc_path``,
``crawl_runs.warc_path``), so a file written by a worker on one machine is found by ``reparse``
on any machine that mounts the same root, wherever it is mounted. Paths stored absolute by
older versions are still read as they are.

Scrapy hands over bodies after ``HttpCompressionMiddleware`` decoded them (and after Twisted
de-chunked them). The stored HTTP headers are therefore made to describe the stored body:
``Transfer-Encoding`` is dropped, ``Content-Encoding`` only names encodings still applied
(Scrapy removes the ones it decoded), and ``Content-Length`` is the stored body's length, so
the records replay correctly. Every record is flushed at once: a killed crawl leaves a valid
prefix of the file.

Responses Scrapy consumes inside its downloader middlewares (redirects it follows, responses it
retries) never reach ``response_received``; they are written from ``response_downloaded``
instead, as they came off the wire.

Settings: ``WARC_ENABLED`` (default True), ``WARC_DIR`` (the root; default
``$PRESSARCHIVE_WARC_DIR``, else ``warc/`` beside the SQLite file of ``ARCHIVE_DB``, else the
current directory's ``warc/``), ``WARC_MAX_BYTES`` (default 1 GiB).
"""

from __future__ import annotations

import logging
import os
import re
import socket
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.settings import BaseSettings
from sqlalchemy.engine import make_url
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler import signals as crawl_signals
from storage.db import resolve_url

logger = logging.getLogger(__name__)

# Headers describing the transfer, not the stored body; recomputed or dropped on write.
_TRANSFER_HEADERS = frozenset({b"transfer-encoding", b"content-length"})
# Credentials never go into an archive file that may be shared.
_SECRET_HEADERS = frozenset({b"authorization", b"proxy-authorization", b"cookie"})


WARC_DIR_ENV = "PRESSARCHIVE_WARC_DIR"
DEFAULT_MAX_BYTES = 1024**3


def warc_root(db: str | None, configured: str | None = None) -> Path:
    """The WARC root: ``configured`` (``WARC_DIR``), ``$PRESSARCHIVE_WARC_DIR`` (the shared
    mount on every crawl and analysis machine), else ``warc/`` beside a SQLite archive file,
    else ``./warc``. The crawler and ``reparse`` resolve it the same way."""
    configured = configured or os.environ.get(WARC_DIR_ENV)
    if configured:
        return Path(configured).expanduser().resolve()
    url = make_url(resolve_url(db))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).resolve().parent / "warc"
    return Path.cwd() / "warc"


def warc_dir(settings: BaseSettings) -> Path:
    """The WARC root of a crawl's settings (``WARC_DIR``, ``ARCHIVE_DB``)."""
    return warc_root(settings.get("ARCHIVE_DB"), settings.get("WARC_DIR"))


def stored_path(path: Path, root: Path) -> str:
    """How the archive records a WARC file: relative to the root (``/``-separated), or absolute
    for a file outside it."""
    for candidate, base in ((path, root), (path.resolve(), root.resolve())):
        if candidate.is_relative_to(base):
            return candidate.relative_to(base).as_posix()
    return str(path)


def resolve_stored(stored: str, root: Path) -> Path:
    """The file a stored WARC path names on this machine (absolute paths: older archives)."""
    path = Path(stored)
    return path if path.is_absolute() else root / path


def _safe(site: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", site) or "crawl"


def warc_filename(site: str, when: datetime | None = None, pid: int | None = None, part: int = 0) -> str:
    """``<site>-<UTC timestamp>-<pid>[-<part>].warc.gz``: sortable by time, unique per crawl
    process; ``part`` counts the files a crawl rotated to."""
    when = when or datetime.now(UTC)
    suffix = f"-{part:03d}" if part else ""
    return f"{_safe(site)}-{when:%Y%m%dT%H%M%SZ}-{pid or os.getpid()}{suffix}.warc.gz"


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def _header_pairs(headers: Any, drop: frozenset[bytes]) -> list[tuple[str, str]]:
    """Scrapy ``Headers`` (bytes, multi-valued) as (name, value) str pairs, minus ``drop``."""
    pairs: list[tuple[str, str]] = []
    for name, values in headers.items():
        key = name if isinstance(name, bytes) else str(name).encode("latin-1")
        if key.lower() in drop:
            continue
        for value in values:
            text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
            pairs.append((key.decode("latin-1"), text))
    return pairs


class WarcRecorder:
    """Writes request/response pairs into gzip-compressed WARC 1.1 files (no Scrapy needed).

    Each record is its own gzip member and is flushed at once, so the byte offset returned by
    :meth:`write` is where a reader can seek to and start an ``ArchiveIterator``. With
    ``max_bytes``, a pair that would start in a file already that large goes into the next
    file (``next_path``), which starts with its own ``warcinfo``; :attr:`path` is the file the
    last pair went into, :attr:`paths` every file written.
    """

    def __init__(
        self,
        path: Path,
        info: dict[str, str] | None = None,
        *,
        max_bytes: int | None = None,
        next_path: Callable[[int], Path] | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self.next_path = next_path or (
            lambda part: path.with_name(f"{path.name.split('.')[0]}-{part:03d}.warc.gz")
        )
        self.info = info or {}
        self.records = 0
        self.paths: list[Path] = []
        self._fh: IO[bytes] | None = None
        self._open(path)

    def _open(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # "x": never append to (and so corrupt the offsets of) another crawl's file.
        self._fh = path.open("xb")
        self.writer = WARCWriter(self._fh, gzip=True, warc_version="WARC/1.1")
        warcinfo = {
            "software": "pressarchive/0.1 (warcio)",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "hostname": socket.gethostname(),
            **self.info,
        }
        self.writer.write_record(self.writer.create_warcinfo_record(path.name, warcinfo))
        self._fh.flush()
        self.paths.append(path)

    def _rotate_if_full(self) -> None:
        if self._fh is not None and self.max_bytes is not None and self._fh.tell() >= self.max_bytes:
            self._fh.close()
            self._open(self.next_path(len(self.paths)))

    @property
    def closed(self) -> bool:
        return self._fh is None

    def write(self, request: Request, response: Response) -> int:
        """Append ``response`` and then its ``request``; return the response record's offset."""
        if self._fh is None:
            raise ValueError(f"WARC file {self.path} is closed")
        self._rotate_if_full()
        assert self._fh is not None
        offset = self._fh.tell()
        body = response.body
        headers = _header_pairs(response.headers, _TRANSFER_HEADERS)
        if request.method != "HEAD" and response.status not in (204, 304):
            headers.append(("Content-Length", str(len(body))))
        protocol = getattr(response, "protocol", None) or "HTTP/1.1"
        http_headers = StatusAndHeaders(_status_line(response.status), headers, protocol=protocol)
        warc_headers = {}
        ip = getattr(response, "ip_address", None)
        if ip is not None:
            warc_headers["WARC-IP-Address"] = str(ip)
        response_record = self.writer.create_warc_record(
            response.url,
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        request_record = self.writer.create_warc_record(
            response.url,
            "request",
            payload=BytesIO(request.body or b""),
            length=len(request.body or b""),
            http_headers=self._request_headers(request),
        )
        self.writer.write_request_response_pair(request_record, response_record)
        self._fh.flush()
        self.records += 2
        return offset

    @staticmethod
    def _request_headers(request: Request) -> StatusAndHeaders:
        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = _header_pairs(request.headers, _SECRET_HEADERS)
        if not any(name.lower() == "host" for name, _ in headers):
            headers.insert(0, ("Host", parts.netloc))
        return StatusAndHeaders(f"{request.method} {target} HTTP/1.1", headers, is_http_request=True)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class WarcLocation:
    """Where a response's record is (or is being) written: the file as the archive stores it
    and the record's offset, once the writer thread has written it (only then is the file
    known: the write may rotate to the next one)."""

    def __init__(self, written: Future[tuple[str, int] | None]) -> None:
        self._written = written

    def resolve(self) -> tuple[str | None, int | None]:
        """``(path, offset)``, waiting for the write if needed; ``(None, None)`` if it failed."""
        written = self._written.result()
        return written if written is not None else (None, None)


def warc_location(meta: dict[str, Any]) -> tuple[str | None, int | None]:
    """The WARC record of the response whose request has this ``meta`` (``(None, None)``: none)."""
    location = meta.get("warc")
    return location.resolve() if isinstance(location, WarcLocation) else (None, None)


class WarcExtension:
    """Scrapy extension: every fetched response of a crawl into one WARC file.

    Records are written by one background thread, in the order responses arrive (compression,
    hashing and file writes release the GIL, so the crawl goes on meanwhile). A
    :class:`WarcLocation` for the response record is put into ``request.meta["warc"]`` in the
    ``response_received`` handler, which runs before the spider callback, so the spider can
    store the record's place with the page (``warc_location``); the file's path goes onto the
    crawl run (``crawl_runs.warc_path``).
    """

    def __init__(self, crawler: Crawler, directory: Path) -> None:
        self.crawler = crawler
        self.directory = directory
        self.max_bytes = crawler.settings.getint("WARC_MAX_BYTES", DEFAULT_MAX_BYTES)
        self.recorder: WarcRecorder | None = None
        # Statuses Scrapy's downloader middlewares consume before response_received fires.
        self.retry_codes = frozenset(crawler.settings.getlist("RETRY_HTTP_CODES", []))
        self.retry_enabled = crawler.settings.getbool("RETRY_ENABLED")
        self.redirect_enabled = crawler.settings.getbool("REDIRECT_ENABLED", True)
        self._failed = False
        self._thread: ThreadPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcExtension:
        if not crawler.settings.getbool("WARC_ENABLED", True):
            raise NotConfigured("WARC_ENABLED is off")
        ext = cls(crawler, warc_dir(crawler.settings))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        return ext

    # -- lifecycle -----------------------------------------------------------------------------
    def spider_opened(self, spider: Spider) -> None:
        site = _site_of(spider)
        when = datetime.now(UTC)
        folder = self.directory / _safe(site)
        info = {"site": site, "robots": "obey" if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else ""}
        self.recorder = WarcRecorder(
            folder / warc_filename(site, when),
            info,
            max_bytes=self.max_bytes,
            next_path=lambda part: folder / warc_filename(site, when, part=part),
        )
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="warc")
        logger.info("writing WARC %s", self.recorder.path)
        # The archive pipeline puts it on the crawl run (no second connection from here): the
        # run names its first file, relative to the root; its pages name the file of each record.
        stored = stored_path(self.recorder.path, self.directory)
        self.crawler.signals.send_catch_log(crawl_signals.warc_opened, path=stored)

    def spider_closed(self, spider: Spider) -> None:
        if self._thread is not None:
            self._thread.shutdown(wait=True)  # every record queued is written before the file closes
        if self.recorder is not None:
            files = len(self.recorder.paths)
            logger.info(
                "WARC %s: %d records in %d file(s)", self.recorder.paths[0], self.recorder.records, files
            )
            self.recorder.close()

    # -- responses -----------------------------------------------------------------------------
    def _consumed_by_middleware(self, response: Response) -> bool:
        """True for responses that a redirect or retry middleware turns into a new request."""
        if self.redirect_enabled and 300 <= response.status < 400 and b"Location" in response.headers:
            return response.status != 304
        return self.retry_enabled and response.status in self.retry_codes

    def response_downloaded(self, response: Response, request: Request, spider: Spider) -> None:
        if self._consumed_by_middleware(response):
            # Nobody stores this response's place (the request it turns into gets its own).
            self._write(request, response, locate=False)

    def response_received(self, response: Response, request: Request, spider: Spider) -> None:
        if not self._consumed_by_middleware(response):
            self._write(request, response)

    def _write(self, request: Request, response: Response, locate: bool = True) -> None:
        if self.recorder is None or self.recorder.closed or self._thread is None:
            return
        written = self._thread.submit(self._write_now, self.recorder, request, response)
        if not locate:
            return
        if response.status == 304:
            # No body: the page's content is still the one in its earlier record.
            request.meta.pop("warc", None)
        else:
            request.meta["warc"] = WarcLocation(written)

    def _write_now(
        self, recorder: WarcRecorder, request: Request, response: Response
    ) -> tuple[str, int] | None:
        """Write one record pair (in the writer thread): the file as stored and the response
        record's offset, or None if it failed."""
        try:
            offset = recorder.write(request, response)
        except (OSError, ValueError) as exc:
            # A full disk must not kill the crawl, but it must be loud (once) and counted.
            if not self._failed:
                logger.error("cannot write WARC %s: %s", recorder.path, exc)
            self._failed = True
            if self.crawler.stats:
                self.crawler.stats.inc_value("warc/errors")
            return None
        if self.crawler.stats:
            self.crawler.stats.inc_value("warc/records", 2)
        return stored_path(recorder.path, self.directory), offset


def _site_of(spider: Spider) -> str:
    """The site id a WARC file is named after: the profile's, else the spider's name."""
    from crawler.spiders.profile import ProfileSpider

    return spider.profile.id if isinstance(spider, ProfileSpider) else spider.name
