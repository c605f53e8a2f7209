"""``pressarchive reparse``: re-extract stored announcements from their WARC records, offline.

When extraction improves, the archive should benefit without fetching every site again (pages
may have changed or vanished since). Each ``pages`` row of kind ``announcement`` points to the
WARC record of its last fetch; reparse reads that record, rebuilds the Scrapy response from it
and runs the very function the spider runs (:func:`crawler.reading.announce.announcement_from_response`),
with the page's stored listing context and the site's learned boilerplate. Storing goes through
:meth:`Archive.store`, so identical output is ``unchanged`` and changed output a new revision.

Each reparse is recorded as a crawl run with trigger ``reparse``; failures are recorded on it
with a reason (``warc/missing``, ``warc/stale``, ``extraction/empty-body``…).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as RichProgress
from scrapy.http import Headers, Response, TextResponse
from scrapy.responsetypes import responsetypes
from sqlalchemy import select
from warcio.archiveiterator import ArchiveIterator

from crawler.extraction import BoilerplateLearner
from crawler.items import Announcement
from crawler.reading.announce import announcement_from_response
from crawler.sites import ProfileError, SiteProfile, get_site, load_families, parse_site
from crawler.warc import resolve_stored, warc_root
from storage import models as m
from storage.archive import Archive

Progress = Callable[[int, int], None]


class ReparseError(RuntimeError):
    """Reparse cannot start (unknown site, site busy); the message says why."""


class WarcReadError(RuntimeError):
    """A WARC record cannot be read at the stored offset; ``reason`` is a short failure reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


@dataclass
class Failure:
    url: str
    reason: str
    detail: str | None = None


@dataclass
class ReparseResult:
    """What a reparse did: counts per outcome, failures, and WARC files that were missing."""

    run_id: int
    pages: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    missing_files: dict[str, int] = field(default_factory=dict)  # path → pages referring to it

    @property
    def new(self) -> int:
        return self.counts["new"]

    @property
    def updated(self) -> int:
        return self.counts["updated"]

    @property
    def unchanged(self) -> int:
        return self.counts["unchanged"]


@dataclass(frozen=True)
class WarcResponse:
    """A response record read back from a WARC file."""

    response: Response
    date: str | None  # ISO date of WARC-Date: when the page was fetched


def read_response(fh: IO[bytes], offset: int, expected_url: str | None = None) -> WarcResponse:
    """The ``response`` record at ``offset`` of an open WARC file, as a Scrapy response.

    The response class is chosen as Scrapy chooses it for a live download (``responsetypes``),
    so encoding detection and selectors behave as they did during the crawl.
    """
    fh.seek(offset)
    try:
        record = next(iter(ArchiveIterator(fh)), None)
    except Exception as exc:  # warcio raises several types for corrupt or truncated data
        raise WarcReadError("warc/unreadable", f"no WARC record at offset {offset}: {exc}") from exc
    if record is None or record.rec_type != "response" or record.http_headers is None:
        kind = record.rec_type if record is not None else "nothing"
        raise WarcReadError("warc/unreadable", f"expected a response record at offset {offset}, found {kind}")
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    if expected_url is not None and url != expected_url:
        raise WarcReadError("warc/mismatch", f"record at offset {offset} is for {url}, not {expected_url}")
    body = record.content_stream().read()
    http = record.http_headers
    headers = Headers([(name, value) for name, value in http.headers])
    # The stored headers describe the stored (decoded) body; content_stream() already undid
    # any encoding a foreign WARC may declare, so these must not be applied again.
    for name in ("Content-Encoding", "Transfer-Encoding"):
        headers.pop(name, None)
    cls = responsetypes.from_args(headers=headers, url=url, body=body)
    status = int(http.get_statuscode() or 200)
    response = cls(url=url, status=status, headers=headers, body=body, protocol=http.protocol or None)
    warc_date = record.rec_headers.get_header("WARC-Date")
    return WarcResponse(response, warc_date[:10] if warc_date else None)


