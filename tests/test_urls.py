"""One announcement, one key: URL variants collapse; URL shapes reveal endless link spaces."""

from __future__ import annotations

import pytest

from crawler.urls import canonical_from_page, canonicalize, url_key, url_shape


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("https://x.de/a/?utm_source=nl&utm_medium=mail", "https://x.de/a/"),
        ("https://x.de/a/#comments", "https://x.de/a/"),
        ("https://x.de/2015/07/10/slug/?replytocom=42", "https://x.de/2015/07/10/slug/"),
        ("https://x.de/2015/07/10/slug/amp/", "https://x.de/2015/07/10/slug/"),
        ("https://x.de/a/?print=1", "https://x.de/a/"),
        ("https://x.de/presse/a?mtm_campaign=start&mtm_source=hero", "https://x.de/presse/a"),
        ("https://x.de/a/?pk_campaign=newsletter&pk_kwd=mai&id=3", "https://x.de/a/?id=3"),
        ("https://X.DE:443/a/;jsessionid=ABC123", "https://x.de/a/"),
        (
            "https://www.rvr.ruhr/index.php?id=4683&amp;tx_ttnews[tt_news]=69195&amp;cHash=ab",
            "https://www.rvr.ruhr/index.php?id=4683&tx_ttnews[tt_news]=69195&cHash=ab",
        ),
    ],
)
def test_variants_canonicalize(variant, canonical):
    assert canonicalize(variant) == canonical


def test_key_ignores_scheme_www_and_trailing_slash():
    assert url_key("http://www.x.de/a/") == url_key("https://x.de/a") == "x.de/a"
    assert url_key("https://x.de/?id=1") != url_key("https://x.de/?id=2")


def test_rel_canonical_is_used_only_within_the_site():
    assert canonical_from_page("https://x.de/a/amp/", "/a/") == "https://x.de/a/"
    assert canonical_from_page("https://x.de/a/", "https://aggregator.example/a") == "https://x.de/a/"


def test_shape_abstracts_numbers_and_query_values():
    a = url_shape("https://x.de/kalender?monat=2020-02")
    assert a == url_shape("https://www.x.de/kalender?monat=2031-11")
    assert url_shape("https://x.de/a-1") != url_shape("https://x.de/b-1")


def test_typo3_archive_parameters_do_not_split_an_article():
    feed = "https://www.rvr.ruhr/index.php?id=4683&tx_ttnews%5Byear%5D=2019&tx_ttnews%5Bmonth%5D=11&tx_ttnews%5Btt_news%5D=69012&cHash=3c"
    listing = "https://www.rvr.ruhr/index.php?id=4683&tx_ttnews[tt_news]=69012&cHash=7d"
    assert url_key(feed) == url_key(listing) == "rvr.ruhr/index.php?id=4683&tx_ttnews[tt_news]=69012"
