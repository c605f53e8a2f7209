# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""1. TYPO3 12, tx_news, Bootstrap Package: a public transport association
(www.nahverkehr-hellweg.test)."""

from __future__ import annotations

import hashlib
from datetime import date

from tests.generators.blind.site import TODAY, TOMORROW, Host
from tests.generators.blind.text import (
    Org,
    Release,
    announce,
    attr,
    dmy,
    esc,
    finish,
    gone,
    rfc822,
    slugify,
    timeline,
)
from tests.generators.textbank import MONTHS

# ================================================================================================
# 1. TYPO3 12, tx_news, Bootstrap Package: a public transport association
# ================================================================================================
ZV = Org(
    "Zweckverband Nahverkehr Hellweg-Börde",
    "Der Zweckverband",
    "die Verbandsversammlung",
    "der Verbandsversammlung",
    ["Hellwerl", "Lipphausen", "Sassenhof", "Oberbörde", "Rüthenau", "Welverstedt", "Anrode"],
    [
        ("Dr. Helga Brunsmann", "Verbandsvorsteherin"),
        ("Tobias Wiemeler", "Geschäftsführer des Zweckverbands"),
        ("Aylin Demirtaş", "Leiterin der Angebotsplanung"),
        ("Reinhard Köckemann", "Vorsitzender der Verbandsversammlung"),
    ],
    ["Sitzungssaal des Kreishauses Hellwerl", "Bürgerzentrum Lipphausen", "Ratssaal Sassenhof"],
    ["Verkehr und Tarife", "Finanzen", "Angebotsplanung"],
)


def seeds(text: str) -> list[Release]:
    """``kind | category | title | subject`` per line."""
    out = []
    for line in text.strip().splitlines():
        kind, category, title, subject = (part.strip() for part in line.split("|"))
        out.append(Release(title, subject, kind, category))
    return out


ZV_SEEDS = seeds("""
I | Angebot | Neue Schnellbuslinie S 40 verbindet Lipphausen und Hellwerl im Stundentakt | die neue Schnellbuslinie S 40 zwischen Lipphausen und Hellwerl
I | Verband | Verbandsversammlung beschließt Nahverkehrsplan 2025–2030 | die Fortschreibung des Nahverkehrsplans für die Jahre 2025 bis 2030
I | Tarife | Deutschlandticket: Zweckverband zieht positive Zwischenbilanz | die Bilanz des ersten Jahres mit dem Deutschlandticket
I | Angebot | Ausschreibung für das Linienbündel Börde-Süd gestartet | die europaweite Ausschreibung des Linienbündels Börde-Süd
I | Angebot | On-Demand-Verkehr „BördeFlex“ wird auf Sassenhof ausgeweitet | die Ausweitung des On-Demand-Verkehrs „BördeFlex“ auf Sassenhof
I | Infrastruktur | Barrierefreier Ausbau von 46 Haltestellen abgeschlossen | die barrierefreie Umgestaltung von 46 Haltestellen im Verbandsgebiet
I | Angebot | Schülerverkehr: Neue Fahrpläne zum Schuljahresbeginn | die Neuordnung der Fahrpläne im Schülerverkehr
I | Verband | Fahrgastbeirat sucht neue Mitglieder | die Neubesetzung des Fahrgastbeirats
F | Verband | Zweckverband fordert verlässliche Finanzierung des ÖPNV durch das Land | eine verlässliche Finanzierung des Nahverkehrs durch das Land
I | Infrastruktur | Echtzeitdaten jetzt an allen Bahnhöfen der Hellwegbahn verfügbar | die Ausstattung aller Bahnhöfe der Hellwegbahn mit Echtzeitanzeigen
I | Angebot | Ersatzverkehr während der Brückensanierung in Rüthenau | die Einrichtung eines Ersatzverkehrs während der Brückensanierung in Rüthenau
I | Tarife | Tarifanpassung zum 1. August: Einzelfahrscheine bleiben stabil | die Tarifanpassung zum 1. August
I | Infrastruktur | Erste Elektrobusse im Betriebshof Oberbörde eingetroffen | die Umstellung der Busflotte auf Elektroantrieb
I | Infrastruktur | Mobilstationen in Welverstedt und Anrode eröffnet | die Eröffnung der Mobilstationen in Welverstedt und Anrode
I | Angebot | Nachtbuslinien N1 und N3 fahren künftig auch sonntags | die Ausweitung der Nachtbuslinien N1 und N3 auf den Sonntag
I | Verband | Fahrgastbefragung 2024: Pünktlichkeit bleibt größte Baustelle | die Auswertung der Fahrgastbefragung 2024
I | Verband | Neuer Geschäftsführer beim Nahverkehrsverband | die Neubesetzung der Geschäftsführung
I | Tarife | Radmitnahme in Regionalbussen ab Mai kostenlos | die kostenlose Fahrradmitnahme in den Regionalbussen
""")
ZV_NEW = seeds("""
I | Angebot | Sommerfahrplan 2024: Zusätzliche Fahrten zum Freizeitsee Lipphausen | das zusätzliche Fahrtenangebot zum Freizeitsee Lipphausen
I | Verband | Verbandsversammlung wählt Reinhard Köckemann erneut zum Vorsitzenden | die Neuwahl des Vorsitzes der Verbandsversammlung
""")
ZV_MENU = [
    (
        "Verband",
        "/verband",
        [
            (
                "Über uns",
                "ueber-uns",
                "Aufgaben, Mitglieder und Geschichte des Zweckverbands seit seiner Gründung 1996",
            ),
            (
                "Verbandsversammlung",
                "verbandsversammlung",
                "Zusammensetzung, Sitzungstermine und Beschlüsse des obersten Organs",
            ),
            (
                "Geschäftsstelle",
                "geschaeftsstelle",
                "Ansprechpersonen, Zuständigkeiten und Öffnungszeiten der Geschäftsstelle in Hellwerl",
            ),
            (
                "Satzung und Finanzen",
                "satzung-und-finanzen",
                "Verbandssatzung, Wirtschaftsplan und Umlageschlüssel zum Herunterladen",
            ),
        ],
    ),
    (
        "Mobilität",
        "/mobilitaet",
        [
            (
                "Buslinien und Fahrpläne",
                "buslinien",
                "Alle Regional-, Schnell- und Nachtbuslinien im Verbandsgebiet auf einen Blick",
            ),
            (
                "BördeFlex",
                "boerdeflex",
                "Der On-Demand-Verkehr für Orte ohne festen Linienverkehr – per App oder Telefon buchbar",
            ),
            (
                "Schülerverkehr",
                "schuelerverkehr",
                "Informationen für Eltern und Schulen zu Schulwegen, Tickets und Verstärkerfahrten",
            ),
            (
                "Barrierefrei unterwegs",
                "barrierefrei",
                "Niederflurbusse, ausgebaute Haltestellen und Hilfen für mobilitätseingeschränkte Fahrgäste",
            ),
        ],
    ),
    (
        "Tickets & Tarife",
        "/tarife",
        [
            (
                "Deutschlandticket",
                "deutschlandticket",
                "Bestellung, Kündigung und Sonderkonditionen für Jobtickets und Schulen",
            ),
            (
                "Tarifübersicht",
                "uebersicht",
                "Preisstufen, Einzelfahrscheine und Zeitkarten im Westfalentarif",
            ),
            (
                "Fahrradmitnahme",
                "fahrradmitnahme",
                "Regeln und Kapazitäten für die Mitnahme von Fahrrädern in Bus und Bahn",
            ),
        ],
    ),
    (
        "Projekte",
        "/projekte",
        [
            (
                "Nahverkehrsplan",
                "nahverkehrsplan",
                "Der Rahmenplan für das Busangebot bis 2030 mit allen Gutachten und Stellungnahmen",
            ),
            (
                "Mobilstationen",
                "mobilstationen",
                "Umsteigepunkte mit Radboxen, Carsharing und Ladesäulen in den Mitgliedskommunen",
            ),
            (
                "Elektrobusse",
                "elektrobusse",
                "Der Weg zur emissionsfreien Busflotte: Zeitplan, Förderung und Betriebshöfe",
            ),
        ],
    ),
    (
        "Aktuelles",
        "/aktuelles",
        [
            (
                "Pressemitteilungen",
                "pressemitteilungen",
                "Alle Meldungen des Zweckverbands für Medien und Öffentlichkeit",
            ),
            (
                "Termine",
                "termine",
                "Sitzungen der Gremien, Informationsabende und Aktionstage im Verbandsgebiet",
            ),
            (
                "Newsletter",
                "newsletter",
                "Der monatliche Newsletter mit allen Neuigkeiten aus dem Verbandsgebiet",
            ),
            (
                "Presseservice",
                "presseservice",
                "Pressekontakt, Fotos und Logos zur freien Verwendung in der Berichterstattung",
            ),
        ],
    ),
]
ZV_STATIC = {
    "/impressum": (
        "Impressum",
        [
            "Zweckverband Nahverkehr Hellweg-Börde, Körperschaft des öffentlichen Rechts, Bahnhofsallee 12, 59471 Hellwerl.",
            "Vertreten durch die Verbandsvorsteherin Dr. Helga Brunsmann. Telefon 02921 3307-0, Telefax 02921 3307-99, E-Mail info@nahverkehr-hellweg.test.",
            "Aufsichtsbehörde: Bezirksregierung Arnsberg. Umsatzsteuer-Identifikationsnummer DE 812 334 907.",
        ],
    ),
    "/datenschutz": (
        "Datenschutzerklärung",
        [
            "Der Schutz Ihrer personenbezogenen Daten ist uns wichtig. Wir verarbeiten Ihre Daten ausschließlich auf Grundlage der gesetzlichen Bestimmungen (DSGVO, DSG NRW).",
            "Beim Besuch dieser Website speichert der Webserver vorübergehend die IP-Adresse Ihres Geräts, Datum und Uhrzeit des Zugriffs sowie die aufgerufene Seite. Die Daten werden nach sieben Tagen gelöscht.",
            "Datenschutzbeauftragter: Dipl.-Inf. Bernd Ostkamp, datenschutz@nahverkehr-hellweg.test.",
        ],
    ),
    "/kontakt": (
        "Kontakt",
        [
            "Geschäftsstelle des Zweckverbands, Bahnhofsallee 12, 59471 Hellwerl. Montag bis Donnerstag 8 bis 16 Uhr, Freitag 8 bis 13 Uhr.",
            "Telefon 02921 3307-0, E-Mail info@nahverkehr-hellweg.test. Für Fahrplanauskünfte wenden Sie sich bitte an die Schlaue Nummer 0800 3 504030.",
        ],
    ),
    "/barrierefreiheit": (
        "Erklärung zur Barrierefreiheit",
        [
            "Der Zweckverband ist bemüht, seine Website im Einklang mit der BITV NRW barrierefrei zugänglich zu machen.",
            "Einige PDF-Dokumente aus der Zeit vor 2019 sind noch nicht vollständig barrierefrei. Sie können diese Dokumente bei der Geschäftsstelle in alternativer Form anfordern.",
        ],
    ),
}
ZV_BOILERPLATE = [
    "Zum Hauptinhalt springen",
    "Sie sind hier:",
    "Aufgaben, Mitglieder und Geschichte des Zweckverbands seit seiner Gründung 1996",
    "Der On-Demand-Verkehr für Orte ohne festen Linienverkehr",
    "Pressekontakt",
    "Bahnhofsallee 12",
    "Diese Website verwendet Cookies",
    "Das könnte Sie auch interessieren",
    "Seite drucken",
    "Zurück zur Übersicht",
    "Newsletter abonnieren",
    "Zweckverband Nahverkehr Hellweg-Börde",
]
ZV_LIST = "/aktuelles/pressemitteilungen"


def zv_page(
    title: str,
    main: str,
    crumbs: list[tuple[str, str]],
    *,
    pid: int,
    canonical: str = "",
    description: str = "",
    og: str = "",
    sub: str = "Aktuelles",
) -> str:
    menu = []
    for label, base, items in ZV_MENU:
        active = " active" if label == sub else ""
        entries = "".join(
            f'<li class="dropdown-item-wrap"><a class="dropdown-item" href="{base}/{slug}" title="{attr(label2)}">'
            f'<span class="dropdown-text">{esc(label2)}<span class="dropdown-description">{esc(desc)}</span>'
            f"</span></a></li>\n"
            for label2, slug, desc in items
        )
        menu.append(
            f'<li class="nav-item dropdown dropdown-hover{active}">\n<a href="{base}" id="nav-item-{slugify(label)}" '
            f'class="nav-link dropdown-toggle" aria-haspopup="true" aria-expanded="false">'
            f'<span class="nav-link-text">{esc(label)}</span></a>\n<div class="dropdown-menu" '
            f'aria-labelledby="nav-item-{slugify(label)}">\n<ul class="dropdown-nav" data-level="2">\n{entries}</ul>\n'
            f'<div class="dropdown-teaser"><p>Schnellzugriff: <a href="/tarife/deutschlandticket">Deutschlandticket '
            f'bestellen</a> · <a href="/mobilitaet/buslinien">Fahrpläne</a></p></div>\n</div>\n</li>\n'
        )
    trail = "".join(
        f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{attr(label)}">'
        f'<span class="breadcrumb-text">{esc(label)}</span></a></li>\n'
        for label, href in crumbs
    )
    sidebar_items = "".join(
        f'<li class="nav-item"><a href="/aktuelles/{slug}" class="nav-link{" active" if label2 == title else ""}">'
        f'<span class="nav-link-text">{esc(label2)}</span></a></li>\n'
        for label2, slug, _ in ZV_MENU[4][2]
    )
    canon = (
        f'<link rel="canonical" href="https://www.nahverkehr-hellweg.test{canonical}">\n' if canonical else ""
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="de-DE">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->


<title>{esc(title)} | Zweckverband Nahverkehr Hellweg-Börde</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="description" content="{attr(description or "Der Zweckverband Nahverkehr Hellweg-Börde plant und finanziert den Busverkehr in sieben Kommunen.")}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="{og or "website"}">
<meta property="og:site_name" content="Zweckverband Nahverkehr Hellweg-Börde">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">

<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/fonts/284ba9c5345a729d38fc3d3bb72eea6caaef6180abbc77928e15e42297d05f8b/webfont.css?1712055124" media="all">
<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-0a7d3e91b5.css?1712055131" media="all">
<link rel="stylesheet" href="/_assets/e799cca3073eabb617dfebf5f7cabc53/Css/news-basic.css?1709812220" media="all">
<link rel="stylesheet" href="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/Css/custom.css?1712054807" media="all">

<script src="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/JavaScript/Dist/modernizr.min.js?1712054807" async="async"></script>
<link rel="alternate" type="application/rss+xml" title="Pressemitteilungen (RSS)" href="/aktuelles/pressemitteilungen/rss.xml">
{canon}<link rel="icon" href="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/Icons/favicon.ico">
</head>
<body id="p{pid}" class="page-{pid} pagelevel-2 language-0 backendlayout-subnavigation_left layout-default">

<div id="top"></div><div class="body-bg body-bg-top"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Zum Hauptinhalt springen</span></a>
<a class="visually-hidden-focusable page-skip-link" href="#page-footer"><span>Zur Fußzeile springen</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
<div class="container container-mainnavigation">
<a class="navbar-brand navbar-brand-image" title="Zweckverband Nahverkehr Hellweg-Börde – Startseite" href="/">
<img class="navbar-brand-logo-normal" src="/fileadmin/user_upload/logo-znhb.svg" alt="Zweckverband Nahverkehr Hellweg-Börde logo" height="52" width="180"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Navigation umschalten"><span class="navbar-toggler-icon"></span></button>
<nav aria-label="Hauptnavigation" id="mainnavigation" class="collapse navbar-collapse">
<ul class="navbar-nav">
{"".join(menu)}</ul>
<ul class="navbar-nav navbar-meta"><li class="nav-item"><a class="nav-link" href="/suche/" title="Suche"><span class="nav-link-text">Suche</span></a></li></ul>
</nav>
</div>
</header>
<nav class="breadcrumb-section" aria-label="Brotkrumennavigation">
<div class="container">
<p class="visually-hidden" id="breadcrumb">Sie sind hier:</p>
<ol class="breadcrumb">
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Startseite"><span class="breadcrumb-text">Startseite</span></a></li>
{trail}<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">{esc(title)}</span></li>
</ol>
</div>
</nav>
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default">
<div class="container">
<div class="section-row">
<main class="section-column maincontent-wrap" role="main">
{main}
</main>
<aside class="section-column subcontent-wrap">
<nav class="frame frame-type-subnavigation" aria-label="Unternavigation"><ul class="subnav-nav">
{sidebar_items}</ul></nav>
<div id="c71" class="frame frame-default frame-type-textpic frame-layout-default frame-background-light">
<div class="frame-container"><div class="frame-inner"><div class="frame-header"><h3 class="element-header"><span>Pressekontakt</span></h3></div>
<p>Miriam Okafor<br>Presse- und Öffentlichkeitsarbeit<br>Telefon 02921 3307-15<br><a href="mailto:presse@nahverkehr-hellweg.test">presse@nahverkehr-hellweg.test</a></p>
</div></div></div>
<div id="c72" class="frame frame-default frame-type-text frame-background-primary">
<div class="frame-container"><div class="frame-inner"><h3 class="element-header">Newsletter abonnieren</h3><p>Einmal im Monat alle Neuigkeiten rund um Bus und Bahn im Verbandsgebiet.</p><p><a href="/aktuelles/newsletter" class="btn btn-light">Jetzt anmelden</a></p></div></div></div>
</aside>
</div>
</div>
</div>
<!--TYPO3SEARCH_end-->
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content">
<div class="container"><div class="section-row">
<div class="section-column footer-section-content-column footer-section-content-column-left">
<div id="c5" class="frame frame-default frame-type-text"><h4>Zweckverband Nahverkehr Hellweg-Börde</h4><p>Bahnhofsallee 12<br>59471 Hellwerl<br>Telefon 02921 3307-0<br>info@nahverkehr-hellweg.test</p></div>
</div>
<div class="section-column footer-section-content-column footer-section-content-column-middle">
<div id="c6" class="frame frame-default frame-type-menu_pages"><h4>Service</h4><ul><li><a href="/kontakt" title="Kontakt"><span>Kontakt</span></a></li><li><a href="/aktuelles/presseservice" title="Presseservice"><span>Presseservice</span></a></li><li><a href="/intern/" title="Verbandsversammlung intern"><span>Verbandsversammlung intern</span></a></li></ul></div>
</div>
<div class="section-column footer-section-content-column footer-section-content-column-right">
<div id="c7" class="frame frame-default frame-type-text"><h4>Mitglieder</h4><p>Kreis Hellwerl · Stadt Lipphausen · Stadt Sassenhof · Gemeinde Oberbörde · Stadt Rüthenau · Gemeinde Welverstedt · Gemeinde Anrode</p></div>
</div>
</div></div>
</section>
<section class="section footer-section footer-section-meta">
<div class="frame frame-default frame-type-menu_pages"><div class="container">
<nav aria-label="Metanavigation"><ul class="footer-meta-navigation"><li><a href="/impressum" title="Impressum"><span>Impressum</span></a></li><li><a href="/datenschutz" title="Datenschutz"><span>Datenschutz</span></a></li><li><a href="/barrierefreiheit" title="Barrierefreiheit"><span>Barrierefreiheit</span></a></li></ul></nav>
<div class="footer-copyright"><p>© 2024 Zweckverband Nahverkehr Hellweg-Börde</p></div>
</div></div>
</section>
</footer>
<a class="scroll-top" title="Nach oben rollen" href="#top"><span class="scroll-top-icon"></span></a>
</div>
<script src="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/JavaScript/Dist/bootstrap.bundle.min.js?1712054807"></script>
<script src="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/Contrib/cookieconsent/cookieconsent.min.js?1712054807"></script>
<script>
window.addEventListener("load", function(){{ window.cookieconsent.initialise({{"layout":"basic","position":"bottom","theme":"classic","content":{{"message":"Diese Website verwendet Cookies, um Ihnen den bestmöglichen Service zu gewährleisten.","dismiss":"Verstanden!","link":"Mehr erfahren","href":"/datenschutz"}},"type":"info","revokable":false}}); }});
</script>
</body>
</html>
"""


