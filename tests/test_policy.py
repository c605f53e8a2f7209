"""Crawl policy as plain objects: the re-crawl decisions and link rules, without Scrapy or HTTP.

These are the rules a nightly re-crawl lives by (``crawler.policy.recrawl``), stated on a site
whose earlier run is given as a ``CrawlState``."""

from __future__ import annotations

from datetime import date

from crawler.policy.family import FAMILY_TRIALS, FamilyPrior
from crawler.policy.links import LinkRules
from crawler.policy.recrawl import ROTATION_SHARE, Recrawl
from crawler.policy.state import CrawlState, KnownPage
from crawler.sites import adhoc_profile, parse_site
from crawler.urls import url_key

SITE = "https://www.spd-beispielstadt.de"


def page(path: str, kind: str, links: tuple[str, ...] = (), **fields) -> KnownPage:
    values = {
        "status": 200,
        "etag": None,
        "last_modified": None,
        "lastmod": None,
        "gone_count": 0,
        "context": None,
        "tokens": {},
        "fetched_on": "2026-12-01",
        **fields,
    }
    return KnownPage(url=SITE + path, kind=kind, links=[SITE + link for link in links], **values)


def state(*pages: KnownPage, stored: tuple[str, ...] = ()) -> CrawlState:
    return CrawlState(pages={url_key(p.url): p for p in pages}, stored={url_key(SITE + s) for s in stored})


def test_a_stored_announcement_is_not_asked_again_unless_its_listing_says_something_new():
    recrawl = Recrawl(state(page("/a/", "announcement", tokens={"listing": "old"}), stored=("/a/",)))
    assert not recrawl.asks_again(SITE + "/a/", ("listing", "old"))
    assert recrawl.asks_again(SITE + "/a/", ("listing", "new"))
    assert recrawl.asks_again(SITE + "/b/", ("listing", "x")), "an unknown link is asked"


def test_an_announcement_fetched_but_never_stored_is_asked_again():
    recrawl = Recrawl(state(page("/a/", "announcement")))  # killed between fetch and store
    assert recrawl.asks_again(SITE + "/a/", None)


def test_a_full_crawl_asks_everything_again():
    known = state(page("/a/", "announcement"), stored=("/a/",))
    known.full = True
    assert Recrawl(known).asks_again(SITE + "/a/", None)


def test_a_listing_dropping_a_link_makes_its_announcement_an_orphan_to_check():
    recrawl = Recrawl(
        state(
            page("/news/", "listing", links=("/a/", "/b/")),
            page("/a/", "announcement"),
            page("/b/", "announcement"),
            stored=("/a/", "/b/"),
        )
    )
    recrawl.note_outlinks(SITE + "/news/", [SITE + "/a/"])
    recrawl.seen.add(url_key(SITE + "/a/"))
    assert recrawl.orphans() == [SITE + "/b/"]
    assert recrawl.orphans() == [], "checked once per run"


def test_without_feed_or_sitemap_a_rotating_share_of_old_announcements_is_revalidated():
    articles = [page(f"/a{i}/", "announcement", fetched_on=f"2026-11-{1 + i % 28:02d}") for i in range(50)]
    recrawl = Recrawl(state(*articles, stored=tuple(f"/a{i}/" for i in range(50))))
    chosen = recrawl.orphans()
    assert len(chosen) == 50 // ROTATION_SHARE
    oldest = {p.url for p in articles if p.fetched_on == "2026-11-01"}
    assert set(chosen) <= oldest, "the longest unchecked first"


def test_a_site_with_a_content_sitemap_has_no_rotation_and_skips_known_listings():
    recrawl = Recrawl(
        state(
            page("/sitemap.xml", "sitemap", links=("/a/",)),
            page("/a/", "announcement"),
            page("/news/", "listing"),
            stored=("/a/",),
        )
    )
    assert recrawl.has_index
    assert recrawl.rotation(set()) == []
    assert recrawl.skips_listing(SITE + "/news/", "other-shape")


def test_a_304_listing_resumes_the_work_a_killed_crawl_left_below_it():
    recrawl = Recrawl(state(page("/news/", "listing", links=("/new-article/",))))
    refetch = list(recrawl.resume(SITE + "/news/", lambda url, from_sitemap: True))
    assert refetch == [(SITE + "/news/", True)]
    assert url_key(SITE + "/new-article/") in recrawl.seen
    assert list(recrawl.resume(SITE + "/news/", lambda url, from_sitemap: True)) == [], "once"


def test_link_rules_count_a_skip_and_record_a_refusal_in_one_verdict():
    rules = LinkRules(adhoc_profile(SITE + "/"), adhoc=True, today=date(2026, 12, 4))
    verdict, first = rules.judge("file:///etc/passwd")
    assert (verdict.skip, verdict.refusal, first) == ("scheme", "blocked/scheme", True)
    assert rules.judge("file:///etc/passwd")[1] is False, "judged once per URL"
    assert rules.judge("mailto:presse@spd-beispielstadt.de")[0].refusal is None
    private = rules.judge("http://192.168.0.1/admin")[0]
    assert (private.skip, private.refusal) == ("offsite", "blocked/private-address")
    assert rules.judge(SITE + "/kalender/2031-01/")[0].skip == "far-future"
    assert rules.judge(SITE + "/impressum/")[0].skip == "denied"  # the generic profile's deny rule
    assert rules.judge(SITE + "/meldungen/sozialkonferenz/")[0].skip is None


def test_a_cms_family_is_dropped_when_its_selectors_never_find_a_body():
    profile = adhoc_profile(SITE + "/")
    prior = FamilyPrior(profile, adhoc=True)
    with_family = prior.detect(b'<html><link href="/wp-content/themes/x/style.css"></html>', profile)
    assert with_family is not None
    assert with_family.family == prior.family == "wordpress"
    fallbacks = [prior.announcement_read("trafilatura") for _ in range(FAMILY_TRIALS)]
    assert fallbacks[:-1] == [None] * (FAMILY_TRIALS - 1)
    assert fallbacks[-1] == profile
    assert (prior.family, prior.rejected) == (None, "wordpress")


def test_a_cms_family_stays_once_its_body_selector_finds_an_announcement():
    profile = parse_site({"id": "x", "name": "x", "family": "generic", "start_urls": [SITE + "/"]})
    prior = FamilyPrior(profile, adhoc=True)
    prior.detect(b'<html><link href="/wp-content/themes/x/style.css"></html>', profile)
    assert prior.announcement_read("selector") is None
    assert all(prior.announcement_read("trafilatura") is None for _ in range(2 * FAMILY_TRIALS))
    assert prior.family == "wordpress"
