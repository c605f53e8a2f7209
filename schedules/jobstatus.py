"""What ``pressarchive queue`` shows: the jobs running, waiting and failed, with why they failed.

Procrastinate records that a job failed and how often it was tried, not why (it logs the
exception and keeps no text). So the crawl task writes the one-line message of every exception
it raises (the crawl's exit code and the last lines of its error output, or the time limit it
ran into) into ``pressarchive_job_errors``, one row per job and attempt, beside Procrastinate's
tables in the archive database and created with them on first use. The queue view reads the
newest error of each job, and, for jobs without one (a worker killed mid-crawl, jobs queued by
older versions), the status and message of the site's newest queued crawl run
(``crawl_runs``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ERRORS_DDL = (
    "CREATE TABLE IF NOT EXISTS pressarchive_job_errors ("
    " job_id bigint NOT NULL, attempt integer NOT NULL, at timestamptz NOT NULL DEFAULT now(),"
    " error text NOT NULL, PRIMARY KEY (job_id, attempt))"
)


@dataclass
class QueueStatus:
    counts: dict[str, int] = field(default_factory=dict)  # status → jobs
    jobs: list[dict[str, Any]] = field(default_factory=list)  # running, waiting, failed


def one_line(exc: BaseException, limit: int = 500) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def record_error(connector: Any, job_id: int | None, attempt: int, exc: BaseException) -> None:
    """Keep why attempt ``attempt`` of job ``job_id`` failed (a failure to write it is logged by
    the caller, never hides the job's own error)."""
    if job_id is None:
        return
    await connector.execute_query_async(
        "INSERT INTO pressarchive_job_errors (job_id, attempt, error) "
        "VALUES (%(job)s, %(attempt)s, %(error)s) "
        "ON CONFLICT (job_id, attempt) DO UPDATE SET error = EXCLUDED.error, at = now()",
        job=job_id,
        attempt=attempt,
        error=one_line(exc),
    )


_JOBS = """
SELECT j.id, j.status::text AS status, j.args->>'site' AS site, j.attempts,
       GREATEST(j.attempts - CASE WHEN j.status = 'doing' THEN 0 ELSE 1 END, 0) AS retries,
       j.scheduled_at, w.last_heartbeat,
       (SELECT max(e.at) FROM procrastinate_events e WHERE e.job_id = j.id) AS changed,
       (SELECT x.error FROM pressarchive_job_errors x WHERE x.job_id = j.id
         ORDER BY x.attempt DESC LIMIT 1) AS error,
       (SELECT r.status || coalesce(': ' || r.message, '') FROM crawl_runs r
         WHERE r.sites = j.args->>'site' AND r.trigger = 'queue'
           AND r.started_at >= (SELECT min(e.at) FROM procrastinate_events e WHERE e.job_id = j.id)
                               AT TIME ZONE 'UTC'
         ORDER BY r.id DESC LIMIT 1) AS last_run
FROM procrastinate_jobs j LEFT JOIN procrastinate_workers w ON w.id = j.worker_id
WHERE j.status IN ('todo', 'doing', 'failed')
ORDER BY CASE j.status WHEN 'doing' THEN 0 WHEN 'todo' THEN 1 ELSE 2 END, j.id
LIMIT %(limit)s
"""


async def read_status(connector: Any, limit: int) -> QueueStatus:
    rows = await connector.execute_query_all_async(
        "SELECT status::text AS status, count(*) AS n FROM procrastinate_jobs GROUP BY 1"
    )
    jobs = [dict(j) for j in await connector.execute_query_all_async(_JOBS, limit=limit)]
    for job in jobs:
        job["reason"] = job["error"] or (job["last_run"] if job["status"] == "failed" else None)
    return QueueStatus({r["status"]: r["n"] for r in rows}, jobs)
