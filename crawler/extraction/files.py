"""Extraction over saved HTML files (``pressarchive extract``): any charset, ``.html.gz`` too.

Why a generator of plain dicts: the CLI streams hundreds of files as JSON lines in one process, so
nothing may accumulate per file, and a broken file must become an error record in its place (input
order is kept) instead of stopping the run.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from crawler.extraction.core import extract

_GZIP_MAGIC = b"\x1f\x8b"


def read_html_file(path: Path) -> bytes:
    """The raw bytes of a saved page, gunzipped when the file is gzip (by content, not name)."""
    data = path.read_bytes()
    if data[:2] == _GZIP_MAGIC:
        return gzip.decompress(data)
    return data


def extract_paths(
    paths: Iterable[str | Path], url: str | None = None, selectors: Mapping[str, Any] | None = None
) -> Iterator[dict[str, Any]]:
    """One dict per input path, in input order: ``{"path": <as given>, **announcement.to_dict()}``,
    or ``{"path": …, "error": "…"}`` when the file cannot be read.

    ``url`` is the page URL for all files (resolves relative links); without it each file's
    ``file://`` URI is used.
    """
    for given in paths:
        path = Path(given)
        try:
            data = read_html_file(path)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield {
                "path": str(given) if isinstance(given, Path) else given,
                "error": f"{type(exc).__name__}: {exc}",
            }
            continue
        page_url = url or path.resolve().as_uri()
        announcement = extract(data, page_url, selectors=selectors)
        yield {"path": str(given) if isinstance(given, Path) else given, **announcement.to_dict()}
