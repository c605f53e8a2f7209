"""Scrapy's rules for a downloaded body, without importing Scrapy: which response class a download
becomes (``scrapy.responsetypes``) and how a text response decodes its body
(``TextResponse.text``).

Why: ``pressarchive extract`` reads saved pages the way the crawl reads them (the crawl hands
Scrapy's response to ``crawler.reading``), and importing Scrapy (Twisted, OpenSSL, …) costs more
process start than reading a hundred pages does. These functions follow Scrapy's own code step for
step, with the same helpers (w3lib, charset-normalizer, Scrapy's ``mime.types``);
``tests/test_reading.py`` checks them against Scrapy's classes on pages of every kind.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from mimetypes import MimeTypes
from pathlib import Path

from charset_normalizer import from_bytes
from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

# What each response class means here: the selector type of a text response ("html" or "xml"),
# or None for a response that is not text (``scrapy.http.Response``).
_CLASSES = {
    "text/html": "html",
    "application/atom+xml": "xml",
    "application/rdf+xml": "xml",
    "application/rss+xml": "xml",
    "application/xhtml+xml": "html",
    "application/vnd.wap.xhtml+xml": "html",
    "application/xml": "xml",
    "application/json": "html",  # JsonResponse: a TextResponse, read as HTML by its selector
    "application/x-json": "html",
    "application/json-amazonui-streaming": "html",
    "application/javascript": "html",
    "application/x-javascript": "html",
    "text/xml": "xml",
    "text/*": "html",
}
_NOT_TEXT = None
_UNDECIDED = "?"
_BINARY = frozenset(i for i in range(32) if i not in (0, 9, 10, 13))


@lru_cache(maxsize=1)
def _mimetypes() -> MimeTypes:
    """Scrapy's ``ResponseTypes.mimetypes``: Python's table plus Scrapy's ``mime.types`` (found
    without importing the package)."""
    types = MimeTypes()
    spec = importlib.util.find_spec("scrapy")
    if spec is not None and spec.origin:
        with (Path(spec.origin).parent / "mime.types").open(encoding="utf8") as fh:
            types.readfp(fh)
    return types


def _from_mimetype(mimetype: str) -> str | None:
    if mimetype in _CLASSES:
        return _CLASSES[mimetype]
    return _CLASSES.get(f"{mimetype.split('/', maxsplit=1)[0]}/*", _UNDECIDED)


def _from_filename(filename: str) -> str | None:
    mimetype, encoding = _mimetypes().guess_type(filename)
    if mimetype and not encoding:
        return _from_mimetype(mimetype)
    return _UNDECIDED


def _from_body(body: bytes) -> str | None:
    chunk = body[:5000]
    if any(c in _BINARY for c in chunk):
        return _from_mimetype("application/octet-stream")
    lowercase = chunk.lower()
    if b"<html>" in lowercase:
        return _from_mimetype("text/html")
    if b"<?xml" in lowercase:
        return _from_mimetype("text/xml")
    if b"<!doctype html>" in lowercase:
        return _from_mimetype("text/html")
    return _from_mimetype("text")


def response_kind(url: str, body: bytes, content_type: str | None) -> str | None:
    """``"html"`` or ``"xml"`` (the selector type of the text response Scrapy would build for
    this download), or None when Scrapy would build a plain, non-text ``Response``.
    ``responsetypes.from_args(headers=…, url=…, body=…)`` with only a Content-Type header."""
    kind: str | None = _UNDECIDED
    if content_type:  # (Scrapy's Headers keep the value as UTF-8 bytes, read back as Latin-1)
        kind = _from_mimetype(_as_header(content_type).split(";")[0].strip().lower())
    if kind == _UNDECIDED:
        kind = _from_filename(url)
    if kind == _UNDECIDED:
        kind = _from_body(body)
    return None if kind == _UNDECIDED else kind


def _as_header(value: str) -> str:
    return value.encode("utf-8").decode("latin-1")


def _auto_detect(text: bytes) -> str | None:
    for encoding in ("ascii", "utf-8"):
        try:
            text.decode(encoding)
        except UnicodeError:
            continue
        return resolve_encoding(encoding)
    match = from_bytes(text).best()
    return resolve_encoding(match.encoding) if match else None


def response_text(body: bytes, content_type: str | None) -> str:
    """``TextResponse.text`` for this body and Content-Type: BOM, the header's charset, the
    document's declaration, else detection (ASCII, UTF-8, then charset-normalizer)."""
    header = _as_header(content_type or "")
    declared = read_bom(body)[0] or http_content_type_encoding(header) or html_body_declared_encoding(body)
    if declared:
        return html_to_unicode(f"charset={declared}", body)[1]
    return html_to_unicode(header, body, default_encoding="ascii", auto_detect_fun=_auto_detect)[1]
