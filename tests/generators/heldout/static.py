"""c) The hand-made (Dreamweaver template) press service (www.cdu-kreistag-lindenau.test)."""

from __future__ import annotations

import random
from datetime import date
from typing import ClassVar

from tests.generators.dev.base import dmy, esc, rfc822
from tests.generators.heldout.base import HeldoutSite
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import MONTHS, Org, Release, german_date


# ==============================================================================================
# c) hand-made press service of a Kreistag faction: Dreamweaver tables, ISO-8859-1, datelines
# ==============================================================================================
class StaticSite(HeldoutSite):
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
    CAL_FIRST, CAL_LAST, CAL_NOW = (2010, 1), (2022, 12), (2017, 6)
    FEED_TAG = "?utm_source=rss&utm_medium=feed&utm_campaign=pressedienst"
    DISTRICTS = ("Lindenau", "Lindenau", "Lindenau", "Lindenau-Oberdorf", "Kreishaus Lindenau")

    def prepare(self) -> None:
        numbers: dict[int, int] = {}
        for r in self.base:
            last = max((n for uid, n in numbers.items() if self.year_of(uid) == r.published.year), default=0)
            numbers[r.uid] = last + self.rng.randint(2, 6)
        self.numbers = numbers
        self.places = {r.uid: self.rng.choice(self.DISTRICTS) for r in self.base}
        self.long_dates = {r.uid for r in self.base if self.rng.random() < 0.25}

    def year_of(self, uid: int) -> int:
        return next(r.published.year for r in self.base if r.uid == uid)

    def stem(self, r: Release) -> str:
        return f"pm-{r.published.year}-{self.numbers[r.uid]:03d}"

    def path(self, r: Release) -> str:
        return f"/presse/{r.published.year}/{self.stem(r)}.html"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    def dateline(self, r: Release) -> str:
        when = german_date(r.published) if r.uid in self.long_dates else dmy(r.published)
        return f"{self.places[r.uid]}, {when} &ndash;"

    # -- layout ----------------------------------------------------------------------------
    def page(self, title: str, content: str, depth: int, crumb: str) -> str:
        up = "../" * depth
        nav = "".join(
            f'<tr><td class="navi"><a href="{up}{href}" class="navi">{esc(label)}</a></td></tr>\n'
            for href, label in (
                ("index.html", "Startseite"),
                ("fraktion.html", "Die Fraktion"),
                ("presse/index.html", "Pressedienst"),
                ("archiv/index.html", "Pressearchiv"),
                ("themen/index.html", "Themen"),
                ("termine.php", "Termine"),
                ("mitglied.html", "Mitglied werden"),
                ("kontakt.html", "Kontakt"),
            )
        )
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
            '<html><!-- InstanceBegin template="/Templates/fraktion.dwt" codeOutsideHTMLIsLocked="false" '
            "-->\n"
            "<head>\n"
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
            '<!-- InstanceBeginEditable name="doctitle" -->\n<title>CDU-Kreistagsfraktion Lindenau - '
            f"{esc(title)}</title>\n"
            "<!-- InstanceEndEditable -->\n"
            '<meta name="keywords" content="CDU, Kreistag, Lindenau, Fraktion, Pressemitteilung">\n'
            f'<link href="{up}css/fraktion.css" rel="stylesheet" type="text/css">\n'
            '<link rel="alternate" type="application/rss+xml" title="Pressedienst der CDU-Kreistagsfraktion" '
            f'href="{up}presse/rss.xml">\n'
            '<script language="JavaScript" type="text/JavaScript">\n<!--\nfunction '
            "MM_openBrWindow(theURL,winName,"
            "features) { //v2.0\n  window.open(theURL,winName,features);\n}\n//-->\n</script>\n"
            "</head>\n\n"
            '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
            '<div id="cookiehinweis">Diese Internetseite verwendet Cookies für die Zugriffsstatistik. '
            f'<a href="{up}datenschutz.html">Mehr erfahren</a> | <a href="#" '
            "onclick=\"document.getElementById('cookiehinweis').style.display='none';return "
            'false;">OK</a></div>\n'
            '<table width="800" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            '  <tr>\n    <td colspan="3"><a href="' + up + 'index.html"><img src="' + up + 'bilder/kopf.jpg" '
            'width="800" height="110" border="0" alt="CDU im Kreistag Lindenau"></a></td>\n  </tr>\n'
            '  <tr>\n    <td colspan="3" class="pfad">Sie befinden sich hier: '
            f'<a href="{up}index.html">Startseite</a> &raquo; {crumb}</td>\n  </tr>\n'
            '  <tr>\n    <td width="160" valign="top" bgcolor="#E6ECF2">\n'
            f'      <table width="160" border="0" cellspacing="0" cellpadding="4">\n{nav}      </table>\n'
            f'      <img src="{up}bilder/spacer.gif" width="160" height="1"></td>\n'
            '    <td width="480" valign="top" class="inhalt">\n<!-- InstanceBeginEditable name="Inhalt" -->\n'
            f"{content}\n<!-- InstanceEndEditable -->\n    </td>\n"
            '    <td width="160" valign="top" bgcolor="#F2F2F2" class="rechts">\n'
            "      <p><b>Fraktionsgeschäftsstelle</b><br>\n      Kreishaus, Zimmer 117<br>\n"
            "      Nassauerallee 15<br>\n      47533 Lindenau<br>\n      Tel. 02832 9076-0<br>\n"
            '      <a href="mailto:fraktion@cdu-kreistag-lindenau.test">'
            "fraktion@cdu-kreistag-lindenau.test</a></p>\n"
            f'      <p><a href="{up}presse/rss.xml"><img src="{up}bilder/rss.gif" border="0" alt="RSS"> '
            "Pressedienst als RSS</a></p>\n    </td>\n  </tr>\n"
            '  <tr>\n    <td colspan="3" class="fuss">&copy; CDU-Kreistagsfraktion Lindenau | '
            f'<a href="{up}impressum.html">Impressum</a> | <a href="{up}datenschutz.html">Datenschutz</a> | '
            f'<a href="{up}intern/index.html">Intern</a> | <a href="{up}statistik/index.html">Statistik</a> '
            "| "
            '<a href="mailto:webmaster@cdu-kreistag-lindenau.test">Webmaster</a> | Stand: Mai 2017</td>\n'
            "  </tr>\n</table>\n</body>\n<!-- InstanceEnd --></html>\n"
        )

    def release_html(self, r: Release, printable: bool) -> str:
        lead, *rest = r.paragraphs
        paragraphs = [f"<p><b>{self.dateline(r)}</b> {esc(lead)}</p>"] + [f"<p>{esc(p)}</p>" for p in rest]
        number = f"{self.numbers[r.uid]}/{r.published.year}"
        body = (
            f'<p class="dachzeile">Pressemitteilung Nr. {number}</p>\n'
            f'<h1 class="titel">{esc(r.title)}</h1>\n' + "\n".join(paragraphs) + "\n"
        )
        if printable:
            return (
                '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
                f"<title>Druckversion: {esc(r.title)}</title>\n"
                '<link href="../../css/druck.css" rel="stylesheet" type="text/css">\n</head>\n'
                '<body onLoad="window.print()">\n<p><img src="../../bilder/logo-sw.gif" alt="CDU"> '
                "CDU-Kreistagsfraktion Lindenau &middot; Pressedienst</p>\n<hr>\n"
                f'{body}<hr>\n<p class="klein">Fraktionsgeschäftsstelle, Kreishaus, Zimmer 117, '
                "Nassauerallee 15, "
                '47533 Lindenau</p>\n<p><a href="javascript:window.print()">Seite '
                "drucken</a></p>\n</body>\n</html>\n"
            )
        month = f"{r.published:%Y-%m}"
        tail = (
            f'<p class="unten"><a href="#" onClick="MM_openBrWindow(\'{self.stem(r)}-druck.html\',\'druck\','
            f'\'scrollbars=yes,width=620,height=600\')"><img src="../../bilder/drucker.gif" border="0"> '
            f'Druckversion</a> | <a href="{self.stem(r)}-druck.html" target="_blank">Druckversion (ohne '
            f'JavaScript)</a> | <a href="../../archiv/{month}.html">zurück zur Übersicht</a></p>\n'
            '<p class="themen">Thema: <a '
            f'href="../../themen/{r.topic.tag}.html">{esc(r.topic.label)}</a></p>\n'
        )
        crumb = f'<a href="../index.html">Pressedienst</a> &raquo; Pressemitteilung {number}'
        return self.page(r.title, body + tail, 2, crumb)

    def entry(self, r: Release, up: str, teaser: bool = False) -> str:
        link = f'<a href="{up}presse/{r.published.year}/{self.stem(r)}.html">{esc(r.title)}</a>'
        extra = f"<br>\n{esc(r.teaser(160))}" if teaser else ""
        day = dmy(r.published)
        return f'<tr><td valign="top" width="80" class="datum">{day}</td><td>{link}{extra}</td></tr>\n'

    def table(self, rows: str) -> str:
        return f'<table width="100%" border="0" cellspacing="0" cellpadding="3">\n{rows}</table>\n'

    def calendar(self, year: int, month: int) -> str:
        rng = random.Random(f"termine-{year}-{month}")
        items = (
            "Fraktionssitzung, Kreishaus, Sitzungsraum 2",
            "Sitzung des Kreistages, Großer Sitzungssaal",
            "Kreisausschuss",
            "Arbeitskreis Finanzen",
            "Bürgersprechstunde des Fraktionsvorsitzenden",
        )
        rows = "".join(
            f'<tr><td class="datum">{day:02d}.{month:02d}.{year}</td><td>{hour} '
            f"Uhr</td><td>{esc(text)}</td></tr>\n"
            for day, hour, text in sorted(
                (rng.randint(1, 28), rng.choice(("17.00", "18.00", "19.30")), rng.choice(items))
                for _ in range(3)
            )
        )
        prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        links = []
        if (prev_y, prev_m) >= self.CAL_FIRST:
            links.append(
                f'<a href="termine.php?monat={prev_m}&amp;jahr={prev_y}">&laquo; {MONTHS[prev_m - 1]}</a>'
            )
        if (next_y, next_m) <= self.CAL_LAST:
            links.append(
                f'<a href="termine.php?monat={next_m}&amp;jahr={next_y}">{MONTHS[next_m - 1]} &raquo;</a>'
            )
        content = (
            f'<h1 class="titel">Termine {MONTHS[month - 1]} {year}</h1>\n'
            f"<p>{' &nbsp; '.join(links)}</p>\n" + self.table(rows)
        )
        return self.page(f"Termine {MONTHS[month - 1]} {year}", content, 0, "Termine")

    def rss(self, out: HostBuilder, newest: list[Release]) -> str:
        items = "".join(
            f"<item>\n<title>{esc(r.title)}</title>\n"
            f"<link>{esc(self.url_of(out, r) + self.FEED_TAG)}</link>\n"
            f"<description>{esc(r.teaser(300))}</description>\n<pubDate>{rfc822(r)}</pubDate>\n"
            f"<guid>{esc(self.url_of(out, r))}</guid>\n</item>\n"
            for r in newest
        )
        return (
            '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">\n<channel>\n'
            "<title>Pressedienst der CDU-Kreistagsfraktion Lindenau</title>\n"
            f"<link>{out.url('/presse/index.html')}</link>\n"
            "<description>Pressemitteilungen der CDU-Kreistagsfraktion Lindenau</description>\n"
            f"<language>de-de</language>\n{items}</channel>\n</rss>\n"
        )

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
