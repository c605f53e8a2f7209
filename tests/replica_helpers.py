"""What the replica tests share: the seed suite's truth, a GET through the replica proxy (any status,
redirects optionally not followed) and the text of a body as a browser decodes it
(``tests/test_replicas.py``, ``tests/test_replica_sites.py``)."""

from __future__ import annotations

import html
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from crawler.replicas.server import ReplicaServer
from tests import truth as fixtures

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SITES = {"rvr": "typo3_ttnews", "spd_kreistagsfraktion_kleve": "websozi"}
TRUTH = fixtures.suite("seed")
RVR_SEED = ("rvr", "tx_ttnews%5Btt_news%5D=69195&")
KLEVE_SEED = (
    "spd_kreistagsfraktion_kleve",
    "//archiv-spd-kreistagsfraktion-kleve.de/meldungen/nrw-staatssekretaer",
)
RECORDS = [(site_id, r) for site_id, truth in TRUTH.items() for r in truth["announcements"]]
RECORD_IDS = [f"{site_id}/{r['url'].split('/', 3)[-1][:50]}" for site_id, r in RECORDS]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def fetch(
    server: ReplicaServer, url: str, headers: dict[str, str] | None = None, follow: bool = True
) -> tuple[int, Any, bytes]:
    """GET ``url`` through the replica proxy; returns (status, headers, body) for any status."""
    handlers: list[Any] = [urllib.request.ProxyHandler({"http": server.proxy_url})]
    if not follow:
        handlers.append(_NoRedirect())
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(urllib.request.Request(url, headers=headers or {}), timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def decoded(headers: Any, body: bytes) -> str:
    """Text as a browser reads it: iso-8859-1 means windows-1252 (WHATWG), entities resolved."""
    charset = headers.get_content_charset() or "utf-8"
    return html.unescape(body.decode("cp1252" if charset in ("iso-8859-1", "latin-1") else charset))


def expected_records() -> list[dict[str, Any]]:
    return [r for _, r in RECORDS]


def seed_record(seed: tuple[str, str]) -> dict[str, Any]:
    """The truth record of a seed announcement (site id, a fragment of its URL)."""
    site_id, fragment = seed
    return next(r for r in TRUTH[site_id]["announcements"] if fragment in r["url"])


def site_index(site_id: str) -> dict[str, Any]:
    return TRUTH[site_id]
