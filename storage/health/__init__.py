"""Crawl health: each run checked on its own, each source judged against its own history.

Two levels, both with the reason in words and figures:

* :func:`check_run` (``runcheck``) judges one run's figures (``crawler.runstats``) alone:
  ``failed`` when a crawl fetched a site's pages but the archive holds no announcement of it,
  or when the article-shaped URLs its listings, feeds and sitemaps point to were fetched and
  none was stored; ``degraded`` when far fewer were stored than fetched; else ``ok``. Silence is
  never "finished": the crawl run gets this status and ``pressarchive crawl`` exits non-zero.
* :func:`assess` (``reading``) judges every source from the archive (``crawl_runs``,
  ``run_stats``, ``announcements``) with :func:`judge_source` (``verdict``):

  - **failing**: the last run failed or was degraded (with the number of failed runs in a row),
    robots.txt refuses the start URLs, most requests failed;
  - **drift** (``drift``): the last runs against the source's own recent runs (robust
    baselines, pooled counts): field coverage, the share of the usual extraction method or date
    source, the share of fetched article pages read as announcements, median body length, links
    per listing;
  - **stale** (``staleness``): no announcement published for longer than the source's own
    cadence allows (learned from its archive), or months without any where the history has many;
  - **ok**.

Writing (``records``): the run's figures and verdict at the end of a crawl, each source's last
reported status for the night report. Those names load ``storage.models`` (the ORM) on first
use, so ``pressarchive health``, which only reads, starts without it.
"""

from __future__ import annotations

from typing import Any

from storage.health.reading import assess, assess_source, unhealthy
from storage.health.runcheck import check_run
from storage.health.staleness import Dates, cadence, coverage_gaps
from storage.health.verdict import SEVERITY, History, RunRecord, Verdict, judge, judge_source

_RECORDS = ("add_figures", "record_health", "remember", "run_verdicts", "save_run_stats", "since")


def __getattr__(name: str) -> Any:
    if name in _RECORDS:
        from storage.health import records

        return getattr(records, name)
    raise AttributeError(f"module 'storage.health' has no attribute {name!r}")


__all__ = [
    "SEVERITY",
    "Dates",
    "History",
    "RunRecord",
    "Verdict",
    "assess",
    "assess_source",
    "cadence",
    "check_run",
    "coverage_gaps",
    "judge",
    "judge_source",
    "record_health",
    "remember",
    "run_verdicts",
    "save_run_stats",
    "since",
    "unhealthy",
]
