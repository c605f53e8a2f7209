"""b) Drupal 9 county association (www.gruene-wesertal.test)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from tests.generators.dev.base import attr, dmy, esc, rfc822
from tests.generators.heldout.base import HeldoutSite, digest, iso_local, iso_utc, local_moment
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import MONTHS, WEEKDAYS, Org, Release


# ==============================================================================================
# b) Drupal 9 county association: aliases + /node/N, views, sitemap.xml
# ==============================================================================================
class DrupalSite(HeldoutSite):
    host = "www.gruene-wesertal.test"
    template = "drupal9"
    count = 22
    uid_start = 212
    first_day = date(2022, 3, 7)
    last_day = date(2024, 11, 22)
    org = Org(
        kind="party",
        name="GRÜNE Wesertal",
        subject="Der Kreisverband der GRÜNEN",
        short="GRÜNE",
        town="Wesertal",
        email_domain="gruene-wesertal.test",
        phone="05151 2718",
        roles=(
            ("Kreisvorstandssprecher", "Kreisvorstandssprecherin"),
            ("Fraktionsvorsitzender im Kreistag", "Fraktionsvorsitzende im Kreistag"),
            ("Kreistagsabgeordneter", "Kreistagsabgeordnete"),
            ("Schatzmeister", "Schatzmeisterin"),
            ("Sprecher der Grünen Jugend", "Sprecherin der Grünen Jugend"),
        ),
    )
    BOILERPLATE = (
        "Direkt zum Inhalt",
        "Pfadnavigation",
        "Hauptnavigation",
        "Kreisverband Wesertal von BÜNDNIS 90/DIE GRÜNEN",
        "Nächste Termine",
        "Kreismitgliederversammlung",
        "Jetzt Mitglied werden",
        "Wir verwenden Cookies",
        "Am Markt 7",
        "Veröffentlicht von",
        "Schlagworte",
        "Druckversion",
        "Seitennummerierung",
        "Weiterlesen",
    )
    MENU = (
        ("/", "Start"),
        ("/presse", "Presse"),
        ("/termine", "Termine"),
        ("/kreisvorstand", "Kreisvorstand"),
        ("/mitmachen/mitglied-werden", "Mitmachen"),
        ("/kontakt", "Kontakt"),
    )
    per_page = 8
    front_per_page = 6
    CROSS = (5, 9, 13, 16, 20)
    CAMPAIGN = "?mtm_campaign=startseite&mtm_source=hero"

    def prepare(self) -> None:
        self.refs = self.with_cross_references(self.CROSS)
        self.nid = {r.uid: r.uid for r in self.base}
        self.tids = {
            t.tag: 3 + k for k, t in enumerate(sorted({r.topic for r in self.base}, key=lambda t: t.tag))
        }

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
    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/admin/", "/comment/reply/", "/search/", "/user/login", "/user/register"]
        newest_first = list(reversed(releases))
        for r in releases:
            page = self.full(out, r)
            out.add(self.path(r), page)
            out.add(self.node(r), page)  # the same node under its system path, canonical to the alias
            self.announce(out, r)
            url = self.url_of(out, r)
            truth["variants"][out.url(self.node(r))] = url
            printed = f"{self.node(r)}/printable/print"
            out.add(printed, self.printable(out, r))
            truth["variants"][out.url(printed)] = url
            if r.index in self.refs:
                older = self.refs[r.index]
                if not r.index % 2:
                    truth["variants"][f"https://{self.host}{self.path(older)}"] = self.url_of(out, older)
        for r in newest_first[:2]:  # so does Drupal (Matomo reads the campaign in the browser)
            out.add(self.path(r) + self.CAMPAIGN, out.resources[self.path(r)].body)
            truth["variants"][self.url_of(out, r) + self.CAMPAIGN] = self.url_of(out, r)
        # /presse: views page with ?page=N (and ?page=0, the pager's "first page" link)
        chunks = self.pages(newest_first, self.per_page)
        for number, chunk in enumerate(chunks):
            content = self.view(
                "presse",
                "".join(self.teaser(r) for r in chunk),
                self.pager(number, len(chunks)),
                header="<p>Pressemitteilungen des Kreisverbands und der Kreistagsfraktion.</p>",
                feed=self.years_block(releases),
            )
            body = self.page(
                out,
                "Presse",
                content,
                canonical=out.url("/presse" + (f"?page={number}" if number else "")),
                body_class="path-presse",
                feed=out.url("/rss.xml"),
            )
            targets = [f"/presse?page={number}"] + (["/presse"] if number == 0 else [])
            for target in targets:
                out.add(target, body)
                truth["non_announcements"].append(out.url(target))
        # yearly archive (views contextual filter), a table
        for year in sorted({r.published.year for r in releases}):
            rows = "".join(
                f'<tr><td class="views-field views-field-created" headers="view-created-table-column">'
                f'{self.time(r, dmy(r.published))}</td><td class="views-field views-field-title" '
                f'headers="view-title-table-column"><a href="{self.path(r)}" '
                f'hreflang="de">{esc(r.title)}</a></td></tr>\n'
                for r in newest_first
                if r.published.year == year
            )
            table = (
                '<table class="views-table views-view-table cols-2">\n<thead><tr><th '
                'id="view-created-table-column" '
                'class="views-field views-field-created" scope="col">Datum</th><th '
                'id="view-title-table-column" '
                'class="views-field views-field-title" '
                f'scope="col">Titel</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n'
            )
            target = f"/presse/archiv/{year}"
            out.add(
                target,
                self.page(
                    out,
                    f"Pressearchiv {year}",
                    self.view("pressearchiv", table),
                    canonical=out.url(target),
                    body_class="path-presse",
                    crumbs=(("/presse", "Presse"),),
                ),
            )
            truth["non_announcements"].append(out.url(target))
        # taxonomy term pages with their feeds
        for topic in sorted({r.topic for r in releases}, key=lambda t: t.tag):
            members = [r for r in newest_first if r.topic is topic]
            tid = self.tids[topic.tag]
            feed = f"/taxonomy/term/{tid}/feed"
            icon = (
                f'<div class="feed-icons"><a href="{feed}" class="feed-icon">Abonnieren '
                f"{esc(topic.label)}</a></div>\n"
            )
            target = f"/schlagworte/{topic.tag}"
            out.add(
                target,
                self.page(
                    out,
                    topic.label,
                    self.view("taxonomy_term", "".join(self.teaser(r) for r in members), feed=icon),
                    canonical=out.url(target),
                    body_class="path-taxonomy",
                    feed=out.url(feed),
                ),
            )
            out.add(
                feed,
                self.rss(out, topic.label, out.url(target), members),
                content_type="application/rss+xml; charset=utf-8",
            )
            truth["non_announcements"] += [out.url(target), out.url(feed)]
        # front page: hero with Matomo campaign links, promoted teasers with ?page=N
        hero = (
            '<div class="block block-block-content" id="block-hero"><div class="hero"><h2>Im Fokus</h2><ul>'
            + "".join(
                f'<li><a href="{attr(self.path(r) + self.CAMPAIGN)}">{esc(r.title)}</a></li>'
                for r in newest_first[:2]
            )
            + "</ul></div></div>\n"
        )
        fronts = self.pages(newest_first, self.front_per_page)
        for number, chunk in enumerate(fronts):
            content = (hero if number == 0 else "") + self.view(
                "frontpage",
                "".join(self.teaser(r) for r in chunk),
                self.pager(number, len(fronts)),
                feed=(
                    '<div class="feed-icons"><a href="/rss.xml" class="feed-icon">RSS-Feed abonnieren</a>'
                    "</div>\n"
                ),
            )
            target = "/" if number == 0 else f"/?page={number}"
            out.add(
                target,
                self.page(
                    out,
                    "Willkommen",
                    content,
                    canonical=out.url("/" if number == 0 else target),
                    body_class="path-frontpage",
                    feed=out.url("/rss.xml"),
                    heading=False,
                ),
            )
            truth["non_announcements"].append(out.url(target))
        out.add("/node", redirect="/", status=301)
        out.add(
            "/rss.xml",
            self.rss(out, "GRÜNE Wesertal", out.url("/"), newest_first[:10]),
            content_type="application/rss+xml; charset=utf-8",
        )
        truth["non_announcements"].append(out.url("/rss.xml"))
        # events (a view of upcoming dates), basic pages
        events = "".join(
            f'<div class="views-row"><div class="views-field views-field-field-datum">{when}</div>'
            f'<div class="views-field views-field-title"><strong>{esc(what)}</strong></div>'
            f'<div class="views-field views-field-body">{esc(where)}</div></div>\n'
            for when, what, where in (
                ("Mi., 04.12.2024 - 19:00", "Kreismitgliederversammlung", "Bürgerhaus Wesertal, Saal 2"),
                ("Sa., 14.12.2024 - 10:00", "Infostand Wochenmarkt", "Marktplatz Wesertal"),
                ("Di., 07.01.2025 - 19:30", "Offenes Treffen", "Grünes Büro, Am Markt 7"),
            )
        )
        out.add(
            "/termine", self.page(out, "Termine", self.view("termine", events), canonical=out.url("/termine"))
        )
        truth["non_announcements"].append(out.url("/termine"))
        people = ", ".join(f"{p.name} ({p.role})" for p in self.news.people)
        basics = {
            "/kreisvorstand": ("Kreisvorstand", f"Der Kreisvorstand: {people}."),
            "/mitmachen/mitglied-werden": (
                "Mitglied werden",
                "Werde Mitglied bei BÜNDNIS 90/DIE GRÜNEN! Der Beitrag richtet sich nach deinem Einkommen; "
                "der Antrag geht online über den Bundesverband.",
            ),
            "/kontakt": (
                "Kontakt",
                "Grünes Büro Wesertal, Am Markt 7, 31785 Wesertal, Telefon 05151 2718-0.",
            ),
            "/impressum": (
                "Impressum",
                "BÜNDNIS 90/DIE GRÜNEN Kreisverband Wesertal, vertreten durch den Kreisvorstand. "
                "Verantwortlich nach § 18 Abs. 2 MStV: die Kreisvorstandssprecherin.",
            ),
            "/datenschutz": (
                "Datenschutzerklärung",
                "Wir verarbeiten personenbezogene Daten nur im Rahmen der DSGVO. Diese Website setzt ein "
                "Cookie, um Ihre Cookie-Einstellung zu speichern.",
            ),
        }
        for path, (title, text) in basics.items():
            out.add(path, self.basic(out, path, title, text))
            truth["non_announcements"].append(out.url(path))
        out.add(
            "/user/login",
            self.page(
                out,
                "Anmelden",
                '<form class="user-login-form" action="/user/login" method="post">'
                '<input name="name" /><input name="pass" type="password" /></form>\n',
                canonical=out.url("/user/login"),
            ),
        )
        # simple_sitemap's sitemap.xml (not named in robots.txt)
        rows = [(out.url("/"), None, "1.0")]
        rows += [
            (self.url_of(out, r), iso_local(local_moment(r) + timedelta(minutes=7)), "0.5")
            for r in newest_first
        ]
        rows += [(out.url(p), "2022-01-14T11:20:00+01:00", "0.3") for p in basics]
        body = "".join(
            f"<url><loc>{esc(loc)}</loc>"
            + (f"<lastmod>{mod}</lastmod>" if mod else "")
            + f"<changefreq>weekly</changefreq><priority>{prio}</priority></url>"
            for loc, mod, prio in rows
        )
        out.add(
            "/sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="'
            f'{out.url("/sitemap_generator/default/sitemap.xsl")}"?>\n<urlset xmlns="http://www.sitemaps.org/'
            'schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" '
            f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{body}</urlset>\n',
        )
        truth["non_announcements"].append(out.url("/sitemap.xml"))
        out.add(
            "/robots.txt",
            "#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
            "# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\n"
            "User-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.js$\nAllow: /core/*.gif\n"
            "Allow: /profiles/*.css$\nAllow: /themes/*.css$\nAllow: /themes/*.js$\n# Directories\n"
            "Disallow: /core/\nDisallow: /profiles/\n# Files\nDisallow: /README.txt\nDisallow: /web.config\n"
            "# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\nDisallow: /filter/tips\n"
            "Disallow: /node/add/\nDisallow: /search/\nDisallow: /user/register\nDisallow: /user/password\n"
            "Disallow: /user/login\nDisallow: /user/logout\nDisallow: /media/oembed\nDisallow: "
            "/*/media/oembed\n"
            "# Paths (no clean URLs)\nDisallow: /index.php/admin/\nDisallow: /index.php/comment/reply/\n"
            "Disallow: /index.php/filter/tips\nDisallow: /index.php/node/add/\nDisallow: /index.php/search/\n"
            "Disallow: /index.php/user/password\nDisallow: /index.php/user/register\n"
            "Disallow: /index.php/user/login\nDisallow: /index.php/user/logout\n",
        )
        out.add(
            "/404.html",
            self.page(
                out,
                "Seite nicht gefunden",
                "<p>Die angeforderte Seite konnte nicht gefunden werden.</p>\n",
                canonical=None,
            ),
        )
