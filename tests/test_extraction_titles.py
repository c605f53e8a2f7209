"""Titles on news and press templates: which of a page's headlines is the article's.

Each case is a snippet of a real template family's markup (texts invented), the failure class it
stands for named in the test: search-engine headlines in breadcrumbs, kicker and headline in one
heading, site and date tails in og:title, two headlines in the metadata.
"""

from __future__ import annotations

import json

from crawler.extraction import extract

URL = "https://www.example-zeitung.de/politik/article123/haushalt.html"
BODY = "<p>" + "Der Kreistag hat am Dienstag den Haushalt für das kommende Jahr beschlossen. " * 4 + "</p>"


def page(head: str, header: str, title: str = "Seite") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>{header}"
        f"<article>{BODY}</article></body></html>"
    )


def og(text: str) -> str:
    return f'<meta property="og:title" content="{text}">'


def jsonld(headline: str) -> str:
    data = {"@type": "NewsArticle", "headline": headline, "datePublished": "2025-09-10"}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def crumb(text: str) -> str:
    return f'<nav><ul><li><a href="/">Start</a></li><li><h1 class="crumb-item">{text}</h1></li></ul></nav>'


SEO = "Streit um den Haushalt eskaliert: Landrat nennt Fraktion „Blockierer“"
SHOWN = "Haushaltsstreit: Nun attackiert auch der Landrat"


def test_breadcrumb_h1_is_the_search_engine_copy_the_displayed_h2_decides():
    """<title> and the breadcrumb <h1> carry the search-engine headline, and so does one of
    og:title (Funke) or JSON-LD (Stern, Tamedia); the other one is what the article header shows."""
    for head in (og(SEO) + jsonld(SHOWN), og(SHOWN) + jsonld(SEO)):
        html = page(head, crumb(SEO) + f"<header><h2>{SHOWN}</h2></header>", SEO)
        assert extract(html, URL).title == SHOWN, head


def test_og_title_with_the_headline_without_its_kicker_is_the_title():
    """n-tv/Stern-style: the <h2> is kicker + headline in two spans; og:title has the headline
    alone, JSON-LD and <title> join the kicker with a colon."""
    joined = "Neue Kreisumlage: Landrat verteidigt den Haushalt"
    header = (
        '<header><h2><span class="article__kicker">Neue Kreisumlage</span>'
        '<span class="article__headline">Landrat verteidigt den Haushalt</span></h2></header>'
    )
    html = page(og("Landrat verteidigt den Haushalt") + jsonld(joined), crumb(joined) + header, joined)
    assert extract(html, URL).title == "Landrat verteidigt den Haushalt"


def test_a_tail_that_the_other_headlines_lack_is_the_site_section_or_date():
    """og:title ``… | Börsen-Zeitung``, ``… | DW | 28.04.2023``: the <h1> and <title> say the
    headline alone, so the tail goes, whatever the site's name is spelled like."""
    headline = "Steigende Zinsen setzen dem Dax zu"
    for tail in (" | Wirtschaftsblatt", " | Europa | WB | 28.04.2023", " – WB – 13.06.2023"):
        html = page(og(headline + tail), f"<h1>{headline}</h1>", headline)
        assert extract(html, URL).title == headline, tail


def test_og_title_and_jsonld_agreeing_are_spelled_as_the_page_shows_them():
    """The two declarations agree but for typography: the displayed heading's spelling wins."""
    shown, plain = (
        "‘Die Botschaft ist das Medium’: das 7. Lichtfest",
        "'Die Botschaft ist das Medium': das 7. Lichtfest",
    )
    for head in (og(plain) + jsonld(shown), og(shown) + jsonld(plain)):
        assert extract(page(head, f"<h1>{shown}</h1>"), URL).title == shown, head


def test_og_title_and_jsonld_agreeing_outweigh_a_displayed_twitter_title():
    """When og:title and the JSON-LD headline say the same, that is the declared headline, even if
    the article header shows the twitter:title variant."""
    head = og(SEO) + jsonld(SEO) + f'<meta name="twitter:title" content="{SHOWN}">'
    html = page(head, crumb(SEO) + f"<h2>{SHOWN}</h2>", SEO)
    assert extract(html, URL).title == SEO


def test_without_a_displayed_match_the_jsonld_headline_comes_first():
    """Neither og:title nor JSON-LD is shown (a live ticker's <h1> changes by the hour): the
    JSON-LD headline, as before."""
    html = page(og("Haushalt: aktuelle Entwicklungen") + jsonld(SHOWN), "<h1>Liveticker: Sitzung läuft</h1>")
    assert extract(html, URL).title == SHOWN


def test_headings_of_teaser_links_and_hidden_headings_are_not_the_displayed_heading():
    teasers = f'<h2 class="h-offscreen">Header</h2><a href="/x"><h1>{SEO}</h1></a>'
    html = page(og(SHOWN) + jsonld(SEO), teasers + f"<h1>{SHOWN}</h1>", SEO)
    assert extract(html, URL).title == SHOWN


def test_date_closing_the_title_after_the_site_name_is_the_publication_date():
    """DW-style ``<title>… | Europa | DW | 28.04.2023``, no other date on the page."""
    html = page(
        "", "<h1>Gegenoffensive: Ziele, Chancen, Risiken</h1>", "Gegenoffensive | Europa | DW | 28.04.2023"
    )
    announcement = extract(html, "https://www.example-welle.de/de/gegenoffensive/a-65464327")
    assert (announcement.published, announcement.date_source) == ("2023-04-28", "text")


def test_a_date_right_after_the_headline_is_not_read_as_the_title_tail():
    """``Sommerfest | 12.07.2025`` may name the event's day, not the page's: the title stage
    leaves it (only htmldate, the last resort whose dates classify.py does not vouch for, may
    still guess it)."""
    html = page("", "<h1>Sommerfest</h1>", "Sommerfest | 12.07.2025")
    announcement = extract(html, "https://www.example-spd.de/termine/sommerfest/")
    assert announcement.date_source != "text"


def test_an_og_title_cut_off_by_an_unescaped_quote_is_completed_from_the_title():
    """``content="… und "royaler Besuch""`` ends the attribute at the quote."""
    full = 'Marathon 2024: Überlegener Sieger und "royaler Besuch"'
    html = page('<meta property="og:title" content="' + full + '">', "<p>Sport</p>", full)
    assert extract(html, URL).title == full
    shorter = "Zinsentscheid am Donnerstag: Klare Ansage"  # a shorter variant is not a cut
    html = page(og(shorter), "<p>Wirtschaft</p>", shorter + " von Profis")
    assert extract(html, URL).title == shorter
