"""Reading a page once (``crawler.reading.page``): what the spider learns of a page without parsing it.

The spider never parses HTML itself; ``read_page`` runs in the extraction worker on the page's
bytes. These tests say what it must report, and that it reports the same from bytes (worker)
as from the response Scrapy built (inline), whatever the page's charset.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from scrapy.http import HtmlResponse

from crawler.policy.state import KnownPage
from crawler.reading.page import read_page, read_response
from crawler.sites import adhoc_profile

URL = "http://www.spd-beispiel.test/aktuelles/"
PAGE = """<!DOCTYPE html>
<html><head><meta charset="windows-1252">
<title>Aktuelles – SPD Beispiel</title>
<meta property="og:site_name" content="SPD Beispiel">
<link rel="canonical" href="/aktuelles/">
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head><body>
<nav><a href="/">Startseite</a> <a href="/impressum/">Impressum</a></nav>
<ul class="news">
<li><span>03.06.2020</span>
  <a href="/aktuelles/buergerbus-faehrt-wieder/?utm_source=nl">Bürgerbus fährt wieder ab Juni</a>
  <p>Der Bürgerbus nimmt den Betrieb „wieder“ auf.</p></li>
<li><span>02.06.2020</span>
  <a href="/aktuelles/haushalt-2020-beraten/">Haushalt 2020: Fraktion berät Änderungen</a>
  <p>Die Fraktion hat über den Haushalt beraten.</p></li>
<li><span>01.06.2020</span>
  <a href="/aktuelles/strassenfest-im-sueden/">Straßenfest im Süden der Stadt geplant</a>
  <p>Ein Fest für alle.</p></li>
