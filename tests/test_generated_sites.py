"""Crawling the generated sites from nothing but their start URL, for three nights.

``tests/fixtures/sites/dev`` holds five generated sites of different CMS families (WordPress, an
unseen city press office, an unseen table-layout Kreistag faction, WebSoziCMS, TYPO3 tt_news), each
with ``_truth.json`` saying what a perfect crawl stores; ``tests/fixtures/sites/dev_changed`` is
the same sites one night later (one announcement edited, one removed, two new). See
``tests/generators/dev/``; the crawl machinery is ``tests/site_harness.py``.

Night 1 crawls every site with ``pressarchive crawl --url http://<host>/`` through a replica
server started here (so its access log is ours); nights 2 and 3 crawl the changed state into
the same archives. The tests are the specification of a crawler that finds announcements on
sites it has no profile for:

* ≥ 95 % of the announcements found, nothing else stored, nothing stored twice, titles and
  dates right on ≥ 95 %, no boilerplate in any body;
* robots.txt obeyed (no request into a disallowed path), the endless calendar bounded, the
  flaky (503, 503, 200) and the slow page stored, the huge page not, redirects resolved;
* the next night costs ≤ 15 % of the first night's requests (summed over the five sites), the
  edit becomes a new revision, the new announcements are found, and a removed announcement is
  marked withdrawn once it has been gone on two crawls.

Crawls of one night run in parallel (one process and one archive per site); the whole module
takes about half a minute.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from crawler.replicas.server import ReplicaServer
from crawler.urls import canonicalize
from tests import truth as fixtures
from tests.generators.dev import HOSTS, HOSTS_CHANGED, IGNORED, write_huge
from tests.generators.layout import check
from tests.generators.suites import SUITES
from tests.site_harness import (
    REPO,
    SECOND_NIGHT_SHARE,
    SHARE,
    Night,
    cases,
    crawl_night,
    night,
    norm,
    stored,
    target,
    xfail_mark,
)

SITES = sorted(p.name for p in HOSTS.iterdir() if p.is_dir())
CITY = "www.musterhausen.test"
KREISTAG = "www.fwg-kreistag-musterkreis.test"

# Known failures today, by test name ("test_x": every case) or node id ("test_x[param]"). Each entry
# names the crawler feature the test waits for; entries come from actual runs only.
XFAIL: dict[str, str] = {}


def dev_cases(test: str, values: list | tuple = ()) -> list:
    return cases(test, values or SITES, known=XFAIL)


def known(test: str):
    """Decorator: mark an unparametrized test xfail while it is a known failure."""
    marks = xfail_mark(test, known=XFAIL)
    return marks[0] if marks else (lambda func: func)


def truth(host: str, changed: bool = False) -> dict:
    return fixtures.site((HOSTS_CHANGED if changed else HOSTS) / host)


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[tuple[str, int], Night]:
    """Night 1 on the first state, nights 2 and 3 on the changed state, same archives."""
    base = tmp_path_factory.mktemp("generated-sites")
    first, changed = base / "hosts", base / "hosts_changed"
    shutil.copytree(HOSTS, first, ignore=shutil.ignore_patterns("huge-*"))
    shutil.copytree(HOSTS_CHANGED, changed, ignore=shutil.ignore_patterns("huge-*"))
    write_huge(first)
    write_huge(changed)
    dbs = {host: base / f"{host}.sqlite" for host in SITES}
    results: dict[tuple[str, int], Night] = {}
    with ReplicaServer([first], include_builtin=False) as server:
        for number, root in ((1, first), (2, changed), (3, changed)):
            server.roots[:] = [root]
            for host, night in crawl_night(server, number, dbs, base, SITES).items():
                results[(host, number)] = night
    return results


def wanted(site: dict) -> dict[str, dict]:
    return {canonicalize(a["url"]): a for a in site["announcements"]}


# -- the generated sites themselves (no crawler involved) ------------------------------------
def test_generator_reproduces_the_committed_sites():
    assert check(SUITES["dev"]) == [], "run: python -m tests.generators dev (and commit the result)"


@pytest.mark.parametrize("host", SITES)
def test_truth_matches_what_the_server_serves(host):
    """Every true URL answers, removed ones answer 404/410, and the encodings are as promised."""
    first, second = truth(host), truth(host, changed=True)
    server = ReplicaServer([HOSTS], include_builtin=False)
    changed_server = ReplicaServer([HOSTS_CHANGED], include_builtin=False)

    def get(srv: ReplicaServer, url: str):
        path = url.split(host, 1)[1] or "/"
        for _ in range(3):  # the flaky page fails twice
            reply = srv.resolve("GET", host, path, {})
            if reply.status != 503:
                return reply
        return reply

    for item in first["announcements"]:
        reply = get(server, item["url"])
        assert reply.status == 200, item["url"]
        assert norm(item["title"]), item["url"]
        assert item["paragraphs"], item["url"]
    for url in first["non_announcements"]:
        assert get(server, url).status in (200, 301, 302), url
    for url in second["changes"]["added"] + [second["changes"]["edited"]]:
        assert get(changed_server, url).status == 200, url
    for url, status in second["changes"]["removed"].items():
        assert get(server, url).status == 200, url
        assert get(changed_server, url).status == status, url
    start = get(server, first["start_url"])
    if first["encoding"] != "utf-8":
        ctype = start.headers["Content-Type"]
        assert "charset" not in ctype.lower(), "the charset must not be in the HTTP header"
        page = get(server, first["announcements"][-1]["url"]).body
        page.decode(first["encoding"])
        with pytest.raises(UnicodeDecodeError):
            page.decode("utf-8")
        declared = re.search(rb"charset=([\w-]+)", page)
        if first["encoding"] == "cp1252":
            assert declared is None, "windows-1252 site declares no charset anywhere"
        else:
            assert declared is not None
            assert declared.group(1).lower() == b"iso-8859-1"


def test_huge_page_is_never_committed():
    committed = subprocess.run(
        ["git", "ls-files", "tests/fixtures/sites"], cwd=REPO, capture_output=True, text=True, check=False
    ).stdout.split()
    assert not [f for f in committed if IGNORED.search(f)]
    assert all((REPO / f).stat().st_size < 1_000_000 for f in committed if (REPO / f).exists())


# -- night 1: what a first crawl from the start URL stores -----------------------------------
@pytest.mark.parametrize("host", dev_cases("test_first_crawl_finds_the_announcements"))
def test_first_crawl_finds_the_announcements(nights, host):
    have = stored(night(nights, host, 1))
    want = wanted(truth(host))
    missing = sorted(set(want) - set(have))
    found = len(want) - len(missing)
    assert found >= SHARE * len(want), f"found {found}/{len(want)}; missing e.g. {missing[:5]}"


@pytest.mark.parametrize("host", dev_cases("test_first_crawl_stores_nothing_else"))
def test_first_crawl_stores_nothing_else(nights, host):
    """No Impressum, listing, tag, feed or calendar page, no AMP/print/session duplicate."""
    site = truth(host)
    have = stored(night(nights, host, 1))
    want = wanted(site)
    non = {canonicalize(u) for u in site["non_announcements"]}
    variants = {canonicalize(u) for u in site["variants"]}
    extra = sorted(set(have) - set(want))
    labelled = [
        f"{u} ({'non-announcement' if u in non else 'duplicate' if u in variants else 'unknown'})"
        for u in extra
    ]
    assert not extra, f"{len(extra)} pages stored that are not announcements: {labelled[:8]}"
    titles = [norm(s.title) for s in have.values()]
    assert len(titles) == len(set(titles)), "an announcement is stored twice"


@pytest.mark.parametrize("host", dev_cases("test_first_crawl_gets_titles_and_dates_right"))
def test_first_crawl_gets_titles_and_dates_right(nights, host):
    have = stored(night(nights, host, 1))
    want = wanted(truth(host))
    wrong = []
    for url, item in want.items():
        got = have.get(url)
        if got is None:
            continue
        if norm(got.title) != norm(item["title"]):
            wrong.append(f"{url}: title {got.title!r} != {item['title']!r}")
        if got.published != item["published"]:
            wrong.append(f"{url}: date {got.published} != {item['published']}")
    found = sum(1 for url in want if url in have)
    right = found - len({w.split(": ")[0] for w in wrong})
    assert found, "nothing found"
    assert right >= SHARE * found, f"{right}/{found} found announcements right; e.g. {wrong[:5]}"


@pytest.mark.parametrize("host", dev_cases("test_first_crawl_keeps_boilerplate_out_of_bodies"))
def test_first_crawl_keeps_boilerplate_out_of_bodies(nights, host):
    site = truth(host)
    have = stored(night(nights, host, 1))
    want = wanted(site)
    found = [url for url in want if url in have]
    assert found, "nothing found"
    leaks = []
    for url in found:
        absent = site["boilerplate"] + want[url]["absent"]
        leaks += [f"{url}: {needle!r}" for needle in absent if needle in have[url].text]
    assert not leaks, f"{len(leaks)} boilerplate strings in bodies, e.g. {leaks[:5]}"


@pytest.mark.parametrize("host", dev_cases("test_first_crawl_stores_whole_bodies"))
def test_first_crawl_stores_whole_bodies(nights, host):
    """Every paragraph of the release in the body, none twice (≥ 95 % of the stored ones)."""
    have = stored(night(nights, host, 1))
    want = wanted(truth(host))
    found = [url for url in want if url in have]
    assert found, "nothing found"
    incomplete = []
    for url in found:
        body = norm(have[url].text)
        missing = [p for p in want[url]["paragraphs"] if norm(p) not in body]
        paragraphs = [norm(p) for p in have[url].text.split("\n\n") if p.strip()]
        if missing or len(paragraphs) != len(set(paragraphs)):
            incomplete.append(f"{url}: missing {missing[:1]!r}" if missing else f"{url}: a paragraph twice")
    assert len(found) - len(incomplete) >= SHARE * len(found), incomplete[:5]


@pytest.mark.parametrize("host", dev_cases("test_robots_txt_is_obeyed"))
def test_robots_txt_is_obeyed(nights, host):
    prefixes = tuple(truth(host)["disallowed"])
    requests = [r for n in (1, 2, 3) for r in nights[(host, n)].requests]
    assert any(target(r) == "/robots.txt" for r in requests), "robots.txt never fetched"
    forbidden = sorted({target(r) for r in requests if target(r).startswith(prefixes)})
    assert not forbidden, f"requests into disallowed paths: {forbidden[:8]}"


@pytest.mark.parametrize("number", dev_cases("test_calendar_trap_is_bounded", (1, 2, 3)))
def test_calendar_trap_is_bounded(nights, number):
    trap = truth(CITY)["traps"][0]
    calendar = [r for r in nights[(CITY, number)].requests if target(r).startswith(trap["prefix"])]
    assert len(calendar) < trap["max_requests"], f"{len(calendar)} requests into the endless calendar"


@pytest.mark.parametrize("number", dev_cases("test_redirect_loop_is_bounded", (1, 2, 3)))
def test_redirect_loop_is_bounded(nights, number):
    loop = [r for r in nights[(KREISTAG, number)].requests if target(r).startswith("/termine.php")]
    assert len(loop) < 25, f"{len(loop)} requests into the redirect loop"


@pytest.mark.parametrize("kind", dev_cases("test_flaky_and_slow_pages_are_stored", ("flaky", "slow")))
def test_flaky_and_slow_pages_are_stored(nights, kind):
    url = truth(KREISTAG)["special"][kind]
    have = stored(night(nights, KREISTAG, 1))
    assert canonicalize(url) in have, f"the {kind} page {url} was not stored"


@pytest.mark.parametrize(
    "kind", dev_cases("test_huge_page_skipped_and_redirects_resolved", ("huge", "redirects"))
)
def test_huge_page_skipped_and_redirects_resolved(nights, kind):
    special = truth(KREISTAG)["special"]
    have = stored(night(nights, KREISTAG, 1))
    if kind == "huge":
        assert canonicalize(special["huge"]["url"]) not in have, "the > 25 MB page was stored"
        return
    for old, new in special["redirects"].items():
        assert canonicalize(old) not in have, f"stored under the old URL {old}"
        assert canonicalize(new) in have, f"the redirect target {new} was not stored"


# -- nights 2 and 3: incremental crawls of the changed sites ---------------------------------
def _request_counts(nights, number: int) -> tuple[int, int, str]:
    """Requests of night 1 and of night ``number``, summed over the sites, and per site."""
    per_site = {h: (len(nights[(h, 1)].requests), len(nights[(h, number)].requests)) for h in SITES}
    for h in SITES:
        night(nights, h, number)
    first = sum(a for a, _ in per_site.values())
    later = sum(b for _, b in per_site.values())
    assert first > 0, "the first night made no request"
    return first, later, ", ".join(f"{h}: {a} → {b}" for h, (a, b) in per_site.items())


def _changed_announcements(host: str) -> int:
    changes = truth(host, changed=True)["changes"]
    return len(changes["added"]) + len(changes["removed"]) + (1 if changes.get("edited") else 0)


@known("test_unchanged_recrawl_is_cheap")
def test_unchanged_recrawl_is_cheap(nights):
    """Night 3 (nothing changed since night 2): ≤ 15 % of the first night's requests in total."""
    first, third, detail = _request_counts(nights, 3)
    assert third <= SECOND_NIGHT_SHARE * first, f"{third}/{first} requests ({third / first:.0%}); {detail}"


