"""Every site profile and every CMS family profile reads its fixture right: one test for all.

As Fundus tests every publisher against its golden files, this test runs over every profile in
``crawler/sites/`` (site profiles in ``de/``, family profiles in ``families/``) and fails for one
that no fixture names: a fixture names its profile in its suite's ``_meta.json`` (``"profile"``
for a site profile, ``"family"`` for a family whose markup it follows). For each such fixture
site, the profile is used the way a crawl uses it, offline on the stored pages:

1. every listing page of the truth (a ``non_announcements`` URL the profile calls a listing, or
   a start URL) is read with the profile's listing selectors, which gives the context a crawl
   passes on (the date and year shown beside each link);
2. every true announcement is read with the profile's selectors and that context (the path
   ``pressarchive reparse`` takes: ``crawler.reading.read_page``), and must come out with its
   title, its date, exactly its paragraphs, and none of its ``absent`` strings.

Adding a site: ``docs/adding-a-site.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from crawler.reading.page import read_page
from crawler.replicas.server import ReplicaServer
from crawler.sites import SITES_DIR, SiteProfile, load_families, load_sites, parse_site
from crawler.urls import canonicalize
from tests import truth as fixtures

PROFILES = load_sites(SITES_DIR)  # the packaged profiles, not a user's own (``sites add``)
FAMILIES = load_families()
CASES = [f"site/{i}" for i in sorted(PROFILES)] + [f"family/{i}" for i in sorted(FAMILIES)]
FETCHED = "2026-01-01"  # the crawl date given to extraction: after every fixture's pages


@dataclass(frozen=True)
class Fixture:
    """A fixture site named by a profile: where its truth is, where its pages are served from."""

    suite: Path
    name: str

    @property
    def truth(self) -> dict[str, Any]:
        return fixtures.site(self.suite / self.name)

    @property
    def id(self) -> str:
        return f"{self.suite.name}/{self.name}"


def named_fixtures() -> dict[str, list[Fixture]]:
    """``site/<id>`` and ``family/<id>`` → the fixture sites whose ``_meta.json`` entry names it."""
    out: dict[str, list[Fixture]] = {}
    for suite in fixtures.site_suites():
        for name, entry in fixtures.meta(suite)["fixtures"].items():
            for kind, key in (("site", "profile"), ("family", "family")):
                if key in entry:
                    out.setdefault(f"{kind}/{entry[key]}", []).append(Fixture(suite, name))
    return out


NAMED = named_fixtures()


def profile_for(case: str, fixture: Fixture) -> SiteProfile:
    kind, ident = case.split("/")
    if kind == "site":
        return PROFILES[ident]
    start = fixture.truth.get("start_url") or fixture.truth["start_urls"][0]
    return parse_site(
        {"id": f"fixture-{fixture.name}", "name": fixture.name, "family": ident, "start_urls": [start]}
    )


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


class Pages:
    """The stored pages of one fixture, answered by the replica server's own routing (no socket)."""

    def __init__(self, fixture: Fixture) -> None:
        self.server = ReplicaServer([fixtures.served_from(fixture.suite)], include_builtin=False)

    def get(self, url: str) -> tuple[bytes, str | None]:
        """The body and Content-Type of ``url``, after redirects and a flaky route's 503s."""
        for _ in range(5):
            host, path = re.match(r"https?://([^/]+)(.*)", url).groups()  # type: ignore[union-attr]
            for _ in range(3):
                reply = self.server.resolve("GET", host, path or "/", {})
                if reply.status != 503:
                    break
            if reply.status not in (301, 302, 303, 307, 308):
                break
            url = urljoin(url, (reply.headers or {})["Location"])
        assert reply.status == 200, f"{url}: {reply.status}"
        return reply.body, (reply.headers or {}).get("Content-Type")


def listing_contexts(pages: Pages, profile: SiteProfile, truth: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What the listing pages show beside each link, by canonical URL (as the spider passes it on)."""
    starts = truth.get("start_urls") or [truth["start_url"]]
    contexts: dict[str, dict[str, Any]] = {}
    for url in dict.fromkeys([*starts, *truth["non_announcements"]]):
        if url not in starts and not profile.is_listing(url):
            continue
        body, ctype = pages.get(url)
        reading = read_page(body, url, ctype, profile, announcement=False, classify_page=False)
        for entry in reading.facts.entries:
            context = {"listing_date": entry.date, "year": entry.year, "listing_title": entry.title}
            contexts.setdefault(canonicalize(entry.url), context)
    return contexts


def misread(
    pages: Pages, profile: SiteProfile, record: dict[str, Any], context: dict[str, Any] | None
) -> list[str]:
    """How the profile's reading of one true announcement differs from its truth (empty: right)."""
    body, ctype = pages.get(record["url"])
    item = read_page(
        body, record["url"], ctype, profile, announcement=True, classify_page=False,
        context=context, fetched=FETCHED, crawling=False,
    ).item  # fmt: skip
    if item is None:
        return ["not read as an announcement"]
    problems = []
    if norm(item.title) != norm(record["title"]):
        problems.append(f"title {item.title!r}")
    if item.published != record["published"]:
        problems.append(f"published {item.published!r} != {record['published']!r}")
    if [norm(p) for p in item.text.split("\n\n") if p.strip()] != [norm(p) for p in record["paragraphs"]]:
        problems.append(f"text is not the {len(record['paragraphs'])} true paragraphs")
    problems += [f"boilerplate {needle!r} in the text" for needle in record["absent"] if needle in item.text]
    return problems


@pytest.mark.parametrize("case", CASES)
def test_profile_reads_its_fixture(case):
    named = NAMED.get(case, [])
    assert named, (
        f"{case}: no fixture names this profile (a _meta.json entry with "
        f"{'profile' if case.startswith('site/') else 'family'} = {case.split('/')[1]!r}); "
        "add one as docs/adding-a-site.md says"
    )
    for fixture in named:
        profile = profile_for(case, fixture)
        pages = Pages(fixture)
        truth = fixture.truth
        contexts = listing_contexts(pages, profile, truth)
        wrong = {}
        for record in truth["announcements"]:
            problems = misread(pages, profile, record, contexts.get(canonicalize(record["url"])))
            if problems:
                wrong[record["url"]] = "; ".join(problems)
        detail = [f"{url}: {why}" for url, why in sorted(wrong.items())[:4]]
        assert not wrong, f"{fixture.id}: {len(wrong)}/{len(truth['announcements'])} misread, e.g. {detail}"


def test_every_named_profile_exists():
    """A fixture that names a profile nobody ships (renamed, removed) is stale metadata."""
    known = {f"site/{i}" for i in PROFILES} | {f"family/{i}" for i in FAMILIES}
    stale = {case: [f.id for f in named] for case, named in NAMED.items() if case not in known}
    assert not stale, f"fixtures name profiles that do not exist: {stale}"