def zv_item(r: Release, href: str, cls: str = "article articletype-0") -> str:
    return f"""<div class="{cls}" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="news-list-date"><time datetime="{r.iso}">{dmy(r.published)}<meta itemprop="datePublished" content="{r.iso}"></time></div>
<div class="header"><h3><a title="{attr(r.title)}" href="{href}"><span itemprop="headline">{esc(r.title)}</span></a></h3></div>
<div class="teaser-text"><div itemprop="description"><p>{esc(r.paragraphs[0])}</p></div>
<a class="more" title="{attr(r.title)}" href="{href}">Weiterlesen</a></div>
</div>
"""


def zv_cards(items: list[Release], href) -> str:  # type: ignore[no-untyped-def]
    cards = "".join(
        f'<div class="card-group-element-item"><div class="card"><div class="card-body">'
        f'<p class="card-subheader">{esc(o.category)} · {dmy(o.published)}</p><h3 class="card-title">{esc(o.title)}</h3>'
        f'<div class="card-text"><p>{esc(o.paragraphs[0])}</p></div></div><div class="card-footer">'
        f'<a href="{href(o)}" class="btn btn-primary" title="{attr(o.title)}"><span>Mehr erfahren: {esc(o.title)}</span>'
        f"</a></div></div></div>\n"
        for o in items
    )
    return (
        '<div id="c144" class="frame frame-default frame-type-card_group frame-layout-default frame-background-light">\n'
        '<div class="frame-container"><div class="frame-inner"><div class="frame-header"><h2 class="element-header">'
        "<span>Das könnte Sie auch interessieren</span></h2></div>\n"
        f'<div class="card-group-element card-group-element-align-left card-group-element-columns-3">\n{cards}</div>\n'
        "</div></div></div>"
    )


