# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""The municipal portal's page shell and its Rathaus mega menu (templates of ``city.py``)."""

from __future__ import annotations

from tests.generators.blind.city_data import (
    CITY_LIST,
    CITY_SECTIONS,
    SERVICES,
)
from tests.generators.blind.text import (
    esc,
    slugify,
)


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
