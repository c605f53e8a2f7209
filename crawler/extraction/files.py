"""Saved HTML files as bytes: gzip-compressed or not, told by content, not by name.

``crawler.reading.saved`` reads saved pages for ``pressarchive extract`` through the crawl's own path.
"""

from __future__ import annotations

import gzip
from pathlib import Path

_GZIP_MAGIC = b"\x1f\x8b"


def read_html_file(path: Path) -> bytes:
    """The raw bytes of a saved page, gunzipped when the file is gzip (by content, not name)."""
    data = path.read_bytes()
    if data[:2] == _GZIP_MAGIC:
        return gzip.decompress(data)
    return data
