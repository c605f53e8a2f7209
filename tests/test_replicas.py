"""The replica server: proxy/direct serving, encodings, validators, flaky routes, logs, robots.txt
and feeds, on the seed replicas (``test_replica_sites.py`` pins the sites themselves)."""

from __future__ import annotations

import http.client
import json
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib import robotparser

import pytest

from crawler.replicas.replies import normalise_target
from crawler.replicas.server import ReplicaServer, serve_replicas
from tests.replica_helpers import KLEVE_SEED, RVR_SEED, SITES, TRUTH, decoded, fetch, seed_record, site_index


@pytest.fixture(scope="module")
def server() -> Iterator[ReplicaServer]:
    with serve_replicas() as replica:
        yield replica


# -- server behaviour --------------------------------------------------------------------------
def test_serves_the_three_replica_hosts(server: ReplicaServer) -> None:
    assert {
        "www.rvr.ruhr",
        "www.spd-kreistagsfraktion-kleve.de",
        "archiv-spd-kreistagsfraktion-kleve.de",
    } <= server.hosts
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.proxy_url)
    assert server.base_url("www.rvr.ruhr") == "http://www.rvr.ruhr"


def test_bracket_encodings_hit_the_same_route(server: ReplicaServer) -> None:
    url = seed_record(RVR_SEED)["url"]
    assert "tx_ttnews%5Btt_news%5D" in url
    literal = url.replace("%5B", "[").replace("%5D", "]")
    bodies = [fetch(server, u) for u in (url, literal, url.replace("%5B", "%5b").replace("%5D", "%5d"))]
    assert [status for status, _, _ in bodies] == [200, 200, 200]
    assert len({body for _, _, body in bodies}) == 1
    assert normalise_target("/a?x%5By%5D=1&q=%26") == "/a?x[y]=1&q=%26"


def test_direct_mode_uses_host_header_or_default_host(server: ReplicaServer) -> None:
    request = urllib.request.Request(
        server.direct_url + "/meldungen/archiv/2015/",
        headers={"Host": "archiv-spd-kreistagsfraktion-kleve.de"},
    )
    with urllib.request.urlopen(request, timeout=10) as resp:
        assert resp.status == 200
        assert "Veröffentlichungen 2015 :" in decoded(resp.headers, resp.read())
    with serve_replicas(default_host="www.rvr.ruhr") as direct:
        with urllib.request.urlopen(direct.direct_url + "/rss.xml", timeout=10) as resp:
            assert b"<rss" in resp.read()
        assert direct.requests[-1].host == "www.rvr.ruhr"


def test_unknown_host_and_https_tunnel_get_502(server: ReplicaServer) -> None:
    status, _, body = fetch(server, "http://www.example.org/")
    assert status == 502
    assert b"does not serve host 'www.example.org'" in body
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("CONNECT", "www.rvr.ruhr:443")
    assert conn.getresponse().status == 502
    conn.close()


def test_archive_host_sends_latin1_bytes(server: ReplicaServer) -> None:
    url = seed_record(KLEVE_SEED)["url"]
    status, headers, body = fetch(server, url)
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=iso-8859-1"
    assert b'content="text/html; charset=iso-8859-1"' in body
    assert "lädt alle interessierten".encode("latin-1") in body
    assert "ä".encode() not in body  # no UTF-8 sequences
    assert b"&bdquo;Kommunale Integrationszentren und Integrationsf\xf6rderung&ldquo;" in body
    # The one page with raw Windows-1252 quotes under the iso-8859-1 label.
    cp1252_url = url.rsplit("/meldungen/", 1)[0] + "/meldungen/kreishaushalt-2015-sparen-mit-augenmass/"
    status, headers, body = fetch(server, cp1252_url)
    assert status == 200
    assert b"\x84Sparen mit Augenma\xdf\x93" in body
    assert "„Sparen mit Augenmaß“" in decoded(headers, body)


