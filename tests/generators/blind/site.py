"""The blind sites' host model: paths and nights, resources by request target, the truth, and
how a host is written (query routes under every alias a client may send)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from crawler.replicas.replies import DEFAULT_TYPES
from tests.generators.hostwriter import route_file, write_tree
from tests.generators.layout import SITES as SITES_DIR

BLIND = SITES_DIR / "blind"
BLIND_CHANGED = SITES_DIR / "blind_changed"
NIGHT1, NIGHT2 = "2024-05-14T20:00:00Z", "2024-05-15T20:00:00Z"
TODAY, TOMORROW = date(2024, 5, 14), date(2024, 5, 15)
UTF8 = "text/html; charset=utf-8"


# ================================================================================================
# host directories
# ================================================================================================
@dataclass
class Res:
    body: bytes
    status: int = 200
    ctype: str | None = None
    redirect: str | None = None


class Host:
    """The resources of one site (by request target) and its truth; written as a replica host."""

    def __init__(self, name: str, encoding: str = "utf-8", html_type: str = UTF8, types: dict | None = None):
        self.name, self.encoding, self.html_type, self.types = name, encoding, html_type, types or {}
        self.res: dict[str, Res] = {}
        self.truth: dict = {
            "announcements": [],
            "boilerplate": [],
            "disallowed": [],
            "encoding": encoding,
            "host": name,
            "non_announcements": [],
            "organisation": "",
            "special": {},
            "start_url": f"http://{name}/",
            "template": "",
            "traps": [],
            "variants": {},
        }

    def url(self, target: str) -> str:
        return f"http://{self.name}{target}"

    def add(
        self,
        target: str,
        body: str | bytes,
        *,
        ctype: str | None = None,
        status: int = 200,
        redirect: str | None = None,
        non: bool = False,
    ) -> None:
        if target in self.res:
            raise ValueError(f"{self.name}{target} added twice")
        data = body.encode(self.encoding, "xmlcharrefreplace") if isinstance(body, str) else body
        self.res[target] = Res(data, status, ctype, redirect)
        if non:
            self.truth["non_announcements"].append(self.url(target))

    def variant(self, target: str, body: str, canonical: str) -> None:
        self.add(target, body)
        self.truth["variants"][self.url(target)] = self.url(canonical)


def aliases(target: str) -> list[str]:
    """A query route as written, with its parameters sorted, brackets raw or percent-encoded."""
    path, _, query = target.partition("?")
    if not query:
        return [target]
    pairs = query.split("&")
    out = []
    for order in (pairs, sorted(pairs)):
        for form in (
            lambda s: s,
            lambda s: s.replace("[", "%5B").replace("]", "%5D"),
            lambda s: s.replace("%5B", "[").replace("%5D", "]"),
        ):
            candidate = path + "?" + "&".join(form(p) for p in order)
            if candidate not in out:
                out.append(candidate)
    return out


def write_host(host: Host, directory: Path, previous: Host | None = None) -> None:
    types = {**DEFAULT_TYPES, **host.types}
    files: dict[str, bytes] = {}
    routes: dict[str, dict] = {}
    for target in sorted(host.res):
        res = host.res[target]
        changed = previous is not None and previous.res.get(target) != res
        path, _, query = target.partition("?")
        rel = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
        suffix = PurePosixPath(rel).suffix
        if (
            not query
            and res.status == 200
            and not res.redirect
            and suffix in types
            and res.ctype in (None, types[suffix])
            and not rel.startswith("_")
        ):
            files[rel] = res.body
            if changed:
                routes[target] = {"file": rel, "last_modified": NIGHT2}
            continue
        if res.redirect:
            route: dict = {"redirect": res.redirect, "status": res.status}
        else:
            ctype = res.ctype or host.html_type
            rel = route_file(target, ctype)
            files[rel] = res.body
            route = {"file": rel, "content_type": ctype}
            if res.status != 200:
                route["status"] = res.status
            if changed:
                route["last_modified"] = NIGHT2
        for alias in aliases(target):
            routes.setdefault(alias, route)
    conf: dict = {"last_modified": NIGHT1}
    if host.types:
        conf["content_types"] = host.types
    write_tree(directory, files, {"_host.json": conf, "_routes.json": routes, "_truth.json": host.truth})
