# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""The public transport association's TYPO3 markup: page shell, list items, topic cards, and the
article page with its print copy (templates of ``zv.py``)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from tests.generators.blind.text import Release, attr, dmy, esc, slugify
from tests.generators.blind.zv_data import ZV_LIST, ZV_MENU


def detail(r: Release) -> str:
    return f"{ZV_LIST}/detail/{r.slug}"


def old_style(r: Release) -> str:
    query = f"id=27&tx_news_pi1[action]=detail&tx_news_pi1[controller]=News&tx_news_pi1[news]={380 + 3 * r.number}"
    return f"/index.php?{query}&cHash={hashlib.md5(query.encode()).hexdigest()}"


def crumbs(*extra: tuple[str, str]) -> list[tuple[str, str]]:
    return [("Aktuelles", "/aktuelles"), *extra]


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


def zv_cards(items: list[Release], href: Callable[[Release], str]) -> str:
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


def article(r: Release, cards: list[Release]) -> tuple[str, str]:
    """The article page and its print copy (``?type=98``)."""
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
    return page, printed
