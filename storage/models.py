"""SQLAlchemy 2 models of the archive.

``announcements`` holds the current state of each announcement (one row per canonical URL);
``revisions`` keeps every distinct text ever seen, so an edited release never loses its old
wording. ``pages`` is the crawler's memory per URL (validators for conditional requests, last
status, where the raw response sits in a WARC file). ``crawl_runs`` and ``crawl_errors`` make
every run and every failure visible with a reason; ``run_stats`` keeps each run's health figures
per site and ``source_health`` each source's last reported verdict (``storage.health``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# JSON on SQLite, JSONB on PostgreSQL (binary, indexable, comparable; migration 0009).
JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSONType}
    # Every model here is a declared table (SQLAlchemy types ``__table__`` as any FromClause, which
    # would also cover models mapped onto joins), so Core statements can take ``Model.__table__``.
    __table__: ClassVar[Table]


class Source(Base):
    """A site we crawl, mirrored from its profile so the archive is self-describing."""

    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str | None] = mapped_column(String(300))
    party: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str | None] = mapped_column(String(100))
    family: Mapped[str | None] = mapped_column(String(100))
    # Site-level boilerplate learned across pages (fingerprints of recurring text blocks).
    boilerplate: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CrawlRun(Base):
    """One crawl of one or more sites: when, how it ended, what it found."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sites: Mapped[str] = mapped_column(String(1000))  # comma-separated source ids
    trigger: Mapped[str] = mapped_column(String(50), default="cli")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    # running | finished | degraded (the self-check found too few announcements) | failed | aborted | skipped
    status: Mapped[str] = mapped_column(String(20), default="running")
    pid: Mapped[int | None] = mapped_column(Integer)
    host: Mapped[str | None] = mapped_column(String(255))  # the machine of ``pid`` (several workers)
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0)
    announcements_new: Mapped[int] = mapped_column(Integer, default=0)
    announcements_updated: Mapped[int] = mapped_column(Integer, default=0)
    announcements_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)
    warc_path: Mapped[str | None] = mapped_column(String(1000))


class RunStats(Base):
    """One site's figures of one run (``crawler.runstats``), its self-check and health verdict.

    ``check_status``: the run judged alone (``ok`` | ``degraded`` | ``failed``, reason in figures);
    ``health``: the source judged against its own history at the end of the run (``ok`` |
    ``stale`` | ``drift`` | ``failing``), see ``storage.health``.
    """

    __tablename__ = "run_stats"
    __table_args__ = (Index("ix_run_stats_source", "source_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"))
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    check_status: Mapped[str] = mapped_column(String(20))
    check_reason: Mapped[str | None] = mapped_column(Text)
    health: Mapped[str | None] = mapped_column(String(20))
    health_reason: Mapped[str | None] = mapped_column(Text)
    figures: Mapped[dict[str, Any]] = mapped_column(JSONType)


class SourceHealth(Base):
    """The verdict last reported for a source, and since when it holds (notify on changes)."""

    __tablename__ = "source_health"

    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    since: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    checked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CrawlError(Base):
    """A failure during a run, with the reason (HTTP status, timeout, extraction, robots…)."""

    __tablename__ = "crawl_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"), index=True)
    url: Mapped[str | None] = mapped_column(String(2000))
    reason: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Announcement(Base):
    """The current state of one announcement, keyed by its canonical URL."""

    __tablename__ = "announcements"
    __table_args__ = (
        # The health rules' reads per source (migration 0011, ``storage.health.reading``).
        Index("ix_announcements_source_published", "source_id", "published", "withdrawn_at"),
        Index("ix_announcements_source_first_seen", "source_id", "first_seen"),
        # The same text under another URL of the source, looked up on every store (migration 0015).
        Index("ix_announcements_source_hash", "source_id", "content_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # (looked up by source through ix_announcements_source_published, whose first column it is)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"))
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    url_key: Mapped[str | None] = mapped_column(String(2000), unique=True, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    modified: Mapped[date | None] = mapped_column(Date)
    lead: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(30), default="press_release")
    language: Mapped[str | None] = mapped_column(String(10))
    event_start: Mapped[str | None] = mapped_column(String(20))
    event_end: Mapped[str | None] = mapped_column(String(20))
    event_venue: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    simhash: Mapped[str | None] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)  # the full normalised record
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_changed: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)

    revisions: Mapped[list[Revision]] = relationship(
        back_populates="announcement", order_by="Revision.number", cascade="all, delete-orphan"
    )


class Revision(Base):
    """One distinct version of an announcement's content, never overwritten."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("announcement_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    announcement_id: Mapped[int] = mapped_column(ForeignKey("announcements.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # (settle reads a run's revisions; migration 0015)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="SET NULL"), index=True)

    announcement: Mapped[Announcement] = relationship(back_populates="revisions")


class Page(Base):
    """What the crawler remembers about one URL between runs."""

    __tablename__ = "pages"
    __table_args__ = (Index("ix_pages_source", "source_id"),)

    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    source_id: Mapped[str | None] = mapped_column(ForeignKey("sources.id"))
    kind: Mapped[str | None] = mapped_column(String(30))  # announcement | listing | other
    status: Mapped[int | None] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    body_hash: Mapped[str | None] = mapped_column(String(64))
    context: Mapped[dict[str, Any] | None] = mapped_column(JSONType)  # listing date / archive year
    links: Mapped[list[str] | None] = mapped_column(JSONType)  # outlinks, for unchanged (304) listings
    lastmod: Mapped[str | None] = mapped_column(String(40))  # from sitemaps/feeds
    tokens: Mapped[dict[str, Any] | None] = mapped_column(JSONType)  # change tokens by where seen
    warc_path: Mapped[str | None] = mapped_column(String(1000))
    warc_offset: Mapped[int | None] = mapped_column(BigInteger)  # WARC files beyond 2 GiB
    gone_count: Mapped[int] = mapped_column(Integer, default=0)
    last_fetched: Mapped[datetime | None] = mapped_column(DateTime)
