# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""4. A municipal portal ("Stadtportal"): a city press office (www.auenbrueck.test). Its data is
``city_data.py``, its page shell ``city_templates.py``."""

from __future__ import annotations

from datetime import date, timedelta

from tests.generators.blind.city_data import (
    CITY,
    CITY_BOILERPLATE,
    CITY_EVENTS,
    CITY_LIST,
    CITY_NEW,
    CITY_SECTIONS,
    CITY_SEEDS,
)
from tests.generators.blind.city_templates import city_page
from tests.generators.blind.site import Host
from tests.generators.blind.text import (
    Release,
    announce,
    attr,
    dmy,
    esc,
    finish,
    gone,
    slugify,
    timeline,
)
from tests.generators.textbank import MONTHS
from tests.generators.textbank import WEEKDAYS as DAYS


def build_city(state: int) -> Host:
    st = timeline(404, CITY, CITY_SEEDS, CITY_NEW, date(2023, 10, 2), edited=8, removed=2, state=state)
    h = Host("www.auenbrueck.test")
    h.truth.update(
        organisation=CITY.name,
        template="municipal-portal-stadtportal",
        boilerplate=CITY_BOILERPLATE,
        disallowed=["/ratsinfo/", "/intranet/"],
        traps=[{"prefix": "/veranstaltungen/kalender", "max_requests": 30}],
    )
    rels, newest = st.releases, st.releases[::-1]

    def pm(r: Release) -> str:
        return f"{CITY_LIST}/{104500 + 13 * r.number}"

    crumbs = [
        ("Rathaus & Politik", "/rathaus"),
        ("Presse", "/rathaus/presse"),
        ("Pressemitteilungen", CITY_LIST),
    ]
    for r in rels:
        others = [o for o in newest if o is not r][:4]
        text = f'<p class="lead"><strong>{esc(r.paragraphs[0])}</strong></p>\n' + "".join(
            f"<p>{esc(p)}</p>\n" for p in r.paragraphs[1:]
        )
        teasers = "".join(
            f'<li><a href="{pm(o)}"><span class="datum">{dmy(o.published)}</span> <span class="titel">{esc(o.title)}</span></a>'
            f"<p>{esc(o.teaser(20))}</p></li>\n"
            for o in others
        )
        main = f"""<article class="pressemitteilung">
<header><p class="kicker">Pressemitteilung</p><h1>{esc(r.title)}</h1>
<p class="meta"><span class="datum">Veröffentlicht am {dmy(r.published)}</span> · <span class="kategorie">{esc(r.category)}</span></p></header>
<figure class="bild"><img src="/medien/bilder/pm-{104500 + 13 * r.number}.jpg" alt="" width="800" height="450"><figcaption>Foto: Stadt Auenbrück</figcaption></figure>
<div class="text">
{text}</div>
<div class="ansprechpartner"><h2>Pressekontakt</h2><p>Stadt Auenbrück<br>Presse- und Öffentlichkeitsarbeit<br>Rathausplatz 1, Zimmer 104<br>Telefon 04651 802-1101<br>pressestelle@auenbrueck.test</p></div>
<div class="toolbar"><a href="{pm(r)}?druck=1" rel="nofollow" class="print" target="_blank">Drucken</a> <a href="mailto:?subject={attr(r.title)}&amp;body=http://www.auenbrueck.test{pm(r)}" class="mail">Seite weiterempfehlen</a></div>
<p class="stand">Letzte Aktualisierung: {dmy(r.published + timedelta(days=1))}</p>
</article>
<section class="teaserbox weitere-meldungen"><h2>Weitere Meldungen</h2><ul>
{teasers}</ul><p><a href="{CITY_LIST}" class="mehr">Alle Pressemitteilungen der Stadt Auenbrück im Überblick</a></p></section>"""
        head = (
            f'<meta name="description" content="{attr(r.teaser(20))}">\n<link rel="canonical" href="http://www.auenbrueck.test{pm(r)}">\n'
            f'<link rel="amphtml" href="http://www.auenbrueck.test{pm(r)}/amp">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{attr(r.title)}">\n'
        )
        page = city_page(r.title, main, crumbs, head, "pressemitteilung")
        h.add(pm(r), page)
        announce(h, h.url(pm(r)), r, page, [o.title for o in others] + [o.teaser(20) for o in others])
        paras = "".join(f"<p>{esc(p)}</p>\n" for p in r.paragraphs)
        h.variant(
            f"{pm(r)}/amp",
            f"""<!doctype html>
