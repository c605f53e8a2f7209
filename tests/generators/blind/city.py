# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""4. A municipal portal ("Stadtportal"): a city press office (www.auenbrueck.test)."""

from __future__ import annotations

from datetime import date, timedelta

from tests.generators.blind.site import Host
from tests.generators.blind.text import (
    Org,
    Release,
    announce,
    attr,
    dmy,
    esc,
    finish,
    gone,
    seeds,
    slugify,
    timeline,
)
from tests.generators.textbank import MONTHS
from tests.generators.textbank import WEEKDAYS as DAYS

# ================================================================================================
# 4. a municipal portal ("Stadtportal"): a city press office
# ================================================================================================
CITY = Org(
    "Stadt Auenbrück",
    "Die Stadtverwaltung",
    "der Rat der Stadt",
    "des Rates der Stadt",
    ["Südheide", "Nordhafen", "Weidenau", "Brückfeld", "Lohmühle", "Ostertor", "Kleinauen"],
    [
        ("Katrin Vossberg", "Bürgermeisterin"),
        ("Dr. Jan-Hendrik Olthoff", "Stadtbaurat"),
        ("Murat Yılmaz", "Erster Beigeordneter"),
        ("Svenja Lüttmann", "Leiterin des Fachbereichs Bildung und Soziales"),
    ],
    ["Ratssaal des Rathauses", "Bürgerzentrum Südheide", "Forum der Stadtbibliothek"],
    ["Stadtentwicklung und Umwelt", "Bildung und Soziales", "Finanzen und Wirtschaft"],
)
CITY_SEEDS = seeds("""
I | Bildung | Neue Kita an der Weidenauer Straße öffnet im August | die neue Kindertagesstätte an der Weidenauer Straße
I | Verkehr | Sperrung der Hafenbrücke ab 18. März | die Sanierung der Hafenbrücke
I | Stadtentwicklung | Stadt startet Bürgerbeteiligung zum Mobilitätskonzept | die Bürgerbeteiligung zum Mobilitätskonzept 2035
I | Wirtschaft | Wochenmarkt zieht vorübergehend auf den Rathausplatz | die vorübergehende Verlegung des Wochenmarktes
I | Finanzen | Grundsteuerbescheide 2024 werden verschickt | die Versendung der Grundsteuerbescheide 2024
I | Rathaus | Bürgermeisterin Vossberg ehrt Lebensretter aus Südheide | die Ehrung von drei Ersthelfern aus Südheide
I | Kultur | Stadtbücherei verlängert Öffnungszeiten am Samstag | die Verlängerung der Öffnungszeiten der Stadtbücherei
I | Umwelt | Baumfällungen im Stadtpark Lohmühle: Ersatzpflanzungen geplant | die Pflegemaßnahme im Stadtpark Lohmühle
I | Umwelt | Förderprogramm für Dachbegrünung geht in die zweite Runde | die zweite Runde des Förderprogramms für Dach- und Fassadenbegrünung
I | Bildung | Ferienspiele 2024: Anmeldung ab 2. April | die Anmeldung zu den Ferienspielen 2024
I | Stadtentwicklung | Neues Wohnquartier Nordhafen: Bebauungsplan liegt aus | die öffentliche Auslegung des Bebauungsplans Nr. 117 „Nordhafen“
I | Verkehr | Auenbrück ist fahrradfreundliche Kommune | die Auszeichnung als fahrradfreundliche Kommune
I | Bildung | Sanierung der Grundschule Brückfeld beginnt in den Osterferien | die Sanierung der Grundschule Brückfeld
I | Rathaus | Ehrenamtspreis 2024: Vorschläge bis 30. Juni einreichen | die Ausschreibung des Ehrenamtspreises 2024
I | Verkehr | Neue Buslinie 7 bindet Weidenau an den Bahnhof an | die neue Stadtbuslinie 7
I | Umwelt | Hitzeschutzplan: Stadt richtet kühle Orte ein | die Umsetzung des städtischen Hitzeschutzplans
I | Stadtentwicklung | Erweiterung des Friedhofs Südheide: Arbeiten beginnen | die Erweiterung des Friedhofs Südheide
I | Rathaus | Digitales Bürgerbüro: Termine jetzt online buchbar | die Online-Terminvergabe im Bürgerbüro
""")
CITY_NEW = seeds("""
I | Kultur | Stadtfest 2024: Programm steht fest | das Programm des Stadtfestes 2024
I | Kultur | Freibad Weidenau startet in die Saison | die Saisoneröffnung im Freibad Weidenau
""")
SERVICES = [
    "Abfallberatung",
    "Abfallkalender",
    "Abmeldung",
    "Altkleidercontainer",
    "Anwohnerparkausweis",
    "Aufenthaltstitel",
    "Ausweisverlust",
    "Bauantrag",
    "Baugenehmigung",
    "Baulastenverzeichnis",
    "Beglaubigung",
    "Behindertenparkausweis",
    "Bewohnerparken",
    "Briefwahl",
    "Bürgerbüro",
    "Eheschließung",
    "Einbürgerung",
    "Elterngeld",
    "Fischereischein",
    "Fundbüro",
    "Führungszeugnis",
    "Gaststättenerlaubnis",
    "Geburtsurkunde",
    "Gewerbeanmeldung",
    "Gewerbeabmeldung",
    "Grundsteuer",
    "Grünschnitt",
    "Hausnummernvergabe",
    "Hundesteuer",
    "Jugendschutz",
    "Kindertagespflege",
    "Kita-Platz",
    "Lebenspartnerschaft",
    "Marktstandvergabe",
    "Meldebescheinigung",
    "Namensänderung",
    "Parkerleichterung",
    "Personalausweis",
    "Plakatierung",
    "Reisepass",
    "Schwerbehindertenausweis",
    "Sondernutzung",
    "Sperrmüll",
    "Sterbeurkunde",
    "Straßenreinigung",
    "Umzug",
    "Wohnberechtigungsschein",
    "Wohngeld",
    "Zweitwohnungssteuer",
]
CITY_SECTIONS = {
    "Verwaltung": (
        "/rathaus/verwaltung",
        [
            "Bürgermeisterin",
            "Fachbereich Zentrale Dienste",
            "Fachbereich Finanzen",
            "Fachbereich Bildung und Soziales",
            "Fachbereich Planen und Bauen",
            "Ordnungsamt",
            "Standesamt",
            "Stellenangebote",
        ],
    ),
    "Politik": ("/rathaus/politik", ["Rat der Stadt", "Ausschüsse", "Fraktionen", "Ortsräte", "Wahlen"]),
    "Stadtteile": ("/leben/stadtteile", CITY.places),
    "Kultur & Freizeit": (
        "/kultur",
        ["Stadtbücherei", "Museum Alte Schmiede", "Freibad Weidenau", "Sportstätten"],
    ),
}
CITY_LIST = "/rathaus/presse/pressemitteilungen"
CITY_BOILERPLATE = [
    "Zum Inhalt springen",
    "Sie befinden sich hier:",
    "Bürgerservice A–Z",
    "Anwohnerparkausweis – Antrag",
    "Weitere Meldungen",
    "Alle Pressemitteilungen der Stadt Auenbrück im Überblick",
    "Häufig gesucht",
    "Rathausplatz 1",
    "Wir setzen auf dieser Website nur technisch notwendige Cookies ein.",
    "Öffnungszeiten Bürgerbüro",
    "Pressekontakt",
    "Letzte Aktualisierung",
]
CITY_EVENTS = [
    "Wochenmarkt auf dem Rathausplatz",
    "Orgelmusik zur Marktzeit, St. Nikolai",
    "Führung durch die Alte Schmiede",
    "Lesecafé in der Stadtbücherei",
    "Repair-Café im Bürgerzentrum Südheide",
    "Seniorentanz im Forum",
    "Stadtführung: Auenbrück im Mittelalter",
    "Kinderkino in der Stadtbücherei",
]


