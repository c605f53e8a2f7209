"""Why a request failed, as a countable reason (``http/404``, ``timeout``, ``blocked/robots``…).

Every failure is recorded with its reason (``crawl_errors.reason``); the reasons are few and
stable so that runs can be compared and health checks count them. Twisted, Scrapy and the
downloader middlewares each say it differently; this is the one mapping.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_errors
from twisted.python.failure import Failure

from crawler.items import CrawlFailure, PageVisit

# Substrings of an ``IgnoreRequest`` message (a middleware refused the request) → reason.
_IGNORED_REASONS = (
    ("robots.txt", "blocked/robots"),
    ("crawler trap", "blocked/trap"),
    ("private address", "blocked/private-address"),
    ("offsite", "blocked/offsite"),
    ("max redirections", "redirect/too-many"),
    ("replica mode", "blocked/replica"),
    ("decompress", "blocked/size"),
)


def ignored_reason(detail: str) -> str:
    """A countable reason for a request refused before or during download (``IgnoreRequest``)."""
    lowered = detail.lower()
    return next((reason for needle, reason in _IGNORED_REASONS if needle in lowered), "blocked")


def download_reason(failure: Failure) -> str:
    """The reason of a download that got no response (DNS, refused, timeout, size limit…)."""
    if failure.check(twisted_errors.DNSLookupError):
        return "dns"
    if failure.check(twisted_errors.ConnectionRefusedError, DownloadConnectionRefusedError):
        return "connection-refused"
    if failure.check(twisted_errors.TimeoutError, twisted_errors.TCPTimedOutError, DownloadTimeoutError):
        return "timeout"
    if failure.check(DownloadCancelledError):
        return "blocked/size"  # over DOWNLOAD_MAXSIZE (declared or received; bombs too)
    return f"error/{failure.type.__name__ if failure.type is not None else 'unknown'}"


def failure_items(failure: Failure, source: str) -> Iterator[PageVisit | CrawlFailure]:
    """What a failed request leaves in the archive: the page's state and the failure's reason.

    An HTTP error is a visit with its status (404/410: ``gone``; an optional feed or sitemap
    that is missing is no failure); a request refused before any byte was sent (robots.txt, a
    trap, replica mode) is remembered as ``blocked``, so a later run does not take the link for
    unfinished work; a redirect chain's first URL is remembered too, or it looks new again on
    the next run."""
    request = getattr(failure, "request", None)
    url = request.url if request is not None else None
    optional = bool(request is not None and request.meta.get("optional"))
    first = (request.meta.get("redirect_urls") or [None])[0] if request is not None else None
    if first and first != url:
        yield PageVisit(first, source, "error", 0)
    if isinstance(error := failure.value, HttpError):
        status = error.response.status
        yield PageVisit(url or "", source, "gone" if status in (404, 410) else "error", status)
        if not optional:
            yield CrawlFailure(url, source, f"http/{status}")
        return
    if failure.check(IgnoreRequest):
        yield PageVisit(url or "", source, "blocked", 0)
        detail = str(failure.value)
        yield CrawlFailure(first or url, source, ignored_reason(detail), detail[:300])
        return
    yield CrawlFailure(url, source, download_reason(failure), str(failure.value)[:1000])
