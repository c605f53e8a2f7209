"""b) The city press office (www.musterhausen.test): unseen template, ISO-8859-1, jsessionid,
a calendar trap."""

from __future__ import annotations

import hashlib
import random
from typing import ClassVar

from tests.generators.dev.base import Site, attr, dmy, esc
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import MONTHS, Org, Release


# ==============================================================================================
# b) City press office (unseen template): ISO-8859-1, jsessionid, calendar trap
# ==============================================================================================
class CitySite(Site):
    host = "www.musterhausen.test"
    template = "city-press-office"
    count = 30
    removed_status = 410
    encoding = "iso-8859-1"
    content_types: ClassVar[dict[str, str]] = {".html": "text/html"}
    uid_start = 2310
    org = Org(
        kind="city",
        name="Stadt Musterhausen",
        subject="Die Stadt Musterhausen",
        short="Stadt",
        town="Musterhausen",
        email_domain="musterhausen.test",
        phone="05432 123",
        roles=(
            ("Bürgermeister", "Bürgermeisterin"),
            ("Erster Beigeordneter", "Erste Beigeordnete"),
            ("Stadtbaurat", "Stadtbaurätin"),
            ("Kämmerer", "Kämmerin"),
            ("Leiter des Ordnungsamtes", "Leiterin des Ordnungsamtes"),
            ("Pressesprecher", "Pressesprecherin"),
        ),
    )
    BOILERPLATE = (
        "Das offizielle Stadtportal",
        "Sie sind hier:",
        "Zurück zur Übersicht",
        "Rathausplatz 1",
        "Mitarbeiterportal",
        "Barrierefreiheit",
        "Pressestelle",
    )
    CAL_FIRST = (2015, 1)
    CAL_LAST = (2029, 12)
    CAL_START = "2020-02"

    def path(self, r: Release) -> str:
        return f"/pressemitteilungen/detail/{r.uid}-{r.slug}.html"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    def session(self, where: str) -> str:
        return ";jsessionid=" + hashlib.md5(where.encode()).hexdigest().upper()

    def page(self, title: str, content: str, margin: str = "") -> str:
        nav = "".join(
            f'<li><a href="{href}">{esc(label)}</a></li>'
            for href, label in (
                ("/", "Startseite"),
                ("/rathaus/", "Rathaus & Bürgerservice"),
                ("/leben/", "Leben in Musterhausen"),
                ("/wirtschaft/", "Wirtschaft"),
                ("/pressemitteilungen/", "Pressemitteilungen"),
                (f"/veranstaltungen/kalender?monat={self.CAL_START}", "Veranstaltungen"),
                ("/suche", "Suche"),
                ("/intern/", "Mitarbeiterportal"),
            )
        )
        margin = margin or (
            '<div class="kasten"><h2>Pressestelle</h2><p>Stadt Musterhausen<br>Pressestelle<br>Rathausplatz '
            "1<br>"
            "54321 Musterhausen<br>Telefon 05432 123-145<br>presse@musterhausen.test</p></div>"
        )
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" '
            '"http://www.w3.org/TR/html4/loose.dtd">\n'
            '<html lang="de">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=iso-8859-1">\n'
            f"<title>{esc(title)} - Stadt Musterhausen</title>\n"
            '<link rel="stylesheet" type="text/css" href="/css/portal.css">\n</head>\n<body>\n'
            '<div id="kopf"><a href="/"><img src="/img/wappen.gif" alt="Wappen der Stadt Musterhausen"></a>'
            '<p class="claim">Stadt Musterhausen - Das offizielle Stadtportal</p></div>\n'
            f'<div id="hauptnavigation"><ul>{nav}</ul></div>\n'
            f'<div id="spalten">\n<div id="inhalt">\n{content}</div>\n<div '
            f'id="marginal">{margin}</div>\n</div>\n'
            '<div id="fuss"><p>Stadt Musterhausen · Rathausplatz 1 · 54321 Musterhausen</p>\n'
            '<p><a href="/impressum.html">Impressum</a> | <a href="/datenschutz.html">Datenschutz</a> | '
            '<a href="/barrierefreiheit.html">Barrierefreiheit</a> | <a '
            'href="/kontakt.html">Kontakt</a></p></div>\n'
            "</body>\n</html>\n"
        )

    def detail(self, r: Release) -> str:
        year = r.published.year
        paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)
        content = (
            '<p class="breadcrumb">Sie sind hier: <a href="/">Startseite</a> &gt; '
            '<a href="/pressemitteilungen/">Pressemitteilungen</a> &gt; <a '
            f'href="/pressemitteilungen/{year}/">{year}</a></p>\n'
            f"<h1>{esc(r.title)}</h1>\n"
            f'<p class="datum">Veröffentlicht am {dmy(r.published)}</p>\n'
            f'<div class="pm-text">\n{paragraphs}\n</div>\n'
            '<p class="schlagworte">Schlagworte: <a '
            f'href="/suche?q={attr(r.topic.tag)}">{esc(r.topic.label)}</a></p>\n'
            f'<p class="zurueck"><a href="/pressemitteilungen/{year}/">Zurück zur Übersicht</a></p>\n'
        )
        return self.page(r.title, content)

    def entry(self, r: Release, href: str) -> str:
        return (
            f'<li><span class="datum">{dmy(r.published)}</span> <a href="{attr(href)}">{esc(r.title)}</a>'
            f'<br><span class="teaser">{esc(r.teaser(140))}</span></li>\n'
        )

    def calendar(self, year: int, month: int) -> str:
        rng = random.Random(f"kalender-{year}-{month}")
        events = (
            "Wochenmarkt auf dem Rathausplatz",
            "Sitzung des Rates der Stadt",
            "Blutspendetermin im Bürgerhaus",
            "Stadtführung durch die Altstadt",
            "Lesung in der Stadtbibliothek",
            "Seniorennachmittag im Mehrgenerationenhaus",
            "Konzert der Musikschule",
            "Sprechstunde der Bürgermeisterin",
        )
        rows = "".join(
            f"<tr><td>{day:02d}.{month:02d}.{year}</td><td>{esc(name)}</td></tr>"
            for day, name in sorted((rng.randint(1, 28), rng.choice(events)) for _ in range(4))
        )
        prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        links = []
        if (prev_y, prev_m) >= self.CAL_FIRST:
            links.append(
                f'<a href="/veranstaltungen/kalender?monat={prev_y}-{prev_m:02d}">&laquo; vorheriger '
                "Monat</a>"
            )
        if (next_y, next_m) <= self.CAL_LAST:
            links.append(
                f'<a href="/veranstaltungen/kalender?monat={next_y}-{next_m:02d}">nächster Monat &raquo;</a>'
            )
        content = (
            f"<h1>Veranstaltungskalender {MONTHS[month - 1]} {year}</h1>\n"
            f'<p class="blaettern">{" | ".join(links)}</p>\n'
            f'<table class="kalender"><tr><th>Datum</th><th>Veranstaltung</th></tr>{rows}</table>\n'
        )
        margin = (
            '<div class="kasten"><h2>Veranstaltung melden</h2><p>veranstaltungen@musterhausen.test</p></div>'
        )
        text = self.page(f"Veranstaltungen {MONTHS[month - 1]} {year}", content, margin)
        return text.encode("ascii", errors="xmlcharrefreplace").decode("ascii")

    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/intern/", "/suche"]
        truth["traps"] = [{"prefix": "/veranstaltungen/kalender", "max_requests": 30}]
        newest_first = list(reversed(releases))
        for r in releases:
            out.add(self.path(r), self.detail(r))
            self.announce(out, r)
        if changed:
            removed = self.base[self.removed_index]
            out.add(
                self.path(removed),
                self.page(
                    "Nicht mehr verfügbar", "<h1>Diese Pressemitteilung ist nicht mehr verfügbar.</h1>\n"
                ),
                status=410,
            )
        # yearly listings: every other link carries a session id (routes to the same file)
        years = sorted({r.published.year for r in releases}, reverse=True)
        year_links = " | ".join(f'<a href="/pressemitteilungen/{y}/">{y}</a>' for y in years)
        for year in years:
            items = ""
            for k, r in enumerate(r for r in newest_first if r.published.year == year):
                href = self.path(r)
                if k % 2 == 1 and r.index != self.removed_index:
                    href += self.session(f"/pressemitteilungen/{year}/")
                    out.add(href, self.detail(r))
                    truth["variants"][out.url(href)] = self.url_of(out, r)
                items += self.entry(r, href)
            content = (
                '<p class="breadcrumb">Sie sind hier: <a href="/">Startseite</a> &gt; '
                '<a href="/pressemitteilungen/">Pressemitteilungen</a></p>\n'
                f"<h1>Pressemitteilungen {year}</h1>\n<p>Jahrgänge: {year_links}</p>\n"
                f'<ul class="pm-liste">\n{items}</ul>\n'
            )
            out.add(f"/pressemitteilungen/{year}/", self.page(f"Pressemitteilungen {year}", content))
            truth["non_announcements"].append(out.url(f"/pressemitteilungen/{year}/"))
        # overview: newest ten, all links with a session id (first visit, no cookie yet)
        items = ""
        for r in newest_first[:10]:
            href = self.path(r) + self.session("/pressemitteilungen/")
            if href not in out.resources:
                out.add(href, self.detail(r))
            truth["variants"][out.url(href)] = self.url_of(out, r)
            items += self.entry(r, href)
        content = (
            "<h1>Pressemitteilungen</h1>\n<p>Aktuelle Meldungen aus dem Rathaus. "
            f"Ältere Meldungen finden Sie in den Jahrgängen: {year_links}</p>\n"
            f'<ul class="pm-liste">\n{items}</ul>\n'
        )
        out.add("/pressemitteilungen/", self.page("Pressemitteilungen", content))
        truth["non_announcements"].append(out.url("/pressemitteilungen/"))
        # portal start page
        top = "".join(self.entry(r, self.path(r)) for r in newest_first[:5])
        content = (
            "<h1>Willkommen in Musterhausen</h1>\n"
            "<p>Herzlich willkommen auf den Seiten der Stadt Musterhausen. Hier finden Sie Informationen "
            "rund um Rathaus, Bürgerservice, Freizeit und Wirtschaft.</p>\n"
            f'<h2>Aktuelle Pressemitteilungen</h2>\n<ul class="pm-liste">\n{top}</ul>\n'
            '<p><a href="/pressemitteilungen/">Alle Pressemitteilungen</a> | '
            f'<a href="/veranstaltungen/kalender?monat={self.CAL_START}">Veranstaltungskalender</a> | '
            '<a href="/intern/telefonliste.html">Telefonliste (intern)</a></p>\n'
        )
        out.add("/", self.page("Startseite", content))
        truth["non_announcements"].append(out.url("/"))
        statics = {
            "/rathaus/": (
                "Rathaus & Bürgerservice",
                "Das Bürgerbüro im Rathaus ist montags bis freitags von 8 bis 12 Uhr und donnerstags "
                "zusätzlich von 14 bis 18 Uhr geöffnet.",
            ),
            "/leben/": (
                "Leben in Musterhausen",
                "Musterhausen bietet Kitas, Schulen, Sportvereine und ein lebendiges Kulturleben mit "
                "Stadtbibliothek und Musikschule.",
            ),
            "/wirtschaft/": (
                "Wirtschaft",
                "Die Wirtschaftsförderung berät Unternehmen bei Ansiedlung, Förderung und Fachkräftesuche.",
            ),
            "/impressum.html": (
                "Impressum",
                "Herausgeber: Stadt Musterhausen, vertreten durch die Bürgermeisterin. "
                "Rathausplatz 1, 54321 Musterhausen.",
            ),
            "/datenschutz.html": (
                "Datenschutz",
                "Informationen zur Verarbeitung personenbezogener Daten nach Art. 13 DSGVO.",
            ),
            "/kontakt.html": ("Kontakt", "Zentrale: Telefon 05432 123-0, E-Mail: stadt@musterhausen.test"),
            "/barrierefreiheit.html": (
                "Erklärung zur Barrierefreiheit",
                "Die Stadt ist bemüht, ihre Website barrierefrei zugänglich zu machen.",
            ),
        }
        for target, (title, text) in statics.items():
            out.add(target, self.page(title, f"<h1>{esc(title)}</h1>\n<p>{esc(text)}</p>\n"))
            truth["non_announcements"].append(out.url(target))
        # disallowed area (linked from every page)
        out.add(
            "/intern/", self.page("Mitarbeiterportal", "<h1>Mitarbeiterportal</h1>\n<p>Bitte anmelden.</p>\n")
        )
        out.add(
            "/intern/telefonliste.html",
            self.page("Telefonliste", "<h1>Telefonliste</h1>\n<p>Nur für den Dienstgebrauch.</p>\n"),
        )
        # the endless calendar: 2015-01 … 2029-12, every month links to its neighbours
        year, month = self.CAL_FIRST
        while (year, month) <= self.CAL_LAST:
            target = f"/veranstaltungen/kalender?monat={year}-{month:02d}"
            out.add(target, self.calendar(year, month), inline=True)
            truth["non_announcements"].append(out.url(target))
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        out.add("/robots.txt", "User-agent: *\nDisallow: /intern/\nDisallow: /suche\n")
        out.add("/404.html", self.page("Seite nicht gefunden", "<h1>Die Seite wurde nicht gefunden.</h1>\n"))
