"""The Drupal 9 county association's markup: Olivero page shell, node pages, print view, teasers,
views with pagers, the RSS of a view (drupal.py is the site and what it serves)."""

from __future__ import annotations

import json
from datetime import datetime

from tests.generators.dev.base import attr, esc, rfc822
from tests.generators.heldout.base import HeldoutSite, digest, iso_utc, local_moment
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import MONTHS, WEEKDAYS, Release


class DrupalMarkup(HeldoutSite):
    """How the Drupal site writes a page; :meth:`DrupalSite.prepare` sets the numbers it uses."""

    refs: dict[int, Release]  # release index → the older release it refers to
    nid: dict[int, int]  # release uid → node id
    tids: dict[str, int]  # topic tag → taxonomy term id

    MENU = (
        ("/", "Start"),
        ("/presse", "Presse"),
        ("/termine", "Termine"),
        ("/kreisvorstand", "Kreisvorstand"),
        ("/mitmachen/mitglied-werden", "Mitmachen"),
        ("/kontakt", "Kontakt"),
    )

    def path(self, r: Release) -> str:
        return f"/presse/{r.slug}"

    def node(self, r: Release) -> str:
        return f"/node/{self.nid[r.uid]}"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    @staticmethod
    def medium(moment: datetime) -> str:
        """Drupal's "medium" format in German: ``Di., 12.03.2024 - 10:15``."""
        short = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")[moment.weekday()]
        return f"{short}, {moment:%d.%m.%Y - %H:%M}"

    def time(self, r: Release, text: str | None = None) -> str:
        moment = local_moment(r)
        day = f"{moment.day}. {MONTHS[moment.month - 1]} {moment.year}"
        long = f"{WEEKDAYS[moment.weekday()]}, {day} - {moment:%H:%M}"
        return (
            f'<time datetime="{iso_utc(moment)}" title="{long}" class="datetime">'
            f"{text or self.medium(moment)}</time>"
        )

    # -- layout ----------------------------------------------------------------------------
    def page(
        self,
        out: HostBuilder,
        title: str,
        content: str,
        *,
        canonical: str | None,
        shortlink: str | None = None,
        body_class: str = "path-node page-node-type-page",
        crumbs: tuple[tuple[str, str], ...] = (),
        feed: str | None = None,
        heading: bool = True,
    ) -> str:
        menu = "".join(
            f'<li class="menu-item"><a href="{href}" '
            f'data-drupal-link-system-path="{href.strip("/") or "<front>"}">'
            f"{esc(label)}</a></li>"
            for href, label in self.MENU
        )
        head_links = f'<link rel="canonical" href="{attr(canonical)}" />\n' if canonical else ""
        if shortlink:
            head_links += f'<link rel="shortlink" href="{attr(shortlink)}" />\n'
        if feed:
            head_links += (
                f'<link rel="alternate" type="application/rss+xml" title="{attr(title)}" '
                f'href="{attr(feed)}" />\n'
            )
        trail = "".join(
            f'<li><a href="{href}">{esc(label)}</a></li>' for href, label in (("/", "Startseite"), *crumbs)
        )
        cookie = json.dumps(
            {
                "path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentLanguage": "de"},
                "eu_cookie_compliance": {
                    "cookie_policy_version": "1.0.0",
                    "popup_enabled": True,
                    "popup_html_info": (
                        '<div aria-labelledby="popup-text" class="eu-cookie-compliance-banner '
                        'eu-cookie-compliance-banner-info"><div class="popup-content info '
                        'eu-cookie-compliance-content"><div id="popup-text" '
                        'class="eu-cookie-compliance-message" '
                        'role="document"><h2>Wir verwenden Cookies auf dieser Website, um Ihr '
                        "Nutzererlebnis zu verbessern</h2><p>Durch Klicken auf „OK“ stimmen Sie dem zu.</p>"
                        '</div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button '
                        'type="button" class="agree-button eu-cookie-compliance-default-button">OK, ich '
                        "stimme "
                        'zu</button><button type="button" class="decline-button">Nein, '
                        "danke</button></div></div>"
                        "</div>"
                    ),
                    "popup_link": "/datenschutz",
                },
                "user": {"uid": 0, "permissionsHash": digest("perm")[:40]},
            },
            ensure_ascii=False,
        )
        title_block = (
            '<div id="block-wesertal-page-title" class="block block-core block-page-title-block">\n'
            f'  <h1 class="page-title"><span class="field field--name-title field--type-string '
            f'field--label-hidden">{esc(title)}</span></h1>\n</div>\n'
            if heading
            else ""
        )
        events = (
            '<div class="views-row"><div class="views-field views-field-field-datum"><time '
            'datetime="2024-12-04T18:00:00Z" class="datetime">Mi., 04.12.2024 - 19:00</time></div>'
            '<div class="views-field views-field-title">Kreismitgliederversammlung, Bürgerhaus '
            "Wesertal</div></div>"
            '<div class="views-row"><div class="views-field views-field-field-datum"><time '
            'datetime="2024-12-14T09:00:00Z" class="datetime">Sa., 14.12.2024 - 10:00</time></div>'
            '<div class="views-field views-field-title">Infostand Wochenmarkt</div></div>'
        )
        return (
            '<!DOCTYPE html>\n<html lang="de" dir="ltr" prefix="content: '
            "http://purl.org/rss/1.0/modules/content/  "
            "dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: "
            "http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: "
            'http://rdfs.org/sioc/ns#">\n'
            '  <head>\n    <meta charset="utf-8" />\n'
            f"{head_links}"
            '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />\n'
            '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" '
            "/>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<link rel="icon" href="/themes/custom/wesertal/favicon.ico" type="image/vnd.microsoft.icon" />\n'
            f"    <title>{esc(title)} | GRÜNE Wesertal</title>\n"
            '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx3fR0aWv2.css" />\n'
            "  </head>\n"
            f'  <body class="{body_class}">\n'
            '        <a href="#main-content" class="visually-hidden focusable skip-link">\n      Direkt zum '
            "Inhalt\n"
            '    </a>\n    \n      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            '    <div class="layout-container">\n  <header role="banner">\n    <div class="region '
            'region-header">\n'
            '    <div id="block-wesertal-branding" class="block block-system block-system-branding-block">\n'
            '      <a href="/" rel="home" class="site-logo"><img src="/themes/custom/wesertal/logo.svg" '
            'alt="Startseite" /></a>\n      <div class="site-name"><a href="/" rel="home">GRÜNE '
            "Wesertal</a></div>\n"
            '      <div class="site-slogan">Kreisverband Wesertal von BÜNDNIS 90/DIE GRÜNEN</div>\n  </div>\n'
            "  </div>\n  </header>\n"
            '  <div class="region region-primary-menu">\n<nav role="navigation" '
            'aria-labelledby="block-wesertal-main-menu-menu" id="block-wesertal-main-menu">\n'
            '  <h2 class="visually-hidden" id="block-wesertal-main-menu-menu">Hauptnavigation</h2>\n'
            f'  <ul class="menu menu--main nav">{menu}</ul>\n</nav>\n  </div>\n'
            '  <div class="region region-breadcrumb">\n<div id="block-wesertal-breadcrumbs" class="block '
            'block-system block-system-breadcrumb-block">\n  <nav class="breadcrumb" role="navigation" '
            'aria-labelledby="system-breadcrumb">\n    <h2 id="system-breadcrumb" class="visually-hidden">'
            f"Pfadnavigation</h2>\n    <ol>{trail}</ol>\n  </nav>\n</div>\n  </div>\n"
            '  <main role="main">\n    <a id="main-content" tabindex="-1"></a>\n    <div '
            'class="layout-content">\n'
            '  <div class="region region-content">\n    <div data-drupal-messages-fallback '
            'class="hidden"></div>\n'
            f"{title_block}"
            '<div id="block-wesertal-content" class="block block-system block-system-main-block">\n'
            f"{content}\n</div>\n  </div>\n    </div>\n"
            '    <aside class="layout-sidebar-second" role="complementary">\n'
            '  <div class="region region-sidebar-second">\n'
            '<div class="views-element-container block block-views block-views-blocktermine-block-1" '
            'id="block-naechste-termine">\n  <h2>Nächste Termine</h2>\n'
            '  <div><div class="view view-termine view-id-termine view-display-id-block_1"><div '
            f'class="view-content">{events}'
            "</div></div></div>\n</div>\n"
            '<div id="block-mitmachen" class="block block-block-content">\n  <h2>Mitmachen!</h2>\n'
            '  <div class="clearfix text-formatted field field--name-body"><p>Grüne Politik lebt vom '
            'Mitmachen.</p><p><a href="/mitmachen/mitglied-werden">Jetzt Mitglied '
            "werden</a></p></div>\n</div>\n"
            "  </div>\n    </aside>\n  </main>\n"
            '  <footer role="contentinfo">\n    <div class="region region-footer">\n'
            '<nav role="navigation" aria-labelledby="block-wesertal-footer-menu" '
            'id="block-wesertal-footer">\n'
            '  <h2 class="visually-hidden" id="block-wesertal-footer-menu">Fußzeile</h2>\n'
            '  <ul class="menu menu--footer nav"><li class="menu-item"><a '
            'href="/impressum">Impressum</a></li>'
            '<li class="menu-item"><a href="/datenschutz">Datenschutz</a></li><li class="menu-item"><a '
            'href="/kontakt">Kontakt</a></li><li class="menu-item"><a href="/user/login">Anmelden</a></li>'
            "</ul>\n</nav>\n"
            '<div id="block-adresse" class="block block-block-content"><p>© 2024 BÜNDNIS 90/DIE GRÜNEN '
            "Kreisverband Wesertal · Am Markt 7 · 31785 Wesertal</p></div>\n    </div>\n  </footer>\n"
            "</div>\n  </div>\n\n    \n"
            '    <script type="application/json" '
            f'data-drupal-selector="drupal-settings-json">{cookie}</script>\n'
            '<script src="/sites/default/files/js/js_8Yq0rN2Wm1.js"></script>\n  </body>\n</html>\n'
        )

    def full(self, out: HostBuilder, r: Release) -> str:
        parts = []
        for p in r.paragraphs:
            if r.index in self.refs and p.startswith("Bereits am"):
                older = self.refs[r.index]
                # editors paste either the node's short URL or the full https address from the browser
                href = self.node(older) if r.index % 2 else f"https://{self.host}{self.path(older)}"
                parts.append(f"<p>{self.linked_paragraph(p, older, href)}</p>")
            else:
                parts.append(f"<p>{esc(p)}</p>")
        tid = self.tids[r.topic.tag]
        content = (
            f'<article data-history-node-id="{self.nid[r.uid]}" role="article" about="{self.path(r)}" '
            'class="node node--type-article node--promoted node--view-mode-full">\n\n  \n    \n\n'
            '      <footer class="node__meta">\n        <div class="node__submitted">\n          '
            "Veröffentlicht von "
            '<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span '
            'lang="" about="/user/3" typeof="schema:Person" property="schema:name" '
            'datatype="">redaktion</span>'
            f'</span>\n am <span class="field field--name-created field--type-created field--label-hidden">'
            f"{self.time(r)}</span>\n        </div>\n      </footer>\n    \n"
            '  <div class="node__content">\n    \n'
            '            <div class="clearfix text-formatted field field--name-body '
            "field--type-text-with-summary "
            f'field--label-hidden field__item">{"".join(parts)}</div>\n      \n'
            '  <div class="field field--name-field-tags field--type-entity-reference field--label-above '
            'clearfix">\n'
            '    <h3 class="field__label">Schlagworte</h3>\n    <ul class="links field__items">\n'
            f'          <li><a href="/schlagworte/{r.topic.tag}" hreflang="de" data-tid="{tid}">'
            f"{esc(r.topic.label)}</a></li>\n      </ul>\n</div>\n"
            '  <ul class="links inline"><li class="print"><a href="'
            f'{self.node(r)}/printable/print" class="print-page" rel="nofollow">Druckversion</a></li></ul>\n'
            "  </div>\n\n</article>\n"
        )
        return self.page(
            out,
            r.title,
            content,
            canonical=self.url_of(out, r),
            shortlink=out.url(self.node(r)),
            body_class="path-node page-node-type-article",
            crumbs=(("/presse", "Presse"),),
        )

    def printable(self, out: HostBuilder, r: Release) -> str:
        paragraphs = "".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)
        return (
            '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8" />\n'
            f"<title>{esc(r.title)}</title>\n"
            '<link rel="stylesheet" href="/modules/contrib/printable/css/print.css" />\n</head>\n<body>\n'
            '<div class="print-logo"><img src="/themes/custom/wesertal/logo.svg" alt="GRÜNE Wesertal" '
            "/></div>\n"
            '<div class="print-content">\n'
            f'<article class="node node--type-article node--view-mode-printable">\n<h1>{esc(r.title)}</h1>\n'
            f'<div class="node__submitted">Veröffentlicht von redaktion am {self.time(r)}</div>\n'
            f'<div class="field field--name-body">{paragraphs}</div>\n</article>\n</div>\n'
            f'<div class="print-footer">Quell-URL: {esc(self.url_of(out, r))}</div>\n'
            "<script>window.print();</script>\n</body>\n</html>\n"
        )

    def teaser(self, r: Release, campaign: str = "") -> str:
        href = self.path(r) + campaign
        return (
            '<div class="views-row">\n<article role="article" about="'
            f'{self.path(r)}" class="node node--type-article node--promoted node--view-mode-teaser">\n'
            f'  <h2><a href="{attr(href)}" rel="bookmark"><span class="field '
            f'field--name-title">{esc(r.title)}'
            "</span></a></h2>\n"
            '  <footer class="node__meta"><div class="node__submitted">Veröffentlicht von redaktion am '
            f"{self.time(r)}"
            "</div></footer>\n"
            '  <div class="node__content"><div class="clearfix text-formatted field field--name-body '
            "field--type-text-with-summary field--label-hidden "
            f'field__item"><p>{esc(r.teaser(220))}</p></div>\n'
            f'  <ul class="links inline"><li class="node-readmore"><a href="{attr(href)}" rel="tag" '
            f'title="{attr(r.title)}" hreflang="de">Weiterlesen<span class="visually-hidden"> über '
            f"{esc(r.title)}</span></a></li></ul>\n  </div>\n</article>\n</div>\n"
        )

    @staticmethod
    def pager(number: int, total: int) -> str:
        """Drupal's full pager (page numbers from 0, hrefs relative to the current path)."""
        items = []
        if number > 0:
            items.append(
                '<li class="pager__item pager__item--first"><a href="?page=0" title="Zur ersten Seite">'
                '<span class="visually-hidden">Erste Seite</span><span aria-hidden="true">« '
                "Erste</span></a></li>"
            )
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={number - 1}" '
                'title="Zur vorherigen Seite" rel="prev"><span class="visually-hidden">Vorherige Seite</span>'
                '<span aria-hidden="true">‹‹</span></a></li>'
            )
        for k in range(total):
            current = " is-active" if k == number else ""
            label = "Aktuelle Seite" if k == number else "Seite"
            items.append(
                f'<li class="pager__item{current}"><a href="?page={k}" title="Gehe zu Seite {k + 1}">'
                f'<span class="visually-hidden">{label}</span>{k + 1}</a></li>'
            )
        if number + 1 < total:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={number + 1}" '
                'title="Zur nächsten Seite" rel="next"><span class="visually-hidden">Nächste Seite</span>'
                '<span aria-hidden="true">››</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last"><a href="?page={total - 1}" title="Zur letzten '
                'Seite">'
                '<span class="visually-hidden">Letzte Seite</span><span aria-hidden="true">Letzte '
                "»</span></a></li>"
            )
        return (
            '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">\n'
            '<h4 id="pagination-heading" class="visually-hidden">Seitennummerierung</h4>\n'
            f'<ul class="pager__items js-pager__items">{"".join(items)}</ul>\n</nav>\n'
        )

    def view(self, name: str, rows: str, pager: str = "", header: str = "", feed: str = "") -> str:
        dom = digest("view", name, rows)[:12]
        return (
            f'<div class="views-element-container"><div class="view view-{name} view-id-{name} '
            f'view-display-id-page_1 js-view-dom-id-{dom}">\n'
            + (f'<div class="view-header">{header}</div>\n' if header else "")
            + f'<div class="view-content">\n{rows}</div>\n{pager}{feed}</div>\n</div>\n'
        )

    def years_block(self, releases: list[Release]) -> str:
        years = sorted({r.published.year for r in releases}, reverse=True)
        counts = {y: sum(r.published.year == y for r in releases) for y in years}
        return (
            '<div class="view-footer"><h3>Archiv</h3><ul class="views-summary">'
            + "".join(f'<li><a href="/presse/archiv/{y}">{y}</a> ({counts[y]})</li>' for y in years)
            + "</ul></div>\n"
        )

    def basic(self, out: HostBuilder, path: str, title: str, text: str) -> str:
        content = (
            f'<article role="article" about="{path}" class="node node--type-page node--view-mode-full">\n'
            '  <div class="node__content">\n    <div class="clearfix text-formatted field field--name-body '
            f'field--type-text-with-summary field--label-hidden field__item"><p>{esc(text)}</p></div>\n'
            "  </div>\n</article>\n"
        )
        return self.page(out, title, content, canonical=out.url(path))

    def rss(self, out: HostBuilder, title: str, link: str, items: list[Release]) -> str:
        rows = "".join(
            "  <item>\n"
            f"    <title>{esc(r.title)}</title>\n    <link>{esc(self.url_of(out, r))}</link>\n"
            f"    <description>{esc('<p>' + esc(r.teaser(220)) + '</p>')}</description>\n"
            f"    <pubDate>{rfc822(r)}</pubDate>\n    <dc:creator>redaktion</dc:creator>\n"
            f'    <guid isPermaLink="false">{self.nid[r.uid]} at {out.url("")}</guid>\n  </item>\n'
            for r in items
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
            f'{out.url("")}" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f"    <title>{esc(title)}</title>\n    <link>{esc(link)}</link>\n"
            "    <description></description>\n    <language>de</language>\n"
            f'    <atom:link href="{esc(link)}" rel="self" type="application/rss+xml" />\n{rows}  '
            "</channel>\n</rss>\n"
        )

    # -- the whole site --------------------------------------------------------------------
