"""Body cleaning rules: paragraphs, headings and lists in order, furniture removed, duplicates,
leads and titles, learned boilerplate, images; text separated by <br> or block boundaries is never
glued (robustness, fingerprints and files are ``test_extraction_robustness.py``)."""

from __future__ import annotations

import pytest

from crawler.extraction import (
    block_fingerprint,
    extract,
)
from tests.article_pages import BODY, PARAGRAPH, URL, article

# --- body text -----------------------------------------------------------------------------


def test_br_separated_paragraphs_and_nbsp_paragraphs():
    html = article(
        f"<div>{PARAGRAPH}<br><br>Zweiter Absatz mit Inhalt.<br>\n&nbsp;<br><br><p>&nbsp;</p>Dritter.</div>"
    )
    assert extract(html, URL, selectors=BODY).text == f"{PARAGRAPH}\n\nZweiter Absatz mit Inhalt.\n\nDritter."


def test_headings_lists_and_quotes_are_kept_in_order():
    html = article(
        f"<p>{PARAGRAPH}</p><h2>Unsere Forderungen</h2><ul><li>Mehr Personal</li><li>Ein Zentrum</li></ul>"
        "<blockquote>„Wir bleiben dran“, sagt der Vorsitzende.</blockquote>"
    )
    assert extract(html, URL, selectors=BODY).text == (
        f"{PARAGRAPH}\n\nUnsere Forderungen\n\n- Mehr Personal\n- Ein Zentrum\n\n"
        "„Wir bleiben dran“, sagt der Vorsitzende."
    )


@pytest.mark.parametrize(
    "furniture",
    [
        "<p>Drucken | Seite empfehlen</p>",
        "<div class='share'><a href='#'>Facebook</a> <a href='#'>Twitter</a></div>",
        "<p>Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.</p>",
        "<p>- Zum Seitenanfang.</p>",
        "<p>nach oben</p>",
        "<p>Newsletter abonnieren</p>",
        "<p>Tags: Integration, Kreis Kleve</p>",
        "<h3>0 Kommentare</h3><p>Dein Kommentar</p><form><textarea></textarea></form>",
        "<p>Mehr zu diesem Thema:</p><ul><li><a href='/a/'>Alte Meldung</a></li></ul>",
        "<p>Foto: Wilfried Meyer</p>",
        "<p>Thorsten Klute, Foto Wilfried Meyer</p>",
        "<p><a href='#' onclick='druck()'>Druckversion</a> | <a href='/pm-015-druck.html'>Druckversion (ohne "
        "JavaScript)</a> | <a href='/archiv/2016-05.html'>zurück zur Übersicht</a></p>",
        "<p class='themen'>Thema: <a href='/themen/integration.html'>Integration</a></p>",
    ],
)
def test_furniture_inside_the_body_container_is_removed(furniture):
    html = article(f"<p>{PARAGRAPH}</p>{furniture}")
    assert extract(html, URL, selectors=BODY).text == PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "<p><a href='/personen/meyer/'>Anna Meyer</a> und <a href='/personen/vogel/'>Jens Vogel</a></p>",
        "<p>Weitere Infos: <a href='https://www.kreis-kleve.de/'>www.kreis-kleve.de</a></p>",
    ],
)
def test_lines_of_links_with_words_between_them_are_text(line):
    html = article(f"<p>{PARAGRAPH}</p>{line}")
    assert extract(html, URL, selectors=BODY).text.startswith(f"{PARAGRAPH}\n\n")


def test_table_layout_article_without_navigation_and_address_box():
    """A hand-made table layout: trafilatura takes navigation, breadcrumb and the address column
    around a short article; the content cell holds the article and little else."""
    paragraphs = [
        f"Lindenau, 26.05.2016 – {PARAGRAPH}",
        "Eine entsprechende Vorlage soll bis zum Sommer erarbeitet werden. Insgesamt 17 Bürgerinnen "
        "und Bürger haben sich an einer Umfrage beteiligt.",
        "„Gute Politik beginnt vor Ort“, betont Wolfgang Klute, sachkundiger Bürger. Klute kündigte an, "
        "das Thema auch in den kommenden Sitzungen auf die Tagesordnung zu setzen.",
    ]
    title = "Anfrage der CDU: Wie geht es weiter mit dem Projekt „Kreiskrankenhaus“?"
    nav = "".join(
        f"<tr><td><a href='/{k}.html'>{k.title()}</a></td></tr>" for k in ("fraktion", "presse", "archiv")
    )
    html = (
        f"<html><head><title>CDU-Kreistagsfraktion Lindenau - {title}</title></head><body><table>"
        "<tr><td colspan='3'>Sie befinden sich hier: <a href='/'>Startseite</a> &raquo; Pressedienst &raquo; "
        "Pressemitteilung 16/2017</td></tr>"
        f"<tr><td><table>{nav}</table></td><td class='inhalt'><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</td><td><p><b>Fraktionsgeschäftsstelle</b><br>Kreishaus, Zimmer 117<br>Nassauerallee 15<br>"
        "47533 Lindenau<br>Tel. 02832 9076-0</p></td></tr><tr><td colspan='3'>&copy; CDU-Kreistagsfraktion "
        "Lindenau | <a href='/impressum.html'>Impressum</a> | <a href='/datenschutz.html'>Datenschutz</a> | "
        "Stand: Mai 2017</td></tr></table></body></html>"
    )
    announcement = extract(html, "https://www.cdu-example.de/presse/2017/pm-2017-016.html")
    assert announcement.title == title
    assert announcement.text == "\n\n".join(paragraphs)