def profile_for(source: m.Source, sample_url: str, sample_body: bytes | None = None) -> SiteProfile:
    """The profile a source was crawled with: its TOML profile, or an ad hoc one rebuilt.

    Sites crawled with ``--url`` have no profile file; their CMS family is taken from the
    sources row, or recognised again from a page (as the spider recognises it from the seed).
    """
    try:
        return get_site(source.id)
    except ProfileError:
        pass
    family = source.family if source.family and source.family != "generic" else None
    if family is None and sample_body is not None:
        from crawler.reading.classify import detect_family

        family = detect_family(sample_body, load_families())
    parts = urlsplit(sample_url)
    data = {
        "id": source.id,
        "name": source.name or source.id,
        "start_urls": [f"{parts.scheme}://{parts.netloc}/"],
    }
    try:
        return parse_site({**data, "family": family or "generic"})
    except ProfileError:
        return parse_site({**data, "family": "generic"})


def learned_boilerplate(archive: Archive, source_id: str) -> frozenset[str]:
    """The boilerplate the site's crawls learned (the spider starts every crawl from it too)."""
    stored = archive.boilerplate(source_id)
    if not stored:
        return frozenset()
    return frozenset(BoilerplateLearner.from_dict(stored).learned())


def _pages(archive: Archive, sites: Sequence[str]) -> list[m.Page]:
    query = (
        select(m.Page)
        .where(m.Page.kind == "announcement", m.Page.warc_path.is_not(None), m.Page.warc_offset.is_not(None))
        .order_by(m.Page.warc_path, m.Page.warc_offset)
    )
    if sites:
        query = query.where(m.Page.source_id.in_(list(sites)))
    with archive.session() as s:
        return list(s.scalars(query))


def _check_sites(archive: Archive, sites: Sequence[str]) -> list[str]:
    known = {s.id for s in archive.sources()}
    unknown = [s for s in sites if s not in known]
    if unknown:
        listed = ", ".join(sorted(known)) or "none yet"
        raise ReparseError(f"unknown site {unknown[0]!r} in this archive (sites crawled: {listed})")
    return list(sites) or sorted(known)


def reparse(
    archive: Archive,
    sites: Sequence[str] = (),
    *,
    db_url: str | None = None,
    progress: Progress | None = None,
) -> ReparseResult:
    """Re-extract every announcement page of ``sites`` (all when empty) from its WARC record.

    ``db_url`` enables the per-site crawl locks, so a crawl and a reparse of one site never
    store into it at the same time.
    """
    site_ids = _check_sites(archive, sites)
    with ExitStack() as stack:
        if db_url is not None:
            from schedules.locks import SiteBusy, site_lock

            for site in site_ids:
                try:
                    stack.enter_context(site_lock(db_url, site))
                except SiteBusy as exc:
                    raise ReparseError(f"cannot reparse {site!r} now: {exc}") from exc
        return _reparse(archive, site_ids, sites, progress)


def _reparse(
    archive: Archive, site_ids: list[str], requested: Sequence[str], progress: Progress | None
) -> ReparseResult:
    pages = _pages(archive, requested)
    result = ReparseResult(run_id=archive.start_run(site_ids, trigger="reparse"))
    located = locate_warc_files(archive, pages, result)
    with ExitStack() as files:
        reparser = Reparser(archive, result, files, located)
        for done, page in enumerate(pages, 1):
            result.pages += 1
            failure = reparser.page(page)
            if failure is not None:
                result.failures.append(failure)
                archive.record_error(result.run_id, failure.url, failure.reason, failure.detail)
            if progress is not None:
                progress(done, len(pages))
    _finish(archive, result)
    return result


def locate_warc_files(archive: Archive, pages: Sequence[m.Page], result: ReparseResult) -> dict[str, str]:
    """Each stored WARC path of ``pages`` → its file on this machine (stored paths are relative
    to this machine's WARC root; absolute ones come from older archives); a file that is not
    there goes into ``result.missing_files`` with the number of pages that need it."""
    root = warc_root(archive.engine.url.render_as_string(hide_password=False))
    located = {
        stored: str(resolve_stored(stored, root)) for stored in {p.warc_path for p in pages if p.warc_path}
    }
    for stored, path in sorted(located.items()):
        if not Path(path).is_file():
            result.missing_files[path] = sum(1 for p in pages if p.warc_path == stored)
    return located


