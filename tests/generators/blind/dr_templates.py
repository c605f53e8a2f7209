# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""The Drupal 10 (Olivero) town association's page shell and date stamp (templates of ``dr.py``)."""

from __future__ import annotations

from datetime import date

from tests.generators.blind.dr_data import DRH
from tests.generators.blind.text import dmy, esc


def dr_stamp(d: date, hour: int, minute: int) -> str:
    return f"{('Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So')[d.weekday()]}., {dmy(d)} - {hour:02d}:{minute:02d}"


def dr_page(
    title: str,
    main: str,
    *,
    path_class: str,
    crumbs: list[tuple[str, str]],
    sidebar: str = "",
    head: str = "",
) -> str:
    menu = [
        ("Aktuelles", "/aktuelles"),
        ("Termine", "/termine"),
        ("Über uns", "/ueber-uns"),
        ("Stadtratsfraktion", "/fraktion"),
        ("Kontakt", "/kontakt"),
    ]
    items = "".join(
        f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">'
        f'<a href="{u}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="{u[1:]}">'
        f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(lab)}</span></a></li>\n'
        for lab, u in menu
    )
    trail = "".join(
        f'<li class="breadcrumb__item"><a href="{u}" class="breadcrumb__link">{esc(lab)}</a></li>'
        for lab, u in crumbs
    )
    return f"""<!DOCTYPE html>
<html lang="de" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head}<link rel="icon" href="/themes/custom/cdu_olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="CDU Wendhausen" href="{DRH}/rss.xml" />
    <title>{esc(title)} | CDU Stadtverband Wendhausen</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_q3Yx0mH7sOq1S7kQ2v8rG0pJ9rX5tWcA0vXH4hBqZ1E.css?delta=0&amp;language=de&amp;theme=cdu_olivero&amp;include=eJxdjEEKwzAMBD_kxk8y63rrGGTJyKHQ3zekkEMvwzIDW4QfyzDbw9qE6zmu" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPathIsAdmin":false,"currentLanguage":"de"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"8a0c2b3f"}}}}</script>
  </head>
  <body class="{path_class}">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Direkt zum Inhalt
    </a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
          <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
            <div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Hauptmenü fixieren" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
            <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-cdu-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-cdu-wendhausen.svg" alt="Startseite" fetchpriority="high" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Startseite" rel="home">CDU Stadtverband Wendhausen</a></div><div class="site-branding__slogan">Für Wendhausen. Mit Herz und Verstand.</div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Hauptmenü" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menü</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav  id="block-cdu-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-cdu-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-cdu-olivero-main-menu-menu">Hauptnavigation</h2>
<ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{items}</ul>
</nav>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-cdu-olivero-search-form-wide" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Suche</label><input title="Die Begriffe eingeben, nach denen gesucht werden soll." placeholder="Suchbegriffe eingeben" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div><div class="form-actions js-form-wrapper form-wrapper"><input class="button js-form-submit form-submit" type="submit" id="edit-submit" value="Suche" /></div></form>
</div>
</div>
            </div></div>
          </div>
        </header>
            <div id="main-wrapper" class="layout-main-wrapper layout-container">
        <div id="main" class="layout-main">
          <div class="main-content">
            <a id="main-content" tabindex="-1"></a>
            <div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-cdu-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Pfadnavigation</h2>
    <div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Startseite</a></li>{trail}</ol></div>
  </nav>
</div>
            </div>
            <div class="main-content__container container">
              <div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-cdu-olivero-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title">{esc(title)}</h1>
</div>
              </div>
              <div class="sidebar-grid grid-full">
                <main role="main" class="site-main">
                  <div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-cdu-olivero-content" class="block block-system block-system-main-block">
{main}
</div>
                  </div>
                </main>
                <div class="region region--sidebar">
{sidebar}
<div id="block-mitgliedwerden" class="block block-block-content"><h2 class="block__title">Mitglied werden</h2><div class="block__content"><p>Gestalten Sie Wendhausen mit! Werden Sie Mitglied in der CDU.</p><p><a href="https://www.cdu.de/mitglied-werden">Jetzt online Mitglied werden</a></p></div></div>
                </div>
              </div>
            </div>
          </div>
          <div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-cdu-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block"><div class="block-content"><a href="/rss.xml" class="feed-icon">Abonnieren RSS-Feed</a></div></div></div></div></div>
        </div>
      </div>
      <footer class="site-footer">
        <div class="site-footer__inner container">
          <div class="region region--footer-top grid-full layout--pass--content-medium">
<div id="block-adresse" class="block block-block-content"><div class="block__content"><p>CDU Stadtverband Wendhausen · Kolpingstraße 11 · 48231 Wendhausen · Telefon 02581 46 22 90 · info@cdu-wendhausen.test</p></div></div>
          </div>
          <div class="region region--footer-bottom grid-full layout--pass--content-medium">
<nav  id="block-cdu-olivero-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-cdu-olivero-footer-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-cdu-olivero-footer-menu">Fußzeile</h2>
<ul class="menu"><li class="menu__item"><a href="/impressum" class="menu__link">Impressum</a></li><li class="menu__item"><a href="/datenschutz" class="menu__link">Datenschutz</a></li><li class="menu__item"><a href="/kontakt" class="menu__link">Kontakt</a></li><li class="menu__item"><a href="/user/login" class="menu__link">Anmelden</a></li></ul></nav>
          </div>
        </div>
      </footer>
      <div class="overlay" data-drupal-selector="overlay"></div>
  </div>
</div>
  </div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>Wir nutzen Cookies, um die Nutzung der Website auszuwerten. Mit Klick auf „Zustimmen“ erklären Sie sich einverstanden.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Zustimmen</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Ablehnen</button></div></div></div></div>
<script src="/sites/default/files/js/js_7xkyT0vMZOO8bJ2sVAfiNpv0sE9f8hYy2Mv3FXX3cXw.js?scope=footer&amp;delta=0&amp;language=de&amp;theme=cdu_olivero&amp;include=eJxdjEEKwzAMBD_kxk8y63rrGGTJyKHQ3zekkEMvwzIDW4QfyzDbw9qE6zmu"></script>
  </body>
</html>
"""