def test_exact_duplicate_paragraphs_are_dropped():
    html = article(f"<p>{PARAGRAPH}</p><p>Zweiter Absatz.</p><p>{PARAGRAPH}</p>")
    assert extract(html, URL, selectors=BODY).text == f"{PARAGRAPH}\n\nZweiter Absatz."


def test_repeated_lines_further_down_are_kept():
    """Only a paragraph from the top that comes again is a teaser copy; the same short lines in
    plan A and plan B (or a repeated paragraph far down) are the text's own structure."""
    plan = (
        "<h3>Plan {x}</h3><p>Vor dem Training essen</p><p>Eine Portion Haferflocken mit Obst und Nüssen.</p>"
    )
    html = article(
        f"<p>{PARAGRAPH}</p><p>Zweiter Absatz.</p><p>Dritter.</p>" + plan.format(x="A") + plan.format(x="B")
    )
    text = extract(html, URL, selectors=BODY).text
    assert text.count("Vor dem Training essen") == 2
    assert text.count("Eine Portion Haferflocken mit Obst und Nüssen.") == 2


@pytest.mark.parametrize(
    "line", ["Posted: Fri 6:45 PM, Feb 16, 2018 |", "Updated 12:24 am EST, Wednesday, November 20, 2019"]
)
def test_english_date_lines_are_metadata(line):
    html = article(f"<p>{line}</p><p>{PARAGRAPH}</p>")
    assert extract(html, URL, selectors=BODY).text == PARAGRAPH


def test_generic_article_keeps_its_lead_and_loses_its_link_lists():
    """Without a profile, trafilatura reads the page's <article> and its verdict filters the
    article's blocks: the lead above the body stays, galleries and "most read" lists go."""
    sentence = (
        "Die Kreistagsfraktion hat am {day} im Ausschuss einen Antrag für mehr Radwege im ländlichen Raum "
        "gestellt, der von allen Fraktionen unterstützt wurde und nun in den Haushalt aufgenommen wird."
    )
    body = "".join(f"<p>{sentence.format(day=day)}</p>" for day in ("Montag", "Dienstag", "Mittwoch"))
    lead = "Die Grünen im Kreistag setzen sich mit Erfolg für ein dichteres Radwegenetz zwischen Dörfern ein."
    html = (
        "<html><head><title>Mehr Radwege im Kreis - Grüne Kreistagsfraktion</title></head><body>"
        "<nav><a href='/'>Start</a><a href='/presse/'>Presse</a></nav><article>"
        f"<header><h1>Mehr Radwege im Kreis</h1><p class='article__lead'>{lead}</p></header>"
        f"<div class='article-body'>{body}</div>"
        "<div class='gallery'><ul><li><a href='/b1'>Bild 1 von 5</a></li>"
        "<li><a href='/b2'>Bild 2 von 5</a></li></ul></div>"
        "<div class='most-popular'><h3>Meistgelesen</h3><ul><li><a href='/a'>Buslinie nach Kalkar</a></li>"
        "<li><a href='/b'>Haushalt 2024 verabschiedet</a></li></ul></div>"
        "</article><footer>Impressum</footer></body></html>"
    )
    text = extract(html, "https://www.gruene-kreis.de/presse/radwege/").text
    assert text.split("\n\n") == [lead] + [sentence.format(day=d) for d in ("Montag", "Dienstag", "Mittwoch")]


def test_truncated_teaser_becomes_the_lead():
    first = "Der Kreis Kleve bekommt ein Kommunales Integrationszentrum, wenn es nach der SPD geht."
    html = article(f"<p class='teaser'>{first[:60]} …</p><p>{first}</p><p>{PARAGRAPH}</p>")
    announcement = extract(html, URL, selectors=BODY)
    assert announcement.text == f"{first}\n\n{PARAGRAPH}"
    assert announcement.lead == first[:60].strip()


def test_lead_selector_outside_the_body_is_prepended():
    html = article(f"<p>{PARAGRAPH}</p>").replace(
        "<div class='entry-content'>", "<p class='intro'>Kurz: Wir wollen es.</p><div class='entry-content'>"
    )
    announcement = extract(html, URL, selectors={**BODY, "lead": "p.intro"})
    assert announcement.lead == "Kurz: Wir wollen es."
    assert announcement.text == f"Kurz: Wir wollen es.\n\n{PARAGRAPH}"


