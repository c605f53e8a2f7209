"""Held-out check: crawling sites of CMS families and templates the crawler was never tuned on.

``tests/sites/hosts_heldout`` holds three generated sites (see ``tests/sites/heldout.py``): a
Joomla 3 party branch in windows-1252, a Drupal 9 county association and a hand-made ISO-8859-1
press service with datelines. Each is crawled once, in parallel, with nothing but
``pressarchive crawl --url http://<host>/``, and must meet the acceptance criteria of the
generated sites (``tests/test_generated_sites.py``, whose helpers this module reuses):

* ≥ 95 % of the announcements found, nothing else stored, nothing stored twice (print, tag,
  tracking-parameter, trailing-slash, /node/N, http-vs-https variants), titles and dates right on
  ≥ 95 %, no boilerplate (navigation, footer, sidebar, cookie banner) in any body, whole bodies;
* robots.txt obeyed, the endless calendars bounded.

Announcements are matched by the archive's identity (``crawler.urls.url_key``: scheme, ``www.``
and a trailing slash do not count), so a page stored under its https or slash-less twin counts
as found, and two rows with one key as a duplicate.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from crawler.replicas.server import ReplicaServer
from crawler.urls import url_key
from tests.sites.heldout import HELDOUT, check
from tests.test_generated_sites import SHARE, Night, Stored, cases, crawl_night, norm, stored, target

HOSTS = sorted(p.name for p in HELDOUT.iterdir() if p.is_dir())
TIMEOUT = 60.0  # seconds for the three parallel crawls (about 10 s alone, more under a loaded -n 2)
TRAPPED = [
    (h, i)
    for h in HOSTS
    for i, _ in enumerate(json.loads((HELDOUT / h / "_truth.json").read_text())["traps"])
]

# Known failures today, by test name or node id; each names its cause. Entries come from runs only.
XFAIL: dict[str, str] = {}


def heldout_cases(test: str, values: list | tuple = ()) -> list:
    return cases(test, values, known=XFAIL, hosts=HOSTS)


def truth(host: str) -> dict:
    return json.loads((HELDOUT / host / "_truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def crawls(tmp_path_factory) -> dict[str, Night]:
    """One first crawl of every held-out site, all in parallel through one replica server."""
    base = tmp_path_factory.mktemp("heldout-sites")
    root = base / "hosts"
    shutil.copytree(HELDOUT, root)
    dbs = {host: base / f"{host}.sqlite" for host in HOSTS}
    with ReplicaServer([root], include_builtin=False) as server:
        return crawl_night(server, 1, dbs, base, hosts=HOSTS, timeout=TIMEOUT)


def crawl(crawls: dict[str, Night], host: str) -> Night:
    result = crawls[host]
    assert result.returncode == 0, result.tail()
    assert result.db is not None, result.tail()
    return result


def by_key(rows: dict[str, Stored]) -> dict[str, list[Stored]]:
    out: dict[str, list[Stored]] = {}
    for row in rows.values():
        out.setdefault(url_key(row.url), []).append(row)
    return out


def wanted(site: dict) -> dict[str, dict]:
    return {url_key(a["url"]): a for a in site["announcements"]}


def found(crawls: dict[str, Night], host: str) -> tuple[dict[str, dict], dict[str, Stored]]:
    """The true announcements and, by key, the first stored row of each that was found."""
    want = wanted(truth(host))
    have = by_key(stored(crawl(crawls, host)))
    return want, {key: rows[0] for key, rows in have.items() if key in want}


# -- the held-out sites themselves (no crawler involved) -------------------------------------
def test_generator_reproduces_the_committed_sites():
    assert check() == [], "run: python -m tests.sites.heldout (and commit tests/sites/hosts_heldout)"


@pytest.mark.parametrize("host", HOSTS)
def test_truth_matches_what_the_server_serves(host):
    """Every true URL and variant of the host answers 200, the rest 200/30x; encodings as promised."""
    site = truth(host)
    server = ReplicaServer([HELDOUT], include_builtin=False)

    def get(url: str):  # type: ignore[no-untyped-def]
        path = re.sub(r"^https?://[^/]+", "", url) or "/"
        return server.resolve("GET", host, path, {})

    for item in site["announcements"]:
        assert get(item["url"]).status == 200, item["url"]
        assert norm(item["title"]), item["url"]
        assert item["paragraphs"], item["url"]
    for url in site["non_announcements"]:
        assert get(url).status in (200, 301, 302), url
    for url, canonical in site["variants"].items():
        assert url_key(canonical) in wanted(site), canonical
        if re.match(rf"https?://{re.escape(host)}/", url):
            assert get(url).status == 200, url
    for prefix in site["disallowed"]:
        assert f"Disallow: {prefix}" in get("/robots.txt").body.decode(), prefix
    if site["encoding"] != "utf-8":
        page = get(site["announcements"][-1]["url"])
        assert "charset" not in page.headers["Content-Type"].lower(), "no charset in the HTTP header"
        page.body.decode(site["encoding"])
        with pytest.raises(UnicodeDecodeError):
            page.body.decode("utf-8")
        declared = re.search(
            rb'http-equiv="content-type" content="text/html; charset=([\w-]+)"', page.body, re.I
        )
        assert declared is not None, "the charset is declared in a <meta http-equiv>"


# -- what one crawl from the bare start URL stores -------------------------------------------
@pytest.mark.parametrize("host", heldout_cases("test_crawl_finds_the_announcements"))
def test_crawl_finds_the_announcements(crawls, host):
    want, have = found(crawls, host)
    missing = sorted(set(want) - set(have))
    assert len(have) >= SHARE * len(want), f"found {len(have)}/{len(want)}; missing e.g. {missing[:5]}"


@pytest.mark.parametrize("host", heldout_cases("test_crawl_stores_nothing_else"))
def test_crawl_stores_nothing_else(crawls, host):
    """No Impressum, Kontakt, listing, tag, feed, form or calendar page stored."""
    site = truth(host)
    want = wanted(site)
    non = {url_key(u) for u in site["non_announcements"]}
    variants = {url_key(u) for u in site["variants"]}
    extra = sorted(key for key in by_key(stored(crawl(crawls, host))) if key not in want)
    labelled = [
        f"{k} ({'non-announcement' if k in non else 'duplicate' if k in variants else 'unknown'})"
        for k in extra
    ]
    assert not extra, f"{len(extra)} pages stored that are not announcements: {labelled[:8]}"


@pytest.mark.parametrize("host", heldout_cases("test_crawl_stores_nothing_twice"))
def test_crawl_stores_nothing_twice(crawls, host):
    """One row per announcement: no variant stored beside it, no title twice."""
    site = truth(host)
    rows = stored(crawl(crawls, host))
    variants = {url_key(u): url_key(c) for u, c in site["variants"].items()}
    twice = [f"{k} (variant of {variants[k]})" for k in by_key(rows) if k in variants and k != variants[k]]
    twice += [f"{k}: {len(v)} rows" for k, v in by_key(rows).items() if len(v) > 1]
    titles = Counter(norm(r.title) for r in rows.values())
    twice += [f"title {t!r} {n}×" for t, n in titles.items() if n > 1]
    assert not twice, f"{len(twice)} announcements stored twice: {twice[:6]}"


@pytest.mark.parametrize("host", heldout_cases("test_crawl_gets_titles_and_dates_right"))
def test_crawl_gets_titles_and_dates_right(crawls, host):
    want, have = found(crawls, host)
    assert have, "nothing found"
    wrong = {}
    for key, got in have.items():
        item = want[key]
        problems = []
        if norm(got.title) != norm(item["title"]):
            problems.append(f"title {got.title!r} != {item['title']!r}")
        if got.published != item["published"]:
            problems.append(f"date {got.published} != {item['published']}")
        if problems:
            wrong[key] = "; ".join(problems)
    right = len(have) - len(wrong)
    detail = [f"{k}: {v}" for k, v in sorted(wrong.items())]
    assert right >= SHARE * len(have), f"{right}/{len(have)} found announcements right; e.g. {detail[:4]}"


@pytest.mark.parametrize("host", heldout_cases("test_crawl_keeps_boilerplate_out_of_bodies"))
def test_crawl_keeps_boilerplate_out_of_bodies(crawls, host):
    site = truth(host)
    want, have = found(crawls, host)
    assert have, "nothing found"
    leaks = [
        f"{key}: {needle!r}"
        for key, got in have.items()
        for needle in site["boilerplate"] + want[key]["absent"]
        if needle in got.text
    ]
    assert not leaks, f"{len(leaks)} boilerplate strings in bodies, e.g. {leaks[:5]}"


@pytest.mark.parametrize("host", heldout_cases("test_crawl_stores_whole_bodies"))
def test_crawl_stores_whole_bodies(crawls, host):
    """Every paragraph of the release in the body, none twice (≥ 95 % of the found ones)."""
    want, have = found(crawls, host)
    assert have, "nothing found"
    incomplete = []
    for key, got in have.items():
        body = norm(got.text)
        missing = [p for p in want[key]["paragraphs"] if norm(p) not in body]
        paragraphs = [norm(p) for p in got.text.split("\n\n") if p.strip()]
        if missing or len(paragraphs) != len(set(paragraphs)):
            incomplete.append(f"{key}: missing {missing[:1]!r}" if missing else f"{key}: a paragraph twice")
    assert len(have) - len(incomplete) >= SHARE * len(have), incomplete[:4]


@pytest.mark.parametrize("host", heldout_cases("test_robots_txt_is_obeyed"))
def test_robots_txt_is_obeyed(crawls, host):
    prefixes = tuple(truth(host)["disallowed"])
    requests = crawls[host].requests
    assert any(target(r) == "/robots.txt" for r in requests), "robots.txt never fetched"
    forbidden = sorted({target(r) for r in requests if target(r).startswith(prefixes)})
    assert not forbidden, f"requests into disallowed paths: {forbidden[:8]}"


@pytest.mark.parametrize(
    "trap", heldout_cases("test_calendar_trap_is_bounded", [f"{h}#{i}" for h, i in TRAPPED])
)
def test_calendar_trap_is_bounded(crawls, trap):
    host, index = trap.rsplit("#", 1)
    spec = truth(host)["traps"][int(index)]
    inside = [r for r in crawls[host].requests if target(r).startswith(spec["prefix"])]
    assert len(inside) < spec["max_requests"], f"{len(inside)} requests into {spec['prefix']}"


def measure(night: Night, site: dict) -> dict[str, object]:
    """The figures of one crawl (for reports: ``python -m tests.test_heldout_sites DIR``)."""
    want = wanted(site)
    rows = stored(night) if night.db else {}
    keyed = by_key(rows)
    have = {k: v[0] for k, v in keyed.items() if k in want}
    variants = {url_key(u) for u, c in site["variants"].items() if url_key(u) != url_key(c)}
    right = sum(
        norm(r.title) == norm(want[k]["title"]) and r.published == want[k]["published"]
        for k, r in have.items()
    )
    titles = sum(norm(r.title) == norm(want[k]["title"]) for k, r in have.items())
    dates = sum(r.published == want[k]["published"] for k, r in have.items())
    leaks = sum(any(n in r.text for n in site["boilerplate"] + want[k]["absent"]) for k, r in have.items())
    paths = [target(r) for r in night.requests]
    return {
        "found": f"{len(have)}/{len(want)}",
        "wrong_stored": sum(1 for k in keyed if k not in want and k not in variants),
        "duplicates": sum(1 for k in keyed if k in variants) + sum(len(v) - 1 for v in keyed.values()),
        "titles_right": f"{titles}/{len(have)}",
        "dates_right": f"{dates}/{len(have)}",
        "both_right": f"{right}/{len(have)}",
        "boilerplate_bodies": leaks,
        "requests": len(paths),
        "disallowed_requests": sum(p.startswith(tuple(site["disallowed"])) for p in paths),
        "trap_requests": {t["prefix"]: sum(p.startswith(t["prefix"]) for p in paths) for t in site["traps"]},
    }


if __name__ == "__main__":  # crawl once and print the figures per site
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        root = base / "hosts"
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(HELDOUT, root)
        dbs = {host: base / f"{host}.sqlite" for host in HOSTS}
        for db in dbs.values():
            db.unlink(missing_ok=True)
        with ReplicaServer([root], include_builtin=False) as server:
            nights = crawl_night(server, 1, dbs, base, hosts=HOSTS, timeout=120)
        for host in HOSTS:
            print(host, f"exit {nights[host].returncode}", json.dumps(measure(nights[host], truth(host))))