def build_zv(state: int) -> Host:
    st = timeline(101, ZV, ZV_SEEDS, ZV_NEW, date(2023, 6, 5), edited=4, removed=9, state=state)
    h = Host("www.nahverkehr-hellweg.test")
    h.truth.update(
        organisation=ZV.name,
        template="typo3-12-tx_news-bootstrap_package",
        boilerplate=ZV_BOILERPLATE,
        disallowed=["/typo3/", "/suche/", "/intern/"],
    )
    rels, newest = st.releases, st.releases[::-1]

    def detail(r: Release) -> str:
        return f"{ZV_LIST}/detail/{r.slug}"

    def old_style(r: Release) -> str:
        query = f"id=27&tx_news_pi1[action]=detail&tx_news_pi1[controller]=News&tx_news_pi1[news]={380 + 3 * r.number}"
        return f"/index.php?{query}&cHash={hashlib.md5(query.encode()).hexdigest()}"

    def crumbs(*extra: tuple[str, str]) -> list[tuple[str, str]]:
        return [("Aktuelles", "/aktuelles"), *extra]

    for r in rels:
        same = [o for o in newest if o is not r and o.category == r.category]
        cards = (same + [o for o in newest if o is not r and o not in same])[:3]
        quoted = f"https%3A%2F%2Fwww.nahverkehr-hellweg.test{detail(r).replace('/', '%2F')}"
        body = "".join(f"<p>{esc(p)}</p>\n" for p in r.paragraphs[1:])
        img = hashlib.md5(r.slug.encode()).hexdigest()[:10]
        main = f"""<div id="c143" class="frame frame-default frame-type-news_newsdetail frame-layout-default frame-size-default frame-height-default frame-background-none frame-space-before-none frame-space-after-none frame-no-backgroundimage">
<div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{esc(r.title)}</h1></div>
<div class="footer"><p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{r.iso}">{dmy(r.published)}</time></span>
<span class="news-list-category">{esc(r.category)}</span>
</p></div>
<div class="teaser-text" itemprop="description"><p>{esc(r.paragraphs[0])}</p></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image">
<img itemprop="image" src="/fileadmin/_processed_/{img[0]}/{img[1]}/csm_pm_{img}.jpg" width="750" height="422" alt="">
</div><p class="news-img-caption">Foto: ZNHB / Archiv</p></div></div>
<div class="news-text-wrap" itemprop="articleBody">
{body}</div>
<div class="news-backlink-wrap"><a href="{ZV_LIST}">Zurück zur Übersicht</a></div>
<div class="news-share"><p><strong>Teilen:</strong>
<a href="https://www.facebook.com/sharer/sharer.php?u={quoted}" target="_blank" rel="noopener">Facebook</a> ·
<a href="https://www.linkedin.com/sharing/share-offsite/?url={quoted}" target="_blank" rel="noopener">LinkedIn</a> ·
<a href="mailto:?subject={attr(r.title)}&amp;body={quoted}">E-Mail</a> ·
<a href="{detail(r)}?type=98" rel="nofollow" title="Seite drucken">Seite drucken</a></p></div>
</div>
</div>
</div></div></div></div>
</div>
{zv_cards(cards, detail)}"""
        page = zv_page(
            r.title,
            main,
            crumbs(("Pressemitteilungen", ZV_LIST)),
            pid=27,
            canonical=detail(r),
            description=r.teaser(20),
            og="article",
        )
        h.add(detail(r), page)
        announce(h, h.url(detail(r)), r, page, [o.title for o in cards] + [o.paragraphs[0] for o in cards])
        printed = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>{esc(r.title)} | Zweckverband Nahverkehr Hellweg-Börde</title>
