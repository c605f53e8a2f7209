"""A local HTTP server that plays several real websites at once, for tests and the demo.

Crawls must never touch the internet in tests, yet they should see what the real sites send:
several hosts, query-string URLs (TYPO3), ISO-8859-1 bytes, redirects, flaky 503s, conditional
requests. :class:`ReplicaServer` serves *virtual hosts* from directories
(``<root>/<hostname>/``) and works in two modes at once:

* as an HTTP **forward proxy**: the request line carries an absolute URI
  (``GET http://www.rvr.ruhr/index.php?id=1 HTTP/1.1``), which is what Scrapy sends when
  ``request.meta["proxy"] = server.proxy_url``. URLs, and so everything the crawler stores, keep
  the real host names;
* as a **plain server**: the host comes from the ``Host`` header, or ``default_host`` when the
  client addressed ``127.0.0.1`` itself.

A host that no root serves gets ``502`` (so a misconfigured crawl fails loudly instead of leaking
to the internet). Per host, an optional ``_routes.json`` maps exact path+query strings to files
and behaviour, an optional ``_host.json`` sets host-wide defaults; everything else maps path to
file. Every request is recorded in :attr:`ReplicaServer.requests`.

``_routes.json`` values (all keys optional)::

    {"/index.php?id=4683&tx_ttnews[tt_news]=69195&cHash=ab12": {
        "file": "news/69195.html", "status": 200, "content_type": "text/html; charset=utf-8",
        "headers": {"X-Foo": "bar"}, "redirect": "/new/", "delay": 0.0, "fail_first": 0,
        "body": "inline text instead of a file", "last_modified": "2019-11-20T10:42:00Z"}}

``_host.json``: ``{"content_types": {".html": "text/html; charset=iso-8859-1"},
"headers": {...}, "last_modified": "2015-12-31T12:00:00Z"}``.

Run by hand: ``python -m crawler.replicas.server --port 8080`` and point a browser's HTTP proxy
at it (or use ``--default-host``).
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import json
import logging
import mimetypes
import re
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

logger = logging.getLogger(__name__)

HOSTS_DIR = Path(__file__).resolve().parent / "hosts"
LOCAL_NAMES = frozenset({"127.0.0.1", "localhost", "::1", ""})
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


class LoggedRequest(NamedTuple):
    """One request as the server saw it: tests assert on these (counts, paths, headers)."""

    method: str
    host: str
    target: str  # path + query exactly as requested
    status: int
    headers: dict[str, str]


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


class ReplicaServer:
    """Threaded HTTP server + forward proxy serving virtual hosts from directories.

    ``roots`` are extra directories holding host directories (e.g. sites generated by a test);
    they take precedence over the built-in replicas in :data:`HOSTS_DIR` (left out when
    ``include_builtin`` is false). Host directories are looked up on every request, so a test
    may add or change files while the server runs.
    """

    def __init__(
        self,
        roots: Iterable[Path | str] | None = None,
        *,
        port: int = 0,
        bind: str = "127.0.0.1",
        default_host: str | None = None,
        include_builtin: bool = True,
    ) -> None:
        self.roots: list[Path] = [Path(r) for r in roots or ()]
        if include_builtin:
            self.roots.append(HOSTS_DIR)
        self.default_host = default_host.lower() if default_host else None
        self.requests: list[LoggedRequest] = []
        self._bind = bind
        self._requested_port = port
        self._lock = threading.Lock()
        self._hits: dict[tuple[str, str], int] = {}
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> ReplicaServer:
        """Bind and serve in a daemon thread; returns self so ``ReplicaServer().start()`` reads well."""
        if self._httpd is not None:
            return self
        handler = type("BoundReplicaHandler", (_ReplicaHandler,), {"replica": self})
        self._httpd = ThreadingHTTPServer((self._bind, self._requested_port), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name=f"replica-server-{self.port}", daemon=True
        )
        self._thread.start()
        logger.debug("replica server on %s serving %s", self.proxy_url, sorted(self.hosts))
        return self

    def stop(self) -> None:
        """Stop serving and release the port (idempotent)."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- addresses -------------------------------------------------------------------------
    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("replica server is not running; call start() first")
        return int(self._httpd.server_address[1])

    @property
    def proxy_url(self) -> str:
        """``http://127.0.0.1:PORT``: use as Scrapy ``meta["proxy"]`` or urllib ProxyHandler."""
        return f"http://{self._bind}:{self.port}"

    @property
    def direct_url(self) -> str:
        """Same address as :attr:`proxy_url`, for plain-server use (Host header / default_host)."""
        return self.proxy_url

    @property
    def hosts(self) -> set[str]:
        """Host names currently served: directory names under the roots that contain a dot."""
        found: set[str] = set()
        for root in self.roots:
            if root.is_dir():
                found.update(p.name.lower() for p in root.iterdir() if p.is_dir() and "." in p.name)
        return found

    def base_url(self, host: str) -> str:
        """The site's own base URL (``http://www.rvr.ruhr``), as requested through the proxy."""
        return f"http://{host.lower()}"

    def url(self, host: str, target: str = "/") -> str:
        """Absolute URL of ``target`` on ``host`` (to be fetched through :attr:`proxy_url`)."""
        return self.base_url(host) + (target if target.startswith("/") else "/" + target)

    def host_dir(self, host: str) -> Path | None:
        """Directory serving ``host`` (first root wins), or None if the host is unknown."""
        for root in self.roots:
            candidate = root / host.lower()
            if candidate.is_dir():
                return candidate
        return None

    # -- log -------------------------------------------------------------------------------
    def requests_to(self, host: str | None = None, prefix: str = "") -> list[LoggedRequest]:
        """Logged requests, optionally only those to ``host`` whose target starts with ``prefix``."""
        with self._lock:
            log = list(self.requests)
        return [r for r in log if (host is None or r.host == host) and r.target.startswith(prefix)]

    def reset(self) -> None:
        """Forget the access log and the ``fail_first`` counters (between test phases)."""
        with self._lock:
            self.requests.clear()
            self._hits.clear()

    def _record(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(entry)

    def _count_hit(self, host: str, key: str) -> int:
        """Number of this request to the route, starting at 1 (for ``fail_first``)."""
        with self._lock:
            self._hits[(host, key)] = self._hits.get((host, key), 0) + 1
            return self._hits[(host, key)]

    # -- request handling ------------------------------------------------------------------
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


class _ReplicaHandler(BaseHTTPRequestHandler):
    """Turns socket requests into :meth:`ReplicaServer.resolve` calls (HTTP/1.1, keep-alive)."""

    replica: ReplicaServer  # set on the per-server subclass
    protocol_version = "HTTP/1.1"
    server_version = "pressarchive-replica/1.0"
    sys_version = ""

    def _host_and_target(self) -> tuple[str, str]:
        raw = self.path
        if raw.lower().startswith(("http://", "https://")):
            parts = urlsplit(raw)
            target = (parts.path or "/") + ("?" + parts.query if parts.query else "")
            return (parts.hostname or "").lower(), target
        host_header = self.headers.get("Host", "")
        host = urlsplit("//" + host_header).hostname or "" if host_header else ""
        host = host.lower()
        if host in LOCAL_NAMES or host == self.replica._bind:
            host = self.replica.default_host or ""
        return host, raw

    def _handle(self, send_body: bool) -> None:
        host, target = self._host_and_target()
        headers = {k.lower(): v for k, v in self.headers.items()}
        reply = self.replica.resolve(self.command, host, target, headers)
        self.replica._record(LoggedRequest(self.command, host, target, reply.status, dict(self.headers)))
        self._send(reply, send_body)

    def _send(self, reply: _Reply, send_body: bool) -> None:
        self.send_response(reply.status)
        for name, value in (reply.headers or {}).items():
            self.send_header(name, value)
        if reply.status != 304:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if send_body and reply.status != 304 and reply.body:
            self.wfile.write(reply.body)

    def do_GET(self) -> None:
        self._handle(send_body=True)

    def do_HEAD(self) -> None:
        self._handle(send_body=False)

    def do_CONNECT(self) -> None:
        """HTTPS tunnelling is refused: replicas speak plain HTTP, so use ``http://`` URLs."""
        host = self.path.split(":", 1)[0].lower()
        body = b"502 Bad Gateway: the replica server does not tunnel HTTPS; request http:// URLs\n"
        self.replica._record(LoggedRequest("CONNECT", host, self.path, 502, dict(self.headers)))
        self._send(_Reply(502, body, {"Content-Type": "text/plain; charset=utf-8"}), send_body=True)
        self.close_connection = True

    def _not_allowed(self) -> None:
        host, target = self._host_and_target()
        self.replica._record(LoggedRequest(self.command, host, target, 405, dict(self.headers)))
        reply = _Reply(405, b"405 Method Not Allowed\n", {"Allow": "GET, HEAD", "Content-Type": "text/plain"})
        self._send(reply, send_body=True)

    do_POST = do_PUT = do_DELETE = do_PATCH = _not_allowed

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("replica %s - " + format, self.address_string(), *args)


@contextmanager
def serve_replicas(roots: Iterable[Path | str] | None = None, **kwargs: Any) -> Iterator[ReplicaServer]:
    """``with serve_replicas() as server:`` — a started :class:`ReplicaServer`, stopped on exit."""
    server = ReplicaServer(roots, **kwargs)
    with server:
        yield server


def main(argv: list[str] | None = None) -> int:
    """Serve the replicas by hand, e.g. to browse them with the browser's proxy set to us."""
    parser = argparse.ArgumentParser(prog="python -m crawler.replicas.server", description=main.__doc__)
    parser.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (0 = any free port)")
    parser.add_argument("--root", action="append", default=[], type=Path, help="extra root of host dirs")
    parser.add_argument("--default-host", help="host served when the browser asks for 127.0.0.1 itself")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    server = ReplicaServer(args.root, port=args.port, default_host=args.default_host).start()
    print(f"Replica server at {server.proxy_url} (set it as HTTP proxy). Hosts:")
    for host in sorted(server.hosts):
        print(f"  {server.base_url(host)}/")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("stopping")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
