"""Local replicas of real press-release sites, served over HTTP for tests and the demo.

``crawler.replicas.server`` serves virtual hosts (and acts as an HTTP proxy, so crawls keep real
URLs); ``crawler.replicas.build`` generates the host directories under ``hosts/`` and the expected
extraction results under ``tests/expected/`` from the data files in ``data/``.
"""

from crawler.replicas.server import HOSTS_DIR, LoggedRequest, ReplicaServer, serve_replicas

__all__ = ["HOSTS_DIR", "LoggedRequest", "ReplicaServer", "serve_replicas"]
