"""The two seed pages, end to end: every field of the Announcement as specified.

Fixtures (tests/fixtures/pages/seed/, read with tests/truth.py): ``rvr_sozialkonferenz.html``
is a TYPO3 tt_news page of the RVR whose body appears twice (run-together teaser, then
paragraphs); ``websozi_kleve.html`` is a WebSoziCMS archive page with accessibility links,
sidebar, "Mehr zu diesem Thema:" and an "Anlage Foto" notice; ``websozi_kleve_latin1.html`` is
the same page as windows-1252 bytes labelled ISO-8859-1, with ``<br><br>`` instead of ``<p>``.
The truth JSON (the whole Announcement, its ``paragraphs`` in place of ``text``) sits next to
each page.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.extraction import PageContext, extract
from tests.truth import PAGES, page_fixtures

FIXTURES = PAGES / "seed"
TRUTH = {page.id: page.truth for page in page_fixtures("seed")}
RVR_URL = "https://www.rvr.ruhr/index.php?id=4683&tx_ttnews%5Btt_news%5D=69195&cHash=6f0d"
WEBSOZI_URL = (
    "https://archiv-spd-kreistagsfraktion-kleve.de/meldungen/"
    "nrw-staatssekretaer-informiert-am-2-juli-in-kleve-ueber-kommunale-integrationszentren/"
)
CONTEXT = PageContext(fetched="2024-01-01")
TYPO3_SELECTORS = {
    "title": "div.news-single-item h1",
    "body": "div.news-single-item",
    "date": ".news-single-rightbox",
    "remove": [".news-single-share"],
}
WEBSOZI_SELECTORS = {"title": "h3.article_title", "body": "div.article_text", "year_heading": "h2.rubrik"}
CRAWLER_FIELDS = ("canonical_url", "source", "organisation", "party", "region", "level")


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _expected(name: str) -> dict[str, Any]:
    """The truth record without ``absent`` (these pages pin every field, so nothing is listed)."""
    return {key: value for key, value in TRUTH[name].items() if key != "absent"}


def _as_expected(announcement: Any) -> dict[str, Any]:
    data = announcement.to_dict()
    for key in CRAWLER_FIELDS:
        assert data.pop(key) is None, f"{key} is the crawler's to fill"
    data["paragraphs"] = data.pop("text").split("\n\n")
    return data


@pytest.mark.parametrize("selectors", [None, TYPO3_SELECTORS], ids=["generic", "profile"])
def test_rvr_page_matches_expected_json(selectors):
    got = _as_expected(
        extract(_page("rvr_sozialkonferenz.html"), RVR_URL, selectors=selectors, context=CONTEXT)
    )
    expected = _expected("rvr_sozialkonferenz")
    if selectors:  # the profile points at the visible date element
        expected["date_source"] = "selector"
    assert got == expected


@pytest.mark.parametrize(
    ("page", "selectors"),
    [
        ("websozi_kleve.html", None),
        ("websozi_kleve.html", WEBSOZI_SELECTORS),
        ("websozi_kleve_latin1.html", None),
        ("websozi_kleve_latin1.html", WEBSOZI_SELECTORS),
    ],
    ids=["utf8-generic", "utf8-profile", "latin1-generic", "latin1-profile"],
)
def test_websozi_page_matches_expected_json(page, selectors):
    got = _as_expected(extract(_page(page), WEBSOZI_URL, selectors=selectors, context=CONTEXT))
    assert got == _expected("websozi_kleve")


def test_rvr_teaser_collapses_into_the_paragraphs():
    text = extract(_page("rvr_sozialkonferenz.html"), RVR_URL, context=CONTEXT).text
    assert text.count("Integration vor Ort ist kein Selbstläufer.") == 1
    assert "werden.Pressekontakt" not in text
    assert text.endswith(
        "Pressekontakt: RVR, Pressestelle, Barbara Klask, Telefon: 0201/2069-201, E-Mail: klask@rvr.ruhr"
    )
    paragraphs = text.split("\n\n")
    assert [p.split(":")[0] for p in paragraphs[2:]] == [
        "Infos und Anmeldung",
        "HINWEIS FÜR DIE REDAKTIONEN",
        "Pressekontakt",
    ]
    assert "\n\n\n" not in text


def test_rvr_page_has_no_site_furniture():
    announcement = extract(_page("rvr_sozialkonferenz.html"), RVR_URL, context=CONTEXT)
    for furniture in (
        "Aktuelles",
        "Regionalverband Ruhr\n",
        "info@rvr.ruhr",
        "Drucken",
        "Seite empfehlen",
        "Cookies",
    ):
        assert furniture not in announcement.text
    assert (
        announcement.title == "Sozialkonferenz Ruhr diskutiert über Perspektiven der Integrationsregion Ruhr"
    )


def test_websozi_page_has_no_site_furniture():
    text = extract(_page("websozi_kleve.html"), WEBSOZI_URL, context=CONTEXT).text
    for furniture in (
        "Darstellung Größer",
        "Taste Alt",
        "SPD-Kreistagsfraktion Kleve.",
        "Veröffentlichungen 2015",
        "23.06.:",
        "Mehr zu diesem Thema",
        "Zum Seitenanfang",
        "Anlage Foto",
        "Copyright/Rechtesituation",
        "honorarfrei",
        "Foto Wilfried Meyer",
        "Fraktionssitzung",
        "Impressum",
    ):
        assert furniture not in text, furniture


def test_websozi_date_comes_from_the_title_prefix_and_the_archive_year():
    announcement = extract(_page("websozi_kleve.html"), WEBSOZI_URL)
    assert (announcement.published, announcement.date_source) == ("2015-06-23", "text")
    # the year may also come from the listing page that linked here
    html = _page("websozi_kleve.html").replace("Veröffentlichungen 2015 :".encode(), b"")
    assert extract(html, WEBSOZI_URL).date_source != "text"  # "23.06." alone has no year
    assert extract(html, WEBSOZI_URL, context=PageContext(year=2015)).published == "2015-06-23"


def test_rvr_date_from_feed_when_the_page_shows_none():
    html = _page("rvr_sozialkonferenz.html").replace(b"20.11.2019 11:13", b"")
    announcement = extract(html, RVR_URL, context=PageContext(feed_date="2019-11-21", fetched="2024-01-01"))
    assert (announcement.published, announcement.date_source) == ("2019-11-21", "feed")
    assert announcement.event is not None
    assert announcement.event.start == "2019-11-27T12:00"


def test_latin1_page_decodes_umlauts_and_typographic_quotes():
    text = extract(_page("websozi_kleve_latin1.html"), WEBSOZI_URL).text
    assert "„Kommunale Integrationszentren und Integrationsförderung“" in text
    assert "Außerdem" in text
    assert "Ã" not in text
    assert "\ufffd" not in text
