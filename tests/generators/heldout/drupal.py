"""b) Drupal 9 county association (www.gruene-wesertal.test): its data and what it serves; the markup
is ``drupal_markup.py``."""

from __future__ import annotations

from datetime import date, timedelta

from tests.generators.dev.base import attr, dmy, esc
from tests.generators.heldout.base import iso_local, local_moment
from tests.generators.heldout.drupal_markup import DrupalMarkup
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import Org, Release


# ==============================================================================================
# b) Drupal 9 county association: aliases + /node/N, views, sitemap.xml
# ==============================================================================================
class DrupalSite(DrupalMarkup):
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
        entries: list[tuple[str, str | None, str]] = [(out.url("/"), None, "1.0")]
        entries += [
            (self.url_of(out, r), iso_local(local_moment(r) + timedelta(minutes=7)), "0.5")
            for r in newest_first
        ]
        entries += [(out.url(p), "2022-01-14T11:20:00+01:00", "0.3") for p in basics]
        body = "".join(
            f"<url><loc>{esc(loc)}</loc>"
            + (f"<lastmod>{mod}</lastmod>" if mod else "")
            + f"<changefreq>weekly</changefreq><priority>{prio}</priority></url>"
            for loc, mod, prio in entries
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
