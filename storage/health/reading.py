"""Reading the archive for the health verdicts: a few rows per source, aggregated in SQL.

:func:`assess` judges every source (or some) from ``crawl_runs``, ``run_stats`` and
``announcements`` in three queries, each answering per source from an index
(``ix_run_stats_source``; ``ix_announcements_source_published`` and
``ix_announcements_source_first_seen``, migration 0011):

1. per source, its newest run and newest completed run (ids), the start of its newest finished
   run, how many completed runs failed since, and when the archive last gained an announcement
   of it — correlated subqueries that stop at the first matching index entry;
2. those runs with their figures (the drift findings were recorded with each run when it
   ended, so the history need not be read again);
3. its distinct publication days up to the day judged, as one string per source
   (``aggregate_strings``, read in index order from the covering index), from which the
   staleness summary is built (newest day, gaps between the newest days, days per month).

Only a source whose last run has no drift findings recorded (runs from before they were kept)
has its newest ``HISTORY_RUNS`` runs read in full (``source_runs``).

A year of nightly runs of 1,000 sources is read in a few thousand rows instead of every run and
every date (``benchmarks/health_speed.py``). Everything is portable SQL (SQLAlchemy Core), the
same verdicts on SQLite and PostgreSQL (``tests/test_health_reading.py``).

The tables are named here as lightweight ``table()`` clauses with only the columns read, not
through ``storage.models``: loading the ORM models would add 0.15–0.2 s of CPU to a command such
as ``pressarchive health`` that takes 0.6 s in all. The test checks them against the models.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    String,
    Text,
    bindparam,
    column,
    func,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from storage.health.drift import HISTORY_RUNS, history_findings
from storage.health.staleness import Dates
from storage.health.verdict import (
    FAILED,
    SEVERITY,
    UNJUDGED,
    History,
    RunRecord,
    Verdict,
    comparable_figures,
    judge_source,
)

SOURCES = table("sources", column("id", String), column("name", String))
CRAWL_RUNS = table(
    "crawl_runs",
    column("id", Integer),
    column("started_at", DateTime),
    column("status", String),
    column("message", Text),
)
RUN_STATS = table(
    "run_stats",
    column("id", Integer),
    column("run_id", Integer),
    column("source_id", String),
    column("started_at", DateTime),
    column("check_status", String),
    column("figures", JSON),
)
ANNOUNCEMENTS = table(
    "announcements",
    column("source_id", String),
    column("published", Date),
    column("withdrawn_at", DateTime),
    column("first_seen", DateTime),
)
LIGHT_TABLES = (SOURCES, CRAWL_RUNS, RUN_STATS, ANNOUNCEMENTS)
_NOT_SHOWN = ("running", "skipped")  # runs that are not (yet) a source's last run
_RS, _CR = RUN_STATS.alias("rs"), CRAWL_RUNS.alias("cr")


class iso_day(FunctionElement[str]):  # lower case: it is used like a SQL function
    """A date as ``YYYY-MM-DD`` text, whatever the server's ``DateStyle``."""

    type = String()
    inherit_cache = True


@compiles(iso_day)
def _iso_day(element: iso_day, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-DD')"


@compiles(iso_day, "sqlite")
def _iso_day_sqlite(element: iso_day, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))  # SQLite keeps dates as ISO text


def _dated(announcements: Any, today: date) -> ColumnElement[bool]:
    """Announcements the stale rules count: dated (a NULL date is never ``<=``), not withdrawn,
    published by ``today``. No ``IS NOT NULL``: SQLite would take the two-sided range for
    selective and read every row through ``ix_announcements_published`` instead of the covering
    ``ix_announcements_source_published``."""
    dated: ColumnElement[bool] = announcements.c.withdrawn_at.is_(None) & (announcements.c.published <= today)
    return dated


def _newest_run(src: Any, condition: ColumnElement[bool], wanted: ColumnElement[Any]) -> Any:
    """A subquery correlated with ``src``: ``wanted`` of the source's newest run meeting
    ``condition`` (over ``_RS`` and ``_CR``); it walks ``ix_run_stats_source`` backwards."""
    return (
        select(wanted)
        .select_from(_RS.join(_CR, _CR.c.id == _RS.c.run_id))
        .where(_RS.c.source_id == src.c.id, condition)
        .order_by(_RS.c.started_at.desc(), _RS.c.id.desc())
        .limit(1)
        .correlate(src)
        .scalar_subquery()
    )


def _summaries(conn: Connection, sources: Sequence[str] | None) -> list[Any]:
    """Per source: id, name, its newest and newest completed run (``run_stats`` ids), the start
    of its newest finished run, the completed runs that failed since, its newest arrival."""
    src = SOURCES.alias("src")
    finished = _CR.c.status == "finished"
    boundary = _newest_run(src, finished, _RS.c.started_at)
    in_a_row = (
        select(func.count())
        .select_from(_RS.join(_CR, _CR.c.id == _RS.c.run_id))
        .where(
            _RS.c.source_id == src.c.id,
            _CR.c.status.in_(FAILED),
            _RS.c.started_at > func.coalesce(boundary, datetime(1, 1, 1)),
        )
        .correlate(src)
        .scalar_subquery()
    )
    an = ANNOUNCEMENTS.alias("an")
    last_new = (
        select(func.max(an.c.first_seen)).where(an.c.source_id == src.c.id).correlate(src).scalar_subquery()
    )
    query = select(
        src.c.id,
        src.c.name,
        _newest_run(src, _CR.c.status.not_in(_NOT_SHOWN), _RS.c.id).label("latest"),
        _newest_run(src, _CR.c.status.not_in(UNJUDGED), _RS.c.id).label("judged"),
        _newest_run(src, finished, _CR.c.started_at).label("last_success"),
        in_a_row.label("failed_in_a_row"),
        last_new.label("last_new"),
    ).order_by(src.c.id)
    if sources:
        query = query.where(src.c.id.in_(list(sources)))
    return list(conn.execute(query))