class Reparser:
    """Per-reparse caches: open WARC files, profiles and learned boilerplate per source."""

    def __init__(
        self, archive: Archive, result: ReparseResult, files: ExitStack, located: dict[str, str]
    ) -> None:
        self.archive = archive
        self.located = located  # stored WARC path → the file on this machine
        self.result = result
        self.files = files
        self.handles: dict[str, IO[bytes]] = {}
        self.sources = {s.id: s for s in archive.sources()}
        self.profiles: dict[str, SiteProfile] = {}
        self.learned: dict[str, frozenset[str]] = {}

    def _file(self, path: str) -> IO[bytes]:
        if path not in self.handles:
            self.handles[path] = self.files.enter_context(open(path, "rb"))  # noqa: SIM115
        return self.handles[path]

    def _profile(self, source_id: str, response: Response) -> SiteProfile:
        if source_id not in self.profiles:
            source = self.sources.get(source_id) or m.Source(id=source_id, name=source_id)
            self.profiles[source_id] = profile_for(source, response.url, response.body)
            self.learned[source_id] = learned_boilerplate(self.archive, source_id)
        return self.profiles[source_id]

    def page(self, page: m.Page) -> Failure | None:
        """Reparse one page and store the result; a :class:`Failure` when that was impossible."""
        item = self.read(page)
        if isinstance(item, Failure):
            return item
        self.result.counts[self.archive.store(item, self.result.run_id).outcome] += 1
        return None

    def read(self, page: m.Page) -> Announcement | Failure:
        """The page's announcement read from its WARC record with the site's learned
        boilerplate, or a :class:`Failure` saying why it cannot be (also ``pressarchive.settle``)."""
        path, offset = self.located.get(page.warc_path or "", page.warc_path or ""), page.warc_offset or 0
        where = f"{path}@{offset}"
        if path in self.result.missing_files:
            return Failure(page.url, "warc/missing", f"WARC file {path} is missing")
        try:
            stored = read_response(self._file(path), offset, expected_url=page.url)
        except (WarcReadError, OSError) as exc:
            return Failure(page.url, getattr(exc, "reason", "warc/unreadable"), f"{where}: {exc}")
        response = stored.response
        if page.body_hash and hashlib.sha256(response.body).hexdigest() != page.body_hash:
            return Failure(page.url, "warc/stale", f"{where} is not the page's last fetched body")
        if not isinstance(response, TextResponse):
            return Failure(page.url, "warc/not-text", f"{where}: {type(response).__name__}")
        source_id = page.source_id or ""
        profile = self._profile(source_id, response)
        try:
            item = announcement_from_response(
                response,
                profile,
                context=page.context,
                fetched=stored.date,
                boilerplate=self.learned[source_id],
            )
        except Exception as exc:  # one broken page must not stop a reparse of thousands
            return Failure(page.url, f"extraction/{type(exc).__name__}", f"{where}: {exc}"[:1000])
        if not item.text.strip():
            return Failure(page.url, "extraction/empty-body", where)
        return item


def _finish(archive: Archive, result: ReparseResult) -> None:
    failed = len(result.failures)
    notes = []
    if result.missing_files:
        notes.append(f"{len(result.missing_files)} WARC file(s) missing")
    if failed:
        notes.append(f"{failed} page(s) failed")
    if result.pages == 0:
        notes.append("no stored announcement page has a WARC record")
    status = "failed" if result.pages and failed == result.pages else "finished"
    archive.finish_run(
        result.run_id,
        status,
        "; ".join(notes) or None,
        pages_fetched=result.pages,
        announcements_new=result.new,
        announcements_updated=result.updated,
        announcements_unchanged=result.unchanged,
    )


def iter_failure_reasons(result: ReparseResult) -> Iterator[tuple[str, int]]:
    """Failure reasons with counts, most frequent first (for the summary line)."""
    yield from Counter(f.reason for f in result.failures).most_common()


@contextmanager
def console_progress(console: Console) -> Iterator[Progress]:
    """A progress callback: a rich progress bar on a terminal, else a line per 100 pages."""
    if console.is_terminal:
        with RichProgress(
            TextColumn("reparse"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console
        ) as bar:
            task = bar.add_task("reparse", total=None)

            def update(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            yield update
        return

    def lines(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            console.print(f"reparse: {done}/{total} pages")

    yield lines
