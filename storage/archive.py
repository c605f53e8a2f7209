"""The archive API: the only place that writes announcements, runs and page state.

Every write is one short transaction: a crawl's buffered batch (announcements, the states of
their pages, change tokens: :meth:`Archive.save_batch`) is written all or nothing, so a crawl
killed at any moment leaves the database consistent and loses at most the batch in flight,
whose pages the next run fetches again. Storing is idempotent: the same content for
the same canonical URL changes nothing but ``last_seen``; a changed content hash becomes a new
revision while the old one is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from crawler.items import Announcement as AnnouncementItem
from crawler.urls import url_key
from storage import models as m
from storage import search_index
from storage.db import make_engine, upgrade
from storage.runs import RunRecords


@dataclass(frozen=True)
class StoreResult:
    """What storing one announcement did: ``new``, ``updated`` or ``unchanged``."""

    outcome: str
    announcement_id: int
    revision: int


# The statements of ``Archive._store``, built once (parameters are bound per call).
_ANN, _REV = m.Announcement.__table__, m.Revision.__table__
_BY_KEY = select(_ANN.c.id, _ANN.c.content_hash).where(_ANN.c.url_key == bindparam("b_key"))
_BY_TEXT = select(_ANN.c.id, _ANN.c.content_hash).where(
    (_ANN.c.source_id == bindparam("b_source")) & (_ANN.c.content_hash == bindparam("b_hash"))
)
_LATEST = select(func.max(_REV.c.number)).where(_REV.c.announcement_id == bindparam("b_id"))
_TOUCH = (
    update(_ANN).where(_ANN.c.id == bindparam("b_id")).values(last_seen=bindparam("b_now"), withdrawn_at=None)
)
_INSERT_ANN = insert(_ANN)
_UPDATE_ANN = update(_ANN).where(_ANN.c.id == bindparam("b_id"))
_INSERT_REV = insert(_REV)
_PAGES = m.Page.__table__
_PAGE_TOKENS = select(_PAGES.c.tokens).where(_PAGES.c.url == bindparam("b_url"))
_INSERT_PAGE = insert(_PAGES)
_UPDATE_PAGE = update(_PAGES).where(_PAGES.c.url == bindparam("b_url"))
_UPDATE_GONE = _UPDATE_PAGE.values(gone_count=_PAGES.c.gone_count + 1)
_GONE_COUNT = select(_PAGES.c.gone_count).where(_PAGES.c.url == bindparam("b_url"))


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class Archive(RunRecords):
    """A handle on one archive database; creates/upgrades the schema on first use."""

    def __init__(self, db: str | None = None, *, engine: Engine | None = None) -> None:
        self.engine = engine or make_engine(db)
        upgrade(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    def session(self) -> Session:
        return self.sessions()

    # -- sources ---------------------------------------------------------------------------
    def ensure_source(self, profile: Any) -> None:
        """Create or refresh the ``sources`` row of a site profile."""
        with self.sessions.begin() as s:
            row = s.get(m.Source, profile.id) or m.Source(id=profile.id)
            row.name = profile.name
            row.organisation = profile.organisation
            row.party = profile.party
            row.region = profile.region
            row.level = profile.level
            row.family = profile.family
            s.add(row)

    def boilerplate(self, source_id: str) -> dict[str, Any] | None:
        """What the site's crawls learned of its boilerplate (``BoilerplateLearner.to_dict``)."""
        with self.sessions() as s:
            row = s.get(m.Source, source_id)
            return row.boilerplate if row else None

    def save_boilerplate(self, source_id: str, data: dict[str, Any]) -> None:
        with self.sessions.begin() as s:
            s.execute(update(m.Source).where(m.Source.id == source_id).values(boilerplate=data))

    # -- pages (crawler memory) ------------------------------------------------------------
    def page(self, url: str) -> m.Page | None:
        with self.sessions() as s:
            return s.get(m.Page, url)

    def pages(self, source_id: str) -> list[m.Page]:
        with self.sessions() as s:
            return list(s.scalars(select(m.Page).where(m.Page.source_id == source_id)))

    def save_pages(self, batch: list[tuple[str, dict[str, Any], bool]]) -> list[str]:
        """Save many page states in one transaction: (url, values, gone). Returns the URLs that
        have now been gone (404/410) on two runs in a row."""
        with self.engine.begin() as conn:
            return self._save_pages(conn, batch, m.utcnow())

    def save_batch(
        self,
        items: list[AnnouncementItem],
        run_id: int | None,
        pages: list[tuple[str, dict[str, Any], bool]],
        tokens: list[tuple[str, str, dict[str, str]]],
    ) -> tuple[list[StoreResult], list[str]]:
        """What a crawl buffered, in one transaction: announcements, then the states of the
        pages they came from, then change tokens. All or nothing, so a crawl killed at any
        moment never leaves an announcement whose page is not recorded, or the reverse.
        Each announcement is stored as :meth:`store` would store it alone and sees those before
        it, so the same announcement twice in one batch is one record. Returns the store results
        and the URLs now gone twice (as ``save_pages``)."""
        for item in items:
            if not item.source:
                raise ValueError(f"announcement has no source: {item.url}")
        now = m.utcnow()
        with self.engine.begin() as conn:
            results = [self._store(conn, item, run_id, now) for item in items]
            twice = self._save_pages(conn, pages, now)
            self._save_tokens(conn, tokens)
        return results, twice

    @staticmethod
    def _save_pages(
        conn: Connection, batch: list[tuple[str, dict[str, Any], bool]], now: datetime
    ) -> list[str]:
        twice: list[str] = []
        for url, values, gone in batch:
            changes = {**values, "last_fetched": now}
            statement = _UPDATE_GONE if gone else _UPDATE_PAGE
            updated = conn.execute(statement, {"b_url": url, **changes})
            if updated.rowcount == 0:
                changes["gone_count"] = 1 if gone else values.get("gone_count", 0)
                conn.execute(_INSERT_PAGE, {"url": url, **changes})
            if gone:
                count = conn.execute(_GONE_COUNT, {"b_url": url}).scalar()
                if (count or 0) >= 2:
                    twice.append(url)
        return twice

    @staticmethod
    def _save_tokens(conn: Connection, batch: list[tuple[str, str, dict[str, str]]]) -> None:
        """Merge change tokens (url, source, {kind: token}) into ``pages``."""
        merged: dict[str, tuple[str, dict[str, str]]] = {}
        for url, source, tokens in batch:
            known = merged.get(url)
            merged[url] = (source, {**known[1], **tokens} if known else dict(tokens))
        for url, (source, tokens) in merged.items():
            row = conn.execute(_PAGE_TOKENS, {"b_url": url}).first()
            if row is None:
                new = {"url": url, "source_id": source, "gone_count": 0, "tokens": tokens}
                conn.execute(_INSERT_PAGE, new)
            else:
                conn.execute(_UPDATE_PAGE, {"b_url": url, "tokens": {**(row.tokens or {}), **tokens}})

    # -- announcements ---------------------------------------------------------------------
    def store(self, item: AnnouncementItem, run_id: int | None = None) -> StoreResult:
        """Insert or update one announcement; a changed content hash adds a revision."""
        results, _ = self.save_batch([item], run_id, [], [])
        return results[0]

    @staticmethod
    def _store(conn: Connection, item: AnnouncementItem, run_id: int | None, now: datetime) -> StoreResult:
        """One announcement on an open transaction. Prebuilt Core statements with bound
        parameters: this runs once per crawled article and is on the crawl's hot path."""
        url = item.canonical_url or item.url
        key = url_key(url)
        data = item.to_dict()
        content_hash = item.content_hash or ""
        row = conn.execute(_BY_KEY, {"b_key": key}).first()
        if row is None and content_hash:
            # The same text under another URL of the same source (a print view, an old URL
            # without redirect): one announcement, not two.
            row = conn.execute(_BY_TEXT, {"b_source": item.source, "b_hash": content_hash}).first()
        if row is not None and row.content_hash == content_hash:
            conn.execute(_TOUCH, {"b_id": row.id, "b_now": now})
            number = conn.execute(_LATEST, {"b_id": row.id}).scalar() or 1
            return StoreResult("unchanged", row.id, number)
        values = Archive._columns(item, data, content_hash, now)
        if row is None:
            outcome, number = "new", 1
            inserted = conn.execute(_INSERT_ANN, {"url": url, "url_key": key, "first_seen": now, **values})
            primary_key = inserted.inserted_primary_key
            assert primary_key is not None  # an INSERT result always carries it
            announcement_id = int(primary_key[0])
        else:
            outcome, announcement_id = "updated", row.id
            number = (conn.execute(_LATEST, {"b_id": row.id}).scalar() or 0) + 1
            conn.execute(_UPDATE_ANN, {"b_id": row.id, **values})
        search_index.index(conn, [{"id": announcement_id, **values}])  # the German search index
        revision = {
            "announcement_id": announcement_id,
            "number": number,
            "content_hash": content_hash,
            "title": item.title,
            "text": item.text,
            "data": data,
            "seen_at": now,
            "run_id": run_id,
        }
        conn.execute(_INSERT_REV, revision)
        return StoreResult(outcome, announcement_id, number)

    def settle(self, item: AnnouncementItem, run_id: int) -> StoreResult:
        """Store a better reading of a page this run fetched (``pressarchive.settle``).

        The same fetch read again is no change of the page: when the announcement's latest
        revision was written by ``run_id`` itself, that revision and the announcement are
        corrected in place (outcome ``settled``), so the history never shows an edit the site
        did not make. A revision of an earlier run is history and stays: then the reading is
        stored as :meth:`store` stores it (``updated``, a new revision). One transaction.
        """
        url = item.canonical_url or item.url
        content_hash = item.content_hash or ""
        now = m.utcnow()
        with self.engine.begin() as conn:
            row = conn.execute(_BY_KEY, {"b_key": url_key(url)}).first()
            latest = None
            if row is not None:
                latest = conn.execute(
                    select(_REV.c.id, _REV.c.number, _REV.c.run_id)
                    .where(_REV.c.announcement_id == row.id)
                    .order_by(_REV.c.number.desc())
                    .limit(1)
                ).first()
            if row is None or latest is None or latest.run_id != run_id or row.content_hash == content_hash:
                return self._store(conn, item, run_id, now)
            data = item.to_dict()
            values = Archive._columns(item, data, content_hash, now)
            conn.execute(_UPDATE_ANN, {"b_id": row.id, **values})
            search_index.index(conn, [{"id": row.id, **values}])
            revision = {"content_hash": content_hash, "title": item.title, "text": item.text, "data": data}
            conn.execute(update(_REV).where(_REV.c.id == latest.id).values(**revision))
            return StoreResult("settled", row.id, latest.number)

    @staticmethod
    def _columns(
        item: AnnouncementItem, data: dict[str, Any], content_hash: str, now: datetime
    ) -> dict[str, Any]:
        """The ``announcements`` columns that follow from an item."""
        event = item.event
        return {
            "source_id": item.source,
            "title": item.title,
            "published": _iso_date(item.published),
            "modified": _iso_date(item.modified),
            "lead": item.lead,
            "text": item.text,
            "kind": item.kind,
            "language": item.language,
            "event_start": event.start if event else None,
            "event_end": event.end if event else None,
            "event_venue": event.venue if event else None,
            "content_hash": content_hash,
            "simhash": item.simhash,
            "data": data,
            "last_seen": now,
            "last_changed": now,
            "withdrawn_at": None,
        }

    def mark_withdrawn(self, url: str) -> bool:
        with self.sessions.begin() as s:
            row = s.scalar(select(m.Announcement).where(m.Announcement.url_key == url_key(url)))
            if row is None or row.withdrawn_at is not None:
                return False
            row.withdrawn_at = m.utcnow()
            return True

    def announcement_keys(self, source_id: str) -> set[str]:
        with self.sessions() as s:
            rows = s.scalars(select(m.Announcement.url_key).where(m.Announcement.source_id == source_id))
            return {key for key in rows if key}

    def get(self, announcement_id: int) -> m.Announcement | None:
        with self.sessions() as s:
            return s.get(m.Announcement, announcement_id)

    def history(self, announcement_id: int) -> list[m.Revision]:
        with self.sessions() as s:
            return list(
                s.scalars(
                    select(m.Revision)
                    .where(m.Revision.announcement_id == announcement_id)
                    .order_by(m.Revision.number)
                )
            )

    def iter_announcements(
        self,
        *,
        sites: list[str] | None = None,
        since: date | None = None,
        until: date | None = None,
        batch: int = 500,
    ) -> Iterator[m.Announcement]:
        """All announcements matching the filters, oldest first, streamed in batches."""
        query = select(m.Announcement).order_by(m.Announcement.published, m.Announcement.id)
        if sites:
            query = query.where(m.Announcement.source_id.in_(sites))
        if since:
            query = query.where(m.Announcement.published >= since)
        if until:
            query = query.where(m.Announcement.published <= until)
        with self.sessions() as s:
            yield from s.scalars(query.execution_options(yield_per=batch))

    def counts(self) -> dict[str, int]:
        """Announcements per source."""
        with self.sessions() as s:
            rows = s.execute(
                select(m.Announcement.source_id, func.count()).group_by(m.Announcement.source_id)
            ).all()
            return {source: count for source, count in rows}

    def sources(self) -> list[m.Source]:
        with self.sessions() as s:
            return list(s.scalars(select(m.Source).order_by(m.Source.id)))

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar())
