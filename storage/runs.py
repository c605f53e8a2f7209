"""The archive's record of crawl runs: start, finish, failures, and the runs a kill left behind.

Part of :class:`storage.archive.Archive` (a base class of it, over the same sessions). A run that
is still ``running`` when its process is gone was killed; the next crawl on the same machine
records it as aborted (a process id means something only on its own host).
"""

from __future__ import annotations

import os
import socket
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from storage import models as m


class RunRecords:
    """Crawl runs and their failures (``crawl_runs``, ``crawl_errors``)."""

    sessions: sessionmaker[Session]

    def ensure_source(self, profile: Any) -> None:  # (defined by Archive)
        raise NotImplementedError

    def start_run(self, sites: list[str], trigger: str = "cli", warc_path: str | None = None) -> int:
        with self.sessions.begin() as s:
            run = m.CrawlRun(
                sites=",".join(sites),
                trigger=trigger,
                pid=os.getpid(),
                host=socket.gethostname(),
                status="running",
                pages_fetched=0,
                announcements_new=0,
                announcements_updated=0,
                announcements_unchanged=0,
                errors=0,
                warc_path=warc_path,
            )
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, status: str, message: str | None = None, **counts: int) -> None:
        with self.sessions.begin() as s:
            run = s.get(m.CrawlRun, run_id)
            if run is None:
                return
            run.status = status
            run.finished_at = m.utcnow()
            run.message = message
            for key, value in counts.items():
                setattr(run, key, value)

    def record_skipped_run(self, profile: Any, trigger: str, reason: str) -> int:
        """A crawl that did not start (its site was busy): a run of its own, status ``skipped``."""
        self.ensure_source(profile)
        run_id = self.start_run([profile.id], trigger=trigger)
        self.finish_run(run_id, "skipped", reason)
        return run_id

    def set_run_warc(self, run_id: int, warc_path: str) -> None:
        """Record the run's WARC file as soon as it exists, so even a killed run points to it."""
        with self.sessions.begin() as s:
            s.execute(update(m.CrawlRun).where(m.CrawlRun.id == run_id).values(warc_path=warc_path))

    def mark_stale_runs_aborted(self) -> int:
        """Runs of this machine still 'running' whose process is gone were killed: record them as
        aborted. Another machine's runs are left to that machine (a process id is local)."""
        aborted = 0
        here = socket.gethostname()
        with self.sessions.begin() as s:
            for run in s.scalars(select(m.CrawlRun).where(m.CrawlRun.status == "running")):
                if run.host not in (None, here) or (run.pid and _pid_alive(run.pid)):
                    continue
                run.status = "aborted"
                run.finished_at = run.finished_at or m.utcnow()
                run.message = (run.message or "") + "process ended without finishing the run"
                aborted += 1
        return aborted

    def abort_killed_run(self, pid: int, since: datetime, reason: str) -> int:
        """The run of a crawl process killed from outside (a queue job's time limit): aborted at
        once with why, not only when a later crawl finds it stale. ``since`` (the kill's job
        start) keeps a same-numbered process of another machine or an older run out of it."""
        with self.sessions.begin() as s:
            runs = s.scalars(
                select(m.CrawlRun).where(
                    m.CrawlRun.status == "running", m.CrawlRun.pid == pid, m.CrawlRun.started_at >= since
                )
            ).all()
            for run in runs:
                run.status, run.finished_at, run.message = "aborted", m.utcnow(), reason
        return len(runs)

    def record_error(self, run_id: int, url: str | None, reason: str, detail: str | None = None) -> None:
        with self.sessions.begin() as s:
            s.add(m.CrawlError(run_id=run_id, url=url, reason=reason[:200], detail=detail))
            s.execute(update(m.CrawlRun).where(m.CrawlRun.id == run_id).values(errors=m.CrawlRun.errors + 1))

    def runs(self, limit: int = 20) -> list[m.CrawlRun]:
        with self.sessions() as s:
            return list(s.scalars(select(m.CrawlRun).order_by(m.CrawlRun.id.desc()).limit(limit)))

    def run(self, run_id: int) -> m.CrawlRun | None:
        with self.sessions() as s:
            return s.get(m.CrawlRun, run_id)

    def errors(self, run_id: int) -> list[m.CrawlError]:
        with self.sessions() as s:
            return list(s.scalars(select(m.CrawlError).where(m.CrawlError.run_id == run_id)))

    def error_reasons(self, run_id: int) -> tuple[dict[str, int], str | None]:
        """How often each failure reason occurred in a run, and the URL of its first failure."""
        with self.sessions() as s:
            rows = s.execute(
                select(m.CrawlError.reason, func.count())
                .where(m.CrawlError.run_id == run_id)
                .group_by(m.CrawlError.reason)
            ).all()
            first = s.scalar(
                select(m.CrawlError.url)
                .where(m.CrawlError.run_id == run_id)
                .order_by(m.CrawlError.id)
                .limit(1)
            )
        return {reason: count for reason, count in sorted(rows)}, first


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