<html ⚡ lang="de">
<head>
<meta charset="utf-8">
<title>{esc(r.title)} | Stadt Auenbrück</title>
<link rel="canonical" href="http://www.auenbrueck.test{pm(r)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Arial,sans-serif;margin:0 1rem}}h1{{color:#004f8b}}.datum{{color:#666}}</style>
</head>
<body>
<header class="amp-header"><a href="/">Stadt Auenbrück</a></header>
<article><h1>{esc(r.title)}</h1><p class="datum">Veröffentlicht am {dmy(r.published)}</p>
{paras}</article>
<footer><a href="{pm(r)}">Zur Standardansicht</a> · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
            pm(r),
        )
        h.variant(
            f"{pm(r)}?druck=1",
            f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{esc(r.title)} | Stadt Auenbrück</title><meta name="robots" content="noindex">
<link rel="stylesheet" href="/static/css/print.css?v=4.12.1"></head>
<body class="druckansicht" onload="window.print()">
<p class="druckkopf"><img src="/static/img/logo-auenbrueck-sw.svg" alt="Stadt Auenbrück" width="180"> Stadt Auenbrück · Pressestelle · Rathausplatz 1 · 25813 Auenbrück</p>
<h1>{esc(r.title)}</h1>
<p class="meta">Pressemitteilung vom {dmy(r.published)}</p>
{paras}<p class="quelle">Quelle: http://www.auenbrueck.test{pm(r)}</p>
</body></html>
""",
            pm(r),
        )
    if state == 2:
        gone(
            h,
            pm(st.removed),
            city_page(
                "Seite nicht gefunden",
                "<h1>Seite nicht gefunden</h1><p>Die Seite ist nicht (mehr) vorhanden.</p>",
                [],
            ),
        )

    def results(items: list[Release]) -> str:
        return "".join(
            f'<li class="treffer"><a href="{pm(o)}"><span class="datum">{dmy(o.published)}</span> <strong>{esc(o.title)}</strong></a>'
            f"<p>{esc(o.teaser(24))}</p></li>\n"
            for o in items
        )

    cats = sorted({r.category for r in rels})
    filt = (
        '<form class="filter" action="'
        + CITY_LIST
        + '" method="get"><p>Filtern nach Thema: '
        + " · ".join(f'<a href="{CITY_LIST}?kategorie={slugify(c)}">{esc(c)}</a>' for c in cats)
        + "</p><p>Jahrgang: "
        + " · ".join(f'<a href="{CITY_LIST}?jahr={y}">{y}</a>' for y in (2024, 2023))
        + "</p></form>"
    )
    chunks = [newest[i : i + 8] for i in range(0, len(newest), 8)]
    for n, chunk in enumerate(chunks, 1):
        current = ' aria-current="page"'
        pager = " ".join(
            f'<a href="{CITY_LIST}{"" if k == 1 else f"?seite={k}"}"{current if k == n else ""}>{k}</a>'
            for k in range(1, len(chunks) + 1)
        )
        target = CITY_LIST if n == 1 else f"{CITY_LIST}?seite={n}"
        h.add(
            target,
            city_page(
                "Pressemitteilungen",
                f'<h1>Pressemitteilungen</h1>{filt}<ul class="ergebnisliste">{results(chunk)}</ul>'
                f'<nav class="pagination" aria-label="Seiten">{pager}</nav>',
                crumbs[:2],
            ),
            non=True,
        )
    for c in cats:
        h.add(
            f"{CITY_LIST}?kategorie={slugify(c)}",
            city_page(
                f"Pressemitteilungen: {c}",
                f"<h1>Pressemitteilungen: {esc(c)}</h1>{filt}"
                f'<ul class="ergebnisliste">{results([o for o in newest if o.category == c])}</ul>',
                crumbs[:2],
            ),
            non=True,
        )
    for y in (2024, 2023):
        h.add(
            f"{CITY_LIST}?jahr={y}",
            city_page(
                f"Pressemitteilungen {y}",
                f"<h1>Pressemitteilungen {y}</h1>{filt}"
                f'<ul class="ergebnisliste">{results([o for o in newest if o.published.year == y])}</ul>',
                crumbs[:2],
            ),
            non=True,
        )
    search = '<h1>Suche</h1><form action="/suche" method="get"><input name="q" type="search"> <button>Suchen</button></form>'
    h.add("/suche", city_page("Suche", search, []), non=True)
    for q in ("Personalausweis", "Kita", "Wohngeld", "Stellenangebote"):
        hits = [o for o in newest if q.lower() in " ".join(o.paragraphs).lower()][:10]
        h.add(
            f"/suche?q={q}",
            city_page(
                f"Suchergebnisse für „{q}“",
                f"{search}<h2>{len(hits)} Treffer für „{esc(q)}“</h2>"
                f'<ol class="suchergebnisse">{results(hits)}</ol>',
                [],
            ),
            non=True,
        )
    home = (
        f'<section class="buehne"><h1 class="visually-hidden">Stadt Auenbrück</h1><p class="claim">Willkommen in Auenbrück – Stadt am Fluss</p></section>'
        f'<section class="aktuelles"><h2>Aktuelles aus dem Rathaus</h2><ul class="ergebnisliste">{results(newest[:5])}</ul>'
        f'<p><a href="{CITY_LIST}">Alle Pressemitteilungen</a></p></section>'
    )
    h.add("/", city_page("Startseite", home, [], cls="startseite"), non=True)
    overview = {
        "/rathaus": "Rathaus & Politik",
        "/rathaus/presse": "Presse",
        "/leben": "Leben in Auenbrück",
        "/kultur": "Kultur & Freizeit",
    }
    for target, title in overview.items():
        h.add(
            target,
            city_page(
                title,
                f"<h1>{esc(title)}</h1><p>Hier finden Sie alle Informationen zum Bereich {esc(title)}.</p>"
                f'<p><a href="{CITY_LIST}">Pressemitteilungen</a></p>',
                [],
            ),
            non=True,
        )
    for name, (base, items) in CITY_SECTIONS.items():
        for x in items:
            t = f"{base}/{slugify(x)}"
            if t not in h.res:
                h.add(
                    t,
                    city_page(
                        x,
                        f"<h1>{esc(x)}</h1><p>{esc(x)} – Informationen, Ansprechpersonen und Öffnungszeiten.</p>"
                        f"<p>Ansprechperson: Bürgerservice, Telefon 04651 802-{2000 + len(t)}, Rathausplatz 1.</p>",
                        [(name, base)],
                    ),
                    non=True,
                )
    statics = {
        "impressum": (
            "Impressum",
            "Stadt Auenbrück, vertreten durch die Bürgermeisterin Katrin Vossberg, Rathausplatz 1, 25813 Auenbrück. Telefon 04651 802-0, stadt@auenbrueck.test.",
        ),
        "datenschutz": (
            "Datenschutz",
            "Die Stadt Auenbrück verarbeitet personenbezogene Daten nur im Rahmen der gesetzlichen Vorgaben. Datenschutzbeauftragte: datenschutz@auenbrueck.test.",
        ),
        "kontakt": (
            "Kontakt",
            "Rathaus Auenbrück, Rathausplatz 1, 25813 Auenbrück. Zentrale: 04651 802-0. Pressestelle: 04651 802-1101.",
        ),
        "barrierefreiheit": (
            "Erklärung zur Barrierefreiheit",
            "Diese Website ist teilweise barrierefrei. Barrieren melden Sie bitte an barrierefreiheit@auenbrueck.test.",
        ),
        "leichte-sprache": (
            "Leichte Sprache",
            "Hier finden Sie Informationen über die Stadt in Leichter Sprache.",
        ),
        "gebaerdensprache": (
            "Gebärdensprache",
            "Videos in Deutscher Gebärdensprache über die Angebote der Stadt.",
        ),
    }
    for slug, (title, text) in statics.items():
        h.add(f"/{slug}", city_page(title, f"<h1>{esc(title)}</h1><p>{esc(text)}</p>", []), non=True)

    # the event calendar: month pages from 2023 to 2026, each linking to the next and previous month
    def month_page(y: int, m: int) -> str:
        prev = (y, m - 1) if m > 1 else (y - 1, 12)
        nxt = (y, m + 1) if m < 12 else (y + 1, 1)
        days = [date(y, m, d) for d in range(1, 29) if date(y, m, d).weekday() in (2, 5)]
        rows = "".join(
            f'<tr><td><time datetime="{d.isoformat()}">{DAYS[d.weekday()][:2]}, {dmy(d)}</time></td><td>'
            f"{esc(CITY_EVENTS[(d.day + m) % len(CITY_EVENTS)])}</td></tr>"
            for d in days
        )
        return city_page(
            f"Veranstaltungskalender {MONTHS[m - 1]} {y}",
            f"<h1>Veranstaltungskalender {MONTHS[m - 1]} {y}</h1>"
            f'<p class="monatsnavigation"><a href="/veranstaltungen/kalender?monat={prev[0]}-{prev[1]:02d}">« {MONTHS[prev[1] - 1]}</a> '
            f'<a href="/veranstaltungen/kalender?monat={nxt[0]}-{nxt[1]:02d}">{MONTHS[nxt[1] - 1]} »</a></p>'
            f'<table class="kalender">{rows}</table>',
            [("Veranstaltungen", "/veranstaltungen")],
            cls="kalender",
        )

    h.add(
        "/veranstaltungen",
        city_page(
            "Veranstaltungen",
            '<h1>Veranstaltungen</h1><p><a href="/veranstaltungen/kalender">Veranstaltungskalender</a></p>',
            [],
        ),
        non=True,
    )
    h.add("/veranstaltungen/kalender", month_page(2024, 5), non=True)
    for y in range(2023, 2026):
        for m in range(1, 13):
            h.add(f"/veranstaltungen/kalender?monat={y}-{m:02d}", month_page(y, m), non=True)
    h.add("/ratsinfo/", "<html><body><h1>SessionNet</h1></body></html>")
    h.add("/intranet/", "<html><body><h1>Anmeldung Intranet</h1></body></html>")
    h.add("/robots.txt", "User-agent: *\nDisallow: /ratsinfo/\nDisallow: /intranet/\nDisallow: /static/\n")
    finish(h, st, lambda r: h.url(pm(r)))
    return h