def city_menu() -> str:
    services = "".join(
        f'<li><a href="https://service.auenbrueck.test/leistung/{slugify(s)}-{100 + i}{k}">{esc(s)} – {kind}</a></li>'
        for i, s in enumerate(SERVICES)
        for k, kind in enumerate(("Antrag", "Auskunft", "Gebühren"))
    )
    cols = "".join(
        f'<div class="col"><h3>{esc(name)}</h3><ul>'
        + "".join(f'<li><a href="{base}/{slugify(x)}">{esc(x)}</a></li>' for x in items)
        + "</ul></div>"
        for name, (base, items) in CITY_SECTIONS.items()
    )
    return (
        f'<nav id="hauptnavigation" class="megamenu" aria-label="Hauptnavigation"><ul class="level-1">\n'
        f'<li class="has-sub"><a href="/rathaus">Rathaus &amp; Politik</a><div class="megamenu-panel">'
        f'<div class="col col-wide"><h3>Bürgerservice A–Z</h3><ul class="az">{services}</ul></div>\n{cols}\n'
        f'<div class="col"><h3>Presse</h3><ul><li><a href="{CITY_LIST}">Pressemitteilungen</a></li><li><a href="/ratsinfo/">Ratsinformationssystem</a></li></ul></div>'
        f'</div></li>\n<li><a href="/leben">Leben in Auenbrück</a></li>\n<li><a href="/kultur">Kultur &amp; Freizeit</a></li>\n'
        f'<li><a href="/veranstaltungen">Veranstaltungen</a></li>\n<li><a href="https://www.wfg-auenbrueck.test/">Wirtschaft</a></li>\n</ul></nav>'
    )