@known("test_second_night_is_cheap")
def test_second_night_is_cheap(nights):
    """Night 2 (per site two new announcements, one edited, one removed): beyond the one request
    each changed announcement needs, ≤ 15 % of the first night's requests in total."""
    first, second, detail = _request_counts(nights, 2)
    overhead = second - sum(_changed_announcements(h) for h in SITES)
    assert overhead <= SECOND_NIGHT_SHARE * first, (
        f"{second} requests, {overhead} beyond the changed announcements, against {first} "
        f"({overhead / first:.0%}); {detail}"
    )


@pytest.mark.parametrize("host", dev_cases("test_second_night_records_the_edit_as_a_revision"))
def test_second_night_records_the_edit_as_a_revision(nights, host):
    url = canonicalize(truth(host, changed=True)["changes"]["edited"])
    before, after = stored(night(nights, host, 1)), stored(night(nights, host, 2))
    assert url in before, "the edited announcement was not found on night 1"
    assert url in after
    assert after[url].revisions == before[url].revisions + 1, "the edit is not a new revision"
    assert "Ergänzung vom 2. Juni 2020" in after[url].text, "the current text is not the edited one"


@pytest.mark.parametrize("host", dev_cases("test_second_night_finds_the_new_announcements"))
def test_second_night_finds_the_new_announcements(nights, host):
    site = truth(host, changed=True)
    want = wanted(site)
    have = stored(night(nights, host, 2))
    for url in site["changes"]["added"]:
        key = canonicalize(url)
        assert key in have, f"new announcement {url} not found"
        assert norm(have[key].title) == norm(want[key]["title"]), f"{url}: title {have[key].title!r}"
        assert have[key].published == want[key]["published"], f"{url}: date {have[key].published}"


