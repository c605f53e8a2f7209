"""Saved pages read the way a zero-configuration crawl reads them (``pressarchive extract``).

Why here and not in ``crawler.extraction``: the verdict a crawl acts on (announcement, listing or
other) comes from the page's links and teasers as well as its text (``crawler.reading.page``,
``crawler.reading.classify``), so re-reading saved pages must go through the same path as the crawl, or
the two would disagree. Inputs are saved HTML files (any charset, gzip by content) and WARC files
(``.warc``/``.warc.gz``, from this crawler or any other): one record per HTML response record.
Everything is a generator of plain dicts, one per page, in input order, so hundreds of files
stream in constant memory and a broken input becomes an error record in its place.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.extraction.files import read_html_file
from crawler.extraction.language import preload as preload_language_model
from crawler.reading import classify
from crawler.reading.page import read_page
from crawler.sites import SiteProfile, adhoc_profile, load_sites, parse_site

_OFFLINE = parse_site(
    {"id": "offline", "name": "offline", "family": "generic", "start_urls": ["http://localhost/"]}
)


def is_warc(path: Path) -> bool:
    """Whether the file is a WARC (by its first bytes, gzip-compressed or not)."""
    with path.open("rb") as fh:
        # enough for a deflate block's Huffman tables: 64 bytes did not always decode to 5
        head = fh.read(4096)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


@lru_cache(maxsize=1)
def _site_profiles() -> dict[str, SiteProfile]:
    """The site profiles, read once per process (not once per page)."""
    return load_sites()


@lru_cache(maxsize=256)
def _host_profile_of(scheme: str, host: str) -> SiteProfile:
    if scheme not in ("http", "https") or not host:
        return _OFFLINE
    return adhoc_profile(f"{scheme}://{host}/", sites=_site_profiles())


def _host_profile(url: str) -> SiteProfile:
    """The ad hoc profile a ``crawl --url`` of the page's host would get (one per host)."""
    parts = urlsplit(url)
    return _host_profile_of(parts.scheme, (parts.hostname or "").lower())


def read_saved_page(
    body: bytes, url: str, content_type: str | None, profile: SiteProfile | None = None
) -> dict[str, Any]:
    """The announcement fields of one saved page and its zero-config ``page_type``."""
    if profile is None:
        profile = _host_profile(url)
    reading = read_page(
        body, url, content_type, profile, announcement=True, classify_page=True, crawling=False
    )
    if reading.item is None or reading.facts.signals is None:
        return {"url": url, "error": "not an HTML page"}
    page_type = classify.classify(reading.facts.signals, url, reading.item, offline=True)
    return {**reading.item.to_dict(), "page_type": page_type}


def _html_file(path: Path, given: str, url: str | None, profile: SiteProfile | None) -> dict[str, Any]:
    try:
        data = read_html_file(path)
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
        return {"path": given, "error": f"{type(exc).__name__}: {exc}"}
    page_url = url or path.resolve().as_uri()
    return {"path": given, **read_saved_page(data, page_url, None, profile)}


def _warc_records(path: Path, given: str, profile: SiteProfile | None) -> Iterator[dict[str, Any]]:
    """One dict per HTML response record of a WARC file (other records are skipped)."""
    from warcio.archiveiterator import ArchiveIterator  # (only for WARC inputs)
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                body = record.content_stream().read()  # (before the offset: that call ends the record)
                offset = records.get_record_offset()
                try:
                    fields = read_saved_page(body, url, content_type, profile)
                except Exception as exc:  # one unreadable record must not end the file's records
                    fields = {"url": url, "error": f"{type(exc).__name__}: {exc}"}
                status = record.http_headers.get_statuscode()
                yield {"path": given, "offset": offset, "status": int(status) if status else None, **fields}
    except (OSError, EOFError, ArchiveLoadFailed, zlib.error) as exc:
        yield {"path": given, "error": f"{type(exc).__name__}: {exc}"}


def read_saved(
    paths: Iterable[str | Path], url: str | None = None, profile: SiteProfile | None = None
) -> Iterator[dict[str, Any]]:
    """Records for saved HTML files and WARC files, in input order.

    An HTML file gives one record (``path``, the announcement fields, ``page_type``); ``url`` is
    its page URL (without it the file's ``file://`` URI). A WARC file gives one record per HTML
    response record, its ``url`` the record's target URI, with ``offset`` and ``status``. An
    unreadable input gives ``{"path", "error"}`` in its place. ``profile``: a site profile whose
    selectors and metadata apply to every page (default: the ad hoc profile of each page's host).
    """
    preload_language_model()  # (its load overlaps the first pages; see language.preload)
    for given in paths:
        path = Path(given)
        name = str(given)
        try:
            warc = is_warc(path)
        except OSError as exc:
            yield {"path": name, "error": f"{type(exc).__name__}: {exc}"}
            continue
        if warc:
            yield from _warc_records(path, name, profile)
        else:
            yield _html_file(path, name, url, profile)
