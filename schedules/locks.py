"""Per-site crawl locks: never two crawls of one site at once, across processes.

An advisory ``flock`` on a file per site, next to the archive database (so two archives don't
block each other). The kernel releases it when the process dies, even by SIGKILL, so a killed
crawl never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import hashlib
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url


class SiteBusy(RuntimeError):
    """Another crawl of this site is running."""


def lock_dir(db_url: str) -> Path:
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database:
        base = Path(url.database).resolve().parent / ".pressarchive-locks"
    else:
        digest = hashlib.sha256(db_url.encode()).hexdigest()[:12]
        base = Path(tempfile.gettempdir()) / f"pressarchive-locks-{digest}"
    base.mkdir(parents=True, exist_ok=True)
    return base


@contextmanager
def site_lock(db_url: str, site: str) -> Iterator[None]:
    """Hold the lock of ``site`` for the duration of the block, or raise :class:`SiteBusy`."""
    path = lock_dir(db_url) / f"{site}.lock"
    with path.open("a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise SiteBusy(f"another crawl of {site!r} is running") from exc
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
