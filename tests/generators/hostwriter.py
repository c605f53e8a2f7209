"""Turn an in-memory model of one website into a replica-server host directory.

:func:`write_tree` is the one place that writes a host directory (every generator's sites, the
seed replicas, the health and hostile sites written at test time); :func:`route_file` is the one
naming of a file that only a route reaches. A :class:`HostBuilder` collects *resources* keyed by
request target (path + query, exactly as a client asks for it) plus the site's truth.
:meth:`HostBuilder.write` decides per resource whether it can be a plain file (``/a/b/`` →
``a/b/index.html``) or needs a ``_routes.json`` entry (query strings, ``;jsessionid=``,
redirects, 4xx/5xx, delays, flaky answers, content types other than the server's default for
the suffix). Every file gets a fixed mtime and the host a fixed ``Last-Modified``
(``_host.json``), so validators never depend on when a checkout happened; resources that changed
for the second night get a later ``last_modified`` through a route.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from crawler.replicas.replies import DEFAULT_TYPES
from tests.generators.layout import dumps

NIGHT1 = datetime(2020, 5, 31, 22, 0, tzinfo=UTC)  # everything of the first state
NIGHT2 = datetime(2020, 6, 3, 22, 0, tzinfo=UTC)  # what changed for the second night


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def route_file(target: str, content_type: str | None) -> str:
    """Where a resource that only a route reaches is stored: ``_r/<slug>-<sha1[:8]><suffix>``."""
    ctype = content_type or ""
    suffix = ".xml" if "xml" in ctype else ".txt" if ctype.startswith("text/plain") else ".html"
    stem = re.sub(r"[^a-zA-Z0-9]+", "-", target).strip("-")[:60] or "root"
    return f"_r/{stem}-{hashlib.sha1(target.encode()).hexdigest()[:8]}{suffix}"


def write_tree(
    directory: Path,
    files: Mapping[str, bytes],
    settings: Mapping[str, Any],
    *,
    indent: int = 1,
    mtime: Callable[[str], float] | None = None,
) -> None:
    """Replace ``directory`` with one host: ``files`` (relative path → bytes) and the server's
    JSON files (``settings``: ``_host.json``, ``_routes.json``, ``_truth.json`` → data, written
    with sorted keys). ``mtime`` fixes each file's modification time, so validators never depend
    on when a checkout happened."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    out = dict(files)
    for name, data in settings.items():
        out[name] = dumps(data, indent).encode()
    for rel in sorted(out):
        path = directory / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(out[rel])
        if mtime is not None:
            stamp = mtime(rel)
            os.utime(path, (stamp, stamp))


@dataclass
class Resource:
    body: bytes = b""
    status: int = 200
    content_type: str | None = None
    redirect: str | None = None
    delay: float = 0.0
    fail_first: int = 0
    inline: bool = False  # keep the (ASCII) body inside _routes.json instead of a file
    file: str | None = None  # a route to a file written elsewhere (the huge page, on demand)
    routed: bool = False  # never a plain file (e.g. /aktuelles.php: unknown ?id= must answer 404)

    def signature(self) -> tuple[Any, ...]:
        return (self.body, self.status, self.content_type, self.redirect, self.delay, self.fail_first)


@dataclass
class HostBuilder:
    host: str
    encoding: str = "utf-8"
    content_types: dict[str, str] = field(default_factory=dict)
    resources: dict[str, Resource] = field(default_factory=dict)
    truth: dict[str, Any] = field(default_factory=dict)

    def url(self, target: str) -> str:
        return f"http://{self.host}{target}"

    def add(self, target: str, body: str | bytes = b"", **options: Any) -> None:
        if target in self.resources:
            raise ValueError(f"{self.host}{target}: added twice")
        if isinstance(body, str):
            body = body.encode(self.encoding, errors="xmlcharrefreplace")
        self.resources[target] = Resource(body=body, **options)

    # -- placement -------------------------------------------------------------------------
    def _default_type(self, suffix: str) -> str | None:
        return self.content_types.get(suffix) or DEFAULT_TYPES.get(suffix)

    def plain_path(self, target: str, res: Resource) -> str | None:
        """Where the file server would find ``target`` by itself, if it can serve it as is."""
        if (
            res.status != 200
            or res.redirect
            or res.delay
            or res.fail_first
            or res.inline
            or res.file
            or res.routed
        ):
            return None
        if any(c in target for c in "?;#%"):
            return None
        rel = target.lstrip("/") + ("index.html" if target.endswith("/") else "")
        if not rel or any(part.startswith("_") for part in rel.split("/")):
            return None
        default = self._default_type(PurePosixPath(rel).suffix.lower())
        if default is None or (res.content_type and res.content_type != default):
            return None
        return rel

    # -- output ----------------------------------------------------------------------------
    def layout(
        self, previous: HostBuilder | None = None
    ) -> tuple[dict[str, bytes], dict[str, Any], set[str]]:
        """Files (relative path → bytes), routes and the set of files that changed."""
        files: dict[str, bytes] = {}
        routes: dict[str, Any] = {}
        changed_files: set[str] = set()
        for target in sorted(self.resources):
            res = self.resources[target]
            old = previous.resources.get(target) if previous else None
            changed = previous is not None and (old is None or old.signature() != res.signature())
            rel = self.plain_path(target, res)
            if rel is not None:
                files[rel] = res.body
                if changed:
                    changed_files.add(rel)
                    routes[target] = {"file": rel, "last_modified": iso(NIGHT2)}
                continue
            route: dict[str, Any] = {}
            if res.redirect:
                route["redirect"] = res.redirect
                route["status"] = res.status if res.status in (301, 302, 303, 307, 308) else 301
            else:
                if res.status != 200:
                    route["status"] = res.status
                route["content_type"] = res.content_type or self._default_type(".html")
                if res.inline:
                    route["body"] = res.body.decode("ascii")
                elif res.file:
                    route["file"] = res.file
                else:
                    rel = route_file(target, res.content_type)
                    files[rel] = res.body
                    route["file"] = rel
                    if changed:
                        changed_files.add(rel)
            if res.delay:
                route["delay"] = res.delay
            if res.fail_first:
                route["fail_first"] = res.fail_first
            if changed and not res.redirect:
                route["last_modified"] = iso(NIGHT2)
            routes[target] = route
        return files, routes, changed_files

    def write(self, directory: Path, previous: HostBuilder | None = None) -> None:
        files, routes, changed = self.layout(previous)
        host_conf: dict[str, Any] = {"last_modified": iso(NIGHT1)}
        if self.content_types:
            host_conf["content_types"] = self.content_types
        settings = {"_host.json": host_conf, "_truth.json": self.truth}
        if routes:
            settings["_routes.json"] = routes
        night1, night2 = NIGHT1.timestamp(), NIGHT2.timestamp()
        write_tree(directory, files, settings, mtime=lambda rel: night2 if rel in changed else night1)