CITY_MENU = city_menu()


def city_page(
    title: str, main: str, crumbs: list[tuple[str, str]], head: str = "", cls: str = "standard"
) -> str:
    trail = "".join(f'<li><a href="{u}">{esc(lab)}</a></li>' for lab, u in crumbs)
    return f"""<!DOCTYPE html>
<html lang="de" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Stadt Auenbrück</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Stadtportal 4.12">
{head}<link rel="stylesheet" href="/static/css/portal.min.css?v=4.12.1">
<link rel="icon" href="/static/img/favicon.ico">
<script src="/static/js/portal.min.js?v=4.12.1" defer></script>
</head>
<body class="portal template-{cls}">
<div id="skiplinks"><a href="#inhalt">Zum Inhalt springen</a> <a href="#hauptnavigation">Zur Hauptnavigation</a> <a href="#suche">Zur Suche</a></div>
<header class="portal-header">
<div class="servicebar"><ul><li><a href="/leichte-sprache">Leichte Sprache</a></li><li><a href="/gebaerdensprache">Gebärdensprache</a></li><li><a href="https://service.auenbrueck.test/">Online-Dienste</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>
<a class="logo" href="/"><img src="/static/img/logo-auenbrueck.svg" alt="Stadt Auenbrück – zur Startseite" width="220" height="64"></a>
<form id="suche" action="/suche" method="get" role="search"><label for="q">Suchbegriff</label> <input id="q" name="q" type="search"> <button type="submit">Suchen</button></form>
{CITY_MENU}
</header>
<nav class="breadcrumb" aria-label="Brotkrumen"><span>Sie befinden sich hier:</span> <ol><li><a href="/">Startseite</a></li>{trail}<li aria-current="page">{esc(title)}</li></ol></nav>
<div class="content-wrapper">
<main id="inhalt" class="main-content">
{main}
</main>
<aside class="sidebar">
<div class="box"><h2>Häufig gesucht</h2><ul><li><a href="/suche?q=Personalausweis">Personalausweis</a></li><li><a href="/suche?q=Kita">Kita</a></li><li><a href="/suche?q=Wohngeld">Wohngeld</a></li><li><a href="/suche?q=Stellenangebote">Stellenangebote</a></li></ul></div>
<div class="box"><h2>Veranstaltungen</h2><p><a href="/veranstaltungen/kalender">Zum Veranstaltungskalender der Stadt</a></p></div>
</aside>
</div>
<footer class="portal-footer">
<div class="footer-col"><h2>Stadt Auenbrück</h2><p>Rathausplatz 1<br>25813 Auenbrück<br>Telefon 04651 802-0<br>stadt@auenbrueck.test</p></div>
<div class="footer-col"><h2>Öffnungszeiten Bürgerbüro</h2><p>Mo–Mi 8–16 Uhr<br>Do 8–18 Uhr<br>Fr 8–12 Uhr</p></div>
<div class="footer-col"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li><li><a href="/intranet/">Intranet</a></li></ul></div>
</footer>
<div id="cookie-hinweis" class="cookie-notice" role="dialog" aria-live="polite"><p>Wir setzen auf dieser Website nur technisch notwendige Cookies ein. Für Statistiken nutzen wir Matomo ohne Cookies.</p><button type="button">OK</button> <a href="/datenschutz">Mehr zum Datenschutz</a></div>
</body>
</html>
"""


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