<meta name="robots" content="noindex,follow">
<link rel="stylesheet" href="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/Css/print.css?1712054807" media="all">
</head>
<body class="print-view" onload="window.print();">
<div class="print-header"><img src="/fileadmin/user_upload/logo-znhb.svg" alt="Logo" width="180"><p>Zweckverband Nahverkehr Hellweg-Börde · Bahnhofsallee 12 · 59471 Hellwerl · Telefon 02921 3307-0</p></div>
<div class="news news-single"><div class="article">
<h1>{esc(r.title)}</h1>
<p class="news-list-date"><time datetime="{r.iso}">{dmy(r.published)}</time> · {esc(r.category)}</p>
<div class="teaser-text"><p>{esc(r.paragraphs[0])}</p></div>
<div class="news-text-wrap">
{body}</div>
</div></div>
<p class="print-footer">Quelle: https://www.nahverkehr-hellweg.test{detail(r)}</p>
</body>
</html>
"""
        h.variant(f"{detail(r)}?type=98", printed, detail(r))
        if r.number <= 6:
            h.variant(old_style(r), page, detail(r))
    notfound = zv_page(
        "Seite nicht gefunden",
        '<div class="frame"><h1>Seite nicht gefunden</h1><p>Die angeforderte '
        "Seite existiert nicht oder wurde verschoben.</p></div>",
        [],
        pid=404,
    )
    if state == 2:
        gone(h, detail(st.removed), notfound)
    h.add("/404.html", notfound)

    # listings: 6 per page, categories, monthly archive (tx_news date menu)
    cats = sorted({r.category for r in rels})
    months = sorted({(r.published.year, r.published.month) for r in rels}, reverse=True)
    filters = (
        '<div class="news-menu-view"><h4>Kategorien</h4><ul>'
        + "".join(f'<li><a href="{ZV_LIST}/kategorie/{slugify(c)}">{esc(c)}</a></li>' for c in cats)
        + '</ul><h4>Archiv</h4><ul class="news-archive">'
        + "".join(
            f'<li><a href="{ZV_LIST}/archiv/{y}/{m:02d}">{MONTHS[m - 1]} {y}</a></li>' for y, m in months
        )
        + "</ul></div>\n"
    )

    def listing(target: str, title: str, items: list[Release], pager: str = "", trail=None) -> None:  # type: ignore[no-untyped-def]
        inner = "".join(zv_item(o, detail(o)) for o in items)
        main = (
            f'<div id="c140" class="frame frame-default frame-type-news_pi1"><div class="frame-container">'
            f'<div class="frame-inner"><h1>{esc(title)}</h1>\n{filters}<div class="news"><div class="news-list-view" '
            f'id="news-container-140">\n{inner}</div>{pager}</div></div></div></div>'
        )
        h.add(target, zv_page(title, main, trail or crumbs(), pid=27), non=True)

    pages = [newest[i : i + 6] for i in range(0, len(newest), 6)]

    def page_url(n: int) -> str:
        return ZV_LIST if n == 1 else f"{ZV_LIST}/seite-{n}"

    for n, items in enumerate(pages, 1):
        links = "".join(
            f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{page_url(k)}">{k}</a></li>'
            for k in range(1, len(pages) + 1)
        )
        nxt = (
            f'<li class="page-item next"><a class="page-link" href="{page_url(n + 1)}" title="Nächste Seite">›</a></li>'
            if n < len(pages)
            else ""
        )
        pager = f'<nav aria-label="Seitennavigation"><ul class="f3-widget-paginator pagination">{links}{nxt}</ul></nav>'
        listing(
            page_url(n), "Pressemitteilungen" if n == 1 else f"Pressemitteilungen – Seite {n}", items, pager
        )
    for c in cats:
        listing(
            f"{ZV_LIST}/kategorie/{slugify(c)}",
            f"Pressemitteilungen: {c}",
            [o for o in newest if o.category == c],
            trail=crumbs(("Pressemitteilungen", ZV_LIST)),
        )
    for y, m in months:
        listing(
            f"{ZV_LIST}/archiv/{y}/{m:02d}",
            f"Pressemitteilungen {MONTHS[m - 1]} {y}",
            [o for o in newest if (o.published.year, o.published.month) == (y, m)],
            trail=crumbs(("Pressemitteilungen", ZV_LIST)),
        )

    # home, section and content pages
    slider = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""} carousel-item-type carousel-item-type-header">'
        f'<div class="carousel-content"><h2 class="carousel-header">{esc(o.title)}</h2><p><a href="{detail(o)}" '
        f'class="btn btn-primary">Zur Meldung</a></p></div></div>\n'
        for i, o in enumerate(newest[:2])
    )
    home = (
        f'<div id="c1" class="frame frame-type-carousel"><div class="carousel slide" data-bs-ride="carousel">'
        f'<div class="carousel-inner">\n{slider}</div></div></div>\n<div id="c2" class="frame frame-type-news_pi1">'
        f'<h2 class="element-header">Aktuelle Meldungen</h2><div class="news-list-view">\n'
        + "".join(zv_item(o, detail(o)) for o in newest[:3])
        + f'</div><p><a href="{ZV_LIST}" class="btn btn-secondary">Alle Pressemitteilungen</a></p></div>\n'
        '<div id="c3" class="frame frame-type-icon_group"><h2 class="element-header">Schnell zum Ziel</h2><ul>'
        + "".join(
            f'<li><a href="{base}/{items[0][1]}"><span>{esc(items[0][0])}</span><small>{esc(items[0][2])}</small></a></li>'
            for _, base, items in ZV_MENU
        )
        + "</ul></div>"
    )
    h.add("/", zv_page("Startseite", home, [], pid=1), non=True)
    for label, base, items in ZV_MENU:
        overview = "".join(f'<li><a href="{base}/{s}">{esc(lab)}</a><br>{esc(d)}</li>' for lab, s, d in items)
        extra = "".join(zv_item(o, detail(o)) for o in newest[:3]) if base == "/aktuelles" else ""
        h.add(
            base,
            zv_page(
                label,
                f'<div class="frame"><h1>{esc(label)}</h1><ul class="overview">{overview}</ul>{extra}</div>',
                [],
                pid=len(base),
                sub=label,
            ),
            non=True,
        )
        for lab, s, d in items:
            target = f"{base}/{s}"
            if target == ZV_LIST:
                continue
            text = [
                f"{d}.",
                f"Auf dieser Seite informiert der Zweckverband über {lab}. Fragen beantwortet die "
                "Geschäftsstelle in Hellwerl montags bis freitags zwischen 8 und 13 Uhr.",
            ]
            if s == "newsletter":
                text.append("Die Mai-Ausgabe des Newsletters enthält unter anderem diese Meldungen:")
                links = "".join(
                    f'<li><a href="{detail(o)}?utm_source=newsletter&amp;utm_medium=email&amp;'
                    f'utm_campaign=newsletter-2024-05">{esc(o.title)}</a></li>'
                    for o in newest[:4]
                )
                for o in newest[:4]:
                    qs = "utm_source=newsletter&utm_medium=email&utm_campaign=newsletter-2024-05"
                    if f"{detail(o)}?{qs}" not in h.res:
                        h.variant(f"{detail(o)}?{qs}", h.res[detail(o)].body.decode(), detail(o))
            elif s == "presseservice":
                text.append("Meldungen aus dem Archiv (Auswahl):")
                links = "".join(
                    f'<li><a href="{attr(old_style(o))}">{esc(o.title)}</a></li>'
                    for o in rels
                    if o.number <= 6
                )
            elif s == "termine":
                text.append(
                    "Die Verbandsversammlung tagt am 27. Juni 2024 und am 12. Dezember 2024 jeweils um 16 Uhr "
                    "im Sitzungssaal des Kreishauses Hellwerl. Der Verkehrsausschuss tagt am 6. Juni 2024."
                )
                links = ""
            else:
                links = ""
            content = "".join(f"<p>{esc(p)}</p>" for p in text) + (f"<ul>{links}</ul>" if links else "")
            h.add(
                target,
                zv_page(
                    lab,
                    f'<div class="frame frame-type-text"><h1>{esc(lab)}</h1>{content}</div>',
                    [(label, base)],
                    pid=len(target),
                    sub=label,
                ),
                non=True,
            )
    for target, (title, paras) in ZV_STATIC.items():
        h.add(
            target,
            zv_page(
                title,
                f'<div class="frame"><h1>{esc(title)}</h1>'
                + "".join(f"<p>{esc(p)}</p>" for p in paras)
                + "</div>",
                [],
                pid=len(target),
            ),
            non=True,
        )
    h.add(
        "/suche/",
        zv_page(
            "Suche",
            '<h1>Suche</h1><form action="/suche/" method="get"><input name="tx_indexedsearch_pi2[search][sword]"></form>',
            [],
            pid=9,
        ),
    )
    h.add("/intern/", zv_page("Anmeldung", "<h1>Anmeldung</h1><p>Bitte melden Sie sich an.</p>", [], pid=8))

    # feed, sitemaps, robots
    items = "".join(
        f"<item><title>{esc(o.title)}</title><link>https://www.nahverkehr-hellweg.test{detail(o)}</link>"
        f"<description>{esc(o.paragraphs[0])}</description><category>{esc(o.category)}</category>"
        f'<pubDate>{rfc822(o)}</pubDate><guid isPermaLink="false">news-{380 + 3 * o.number}</guid></item>\n'
        for o in newest[:10]
    )
    h.add(
        f"{ZV_LIST}/rss.xml",
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>'
        "<title>Pressemitteilungen – Zweckverband Nahverkehr Hellweg-Börde</title><link>https://www.nahverkehr-hellweg.test/"
        f"</link><description>Aktuelle Meldungen</description><language>de-DE</language>\n{items}</channel>\n</rss>\n",
        ctype="application/rss+xml; charset=utf-8",
        non=True,
    )
    xsl = '<?xml-stylesheet type="text/xsl" href="/typo3/sysext/seo/Resources/Public/CSS/Sitemap.xsl"?>\n'
    chash = {k: hashlib.md5(k.encode()).hexdigest() for k in ("pages", "news")}
    h.add(
        "/sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n{xsl}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<sitemap><loc>https://www.nahverkehr-hellweg.test/sitemap.xml?sitemap={k}&amp;cHash={v}</loc>"
            f"<lastmod>{(TOMORROW if state == 2 else TODAY).isoformat()}T06:00:00+00:00</lastmod></sitemap>\n"
            for k, v in chash.items()
        )
        + "</sitemapindex>\n",
        non=True,
    )
    static = sorted(
        t
        for t in h.res
        if t.count("/") <= 3
        and "?" not in t
        and not t.endswith((".xml", ".html"))
        and not t.startswith(("/suche", "/intern", ZV_LIST + "/"))
    )
    urls = {"pages": [(t, TODAY) for t in static], "news": [(detail(o), o.published) for o in rels]}
    for k, v in chash.items():
        body = "".join(
            f"<url><loc>https://www.nahverkehr-hellweg.test{t}</loc><lastmod>{d.isoformat()}T10:00:00+00:00</lastmod></url>\n"
            for t, d in urls[k]
        )
        h.add(
            f"/sitemap.xml?sitemap={k}&cHash={v}",
            f'<?xml version="1.0" encoding="UTF-8"?>\n{xsl}<urlset '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n',
            ctype="application/xml; charset=utf-8",
            non=True,
        )
    h.add(
        "/robots.txt",
        "User-agent: *\nDisallow: /typo3/\nDisallow: /typo3_src/\nDisallow: /typo3conf/\n"
        "Disallow: /*?tx_indexedsearch\nDisallow: /suche/\nDisallow: /intern/\n\n"
        "Sitemap: https://www.nahverkehr-hellweg.test/sitemap.xml\n",
    )
    finish(h, st, lambda r: h.url(detail(r)))
    return h