@pytest.mark.parametrize("host", dev_cases("test_removed_announcement_is_withdrawn_after_two_absences"))
def test_removed_announcement_is_withdrawn_after_two_absences(nights, host):
    (url,) = truth(host, changed=True)["changes"]["removed"]
    key = canonicalize(url)
    first, second, third = (stored(night(nights, host, n)) for n in (1, 2, 3))
    assert key in first, "the removed announcement was not found on night 1"
    assert key in second, "the removed announcement was deleted from the archive"
    assert not second[key].withdrawn, "withdrawn after being gone only once"
    assert key in third, "the removed announcement was deleted from the archive"
    assert third[key].withdrawn, "not withdrawn after being gone twice"


@pytest.mark.parametrize("host", dev_cases("test_unchanged_announcements_stay_untouched"))
def test_unchanged_announcements_stay_untouched(nights, host):
    changes = truth(host, changed=True)["changes"]
    touched = {canonicalize(changes["edited"]), *map(canonicalize, changes["removed"])}
    first, third = stored(night(nights, host, 1)), stored(night(nights, host, 3))
    untouched = [url for url in wanted(truth(host)) if url in first and url not in touched]
    assert untouched, "nothing found on night 1"
    for url in untouched:
        got = first[url]
        assert url in third, f"{url} vanished"
        assert third[url].revisions == got.revisions, f"{url}: a revision although nothing changed"
        assert not third[url].withdrawn, f"{url}: withdrawn although still online"