def _records(conn: Connection, ids: Iterable[int]) -> dict[int, RunRecord]:
    """The runs with these ``run_stats`` ids, with their figures."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rs, cr = RUN_STATS, CRAWL_RUNS
    query = (
        select(rs.c.id, rs.c.run_id, cr.c.started_at, cr.c.status, cr.c.message)
        .add_columns(rs.c.check_status, rs.c.figures)
        .select_from(rs.join(cr, cr.c.id == rs.c.run_id))
        .where(rs.c.id.in_(bindparam("ids", expanding=True)))
    )
    return {
        row.id: RunRecord(row.run_id, row.started_at, row.status, row.message, row.check_status, row.figures)
        for row in conn.execute(query, {"ids": wanted})
    }


def _dates(conn: Connection, sources: Sequence[str] | None, today: date) -> dict[str, Dates]:
    """Per source, the summary of its distinct publication dates up to ``today``: one row per
    source, its dates as one string (``aggregate_strings``), read from the covering index in one
    pass; the summary (newest, gaps, months) is built from the strings."""
    an = ANNOUNCEMENTS.alias("an")
    query = (
        select(an.c.source_id, func.aggregate_strings(iso_day(an.c.published), ","))
        .where(_dated(an, today))
        .group_by(an.c.source_id)
    )
    if sources:
        query = query.where(an.c.source_id.in_(list(sources)))
    return {source_id: Dates.of_iso(days.split(",")) for source_id, days in conn.execute(query)}


def source_runs(conn: Connection, sources: Sequence[str]) -> dict[str, list[RunRecord]]:
    """The newest ``HISTORY_RUNS`` runs of each of ``sources`` with their figures, newest first
    (for a source whose last run has no drift findings recorded)."""
    src, rs, cr = SOURCES.alias("src"), RUN_STATS.alias("rs"), CRAWL_RUNS.alias("cr")
    recent = RUN_STATS.alias("recent")
    # Per source, the ids of its newest runs (a correlated LIMIT: an index seek per source on
    # ``ix_run_stats_source``, where a window function would sort every run ever recorded).
    newest = (
        select(recent.c.id)
        .where(recent.c.source_id == src.c.id)
        .order_by(recent.c.started_at.desc(), recent.c.id.desc())
        .limit(HISTORY_RUNS)
        .correlate(src)
    )
    query = (
        select(rs.c.run_id, rs.c.source_id, cr.c.started_at, cr.c.status, cr.c.message)
        .add_columns(rs.c.check_status, rs.c.figures)
        .select_from(src.join(rs, rs.c.id.in_(newest)).join(cr, cr.c.id == rs.c.run_id))
        .where(cr.c.status.not_in(_NOT_SHOWN), src.c.id.in_(list(sources)))
        .order_by(rs.c.source_id, rs.c.started_at.desc(), rs.c.id.desc())
    )
    out: dict[str, list[RunRecord]] = defaultdict(list)
    for row in conn.execute(query):
        out[row.source_id].append(
            RunRecord(row.run_id, row.started_at, row.status, row.message, row.check_status, row.figures)
        )
    return out


def assess(
    engine: Engine, *, sources: Sequence[str] | None = None, now: datetime | None = None
) -> list[Verdict]:
    """The health of every source in the archive (or of ``sources``), worst first."""
    today = (now or datetime.now()).date()
    with engine.connect() as conn:  # one read transaction: one consistent state of the archive
        summaries = _summaries(conn, sources)
        records = _records(conn, (i for row in summaries for i in (row.latest, row.judged) if i is not None))
        dates = _dates(conn, sources, today)
        # Drift was judged when each source's last run ended (``record_health``); a source whose
        # last run carries no recorded findings is judged from its recent runs now.
        unjudged = [
            row.id
            for row in summaries
            if row.latest is not None and "drift" not in _figures(records, row.latest)
        ]
        histories = source_runs(conn, unjudged) if unjudged else {}
    verdicts = []
    for row in summaries:
        latest, judged = records.get(row.latest), records.get(row.judged)
        history = History(latest, judged, row.last_success, row.failed_in_a_row or 0)
        drift: list[dict[str, Any]] | None
        if row.id in histories:
            drift = history_findings(comparable_figures(histories[row.id]))
        else:
            drift = _figures(records, row.latest).get("drift")
        verdicts.append(
            judge_source(
                row.id,
                history,
                dates.get(row.id) or Dates(),
                today,
                name=row.name,
                last_new=row.last_new,
                drift=drift,
            )
        )
    verdicts.sort(key=lambda v: (-SEVERITY[v.status], v.source))
    return verdicts


def _figures(records: dict[int, RunRecord], stats_id: int | None) -> dict[str, Any]:
    record = records.get(stats_id) if stats_id is not None else None
    return (record.figures if record else None) or {}


def assess_source(engine: Engine, source: str, now: datetime | None = None) -> Verdict:
    """The health of one source (``failing`` when the archive does not know it)."""
    found = assess(engine, sources=[source], now=now)
    return found[0] if found else Verdict(source, "failing", "unknown source")


def unhealthy(verdicts: Iterable[Verdict]) -> bool:
    """Whether any source is failing or drifting (``pressarchive health`` exits 1)."""
    return any(v.status in ("failing", "drift") for v in verdicts)
