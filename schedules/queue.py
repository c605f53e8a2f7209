"""Per-site crawl jobs on a distributed queue: Procrastinate on the archive's PostgreSQL.

The unit of distribution is the site: one job = one site's crawl, in a child process (Scrapy's
reactor runs once per process; the child is the ordinary ``pressarchive crawl SITE``, so a
queued crawl records its run exactly like a manual one). Any number of ``pressarchive worker``
processes, on any number of machines, take jobs from the queue in the archive database:

* ``lock = host:<name>`` (the host of the site's first start URL): Procrastinate never runs
  two jobs with one lock at once, so sites on a shared host (party branches on one CMS host)
  are crawled one after the other, and one site is never crawled twice at once; every other
  host the site's profile names (start URLs, feeds, sitemaps) is held by the running job with a
  PostgreSQL advisory lock (``schedules.hostlocks``), so one host is never fetched by two
  workers and its politeness (delay, concurrency per host) holds across workers, because one
  Scrapy process fetches it;
* ``queueing_lock = crawl:<id>``: a site waits in the queue at most once (a second
  ``enqueue`` is reported as already queued, not queued twice);
* a scheduled night is deferred through Procrastinate's periodic-defer table, keyed by the
  schedule job and the night's fire time, so several schedulers enqueue each night once;
* a worker killed mid-crawl stops heartbeating; every worker looks for such stalled jobs and
  puts them back in the queue (the crawl's child dies with its worker, ``PR_SET_PDEATHSIG``;
  the re-run's conditional requests and upserts neither lose nor double anything);
* a failing crawl (exit code ≠ 0) is retried with exponential back-off, at most
  ``MAX_ATTEMPTS`` times, and then stays ``failed`` in ``pressarchive queue``; a retry waits
  with a lower priority, so it does not hold up the other sites of its host meanwhile
  (Procrastinate runs a lock's jobs in priority order);
* each job has a hard time limit, the worker's (``JOB_TIMEOUT``; the child's process group is
  killed, the job is failed and not retried: a crawl that ran into its limit would again);
* why an attempt failed is kept beside the jobs (``schedules.jobstatus``), for ``pressarchive
  queue``.

Laptop mode does not need any of this: SQLite and APScheduler with a local child process per
crawl (``schedules.jobs``). :func:`dispatcher` picks by the archive URL, behind the same small
interface (``enqueue``, ``status``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from schedules.jobstatus import QueueStatus

logger = logging.getLogger(__name__)

TASK = "pressarchive.crawl_site"
QUEUE = "crawl"
JOB_TIMEOUT = 3 * 3600.0  # seconds: a site's crawl never takes longer than this
MAX_ATTEMPTS = 4  # a failing crawl: the first run and three retries
RETRY_WAIT = 5.0  # back-off base (s): retries wait 5, 25, 125 s
STALLED_AFTER = 60.0  # seconds without a worker heartbeat: its job is taken again


@dataclass(frozen=True)
class WorkerPolicy:
    """How a worker runs jobs: its time limit per job, the back-off base of retries, and how
    long a silent worker counts as alive (heartbeats every ``stalled_after / 6`` s, the
    stalled-job sweep every ``stalled_after / 2`` s). The worker's, not the enqueuer's: an
    operator changes them by restarting workers, not by re-queueing jobs."""

    timeout: float = JOB_TIMEOUT
    retry_wait: float = RETRY_WAIT
    stalled_after: float = STALLED_AFTER


class QueueError(RuntimeError):
    """The queue cannot be used with this archive (not PostgreSQL, Procrastinate missing)."""


def is_postgres(db_url: str) -> bool:
    return make_url(db_url).get_backend_name() == "postgresql"


def conninfo(db_url: str) -> str:
    """The libpq connection string of a SQLAlchemy PostgreSQL URL (same server, database,
    user and options, e.g. ``?options=-csearch_path%3D…``)."""
    url = make_url(db_url)
    if url.get_backend_name() != "postgresql":
        raise QueueError(f"the crawl queue needs a PostgreSQL archive, not {url.get_backend_name()}")
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def lock_of(host: str) -> str:
    return f"host:{host}"


def queueing_lock_of(site: str) -> str:
    return f"crawl:{site}"


# -- the task --------------------------------------------------------------------------------------
def crawl_command(site: str, db: str, *, full: bool = False, extra_args: Sequence[str] = ()) -> list[str]:
    cmd = [
        sys.executable,
        "-m",
        "pressarchive",
        "crawl",
        site,
        "--db",
        db,
        "--trigger",
        "queue",
        "--quiet",
    ]
    if full:
        cmd.append("--full")
    return [*cmd, *extra_args]


class CrawlFailed(RuntimeError):
    """The site's crawl exited with an error (retried with back-off)."""


class CrawlTimedOut(RuntimeError):
    """The site's crawl ran into the job's time limit and was killed (not retried)."""


