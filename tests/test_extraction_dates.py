"""Dates: the German forms, the cascade order, and what must never become a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extraction import PageContext, extract
from crawler.extraction.german_dates import find_dates, find_times, first_date, parse_date_value

URL = "https://www.example-spd.de/meldungen/x/"


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>T</title>{head}</head><body><article>{body}</article></body></html>"


TEXT = "<h1>Haushalt beschlossen</h1><p>" + "Der Kreistag hat den Haushalt beschlossen. " * 4 + "</p>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27.11.2019", date(2019, 11, 27)),
        ("Veröffentlicht am 18.01.2019", date(2019, 1, 18)),
        ("2. Juli 2015", date(2015, 7, 2)),
        ("am Donnerstag, 02. Juli 2015, von 18:00", date(2015, 7, 2)),
        ("2.7.2015", date(2015, 7, 2)),
        ("27. Nov. 2019", date(2019, 11, 27)),
        ("1. März 2020", date(2020, 3, 1)),
        ("3. Jänner 2021", date(2021, 1, 3)),
        ("2019-11-27", date(2019, 11, 27)),
        ("31.02.2019", None),
        ("WebSoziCMS 3.9.9", None),
        ("um 19.30 Uhr", None),
    ],
)
def test_german_date_forms(text, expected):
    assert first_date(text) == expected


def test_year_less_dates_take_the_year_from_context():
    (mention,) = find_dates("23.06.: NRW-Staatssekretär informiert")
    assert mention.year is None
    assert mention.resolve(2015) == date(2015, 6, 23)
    (mention,) = find_dates("am Mittwoch, 27. November, in die Luise-Albertz-Halle")
    assert mention.resolve_after(date(2019, 11, 20)) == date(2019, 11, 27)
    assert mention.resolve_after(date(2019, 12, 20)) == date(2020, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("von 18:00 bis 20:00 Uhr", ("18:00", "20:00")),
        ("von 18 bis 20 Uhr", ("18:00", "20:00")),
        ("ab 19 Uhr", ("19:00", None)),
        ("um 12 Uhr", ("12:00", None)),
        ("19.30 Uhr", ("19:30", None)),
        ("18-20 Uhr", ("18:00", "20:00")),
    ],
)
def test_time_forms(text, expected):
    (mention,) = find_times(text)
    assert (mention.begin, mention.finish) == expected


def test_machine_dates_are_read_in_berlin_time():
    assert parse_date_value("2019-11-26T23:30:00Z") == date(2019, 11, 27)
    assert parse_date_value("Wed, 27 Nov 2019 10:00:00 +0100") == date(2019, 11, 27)


def test_cascade_prefers_jsonld_over_meta_over_time():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-03-01",'
        ' "dateModified": "2020-03-05"}</script><meta property="article:published_time" content="2020-02-01">'
    )
    announcement = extract(page('<time datetime="2020-01-01">1.1.</time>' + TEXT, head), URL)
    assert (announcement.published, announcement.modified, announcement.date_source) == (
        "2020-03-01",
        "2020-03-05",
        "jsonld",
    )
    meta = '<meta property="article:published_time" content="2020-02-01T10:00:00+01:00">'
    assert extract(page(TEXT, meta), URL).date_source == "meta"
    time_tag = extract(page('<time datetime="2020-01-01">1. Januar</time>' + TEXT), URL)
    assert (time_tag.published, time_tag.date_source) == ("2020-01-01", "time")


def test_labelled_visible_date():
    announcement = extract(page(TEXT + "<p class='info'>Veröffentlicht am 18.01.2019</p>"), URL)
    assert (announcement.published, announcement.date_source) == ("2019-01-18", "text")
    assert "Veröffentlicht am" not in announcement.text


def test_profile_date_selector_with_archive_year():
    html = page("<span class='datum'>23.06.</span>" + TEXT)
    announcement = extract(html, URL, selectors={"date": ".datum"}, context=PageContext(year=2015))
    assert (announcement.published, announcement.date_source) == ("2015-06-23", "selector")


def test_listing_date_then_url_date():
    listing = extract(page(TEXT), URL, context=PageContext(listing_date="2019-01-18"))
    assert (listing.published, listing.date_source) == ("2019-01-18", "listing")
    wordpress = extract(page(TEXT), "https://www.spd-kleve.de/2015/07/10/integrationszentrum-jetzt/")
    assert (wordpress.published, wordpress.date_source) == ("2015-07-10", "url")


def test_event_date_in_the_body_is_not_the_publication_date():
    body = (
        "<h1>Einladung</h1><p>Die SPD lädt am Donnerstag, 2. Juli 2015, um 19 Uhr in das Bürgerhaus ein. "
        "Alle Bürgerinnen und Bürger sind herzlich willkommen, mit uns zu diskutieren.</p>"
    )
    announcement = extract(page(body), "https://www.example-spd.de/meldungen/einladung/")
    assert announcement.published is None
    assert announcement.event is not None
    assert announcement.event.start == "2015-07-02T19:00"


def test_no_date_from_javascript_strings():
    html = page(TEXT + '<script>var published = "Veröffentlicht am 01.02.2018";</script>')
    assert extract(html, URL).published is None


def test_never_a_date_after_the_fetch_date():
    head = '<meta property="article:published_time" content="2031-05-01">'
    html = page(TEXT + "<p class='date'>Veröffentlicht am 18.01.2019</p>", head)
    announcement = extract(html, URL, context=PageContext(fetched="2024-01-01"))
    assert announcement.published == "2019-01-18"


def test_modified_before_published_is_dropped():
    head = (
        '<meta property="article:published_time" content="2020-02-01">'
        '<meta property="article:modified_time" content="2019-01-01">'
    )
    assert extract(page(TEXT, head), URL).modified is None


@pytest.mark.parametrize(
    "text",
    [
        "am Donnerstag, den 02. Juli 2015 und am Fr 3.7.",
        "Mo, 3.5. Di, 4.5.2021 Mi.,5.5.",
        "Sonnabend,\n\n  den 6. Juni",
        "Termin: So" + " " * 70 + "7.8.2020",
        "3.5.Mo 4.5. SO 5. MAI",
        "1.2.3.4. Montag 12.12.12",
        "Sommer, 3. Mai; Limo, 4. Juni",
        "2021-03-04 und Fr, 2021-03-05",
    ],
)
def test_weekday_prefixes_as_the_full_patterns_read_them(text):
    """find_dates scans for the date and then looks back for a weekday; the mentions must be the
    ones the patterns with the weekday prefix built in give (the reference below)."""
    import re

    from crawler.extraction import german_dates as gd

    named = re.compile(gd._WEEKDAY_PREFIX + gd._NAMED_CORE.pattern, re.I)
    numeric = re.compile(gd._WEEKDAY_PREFIX + gd._NUMERIC_CORE.pattern)
    reference = []
    readers = ((named, lambda m: gd.MONTHS[m["mname"].lower()]), (numeric, lambda m: int(m["m"])))
    for pattern, month in readers:
        for m in pattern.finditer(text):
            if 1 <= month(m) <= 12:
                reference.append((m.start(), m.end(), int(m["d"]), month(m), m["wd"]))
    for m in gd.ISO_DATE.finditer(text):
        reference.append((m.start(), m.end(), int(m["d"]), int(m["m"]), None))
    reference.sort(key=lambda r: (r[0], -r[1]))
    expected, last_end = [], -1
    for r in reference:
        if r[0] >= last_end and 1 <= r[2] <= 31:
            last_end = r[1]
            expected.append(r)
    found = [(m.start, m.end, m.day, m.month, m.weekday) for m in find_dates(text)]
    assert found == expected


PROSE = "Die Fraktion hat im Kreistag einen Antrag zur Sanierung der Schulen eingebracht. " * 4


def test_a_dateline_dates_the_page():
    html = page(f"<h1>Schulen sanieren</h1><p><b>Lindenau, 26.05.2016 &ndash;</b> {PROSE}</p>")
    announcement = extract(html, URL)
    assert (announcement.published, announcement.date_source) == ("2016-05-26", "text")


@pytest.mark.parametrize(
    "rows",
    [
        # a topic or archive page: the date of each entry, then the link to it
        '<tr><td class="datum">31.01.2017</td><td><a href="/presse/2017/pm-011.html">Ortstermin in '
        "Westerholt: Umwelt auf dem Prüfstand</a></td></tr>",
        # a calendar: the date, the clock time, what happens
        "<tr><td>18.06.2017</td><td>19.30 Uhr</td><td>Fraktionssitzung, Kreishaus, Sitzungsraum 2</td></tr>"
        "<tr><td>28.06.2017</td><td>17.00 Uhr</td><td>Sitzung des Kreistages, Großer Sitzungssaal</td></tr>",
    ],
)
def test_dates_of_listed_entries_and_appointments_are_no_dateline(rows):
    html = (
        "<html><head><title>Themen</title></head><body><h1>Thema: Umwelt</h1>"
        f"<p>{PROSE}</p><table>{rows}</table></body></html>"
    )
    assert extract(html, "https://www.example-cdu.de/themen/umwelt.html").published is None


def test_dates_of_the_posts_of_a_blog_page_are_not_the_page_date():
    """Joomla's featured and blog views: each post is a microdata item of its own (blogPost)."""
    post = (
        '<div class="leading-{k}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        '<h2 itemprop="name"><a href="/index.php/aktuelles/{k}-x">Beitrag {k}</a></h2>'
        '<dl class="article-info">'
        '<dd class="published"><time datetime="2025-0{k}-11T10:00:00+01:00" itemprop="datePublished">'
        "Veröffentlicht: Freitag, 11. April 2025</time></dd></dl><p>{prose}</p></div>"
    )
    posts = "".join(post.format(k=k, prose=PROSE) for k in range(1, 4))
    html = (
        f'<html><body><main><div class="blog-featured" itemscope itemtype="https://schema.org/Blog">{posts}'
    )
    html += "</div></main></body></html>"
    # (htmldate's guess, the weak last resort, may still take one of the posts' dates)
    assert extract(html, "https://www.fdp-example.de/index.php").date_source in (None, "guess")
    article = (
        '<html><body><main><div class="item-page" itemscope itemtype="https://schema.org/Article">'
        '<h2 itemprop="headline">Schulen sanieren</h2><dd class="published"><time '
        'datetime="2025-02-24T12:35:00+01:00" itemprop="datePublished">Veröffentlicht: Montag, 24. Februar '
        f'2025</time></dd><div itemprop="articleBody"><p>{PROSE}</p></div></div></main></body></html>'
    )
    assert extract(article, "https://www.fdp-example.de/index.php/aktuelles/91-x").published == "2025-02-24"


def test_the_labelled_date_of_a_teaser_is_not_the_page_date():
    """A taxonomy page showing one teaser: "Veröffentlicht von … am" belongs to the teaser."""
    teaser = (
        '<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h2><a '
        'href="/presse/x">Grüne fordern mehr Stadtbäume</a></h2><footer><div>Veröffentlicht von redaktion am '
        f'Mo., 20.05.2024 - 08:12</div></footer><div class="field--name-body"><p>{PROSE[:170]}</p></div>'
        "</article></div>"
    )
    view = f'<div class="view-header"><p>{PROSE}</p></div><div class="view-content">{teaser}</div>'
    html = f"<html><body><h1>Umwelt</h1><main>{view}</main></body></html>"
    found = extract(html, "https://www.gruene-example.de/schlagworte/umwelt")
    assert found.date_source in (None, "guess")
