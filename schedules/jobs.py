"""The job the scheduler runs: one site's crawl in a child process.

A child process per crawl because Twisted's reactor cannot be restarted inside the long-lived
scheduler process, and because a crashing crawl must not take the scheduler down. The child is
the ordinary CLI (``pressarchive crawl SITE``), so a scheduled crawl behaves exactly like a
manual one and records its run in the archive.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Sequence

logger = logging.getLogger(__name__)


def crawl_command(site: str, db: str, *, full: bool = False, extra_args: Sequence[str] = ()) -> list[str]:
    cmd = [sys.executable, "-m", "crawler.cli", "crawl", site, "--db", db, "--trigger", "scheduler"]
    if full:
        cmd.append("--full")
    return [*cmd, *extra_args]


def run_site_crawl(site: str, db: str, full: bool = False, extra_args: Sequence[str] = ()) -> int:
    """Crawl one site in a child process; returns its exit code (logged, never raised)."""
    cmd = crawl_command(site, db, full=full, extra_args=extra_args)
    logger.info("scheduled crawl of %s starts: %s", site, " ".join(cmd))
    completed = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if completed.returncode:
        tail = (completed.stderr or completed.stdout).strip().splitlines()[-5:]
        logger.error(
            "scheduled crawl of %s failed (exit %s): %s", site, completed.returncode, " | ".join(tail)
        )
    else:
        logger.info("scheduled crawl of %s finished", site)
    return completed.returncode
