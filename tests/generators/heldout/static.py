"""c) The hand-made (Dreamweaver template) press service (www.cdu-kreistag-lindenau.test): its data
and what it serves; the markup is ``static_markup.py``."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from tests.generators.dev.base import esc
from tests.generators.heldout.static_markup import StaticMarkup
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import MONTHS, Org, Release


# ==============================================================================================
# c) hand-made press service of a Kreistag faction: Dreamweaver tables, ISO-8859-1, datelines
# ==============================================================================================
class StaticSite(StaticMarkup):
    host = "www.cdu-kreistag-lindenau.test"
    template = "static-dreamweaver"
    count = 18
    encoding = "iso-8859-1"
    content_types: ClassVar[dict[str, str]] = {".html": "text/html", ".php": "text/html", ".xml": "text/xml"}
    uid_start = 1
    first_day = date(2015, 9, 14)
    last_day = date(2017, 5, 19)
    org = Org(
        kind="faction",
        name="CDU-Kreistagsfraktion Lindenau",
        subject="Die CDU-Kreistagsfraktion",
        short="CDU",
        town="Lindenau",
        email_domain="cdu-kreistag-lindenau.test",
        phone="02832 9076",
        roles=(
            ("Fraktionsvorsitzender", "Fraktionsvorsitzende"),
            ("stellvertretender Fraktionsvorsitzender", "stellvertretende Fraktionsvorsitzende"),
            ("Kreistagsabgeordneter", "Kreistagsabgeordnete"),
            ("sachkundiger Bürger", "sachkundige Bürgerin"),
            ("Fraktionsgeschäftsführer", "Fraktionsgeschäftsführerin"),
        ),
    )
    BOILERPLATE = (
        "Sie befinden sich hier:",
        "CDU im Kreistag Lindenau",
        "Fraktionsgeschäftsstelle",
        "Kreishaus, Zimmer 117",
        "Diese Internetseite verwendet Cookies",
        "Druckversion",
        "zurück zur Übersicht",
        "Seite drucken",
        "Stand: Mai 2017",
        "Webmaster",
    )
    DISTRICTS = ("Lindenau", "Lindenau", "Lindenau", "Lindenau-Oberdorf", "Kreishaus Lindenau")

    def prepare(self) -> None:
        numbers: dict[int, int] = {}
        for r in self.base:
            last = max((n for uid, n in numbers.items() if self.year_of(uid) == r.published.year), default=0)
            numbers[r.uid] = last + self.rng.randint(2, 6)
        self.numbers = numbers
        self.places = {r.uid: self.rng.choice(self.DISTRICTS) for r in self.base}
        self.long_dates = {r.uid for r in self.base if self.rng.random() < 0.25}

    # -- the whole site --------------------------------------------------------------------
    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/intern/", "/statistik/", "/cgi-bin/"]
        truth["traps"] = [{"prefix": "/termine.php", "max_requests": 30}]
        newest_first = list(reversed(releases))
        for r in releases:
            out.add(self.path(r), self.release_html(r, printable=False))
            number = f"Pressemitteilung Nr. {self.numbers[r.uid]}/{r.published.year}"
            self.announce(out, r, [number])
            printed = f"/presse/{r.published.year}/{self.stem(r)}-druck.html"
            out.add(printed, self.release_html(r, printable=True))
            truth["variants"][out.url(printed)] = self.url_of(out, r)
        for r in newest_first[:10]:
            truth["variants"][self.url_of(out, r) + self.FEED_TAG] = self.url_of(out, r)
        # current releases, start page
        current = self.table("".join(self.entry(r, "../", teaser=True) for r in newest_first[:8]))
        out.add(
            "/presse/index.html",
            self.page(
                "Pressedienst",
                '<h1 class="titel">Pressedienst</h1>\n<p>Die aktuellen Pressemitteilungen der Fraktion. '
                "Ältere "
                'Meldungen finden Sie im <a href="../archiv/index.html">Pressearchiv</a>.</p>\n' + current,
                1,
                "Pressedienst",
            ),
        )
        truth["non_announcements"] += [out.url("/presse/index.html"), out.url("/presse/")]
        top = self.table("".join(self.entry(r, "") for r in newest_first[:4]))
        old_host = "http://" + self.host.removeprefix("www.")
        out.add(
            "/index.html",
            self.page(
                "Startseite",
                '<h1 class="titel">Herzlich willkommen!</h1>\n<p>Auf diesen Seiten informiert die '
                "CDU-Fraktion im "
                "Kreistag Lindenau über ihre Arbeit für den Kreis.</p>\n<h2>Aktuelle "
                "Pressemitteilungen</h2>\n"
                + top
                + f'<p><a href="{old_host}{self.path(newest_first[0])}">Unsere neueste Pressemitteilung</a> '
                "&middot; "
                '<a href="presse/index.html">alle Pressemitteilungen</a></p>\n',
                0,
                "Startseite",
            ),
        )
        truth["variants"][old_host + self.path(newest_first[0])] = self.url_of(out, newest_first[0])
        truth["non_announcements"] += [out.url("/"), out.url("/index.html")]
        # monthly archive
        months = sorted({(r.published.year, r.published.month) for r in releases}, reverse=True)
        for year, month in months:
            members = [r for r in newest_first if (r.published.year, r.published.month) == (year, month)]
            target = f"/archiv/{year}-{month:02d}.html"
            out.add(
                target,
                self.page(
                    f"Pressearchiv {MONTHS[month - 1]} {year}",
                    f'<h1 class="titel">Pressemitteilungen {MONTHS[month - 1]} {year}</h1>\n'
                    + self.table("".join(self.entry(r, "../") for r in members))
                    + '<p><a href="index.html">zurück zum Pressearchiv</a></p>\n',
                    1,
                    f'<a href="index.html">Pressearchiv</a> &raquo; {MONTHS[month - 1]} {year}',
                ),
            )
            truth["non_announcements"].append(out.url(target))
        years = sorted({y for y, _ in months}, reverse=True)
        index = "".join(
            f"<p><b>{y}</b><br>\n"
            + " | ".join(
                f'<a href="{y}-{m:02d}.html">{MONTHS[m - 1]}</a>' for yy, m in sorted(months) if yy == y
            )
            + "</p>\n"
            for y in years
        )
        out.add(
            "/archiv/index.html",
            self.page("Pressearchiv", f'<h1 class="titel">Pressearchiv</h1>\n{index}', 1, "Pressearchiv"),
        )
        truth["non_announcements"] += [out.url("/archiv/index.html"), out.url("/archiv/")]
        # topics
        topics = sorted({r.topic for r in releases}, key=lambda t: t.tag)
        for topic in topics:
            members = [r for r in newest_first if r.topic is topic]
            target = f"/themen/{topic.tag}.html"
            out.add(
                target,
                self.page(
                    topic.label,
                    f'<h1 class="titel">Thema: {esc(topic.label)}</h1>\n'
                    + self.table("".join(self.entry(r, "../") for r in members)),
                    1,
                    f'<a href="index.html">Themen</a> &raquo; {esc(topic.label)}',
                ),
            )
            truth["non_announcements"].append(out.url(target))
        out.add(
            "/themen/index.html",
            self.page(
                "Themen",
                '<h1 class="titel">Themen</h1>\n<ul>\n'
                + "".join(f'<li><a href="{t.tag}.html">{esc(t.label)}</a></li>\n' for t in topics)
                + "</ul>\n",
                1,
                "Themen",
            ),
        )
        truth["non_announcements"] += [out.url("/themen/index.html"), out.url("/themen/")]
        people = "<br>\n".join(f"{esc(p.name)}, {esc(p.role)}" for p in self.news.people)
        statics = {
            "fraktion.html": ("Die Fraktion", f"<p>Der CDU-Kreistagsfraktion gehören an:<br>\n{people}</p>"),
            "mitglied.html": (
                "Mitglied werden",
                "<p>Sie möchten sich in der CDU engagieren? Einen Aufnahmeantrag erhalten Sie in der "
                "Kreisgeschäftsstelle oder online bei der CDU Deutschlands.</p>",
            ),
            "kontakt.html": (
                "Kontakt",
                "<p>Fraktionsgeschäftsstelle im Kreishaus, Zimmer 117, Nassauerallee 15, 47533 Lindenau, "
                "Telefon 02832 9076-0, Telefax 02832 9076-20.</p>",
            ),
            "impressum.html": (
                "Impressum",
                "<p>Verantwortlich für den Inhalt: CDU-Kreistagsfraktion Lindenau, vertreten durch den "
                "Fraktionsvorsitzenden. Angaben gemäß § 5 TMG.</p>",
            ),
            "datenschutz.html": (
                "Datenschutz",
                "<p>Beim Besuch dieser Seiten speichert der Server Datum, Uhrzeit und die aufgerufene Seite "
                "für "
                "die Zugriffsstatistik. Ein Cookie merkt sich, dass Sie den Hinweis gelesen haben.</p>",
            ),
        }
        for name, (title, text) in statics.items():
            out.add(
                f"/{name}", self.page(title, f'<h1 class="titel">{esc(title)}</h1>\n{text}\n', 0, esc(title))
            )
            truth["non_announcements"].append(out.url(f"/{name}"))
        out.add("/presse/rss.xml", self.rss(out, newest_first[:10]))
        truth["non_announcements"].append(out.url("/presse/rss.xml"))
        # the PHP calendar: 2010 … 2022, termine.php itself is the current month
        out.add("/termine.php", self.calendar(*self.CAL_NOW))
        truth["non_announcements"].append(out.url("/termine.php"))
        year, month = self.CAL_FIRST
        while (year, month) <= self.CAL_LAST:
            target = f"/termine.php?monat={month}&jahr={year}"
            out.add(target, self.calendar(year, month))
            truth["non_announcements"].append(out.url(target))
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        out.add(
            "/intern/index.html",
            self.page(
                "Intern",
                '<h1 class="titel">Interner Bereich</h1>\n<p>Bitte Passwort eingeben.</p>\n',
                1,
                "Intern",
            ),
        )
        out.add(
            "/statistik/index.html",
            "<html><head><title>Usage Statistics for "
            "cdu-kreistag-lindenau</title></head><body><h2>Webalizer Version 2.23</h2></body></html>\n",
        )
        out.add(
            "/robots.txt",
            "# robots.txt fuer www.cdu-kreistag-lindenau.test\nUser-agent: *\nDisallow: /intern/\n"
            "Disallow: /statistik/\nDisallow: /cgi-bin/\n",
        )
        out.add(
            "/404.html",
            "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL "
            "was not found on this server.</p></body></html>\n",
        )