def test_title_strips_site_name_and_ignores_section_labels():
    html = article(f"<p>{PARAGRAPH}</p>").replace(
        "<div class='entry-content'>", "<h2>Aktuelles</h2><div class='entry-content'>"
    )
    assert extract(html, URL).title == "Integrationszentrum jetzt"
    head = (
        '<meta property="og:title" content="Zentrum jetzt | SPD Kleve">'
        '<meta property="og:site_name" content="SPD Kleve">'
    )
    html = f"<html><head>{head}</head><body><h1>SPD Kleve</h1><p>{PARAGRAPH}</p></body></html>"
    assert extract(html, URL).title == "Zentrum jetzt"


def test_learned_boilerplate_is_dropped_but_feeds_contacts():
    box = "Pressekontakt: SPD Kleve, Jürgen Franken, Telefon 02821 12345, info@spd-kleve.de"
    html = article(f"<p>{PARAGRAPH}</p><p>{box}</p>")
    announcement = extract(html, URL, selectors=BODY, boilerplate={block_fingerprint(box)})
    assert announcement.text == PARAGRAPH
    assert [c.email for c in announcement.contacts] == ["info@spd-kleve.de"]
    assert announcement.contacts[0].name == "Jürgen Franken"


def test_images_with_caption_credit_and_links():
    html = article(
        "<figure><img src='/img/klute.jpg' alt='Klute'>"
        "<figcaption>Thorsten Klute. Foto: Wilfried Meyer</figcaption></figure>"
        f"<p>{PARAGRAPH} Mehr unter <a href='/themen/integration/'>Integration</a>"
        " und www.kreis-kleve.de.</p>"
        "<img src='/img/logo.png' alt='Logo'>"
    )
    announcement = extract(html, URL, selectors=BODY)
    assert [(i.src, i.caption, i.credit) for i in announcement.images] == [
        ("https://www.spd-kleve.de/img/klute.jpg", "Thorsten Klute", "Wilfried Meyer")
    ]
    assert [link.url for link in announcement.links] == [
        "https://www.spd-kleve.de/themen/integration/",
        "http://www.kreis-kleve.de",
    ]
    assert "Foto" not in announcement.text


# --- text separated by <br> or block boundaries is never glued ---------------------------------
_CONTACT_PAGE = """<html><head><title>Kreistag beschließt Haushalt</title></head><body><main>
<h1>Kreistag beschließt Haushalt</h1><p>Veröffentlicht am 03.02.2024</p>
<p>Die Fraktion hat dem Haushalt zugestimmt. Das ist eine gute Nachricht für die Bürgerinnen und
Bürger des Kreises, sagte der Vorsitzende. Weitere Schritte sollen folgen, die Verwaltung arbeitet
an einem Konzept für die kommenden Jahre.</p>
{contact}
</main></body></html>"""


@pytest.mark.parametrize(
    "contact",
    [
        '<div class="kontakt"><strong>Kontakt</strong><div>Telefon 02821 5062-214</div>'
        "<div>presse@spd-kleve.test</div></div>",
        "<p>Pressekontakt<br>Telefon 02821 5062-214<br>presse@spd-kleve.test</p>",
        "<table><tr><td>Telefon 02821 5062-214</td><td>presse@spd-kleve.test</td></tr></table>",
        "<div><span>Telefon 02821 5062-214</span><div>presse@spd-kleve.test</div></div>",
    ],
    ids=["contact-box-divs", "br-lines", "table-cells", "span-then-div"],
)
def test_a_phone_and_the_email_after_it_stay_two_contact_details(contact):
    item = extract(_CONTACT_PAGE.format(contact=contact).encode(), "http://www.spd-kleve.test/haushalt")
    emails = {c.email for c in item.contacts if c.email}
    phones = {c.phone for c in item.contacts if c.phone}
    assert emails == {"presse@spd-kleve.test"}
    assert phones <= {"+4928215062214"}
    assert "5062-214presse" not in item.text


def test_an_article_s_opening_shown_as_an_excerpt_site_wide_stays_in_its_body():
    """A "latest news" box shows the article's first paragraph on every page of the site, so it
    is learned as boilerplate; on the article itself it is followed by the article's own text."""
    opening = (
        "Das Wahlprogramm zur Kommunalwahl stand am Sonntag im Mittelpunkt einer Sitzung des "
        "Gemeinderats. Die Kosten sollen zu 74 Prozent aus Fördermitteln getragen werden."
    )
    footer = "Grüne Kirchberg · Hauptstraße 1 · 49999 Kirchberg · Telefon 05999 123-0"
    page = (
        f"<html><head><title>Programm beschlossen</title></head><body><article><h1>Programm beschlossen</h1>"
        f"<p>Veröffentlicht am 02.05.2024</p><p>{opening}</p>"
        "<p>Vergleichbare Vorhaben in den Nachbarorten zeigen, dass sich der Aufwand lohnt.</p>"
        "<p>Die Mitglieder stimmten dem Programm nach langer Debatte mit großer Mehrheit zu, und der "
        "Vorstand dankte allen, die daran mitgearbeitet haben.</p>"
        f"<p>{footer}</p></article></body></html>"
    ).encode()
    learned = {block_fingerprint(opening), block_fingerprint(footer)}
    item = extract(page, "http://www.gruene-kirchberg.test/programm/", boilerplate=learned)
    assert item.text.startswith(opening)
    assert footer not in item.text
