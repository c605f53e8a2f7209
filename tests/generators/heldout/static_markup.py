"""The hand-made county group site's markup: paths by year and number, the table layout, a
release and its print copy, listing tables, the month calendar and the RSS (``static.py`` is the site
and what it serves)."""

from __future__ import annotations

import random

from tests.generators.dev.base import dmy, esc, rfc822
from tests.generators.heldout.base import HeldoutSite
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import MONTHS, Release, german_date


class StaticMarkup(HeldoutSite):
    """How the static site writes a page; :meth:`StaticSite.prepare` sets the numbers and places."""

    numbers: dict[int, int]  # release uid → its number within its year
    places: dict[int, str]  # release uid → the dateline's place
    long_dates: set[int]  # the uids whose dateline spells the month out

    CAL_FIRST, CAL_LAST, CAL_NOW = (2010, 1), (2022, 12), (2017, 6)
    FEED_TAG = "?utm_source=rss&utm_medium=feed&utm_campaign=pressedienst"

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
