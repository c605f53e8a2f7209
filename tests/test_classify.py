"""What the zero-config verdict says of a page: the page's own content decides first.

Each case is a small page built from the shapes real CMS templates have (mega menus with long
descriptive link texts, "Weitere Meldungen" sidebars, teaser listings); the expected verdict is
what a person reading the page would say.
"""

from __future__ import annotations

from crawler.reading.classify import classify
from crawler.reading.page import read_page
from crawler.sites import adhoc_profile

HOST = "http://www.gruene-musterstadt.test"
MENU = "".join(
    f'<li><a href="/themen/{i}/">Thema {i}: Alles über unsere Arbeit für Klima, Verkehr und Soziales</a></li>'
    for i in range(12)
)
SIDEBAR = "".join(
    f'<li><a href="/aktuelles/meldung-{i}/">Weitere Meldung {i}: Fraktion fordert mehr Radwege</a>'
    f"<p>{i + 1}.03.2024 – Kurz gesagt, worum es geht, in einem Satz.</p></li>"
    for i in range(5)
)
BODY = (
    "<p>Die Fraktion hat in der Sitzung des Rates einen Antrag für sichere Schulwege eingebracht. "
    "Gespräche mit Eltern und Schulen haben gezeigt, dass der Bedarf groß ist.</p>"
    "<p>„Wir wollen die Bürgerinnen und Bürger von Anfang an beteiligen“, sagt die Vorsitzende. "
    "Ein erster Bauabschnitt könnte nach Einschätzung der Fachleute im Herbst beginnen.</p>"
)


def page(main: str, date: str = '<p class="date">Veröffentlicht am 12.03.2024</p>') -> bytes:
    return (
        f"<html><head><title>Grüne Musterstadt</title></head><body><nav><ul>{MENU}</ul></nav>"
        f"<main>{main.format(date=date)}</main><aside><h2>Weitere Meldungen</h2><ul>{SIDEBAR}</ul></aside>"
        "<footer>Impressum · Datenschutz</footer></body></html>"
    ).encode()


def verdict(body: bytes, path: str, listed: bool = False) -> str:
    url = HOST + path
    reading = read_page(body, url, "text/html", adhoc_profile(url), announcement=True, classify_page=True)
    assert reading.facts.signals is not None
    return classify(reading.facts.signals, url, reading.item, listed=listed)


def test_an_article_amid_menus_and_related_news_is_an_announcement():
    article = page("<article><h1>Sichere Schulwege für alle Kinder</h1>{date}" + BODY + "</article>")
    assert verdict(article, "/aktuelles/sichere-schulwege/") == "announcement"


def test_a_wordpress_post_by_id_is_an_announcement():
    article = page("<article><h1>Sichere Schulwege für alle Kinder</h1>{date}" + BODY + "</article>")
    assert verdict(article, "/?p=123") == "announcement"


def test_a_page_of_teasers_is_a_listing():
    teasers = "".join(
        f'<div class="teaser"><h2><a href="/aktuelles/antrag-{i}/">Antrag {i}: Fraktion will mehr '
        f'Grün in der Innenstadt</a></h2><p class="date">{i + 1}.02.2024</p><p>Die Fraktion hat einen '
        f"Antrag eingebracht, über den der Rat im Frühjahr beraten soll, mit vielen Ideen.</p></div>"
        for i in range(8)
    )
    assert verdict(page("<h1>Aktuelles</h1>{date}" + teasers), "/aktuelles/") == "listing"


def test_a_prose_page_without_a_date_of_its_own_is_not_an_announcement():
    # htmldate guesses a date from the sidebar's teasers; the page itself states none.
    about = page("<h1>Unsere Geschichte</h1>" + BODY + BODY, date="")
    assert verdict(about, "/ueber-uns/geschichte/") != "announcement"


def test_a_guessed_date_counts_only_on_a_page_a_listing_links_to():
    # No date in the page's markup, labels or URL: only htmldate's guess.
    article = page("<article><h1>Sichere Schulwege für alle Kinder</h1>" + BODY + "</article>", date="")
    assert verdict(article, "/aktuelles/sichere-schulwege/") != "announcement"
    assert verdict(article, "/aktuelles/sichere-schulwege/", listed=True) == "announcement"


def test_a_date_in_the_url_is_the_page_s_own():
    article = page("<article><h1>Sichere Schulwege für alle Kinder</h1>" + BODY + "</article>", date="")
    assert verdict(article, "/2024/03/12/sichere-schulwege/") == "announcement"


def test_legal_pages_are_other_whatever_they_hold():
    article = page("<h1>Impressum</h1>{date}" + BODY)
    assert verdict(article, "/impressum/") == "other"


def test_a_page_whose_metadata_declares_an_article_may_be_dated_by_a_guess():
    article = page("<article><h1>Sichere Schulwege für alle Kinder</h1>" + BODY + "</article>", date="")
    declared = article.replace(b"<title>", b'<meta property="og:type" content="article"><title>')
    assert verdict(article, "/aktuelles/sichere-schulwege/") != "announcement"
    assert verdict(declared, "/aktuelles/sichere-schulwege/") == "announcement"
    ld = b'<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle"}'
    with_ld = article.replace(b"<title>", ld + b"</script><title>")
    assert verdict(with_ld, "/aktuelles/sichere-schulwege/") == "announcement"
