"""What the replica server answers: a host's routes, files and index pages, with HTTP semantics.

Per host, ``_site.json`` routes (status, headers, redirects, delays, a body that changes with the
hit count) and stored files; conditional requests get a 304 when nothing changed. A base of
:class:`crawler.replicas.server.ReplicaServer`, which owns the hosts and the request log.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import mimetypes
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

logger = logging.getLogger(__name__)


DEFAULT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
}
# Characters that mean the same whether or not they are percent-encoded in a query; everything
# else (``&``, ``=``, ``+``, ``%``, ``#``, ``?``, ``/``, space) keeps its encoding so that the
# structure of the query is not changed by normalisation.
_SAFE_TO_DECODE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~[]:@!$'()*,;")
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")


@dataclass
class _Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] | None = None


def normalise_target(target: str) -> str:
    """Canonical form of a path+query for route lookup.

    Browsers, Scrapy and TYPO3 disagree on whether ``[``/``]`` are percent-encoded
    (``tx_ttnews%5Btt_news%5D`` vs ``tx_ttnews[tt_news]``); both must hit the same route. Only
    characters whose encoding carries no meaning are decoded; hex digits are upper-cased.
    """

    def repl(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _SAFE_TO_DECODE else "%" + match.group(1).upper()

    target = target.split("#", 1)[0]
    return _PERCENT.sub(repl, target) or "/"


def _http_date(timestamp: float) -> str:
    return email.utils.formatdate(timestamp, usegmt=True)


def _parse_timestamp(value: str | float | int | None) -> float | None:
    """Seconds since the epoch from an ISO string, an HTTP date or a number (None if unparsable)."""
    if value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            return email.utils.parsedate_to_datetime(value).timestamp()
        except (TypeError, ValueError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object")
    return data


class ReplyRules:
    """The replies of a replica server (``resolve``); the server provides its hosts."""

    def host_dir(self, host: str) -> Path | None:  # (the server's)
        raise NotImplementedError

    @property
    def hosts(self) -> set[str]:  # (the server's)
        raise NotImplementedError

    def _count_hit(self, host: str, key: str) -> int:  # (the server's)
        raise NotImplementedError

    def resolve(self, method: str, host: str, target: str, headers: dict[str, str]) -> _Reply:
        """Compute the reply for one request (no I/O on the socket; easy to reason about)."""
        if not host:
            return self._index_or_unknown(host, target)
        directory = self.host_dir(host)
        if directory is None:
            return self._index_or_unknown(host, target)
        host_conf = _read_json(directory / "_host.json")
        routes = {normalise_target(k): v for k, v in _read_json(directory / "_routes.json").items()}
        key = normalise_target(target)
        route = routes.get(key)
        if route is not None:
            return self._route_reply(host, key, directory, route, host_conf, headers)
        return self._file_reply(host, directory, target, host_conf, headers)

    def _index_or_unknown(self, host: str, target: str) -> _Reply:
        served = ", ".join(sorted(self.hosts))
        if not host and target == "/":
            body = f"pressarchive replica server. Hosts served (use me as HTTP proxy): {served}\n"
            return _Reply(200, body.encode(), {"Content-Type": "text/plain; charset=utf-8"})
        body = (
            f"502 Bad Gateway: the replica server does not serve host {host or '(none)'!r}; "
            f"it never forwards to the internet. Hosts served: {served}\n"
        )
        return _Reply(502, body.encode(), {"Content-Type": "text/plain; charset=utf-8"})

    def _route_reply(
        self,
        host: str,
        key: str,
        directory: Path,
        route: dict[str, Any],
        host_conf: dict[str, Any],
        headers: dict[str, str],
    ) -> _Reply:
        hit = self._count_hit(host, key)
        if float(route.get("delay", 0) or 0) > 0:
            time.sleep(float(route["delay"]))
        if hit <= int(route.get("fail_first", 0) or 0):
            notice = f"503 Service Unavailable (simulated failure {hit} of {route['fail_first']})\n"
            return _Reply(
                503, notice.encode(), {"Content-Type": "text/plain; charset=utf-8", "Retry-After": "0"}
            )
        extra = {**host_conf.get("headers", {}), **route.get("headers", {})}
        if route.get("redirect"):
            location = str(route["redirect"])
            if location.startswith("/"):
                location = f"http://{host}{location}"
            status = int(route.get("status", 301))
            return _Reply(status, b"", {**extra, "Location": location, "Content-Type": "text/html"})
        status = int(route.get("status", 200))
        if "body" in route:
            body = str(route["body"]).encode("utf-8")
            mtime = None
        elif route.get("file"):
            path = self._safe_path(directory, str(route["file"]))
            if path is None or not path.is_file():
                return _Reply(500, f"route {key!r} names missing file {route['file']!r}\n".encode())
            body, mtime = path.read_bytes(), path.stat().st_mtime
        else:
            body, mtime = b"", None
        suffix = Path(str(route.get("file", ""))).suffix.lower() or ".html"
        ctype = route.get("content_type") or self._content_type(suffix, host_conf)
        modified = _parse_timestamp(route.get("last_modified")) or _parse_timestamp(
            host_conf.get("last_modified")
        )
        return self._content_reply(status, body, ctype, modified or mtime, extra, headers)

    def _file_reply(
        self, host: str, directory: Path, target: str, host_conf: dict[str, Any], headers: dict[str, str]
    ) -> _Reply:
        path_part = unquote(urlsplit(target).path or "/")
        rel = path_part.lstrip("/")
        if path_part.endswith("/"):
            rel += "index.html"
        path = self._safe_path(directory, rel)
        if path is not None and path.is_dir():
            return _Reply(301, b"", {"Location": f"http://{host}{path_part}/", "Content-Type": "text/html"})
        hidden = any(part.startswith("_") for part in Path(rel).parts)
        if path is None or hidden or not path.is_file():
            not_found = directory / "404.html"
            body = not_found.read_bytes() if not_found.is_file() else b"404 Not Found\n"
            ctype = self._content_type(".html" if not_found.is_file() else ".txt", host_conf)
            return _Reply(404, body, {"Content-Type": ctype})
        extra = dict(host_conf.get("headers", {}))
        modified = _parse_timestamp(host_conf.get("last_modified")) or path.stat().st_mtime
        ctype = self._content_type(path.suffix.lower(), host_conf)
        return self._content_reply(200, path.read_bytes(), ctype, modified, extra, headers)

    @staticmethod
    def _safe_path(directory: Path, rel: str) -> Path | None:
        """``directory/rel`` if it stays inside ``directory`` (no ``..`` escapes), else None."""
        candidate = (directory / rel).resolve()
        return candidate if candidate.is_relative_to(directory.resolve()) else None

    @staticmethod
    def _content_type(suffix: str, host_conf: dict[str, Any]) -> str:
        configured = host_conf.get("content_types", {})
        if suffix in configured:
            return str(configured[suffix])
        if suffix in DEFAULT_TYPES:
            return DEFAULT_TYPES[suffix]
        return mimetypes.types_map.get(suffix, "application/octet-stream")

    @staticmethod
    def _content_reply(
        status: int,
        body: bytes,
        ctype: str,
        modified: float | None,
        extra: dict[str, str],
        headers: dict[str, str],
    ) -> _Reply:
        """A content response with validators, or 304 when the client's copy is current."""
        out = {**extra, "Content-Type": ctype}
        if status != 200:
            return _Reply(status, body, out)
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        out["ETag"] = etag
        if modified is not None:
            out["Last-Modified"] = _http_date(modified)
        validators = {k: v for k, v in out.items() if k in ("ETag", "Last-Modified")}
        if_none_match = headers.get("if-none-match")
        if if_none_match is not None:
            tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
            if "*" in tags or etag in tags:
                return _Reply(304, b"", validators)
        elif modified is not None and headers.get("if-modified-since"):
            since = _parse_timestamp(headers["if-modified-since"])
            if since is not None and int(modified) <= int(since):
                return _Reply(304, b"", validators)
        return _Reply(200, body, out)