def _child_setup() -> None:
    from crawler.reading.lifeline import die_with_parent

    os.setsid()  # its own process group: a time limit kills the crawl and its helpers
    die_with_parent()  # a SIGKILLed worker takes its crawl with it


async def crawl_site(
    site: str,
    db: str,
    full: bool = False,
    extra_args: Sequence[str] = (),
    timeout: float = JOB_TIMEOUT,
    timestamp: int | None = None,
) -> int:
    """One site's crawl in a child process, at most ``timeout`` seconds; raises on failure."""
    from storage.models import utcnow

    cmd = crawl_command(site, db, full=full, extra_args=extra_args)
    logger.info("crawl of %s starts (night %s)", site, timestamp)
    started = utcnow()
    proc = await asyncio.create_subprocess_exec(
        *cmd,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
        preexec_fn=_child_setup,  # setsid and the death signal, nothing else
    )
    try:
        _, stderr = await asyncio.wait_for(proc.communicate(), timeout)
    except (TimeoutError, asyncio.CancelledError) as exc:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        await proc.wait()
        if isinstance(exc, TimeoutError):
            reason = f"crawl of {site} killed at its time limit of {timeout:g} s"
            await asyncio.to_thread(_abort_run, db, proc.pid, started, reason)
            raise CrawlTimedOut(reason) from None
        raise
    if proc.returncode:
        tail = " | ".join(stderr.decode("utf-8", "replace").strip().splitlines()[-3:])
        raise CrawlFailed(f"crawl of {site} exited {proc.returncode}: {tail}")
    logger.info("crawl of %s finished", site)
    return 0


def _abort_run(db: str, pid: int, since: datetime, reason: str) -> None:
    """Record the killed crawl's run as aborted, with why (``pressarchive runs`` shows it)."""
    from storage.archive import Archive

    archive = Archive(db)
    try:
        archive.abort_killed_run(pid, since, reason)
    finally:
        archive.close()


# -- the app ---------------------------------------------------------------------------------------
def _retry_strategy(wait: float):
    from procrastinate import RetryDecision, RetryStrategy

    class BackOff(RetryStrategy):
        """Exponential back-off; the retry waits one priority lower, so the host's other
        sites are not held up behind it (a lock's waiting jobs run in priority order)."""

        def get_retry_decision(self, *, exception: BaseException, job: Any) -> RetryDecision | None:
            decision = super().get_retry_decision(exception=exception, job=job)
            if decision is not None:
                decision.priority = job.priority - 1
            return decision

    # procrastinate annotates exponential_wait as int; it only raises it to a power, so seconds
    # as a float (WorkerPolicy.retry_wait) wait the same
    return BackOff(
        max_attempts=MAX_ATTEMPTS - 1,
        exponential_wait=wait,  # type: ignore[arg-type]
        retry_exceptions={CrawlFailed},
    )


def make_app(db_url: str, policy: WorkerPolicy | None = None):
    """A Procrastinate app on the archive's database, with the crawl task registered."""
    try:
        from procrastinate import App, PsycopgConnector
    except ImportError as exc:
        raise QueueError("the crawl queue needs Procrastinate: pip install 'pressarchive[postgres]'") from exc
    policy = policy or WorkerPolicy()
    from schedules.hostlocks import holding
    from schedules.jobstatus import record_error

    app = App(connector=PsycopgConnector(conninfo=conninfo(db_url)))

    async def task(
        context: Any,
        site: str,
        db: str,
        full: bool = False,
        extra_args: Sequence[str] = (),
        timeout: float | None = None,  # jobs queued before the limit was the worker's carry one
        timestamp: int | None = None,
        hosts: Sequence[str] = (),  # jobs queued before the host locks carry none
    ) -> int:
        limit = policy.timeout if timeout is None else min(timeout, policy.timeout)
        try:
            async with holding(conninfo(db_url), hosts, site):
                return await crawl_site(site, db, full, extra_args, limit, timestamp)
        except Exception as exc:
            job = context.job
            try:
                await record_error(app.connector, job.id, job.attempts + 1, exc)
            except Exception:
                logger.exception("could not record why job %s failed", job.id)
            raise

    app.task(name=TASK, queue=QUEUE, retry=_retry_strategy(policy.retry_wait), pass_context=True)(task)
    return app


async def _ensure_schema(app: Any) -> None:
    """Procrastinate's tables, in the archive database, on first use."""
    from schedules.jobstatus import ERRORS_DDL

    row = await app.connector.execute_query_one_async("SELECT to_regclass('procrastinate_jobs') AS t")
    if row["t"] is None:
        await app.schema_manager.apply_schema_async()
    await app.connector.execute_query_async(ERRORS_DDL)


def _job(site: str, hosts: Sequence[str], db: str, *, full: bool, extra_args: Sequence[str], ts: int | None):
    from procrastinate import jobs

    kwargs: dict[str, Any] = {"site": site, "db": db, "full": full, "extra_args": list(extra_args)}
    kwargs["hosts"] = list(hosts)
    if ts is not None:
        kwargs["timestamp"] = ts
    return jobs.Job(
        id=None,
        queue=QUEUE,
        lock=lock_of(hosts[0]),
        queueing_lock=queueing_lock_of(site),
        task_name=TASK,
        task_kwargs=kwargs,
    )


