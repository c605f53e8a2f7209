"""Settling a crawl: its bodies read again with the boilerplate the whole crawl learned.

A site's boilerplate is learned from its own pages while the crawl reads them
(``crawler.spiders.warmup``), so which blocks a page's body loses depends on which pages were
read before it: a contact box that only the site's slower (or later) pages carry stays in the
bodies read before the learner had seen it often enough. Order and timing must not decide what
is stored. So once a crawl is over and its learned set is saved, every announcement this run
stored whose text still contains a block the *final* learned set calls boilerplate is read again
from its WARC record (the path of ``pressarchive reparse``: no network) and the better reading
replaces it.

Why here, after the crawl, and not in the spider or the pipeline: the final learned set exists
only once the crawl has closed and the pipeline has saved it; re-reading a stored page from its
WARC record is the application's reparse path, which the crawler package does not depend on.
So this is archive (read) → reparse → archive (write), with no component reaching into another.

Only affected pages are read (a body's paragraphs are fingerprinted and looked up in the learned
set; no WARC is opened for the others). The run's own revision is corrected in place
(:meth:`Archive.settle`): the same fetch read better is no edit of the page. Each page is one
transaction, so a settle killed midway leaves every announcement either as the crawl stored it
or settled, never lost or twice. What it did goes into the run's figures (``figures["settle"]``);
pages it cannot settle (no WARC record, WARC off, a stale record) are counted with their reason.
"""

from __future__ import annotations

from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import func, select

from crawler.extraction.blocks import Block
from crawler.extraction.core import without_learned
from pressarchive.reparse import Failure, Reparser, ReparseResult, learned_boilerplate, locate_warc_files
from storage import health
from storage import models as m
from storage.archive import Archive


@dataclass
class SettleResult:
    """What settling one run did: pages looked at, re-read, and each outcome or skip reason."""

    run_id: int
    source_id: str
    checked: int = 0  # announcements this run stored
    affected: int = 0  # ... whose body still holds a block the final learned set calls boilerplate
    outcomes: Counter[str] = field(default_factory=Counter)  # settled / updated / unchanged
    skipped: Counter[str] = field(default_factory=Counter)  # reason → pages

    def figures(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "affected": self.affected,
            **{outcome: self.outcomes[outcome] for outcome in ("settled", "updated", "unchanged")},
            "skipped": dict(sorted(self.skipped.items())),
        }


def boilerplate_in(text: str, learned: frozenset[str]) -> bool:
    """Whether reading the page again with ``learned`` would take a paragraph out of its stored
    body: the extractor's own rule (``without_learned``) applied to the body's paragraphs, so a
    paragraph it keeps (a contact block whose first line alone repeats, an article's opening
    that a news box repeats) costs no WARC read."""
    blocks = [Block(text=paragraph) for paragraph in text.split("\n\n") if paragraph.strip()]
    return bool(blocks) and bool(without_learned(blocks, learned)[1])


def _stored_by_run(archive: Archive, run_id: int, source_id: str) -> list[tuple[str, str]]:
    """(fetched URL, text) of each announcement whose latest revision this run wrote."""
    rev = m.Revision
    of_run = select(rev.announcement_id).where(rev.run_id == run_id)
    latest = (
        select(rev.announcement_id, func.max(rev.number).label("number"))
        .where(rev.announcement_id.in_(of_run))  # only this run's announcements are grouped
        .group_by(rev.announcement_id)
        .subquery()
    )
    query = (
        select(m.Announcement.url, rev.data, rev.text)
        .join(rev, rev.announcement_id == m.Announcement.id)
        .join(latest, (latest.c.announcement_id == rev.announcement_id) & (latest.c.number == rev.number))
        .where(rev.run_id == run_id, m.Announcement.source_id == source_id)
        .order_by(m.Announcement.id)
    )
    with archive.session() as s:
        return [((data or {}).get("url") or url, text or "") for url, data, text in s.execute(query)]


def settle_run(archive: Archive, run_id: int) -> SettleResult | None:
    """Settle one finished crawl run (None: not a single-site crawl run, nothing to do)."""
    run = archive.run(run_id)
    if run is None or not run.sites or "," in run.sites or run.status in ("skipped", "aborted"):
        return None
    result = SettleResult(run_id, run.sites)
    learned = learned_boilerplate(archive, run.sites)
    stored = _stored_by_run(archive, run_id, run.sites)
    result.checked = len(stored)
    affected = [url for url, text in stored if learned and boilerplate_in(text, learned)]
    result.affected = len(affected)
    if affected:
        _reread(archive, result, affected, run.warc_path)
    _record(archive, result)
    return result


def _reread(archive: Archive, result: SettleResult, urls: list[str], warc_path: str | None) -> None:
    """Read the affected pages again from this run's WARC records and store what changed."""
    if warc_path is None:
        result.skipped["warc/off"] += len(urls)
        return
    pages = {}
    for url in urls:
        page = archive.page(url)
        if page is None or page.warc_offset is None or not _of_run(page.warc_path, warc_path):
            # The page's last record is not this run's (fetched again since, or never written).
            result.skipped["warc/no-record"] += 1
        else:
            pages[url] = page
    reparse = ReparseResult(run_id=result.run_id)
    located = locate_warc_files(archive, list(pages.values()), reparse)
    with ExitStack() as files:
        reader = Reparser(archive, reparse, files, located)
        for page in pages.values():
            item = reader.read(page)
            if isinstance(item, Failure):
                result.skipped[item.reason] += 1
                continue
            result.outcomes[archive.settle(item, result.run_id).outcome] += 1


def _of_run(page_path: str | None, run_path: str) -> bool:
    """Whether a page's WARC file is the run's: its first file, or a part it rotated to
    (``<first file's stem>-NNN.warc.gz`` beside it, ``crawler.warc``)."""
    if not page_path:
        return False
    if page_path == run_path:
        return True
    page, run = PurePosixPath(page_path), PurePosixPath(run_path)
    return page.parent == run.parent and page.name.startswith(run.name.split(".")[0] + "-")


def _record(archive: Archive, result: SettleResult) -> None:
    """The settle's figures on the run's stored figures (``run_stats.figures["settle"]``)."""
    health.add_figures(archive.engine, result.run_id, result.source_id, "settle", result.figures())