def test_conditional_requests_get_304(server: ReplicaServer) -> None:
    url = "http://www.spd-kreistagsfraktion-kleve.de/meldungen/schulsozialarbeit-dauerhaft-sichern/"
    status, headers, _ = fetch(server, url)
    assert status == 200
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert etag
    assert modified == "Thu, 20 Aug 2020 12:00:00 GMT"
    assert fetch(server, url, {"If-None-Match": etag})[0] == 304
    assert fetch(server, url, {"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert fetch(server, url, {"If-None-Match": '"stale"'})[0] == 200
    assert fetch(server, url, {"If-Modified-Since": modified})[0] == 304
    assert fetch(server, url, {"If-Modified-Since": "Mon, 01 Jan 2018 00:00:00 GMT"})[0] == 200


def test_rvr_article_last_modified_is_its_publication_time(server: ReplicaServer) -> None:
    url = seed_record(RVR_SEED)["url"]
    _, headers, _ = fetch(server, url)
    assert headers["Last-Modified"] == "Wed, 20 Nov 2019 09:42:00 GMT"


def test_routes_fail_first_delay_redirect_status(tmp_path: Path) -> None:
    host = tmp_path / "flaky.example"
    (host / "pages").mkdir(parents=True)
    (host / "pages" / "a.html").write_text("<h1>Ä</h1>", encoding="utf-8")
    (host / "_routes.json").write_text(
        json.dumps(
            {
                "/flaky?x[1]=2": {"file": "pages/a.html", "fail_first": 2},
                "/old": {"redirect": "/flaky?x[1]=2"},
                "/gone": {"status": 410, "body": "gone"},
                "/slow": {
                    "body": "slow",
                    "delay": 0.2,
                    "content_type": "text/plain",
                    "headers": {"X-Test": "1"},
                },
            }
        ),
        encoding="utf-8",
    )
    with serve_replicas(roots=[tmp_path], include_builtin=False) as replica:
        assert replica.hosts == {"flaky.example"}
        statuses = [fetch(replica, "http://flaky.example/flaky?x%5B1%5D=2")[0] for _ in range(3)]
        assert statuses == [503, 503, 200]
        status, headers, _ = fetch(replica, "http://flaky.example/old", follow=False)
        assert (status, headers["Location"]) == (301, "http://flaky.example/flaky?x[1]=2")
        assert fetch(replica, "http://flaky.example/gone")[:3:2] == (410, b"gone")
        status, headers, body = fetch(replica, "http://flaky.example/slow")
        assert (status, headers["X-Test"], headers["Content-Type"], body) == (200, "1", "text/plain", b"slow")
        assert fetch(replica, "http://flaky.example/pages/a.html")[0] == 200  # plain path mapping
        assert fetch(replica, "http://flaky.example/_routes.json")[0] == 404  # config stays private
        assert fetch(replica, "http://flaky.example/../../etc/passwd")[0] in (400, 404)
        assert fetch(replica, "http://www.rvr.ruhr/")[0] == 502  # built-ins left out
        replica.reset()
        assert fetch(replica, "http://flaky.example/flaky?x[1]=2")[0] == 503  # counters reset too


def test_access_log_records_method_host_target_status_headers(server: ReplicaServer) -> None:
    server.reset()
    fetch(server, "http://www.rvr.ruhr/robots.txt", {"User-Agent": "pressarchive-test"})
    fetch(server, "http://www.rvr.ruhr/index.php?id=31")
    log = server.requests_to("www.rvr.ruhr")
    assert [(r.method, r.target, r.status) for r in log] == [
        ("GET", "/robots.txt", 200),
        ("GET", "/index.php?id=31", 404),
    ]
    assert log[0].headers["User-Agent"] == "pressarchive-test"
    assert server.requests_to("www.rvr.ruhr", prefix="/suche/") == []


def test_robots_txt_per_host(server: ReplicaServer) -> None:
    status, _, body = fetch(server, "http://www.rvr.ruhr/robots.txt")
    assert status == 200
    assert b"Disallow: /typo3/" in body
    assert b"Disallow: /suche/" in body
    assert fetch(server, "http://archiv-spd-kreistagsfraktion-kleve.de/robots.txt")[0] == 404
    for site_id in SITES:
        index = site_index(site_id)
        for prefix in index["disallowed"]:  # robots.txt prefixes of the site's first host
            parser = robotparser.RobotFileParser()
            parser.parse(fetch(server, f"http://{index['host']}/robots.txt")[2].decode().splitlines())
            assert not parser.can_fetch("pressarchive", f"http://{index['host']}{prefix}")
        for url in (r["url"] for r in index["announcements"]):
            assert "/suche/" not in url
            assert "/intern/" not in url


def test_rvr_rss_feed_links_serve_the_articles(server: ReplicaServer) -> None:
    status, headers, body = fetch(server, "http://www.rvr.ruhr/rss.xml")
    assert status == 200
    assert headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    items = ET.fromstring(body).findall("./channel/item")
    assert len(items) == 15
    aliases = site_index("rvr")["variants"]
    canonical = {r["title"]: r for r in TRUTH["rvr"]["announcements"]}
    for item in items:
        link = item.findtext("link") or ""
        assert "tx_ttnews%5Byear%5D" in link
        assert item.findtext("title") in canonical
        uid = (item.findtext("guid") or "").removeprefix("news-")
        assert f"tx_ttnews%5Btt_news%5D={uid}&cHash=" in aliases[link]
        published = item.findtext("pubDate") or ""
        assert re.fullmatch(r"\w{3}, \d\d \w{3} 20\d\d \d\d:\d\d:\d\d \+0[12]00", published)
        assert item.findtext("category")
