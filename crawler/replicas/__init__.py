"""Local replicas of real press-release sites, served over HTTP for tests and the demo.

``crawler.replicas.server`` serves virtual hosts (and acts as an HTTP proxy, so crawls keep real
URLs). ``hosts/`` holds the seed sites' pages the demo serves: plain data, generated (with their
truth, which stays in ``tests/fixtures/``) by ``python -m tests.generators seed``; no generator
ships in the package.

The names below are loaded lazily so that ``python -m crawler.replicas.server`` does not import
the server module twice (runpy warns about that).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crawler.replicas.server import HOSTS_DIR, LoggedRequest, ReplicaServer, serve_replicas

__all__ = ["HOSTS_DIR", "LoggedRequest", "ReplicaServer", "serve_replicas"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from crawler.replicas import server

        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