@dataclass(frozen=True)
class Enqueued:
    site: str
    job_id: int | None  # None: not queued (why in ``note``)
    note: str = ""


class Dispatcher(Protocol):
    def enqueue(self, sites: Sequence[str], *, full: bool = False) -> list[Enqueued]: ...


class QueueDispatcher:
    """Crawl jobs through Procrastinate on the archive's PostgreSQL."""

    def __init__(self, db_url: str, *, extra_args: Sequence[str] = (), policy: WorkerPolicy | None = None):
        self.db_url = db_url
        self.extra_args = list(extra_args)
        self.policy = policy or WorkerPolicy()
        self.app = make_app(db_url, self.policy)

    async def _enqueue(
        self, sites: Sequence[str], full: bool, night: tuple[str, int] | None
    ) -> list[Enqueued]:
        from procrastinate.exceptions import AlreadyEnqueued

        from crawler.sites import load_sites
        from schedules.hostlocks import hosts_of

        profiles = load_sites()
        out = []
        async with self.app.open_async():
            await _ensure_schema(self.app)
            for site in sites:
                ts = night[1] if night else None
                hosts = hosts_of(site, profiles)
                job = _job(site, hosts, self.db_url, full=full, extra_args=self.extra_args, ts=ts)
                try:
                    if night:
                        job_id = await self.app.job_manager.defer_periodic_job(
                            job, periodic_id=f"{night[0]}:{site}", defer_timestamp=ts
                        )
                        note = "" if job_id else "this night is already queued"
                    else:
                        deferred = await self.app.job_manager.defer_job_async(job)
                        job_id = deferred if isinstance(deferred, int) else deferred.id
                        note = ""
                except AlreadyEnqueued:
                    job_id, note = None, "already waiting in the queue"
                out.append(Enqueued(site, job_id, note))
        return out

    def enqueue(self, sites: Sequence[str], *, full: bool = False) -> list[Enqueued]:
        """Queue one crawl job per site (a site already waiting is not queued twice)."""
        return asyncio.run(self._enqueue(sites, full, None))

    def enqueue_night(self, job_id: str, sites: Sequence[str], fire_time: datetime, *, full: bool = False):
        """Queue a scheduled night: once per (schedule job, site, fire time), however many
        schedulers fire it."""
        return asyncio.run(self._enqueue(sites, full, (job_id, int(fire_time.timestamp()))))

    async def _status(self, limit: int) -> QueueStatus:
        from schedules.jobstatus import read_status

        async with self.app.open_async():
            await _ensure_schema(self.app)
            return await read_status(self.app.connector, limit)

    def status(self, limit: int = 50) -> QueueStatus:
        return asyncio.run(self._status(limit))

    # -- workers --------------------------------------------------------------------------------
    async def _retry_stalled(self) -> None:
        """Put the jobs of workers that stopped heartbeating back in the queue."""
        while True:
            try:
                stalled = await self.app.job_manager.get_stalled_jobs(
                    queue=QUEUE, seconds_since_heartbeat=self.policy.stalled_after
                )
                for job in stalled:
                    site = job.task_kwargs.get("site")
                    logger.warning("job %s (%s) stalled: its worker died; queued again", job.id, site)
                    await self.app.job_manager.retry_job(job)
            except Exception:  # a database hiccup must not stop the worker
                logger.exception("looking for stalled jobs failed")
            await asyncio.sleep(self.policy.stalled_after / 2)

    async def _work(self, concurrency: int, wait: bool, name: str | None) -> None:
        async with self.app.open_async():
            await _ensure_schema(self.app)
            sweeper = asyncio.create_task(self._retry_stalled())
            try:
                await self.app.run_worker_async(
                    queues=[QUEUE],
                    concurrency=concurrency,
                    wait=wait,
                    name=name,
                    delete_jobs="never",
                    update_heartbeat_interval=self.policy.stalled_after / 6,
                    stalled_worker_timeout=self.policy.stalled_after,
                )
            finally:
                sweeper.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await sweeper

    def work(self, *, concurrency: int = 1, wait: bool = True, name: str | None = None) -> None:
        """Run a worker until SIGINT/SIGTERM (``wait=False``: until the queue is empty)."""
        asyncio.run(self._work(concurrency, wait, name))


def previous_fire_time(trigger: Any, now: datetime) -> datetime | None:
    """The newest fire time of an APScheduler trigger at or before ``now`` (within 8 days)."""
    start = now - timedelta(days=8)
    previous, moment = None, trigger.get_next_fire_time(None, start)
    while moment is not None and moment <= now:
        previous = moment
        moment = trigger.get_next_fire_time(moment, moment + timedelta(seconds=1))
    return previous