</ul>
<p><a href="/aktuelles/haushalt-2020-beraten/druck.html">Druckversion (ohne JavaScript)</a>
<a href="javascript:window.print()" title="Seite drucken">&#128438;</a>
<a href="/aktuelles/?page=2">Ältere Meldungen</a></p>
</body></html>
"""
BODY = PAGE.encode("cp1252")


def _read(**options):
    profile = adhoc_profile(URL)
    return read_page(BODY, URL, "text/html", profile, announcement=False, classify_page=True, **options)


def test_links_are_canonical_in_order_once_and_without_print_views():
    facts = _read().facts
    assert facts.links == [
        "http://www.spd-beispiel.test/",
        "http://www.spd-beispiel.test/impressum/",
        "http://www.spd-beispiel.test/aktuelles/buergerbus-faehrt-wieder/",
        "http://www.spd-beispiel.test/aktuelles/haushalt-2020-beraten/",
        "http://www.spd-beispiel.test/aktuelles/strassenfest-im-sueden/",
        "http://www.spd-beispiel.test/aktuelles/?page=2",
    ]


def test_page_metadata_and_feeds():
    facts = _read().facts
    assert facts.site_name == "SPD Beispiel"
    assert facts.canonical == "/aktuelles/"
    assert facts.feeds == ["http://www.spd-beispiel.test/feed/"]


def test_teaser_texts_of_a_listing_without_entry_selectors_decode_the_charset():
    teasers = _read().facts.teasers
    text = teasers["http://www.spd-beispiel.test/aktuelles/buergerbus-faehrt-wieder/"]
    assert text.startswith("03.06.2020 Bürgerbus fährt wieder ab Juni")
    assert "„wieder“" in text
    assert "Haushalt" not in text, "a teaser block holds one teaser only"
    assert len(teasers) == 3


def test_classification_signals_are_read_when_asked():
    signals = _read().facts.signals
    assert signals is not None
    assert signals.dates == 3
    assert signals.teasers == 3
    assert not signals.shows_listing_entries


def test_bytes_in_the_worker_read_like_the_response_scrapy_built():
    profile = adhoc_profile(URL)
    response = HtmlResponse(URL, body=BODY, headers={"Content-Type": "text/html"})
    inline = read_response(response, profile, announcement=False, classify_page=True)
    assert inline.facts == _read().facts


def test_an_article_reading_brings_its_announcement_and_block_fingerprints():
    article = (
        "<html><head><title>Bürgerbus fährt wieder</title></head><body><nav>Startseite | Impressum</nav>"
        "<article><h1>Bürgerbus fährt wieder ab Juni</h1><p>Veröffentlicht am 03.06.2020</p>"
        + "<p>Der Bürgerbus nimmt nach der Pause den Betrieb wieder auf, zunächst im Stundentakt.</p>" * 4
        + "</article></body></html>"
    )
    url = "http://www.spd-beispiel.test/aktuelles/buergerbus-faehrt-wieder/"
    reading = read_page(
        article.encode(),
        url,
        "text/html; charset=utf-8",
        adhoc_profile(url),
        announcement=True,
        classify_page=True,
    )
    assert reading.item is not None
    assert reading.item.title == "Bürgerbus fährt wieder ab Juni"
    assert reading.item.published == "2020-06-03"
    assert reading.fingerprints, "block fingerprints for boilerplate learning"


def test_a_row_holding_only_change_tokens_was_never_fetched():
    """A listing named the URL (its change token was saved), the crawl died before the fetch."""
    token_only = KnownPage("u", None, None, None, None, None, [], 0, None, {"listing": "x"}, None)
    fetched = KnownPage("u", "announcement", 200, None, None, None, [], 0, None, {}, "2026-12-01")
    assert not token_only.fetched
    assert fetched.fetched


def test_a_teaser_is_changed_only_if_no_listing_showed_it_so_before():
    from crawler.policy.state import CrawlState

    page = KnownPage(
        "http://x.test/a/", "announcement", 200, None, None, None, [], 0, None,
        {"teaser x.test/": "t1", "teaser x.test/page/2": "t2", "feed": "f"}, "2026-12-01",
    )  # fmt: skip
    state = CrawlState(pages={"x.test/a": page})
    assert not state.changed_token("http://x.test/a/", "teaser x.test/page/3", "t1"), "moved to page 3"
    assert not state.changed_token("http://x.test/a/", "teaser x.test/", "t2"), "shown as page 2 did"
    assert state.changed_token("http://x.test/a/", "teaser x.test/", "t3"), "an edited teaser"
    assert state.changed_token("http://x.test/a/", "feed", "g")


# -- one parse, Scrapy's rules without Scrapy ----------------------------------------------------
_CHARSET_BODIES = [
    BODY,
    PAGE.encode("utf-8"),
    "<p>Grüße aus Köln</p>".encode("latin-1"),
    "<p>Grüße aus Köln</p>".encode(),
    b"\xef\xbb\xbf<html><p>BOM</p></html>",
    b"<?xml version='1.0' encoding='iso-8859-1'?><html><p>\xe4</p></html>",
    "<html><p>„x“ – €</p></html>".encode("cp1252"),
    b"\x00\x01\x02 binary",
    b"",
]
_CONTENT_TYPES = [
    None, "text/html", "text/html; charset=ISO-8859-1", "text/html; charset=utf-8",
    "application/xhtml+xml", "text/xml", "application/octet-stream", "text/plain",
]  # fmt: skip
_URLS = [
    "file:///saved/page.html",
    "https://x.test/a",
    "https://x.test/a.php?id=1",
    "file:///p.html.gz",
    "https://x.test/f.xml",
]


def test_the_response_rules_are_scrapys():
    """``crawler.reading.response_rules`` (used where Scrapy is not imported) says what Scrapy does: the
    response class a download becomes and the text a text response decodes."""
    from scrapy.http import Headers, TextResponse, XmlResponse
    from scrapy.responsetypes import responsetypes

    from crawler.reading.response_rules import response_kind, response_text

    for body in _CHARSET_BODIES:
        for content_type in _CONTENT_TYPES:
            for url in _URLS:
                headers = Headers({"Content-Type": content_type} if content_type else {})
                cls = responsetypes.from_args(headers=headers, url=url, body=body)
                response = cls(url=url, body=body, headers=headers)
                expected = None
                if isinstance(response, TextResponse):
                    expected = "xml" if isinstance(response, XmlResponse) else "html"
                assert response_kind(url, body, content_type) == expected, (url, content_type, body[:30])
                if expected:
                    assert response_text(body, content_type) == response.text, (url, content_type, body[:30])


def test_an_article_read_from_one_parse_is_the_one_read_from_two():
    """The reading and the extraction share one tree when both decode the page alike; the
    verdict and the announcement are those of two separate parses."""
    import crawler.reading.page as reading

    article = (
        "<!DOCTYPE html><!-- cached --><html><head><title>Bürgerbus<!-- x --> fährt</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bürgerbus"}</script>'
        "</head><body><nav><a href='/'>Startseite</a></nav><article><h1>Bürgerbus fährt wieder ab Juni</h1>"
        "<p>Veröffentlicht am 03.06.2020</p><!-- teaser -->"
        + "<p>Der Bürgerbus nimmt nach der Pause den Betrieb wieder auf, zunächst im Stundentakt.</p>" * 4
        + "</article></body></html><!-- after -->"
    )
    url = "http://www.spd-beispiel.test/aktuelles/buergerbus-faehrt-wieder/"

    def read():
        return read_page(
            article.encode(), url, "text/html", adhoc_profile(url), announcement=True, classify_page=True
        )

    shared = read()
    original = reading._document
    reading._document = lambda download: None
    try:
        separate = read()
    finally:
        reading._document = original
    assert shared.item is not None
    assert separate.item is not None
    assert shared.item.to_dict() == separate.item.to_dict()
    assert shared.facts == separate.facts
    assert shared.fingerprints == separate.fingerprints
    assert shared.facts.signals is not None
    assert shared.facts.signals.declares_article


def test_reading_saved_pages_imports_no_scrapy():
    """`pressarchive extract` starts without Scrapy (Twisted, OpenSSL…): process start counts
    when it reads a few files, and trafilatura's command does not pay for it either."""
    code = (
        "import sys, crawler.reading.saved as o\n"
        "list(o.read_saved([sys.argv[1]]))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted')))"
    )
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_bytes(BODY)
        out = subprocess.run(
            [sys.executable, "-c", code, str(page)], capture_output=True, text=True, check=True
        )
    assert out.stdout.strip() == "[]"
