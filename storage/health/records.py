"""Writing health into the archive: each run's figures and verdict, each source's last report.

``save_run_stats`` and ``record_health`` run when a crawl ends (``crawler.pipelines``): the
figures, the self-check, and the verdict against the source's history with its drift findings
kept in the run's figures (``figures["drift"]``), so ``assess`` need not read the history again.
``remember`` and ``since`` serve the night report (notify on changes, not every night).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update

from storage import models as m
from storage.health.verdict import Verdict


def save_run_stats(
    engine: Engine,
    run_id: int,
    source_id: str,
    started_at: datetime,
    figures: dict[str, Any],
    check: tuple[str, str | None],
) -> int:
    """Store one site's figures of one run with its self-check; the new ``run_stats`` id."""
    with engine.begin() as conn:
        result = conn.execute(
            insert(m.RunStats.__table__).values(
                run_id=run_id,
                source_id=source_id,
                started_at=started_at,
                check_status=check[0],
                check_reason=check[1],
                figures=figures,
            )
        )
        primary_key = result.inserted_primary_key
        assert primary_key is not None  # an INSERT result always carries it
        return int(primary_key[0])


def record_health(engine: Engine, stats_id: int, verdict: Verdict, figures: dict[str, Any]) -> None:
    """Record the verdict at the end of a run, and its drift findings in the run's figures
    (``figures["drift"]``), so ``assess`` need not read the history again."""
    with engine.begin() as conn:
        conn.execute(
            update(m.RunStats.__table__)
            .where(m.RunStats.__table__.c.id == stats_id)
            .values(
                health=verdict.status,
                health_reason=verdict.reason,
                figures={**figures, "drift": verdict.findings},
            )
        )


def add_figures(engine: Engine, run_id: int, source_id: str, key: str, value: Any) -> bool:
    """Add one entry to a run's stored figures after the run (the crawl's settle step);
    False when the run has no figures (a crawl that never got to store them)."""
    rs = m.RunStats.__table__
    where = (rs.c.run_id == run_id) & (rs.c.source_id == source_id)
    with engine.begin() as conn:
        row = conn.execute(select(rs.c.id, rs.c.figures).where(where).order_by(rs.c.id.desc())).first()
        if row is None:
            return False
        conn.execute(update(rs).where(rs.c.id == row.id).values(figures={**(row.figures or {}), key: value}))
    return True


def run_verdicts(
    engine: Engine, run_ids: Sequence[int]
) -> dict[int, list[tuple[str, str | None, str | None]]]:
    """Per run: (source, health, health reason) of each site it crawled."""
    rs = m.RunStats.__table__
    out: dict[int, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    if not run_ids:
        return out
    query = select(rs.c.run_id, rs.c.source_id, rs.c.health, rs.c.health_reason).where(
        rs.c.run_id.in_(list(run_ids))
    )
    with engine.connect() as conn:
        for run_id, source_id, health, reason in conn.execute(query):
            out[run_id].append((source_id, health, reason))
    return out


def remember(engine: Engine, verdicts: Sequence[Verdict], now: datetime | None = None) -> list[Verdict]:
    """Store each source's verdict (``source_health``) and return those whose status changed
    since the last time (a new source counts as changed unless it is ok)."""
    now = now or datetime.now()
    sh = m.SourceHealth.__table__
    changed: list[Verdict] = []
    with engine.begin() as conn:
        known = {row.source_id: row for row in conn.execute(select(sh))}
        for v in verdicts:
            old = known.get(v.source)
            if old is None:
                conn.execute(
                    insert(sh).values(
                        source_id=v.source, status=v.status, reason=v.reason, since=now, checked_at=now
                    )
                )
                if v.status != "ok":
                    changed.append(v)
            elif old.status != v.status:
                conn.execute(
                    update(sh)
                    .where(sh.c.source_id == v.source)
                    .values(status=v.status, reason=v.reason, since=now, checked_at=now)
                )
                changed.append(v)
            else:
                conn.execute(
                    update(sh).where(sh.c.source_id == v.source).values(reason=v.reason, checked_at=now)
                )
    return changed


def since(engine: Engine) -> dict[str, datetime]:
    """Since when each source holds its last reported status."""
    sh = m.SourceHealth.__table__
    with engine.connect() as conn:
        return {row.source_id: row.since for row in conn.execute(select(sh.c.source_id, sh.c.since))}
