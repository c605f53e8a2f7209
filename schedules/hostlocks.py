"""Every host a site's crawl fetches, held by one worker at a time: PostgreSQL advisory locks.

A Procrastinate job has one ``lock`` string, and the queue gives a site's job the lock of its
first host (``host:<name>``), so two sites with the same first host run one after the other.
A site whose start URLs, feeds or sitemaps are on several hosts (a city portal with
``presse.`` and ``www.``, a party branch whose feed lives on the federal party's host) also
fetches the others, which another site's job may hold as its first host. So a running job
also takes a session-level advisory lock per host (``pg_try_advisory_lock`` on a 64-bit hash of
``pressarchive host:<name>``) on a connection of its own, before its crawl starts:

* all or nothing, without waiting inside PostgreSQL: if one host is busy, the job releases the
  ones it got and tries again a moment later, so two jobs wanting each other's hosts can never
  deadlock, and a job holding locks never waits for one;
* the locks live as long as the connection: a worker killed with SIGKILL loses its connection
  and PostgreSQL releases them at once (its stalled job is then taken again);
* a job waits for a busy host in its worker slot (the time limit starts with the crawl); a job
  whose first host is busy waits in the queue instead, on its Procrastinate lock.

Advisory locks are per database, so archives in several schemas of one database share them,
which is right: the hosts are the same hosts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

POLL = 0.5  # seconds between tries while a host is busy


def hosts_of(site: str, profiles: Mapping[str, Any]) -> list[str]:
    """The hosts a site's crawl fetches, as its profile names them (start URLs, feeds,
    sitemaps; Scrapy's politeness is per host name), the first start URL's host first; an
    unknown site gets a lock name of its own (its crawl fails with a clear error)."""
    profile = profiles.get(site)
    if profile is None:
        return [f"site/{site}"]
    first = profile.start_urls_hosts()
    named = (*profile.start_urls, *profile.feeds, *profile.sitemaps)
    others = sorted({(urlsplit(u).hostname or "").lower() for u in named} - set(first[:1]) - {""})
    return [*first[:1], *others] or [f"site/{site}"]


_TRY = "SELECT pg_try_advisory_lock(hashtextextended('pressarchive host:' || %s, 0)) AS got"
_UNLOCK = "SELECT pg_advisory_unlock(hashtextextended('pressarchive host:' || %s, 0))"


async def _try_all(conn: Any, hosts: Sequence[str]) -> str | None:
    """Take every host's lock, or none: the first busy host (None when all were taken)."""
    taken: list[str] = []
    for host in hosts:
        cursor = await conn.execute(_TRY, (host,))
        row = await cursor.fetchone()
        if not row[0]:
            for done in reversed(taken):
                await conn.execute(_UNLOCK, (done,))
            return host
        taken.append(host)
    return None


@contextlib.asynccontextmanager
async def holding(conninfo: str, hosts: Sequence[str], site: str = "") -> AsyncIterator[None]:
    """Hold the advisory lock of every host in ``hosts`` (sorted, deduplicated) while the block
    runs; wait, polling, while any is held by another job."""
    import psycopg

    wanted = sorted(set(hosts))
    if not wanted:
        yield
        return
    conn = await psycopg.AsyncConnection.connect(conninfo, autocommit=True)
    try:
        reported = None
        while (busy := await _try_all(conn, wanted)) is not None:
            if busy != reported:
                logger.info("crawl of %s waits: host %s is being fetched by another job", site, busy)
                reported = busy
            await asyncio.sleep(POLL)
        yield
    finally:
        await conn.close()  # releases every lock the session holds
