"""Small press sites served on loopback addresses of their own (127.0.0.2, 127.0.0.3, …).

Scrapy keys its politeness by host name, so sites on two addresses are two hosts to it, and
two sites under one address (``/a/``, ``/b/``) share a host. Each server logs when every
request arrived and which site it asked for; the queue tests read gaps and overlaps per host
from that log, as a site operator would from an access log. A site's profile (generic family)
goes into a directory given to the commands as ``PRESSARCHIVE_SITES_DIR`` (``--sites-dir``).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PARAGRAPH = (
    "Der Ausschuss hat in seiner Sitzung am Dienstag über den Haushalt beraten und die "
    "Vorlage der Verwaltung mit breiter Mehrheit an den Rat verwiesen."
)


LAST_MODIFIED = "Tue, 01 Dec 2026 08:00:00 GMT"  # every page's; a conditional request gets a 304


@dataclass(frozen=True)
class Hit:
    address: str
    path: str
    at: float  # time.monotonic() when the request arrived
    status: int = 200
    conditional: bool = False  # it carried If-Modified-Since or If-None-Match


@dataclass
class LoopbackHost:
    """One address serving sites under path prefixes, each with ``pages`` announcements."""

    address: str
    sites: dict[str, int]  # prefix ("a") → announcements
    hits: list[Hit] = field(default_factory=list)
    port: int = 0

    def url(self, prefix: str) -> str:
        return f"http://{self.address}:{self.port}/{prefix}/"

    def page(self, path: str) -> bytes | None:
        parts = path.strip("/").split("/")
        if not parts or parts[0] not in self.sites:
            return None
        prefix, count = parts[0], self.sites[parts[0]]
        if len(parts) == 1:
            links = "".join(
                f'<li><a href="/{prefix}/meldung-{i}.html">Meldung {i} der Fraktion {prefix}</a></li>'
                for i in range(1, count + 1)
            )
            head = f"<html><head><title>Presse {prefix}</title></head>"
            return f"{head}<body><h1>Pressemitteilungen</h1><ul>{links}</ul></body></html>".encode()
        name = parts[1].removesuffix(".html")
        if len(parts) != 2 or not name.startswith("meldung-") or not name[8:].isdigit():
            return None
        i = int(name[8:])
        if not 1 <= i <= count:
            return None
        day = f"2026-11-{i % 28 + 1:02d}"
        body = "".join(f"<p>{PARAGRAPH} Absatz {n} der Meldung {i} ({prefix}).</p>" for n in range(6))
        meta = f'{{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "{day}"}}'
        return (
            f"<html><head><title>Meldung {i} ({prefix})</title><meta property='og:type' content='article'>"
            f"<script type='application/ld+json'>{meta}</script></head><body><article>"
            f"<h1>Meldung {i} der Fraktion {prefix}</h1><time datetime='{day}'>{day}</time>{body}"
            "</article></body></html>"
        ).encode()


def _handler(host: LoopbackHost, lock: threading.Lock) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            arrived = time.monotonic()
            if self.path == "/robots.txt":
                body: bytes | None = b"User-agent: *\nAllow: /\n"
                kind = "text/plain"
            else:
                body, kind = host.page(self.path.split("?", 1)[0]), "text/html; charset=utf-8"
            conditional = bool(self.headers.get("If-Modified-Since") or self.headers.get("If-None-Match"))
            status = (
                404
                if body is None
                else 304
                if self.headers.get("If-Modified-Since") == LAST_MODIFIED
                else 200
            )
            with lock:
                host.hits.append(Hit(host.address, self.path, arrived, status, conditional))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            if body is not None:
                self.send_header("Last-Modified", LAST_MODIFIED)
            if status == 304:
                body = b""
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class LoopbackSites:
    """Context manager: one threaded HTTP server per :class:`LoopbackHost`."""

    def __init__(self, hosts: list[LoopbackHost]) -> None:
        self.hosts = hosts
        self._servers: list[ThreadingHTTPServer] = []
        self._lock = threading.Lock()

    def __enter__(self) -> LoopbackSites:
        for host in self.hosts:
            server = ThreadingHTTPServer((host.address, host.port), _handler(host, self._lock))
            server.daemon_threads = True
            host.port = server.server_address[1]
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self._servers.append(server)
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def write_profiles(self, directory: Path) -> dict[str, str]:
        """A generic-family profile per site (id ``loop_<address>_<prefix>``), with the crawler's
        default politeness (``DOWNLOAD_DELAY`` per host); returns site id → start URL."""
        directory.mkdir(parents=True, exist_ok=True)
        made = {}
        for host in self.hosts:
            for prefix in host.sites:
                site_id = f"loop_{host.address.replace('.', '_')}_{prefix}"
                url = host.url(prefix)
                (directory / f"{site_id}.toml").write_text(
                    f'id = "{site_id}"\nname = "Fraktion {prefix} auf {host.address}"\n'
                    f'family = "generic"\nstart_urls = ["{url}"]\n',
                    encoding="utf-8",
                )
                made[site_id] = url
        return made

    def site_hits(self, address: str, prefix: str) -> list[Hit]:
        return [h for h in self.all_hits() if h.address == address and h.path.startswith(f"/{prefix}/")]

    def all_hits(self) -> list[Hit]:
        with self._lock:
            return sorted((h for host in self.hosts for h in host.hits), key=lambda h: h.at)
