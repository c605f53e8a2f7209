"""d) The WebSoziCMS-like local branch (www.spd-beispieldorf.test)."""

from __future__ import annotations

from tests.generators.dev.base import Site, dmy, esc, rfc822
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import Org, Release


# ==============================================================================================
# d) WebSoziCMS-like local branch
# ==============================================================================================
class WebSoziSite(Site):
    host = "www.spd-beispieldorf.test"
    template = "websozi"
    count = 26
    removed_status = 410
    uid_start = 5400
    org = Org(
        kind="party",
        name="SPD Beispieldorf",
        subject="Der SPD-Ortsverein Beispieldorf",
        short="SPD",
        town="Beispieldorf",
        email_domain="spd-beispieldorf.test",
        phone="02821 4455",
        roles=(
            ("Ortsvereinsvorsitzender", "Ortsvereinsvorsitzende"),
            ("Fraktionsvorsitzender im Gemeinderat", "Fraktionsvorsitzende im Gemeinderat"),
            ("Kassierer", "Kassiererin"),
            ("Schriftführer", "Schriftführerin"),
            ("Ratsmitglied", "Ratsmitglied"),
        ),
    )
    RUBRIKEN = (("ortsverein", "Ortsverein"), ("kommunalpolitik", "Kommunalpolitik"), ("presse", "Presse"))
    BOILERPLATE = (
        "Darstellung Größer 1 wählen",
        "zum Inhalt (Taste Alt+8)",
        "Zum Seitenanfang",
        "Copyright/Rechtesituation",
        "Mehr zu diesem Thema",
        "Soziale Demokratie im Internet",
        "Besucher: 187.342",
    )

    def path(self, r: Release) -> str:
        return f"/meldungen/{r.slug}/"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    def page(self, title: str, content: str) -> str:
        nav = "".join(
            f'<li><a href="{href}">{esc(label)}</a></li>'
            for href, label in (
                ("/", "Startseite"),
                *((f"/meldungen/uebersicht/{slug}/", label) for slug, label in self.RUBRIKEN),
                ("/meldungen/archiv/", "Archiv"),
                ("/termine/", "Termine"),
                ("/personen/", "Personen"),
                ("/mitglied-werden/", "Mitglied werden"),
                ("/mitgliederbereich/", "Mitgliederbereich"),
                ("/kontakt/", "Kontakt"),
            )
        )
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de" lang="de">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f"<title>SPD Beispieldorf: {esc(title)}</title>\n"
            '<meta name="generator" content="WebSoziCMS 3.9.9 - http://www.websozis.de" />\n'
            '<link rel="alternate" type="application/rss+xml" title="SPD Beispieldorf - Meldungen" '
            'href="/rss/meldungen.xml" />\n</head>\n<body>\n<a name="top" id="top"></a>\n'
            '<ul id="skiplinks"><li><a href="#" onclick="fontsize(1); return false;">[Darstellung Größer 1 '
            "wählen.]</a>"
            '</li><li><a href="#inhalt" accesskey="8">[zum Inhalt (Taste Alt+8).]</a></li>'
            '<li><a href="#navi" accesskey="7">[zur Auswahl (Taste Alt+7).]</a></li>'
            '<li><a href="#kontakt" accesskey="6">(Taste Alt+6).</a></li></ul>\n'
            '<div id="kopf"><p class="sitename">SPD Beispieldorf.</p>'
            '<img src="/images/spd-logo.gif" alt="SPD" /></div>\n'
            f'<div id="navi"><a name="navi" id="navi_anker"></a><ul>{nav}</ul></div>\n'
            f'<div id="inhalt"><a name="inhalt" id="inhalt_anker"></a>\n{content}</div>\n'
            '<div id="rechts"><div class="box"><h3>Suchen</h3><form action="/suche/" method="get">'
            '<input type="text" name="q" /><input type="submit" value="Suchen" /></form></div>'
            '<div class="box"><h3>Counter</h3><p>Besucher: 187.342</p></div>'
            '<div class="box"><h3>WebSozis</h3><p>Soziale Demokratie im Internet</p></div></div>\n'
            '<div id="fuss"><a name="kontakt"></a><p>© SPD Beispieldorf · <a '
            'href="/impressum/">Impressum</a> · '
            '<a href="/datenschutz/">Datenschutz</a> · <a href="#top">- Zum Seitenanfang.</a></p></div>\n'
            "</body>\n</html>\n"
        )

    def related(self, r: Release) -> list[Release]:
        older = [o for o in self.base if o.index < r.index and o.topic is r.topic]
        return older[-2:]

    def detail(self, r: Release) -> tuple[str, list[str]]:
        slug, label = self.RUBRIKEN[r.category]
        related = self.related(r)
        more = ""
        if related:
            more = (
                '<div class="mehr"><h3>Mehr zu diesem Thema:</h3><ul>'
                + "".join(f'<li><a href="{self.path(o)}">{esc(o.title)}</a></li>' for o in related)
                + "</ul></div>\n"
            )
        paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)
        content = (
            f'<div class="meldung">\n<h2 class="titel">{esc(r.title)}</h2>\n'
            f'<p class="rubrik">Rubrik: <a href="/meldungen/uebersicht/{slug}/">{esc(label)}</a></p>\n'
            f'<div class="text">\n{paragraphs}\n</div>\n'
            f'<div class="bild"><img src="/images/meldungen/{r.uid}.jpg" alt="" />'
            f'<p class="bildunterschrift">{esc(r.photo_credit)}</p></div>\n'
            f'<p class="anlage">Anlage Foto: {esc(r.photo_credit)}. Copyright/Rechtesituation: Die Rechte '
            "liegen "
            "beim SPD-Ortsverein Beispieldorf.</p>\n"
            f'<p class="datum">Veröffentlicht am {dmy(r.published)}</p>\n{more}'
            '<p class="nachoben"><a href="#top">- Zum Seitenanfang.</a></p>\n</div>\n'
        )
        return self.page(r.title, content), [r.photo_credit] + [o.title for o in related]

    def entry(self, r: Release) -> str:
        return (
            f'<div class="meldung_uebersicht"><h3><a href="{self.path(r)}">{esc(r.title)}</a></h3>'
            f"<p>{esc(r.teaser())}</p>"
            f'<p class="weiter"><a href="{self.path(r)}">weiterlesen</a></p>'
            f'<p class="datum">Veröffentlicht am {dmy(r.published)}</p></div>\n'
        )

    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/mitgliederbereich/"]
        newest_first = list(reversed(releases))
        for r in releases:
            page, absent = self.detail(r)
            out.add(self.path(r), page)
            self.announce(out, r, absent)
        if changed:
            removed = self.base[self.removed_index]
            out.add(
                self.path(removed),
                self.page("Meldung gelöscht", "<h2>Diese Meldung wurde gelöscht.</h2>\n"),
                status=410,
            )
        for k, (slug, label) in enumerate(self.RUBRIKEN):
            members = [r for r in newest_first if r.category == k]
            short = "".join(self.entry(r) for r in members[:10])
            out.add(
                f"/meldungen/uebersicht/{slug}/",
                self.page(
                    label,
                    f"<h2>Meldungen: {esc(label)}</h2>\n{short}"
                    f'<p class="alle"><a href="/meldungen/uebersicht/{slug}/v:all/">Alle Meldungen '
                    "anzeigen</a></p>\n",
                ),
            )
            everything = "".join(self.entry(r) for r in members)
            out.add(
                f"/meldungen/uebersicht/{slug}/v:all/",
                self.page(label, f"<h2>Meldungen: {esc(label)} (alle)</h2>\n{everything}"),
            )
            truth["non_announcements"] += [
                out.url(f"/meldungen/uebersicht/{slug}/"),
                out.url(f"/meldungen/uebersicht/{slug}/v:all/"),
            ]
        years = sorted({r.published.year for r in releases}, reverse=True)
        for year in years:
            rows = "".join(
                f'<li>{r.published:%d.%m.}: <a href="{self.path(r)}">{esc(r.title)}</a></li>\n'
                for r in newest_first
                if r.published.year == year
            )
            out.add(
                f"/meldungen/archiv/{year}/",
                self.page(f"Archiv {year}", f"<h2>Veröffentlichungen {year} :</h2>\n<ul>\n{rows}</ul>\n"),
            )
            truth["non_announcements"].append(out.url(f"/meldungen/archiv/{year}/"))
        out.add(
            "/meldungen/archiv/",
            self.page(
                "Archiv",
                "<h2>Archiv</h2>\n<ul>"
                + "".join(
                    f'<li><a href="/meldungen/archiv/{y}/">Veröffentlichungen {y}</a></li>' for y in years
                )
                + "</ul>\n",
            ),
        )
        truth["non_announcements"].append(out.url("/meldungen/archiv/"))
        out.add(
            "/",
            self.page(
                "Startseite",
                "<h2>Willkommen bei der SPD Beispieldorf</h2>\n"
                + "".join(self.entry(r) for r in newest_first[:6]),
            ),
        )
        truth["non_announcements"].append(out.url("/"))
        statics = {
            "termine": ("Termine", "Vorstandssitzung jeden zweiten Montag im Monat, 19 Uhr, Gasthaus Krone."),
            "personen": ("Personen", ", ".join(f"{p.name} ({p.role})" for p in self.news.people)),
            "mitglied-werden": ("Mitglied werden", "Jetzt Mitglied werden und Beispieldorf gestalten!"),
            "kontakt": ("Kontakt", "SPD Beispieldorf, Dorfstraße 3, Telefon 02821 4455-0."),
            "impressum": (
                "Impressum",
                "Verantwortlich im Sinne des § 55 RStV: der Vorstand des Ortsvereins.",
            ),
            "datenschutz": ("Datenschutz", "Hinweise zum Datenschutz nach der DSGVO."),
        }
        for slug, (title, text) in statics.items():
            out.add(f"/{slug}/", self.page(title, f"<h2>{esc(title)}</h2>\n<p>{esc(text)}</p>\n"))
            truth["non_announcements"].append(out.url(f"/{slug}/"))
        out.add(
            "/mitgliederbereich/",
            self.page("Mitgliederbereich", "<h2>Mitgliederbereich</h2>\n<p>Bitte anmelden.</p>\n"),
        )
        items = "".join(
            f"<item><title>{esc(r.title)}</title><link>{esc(self.url_of(out, r))}</link>"
            f"<description>{esc(r.teaser())}</description>"
            f"<pubDate>{rfc822(r)}</pubDate></item>\n"
            for r in newest_first[:10]
        )
        out.add(
            "/rss/meldungen.xml",
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>\n'
            f"<title>SPD Beispieldorf - Meldungen</title><link>{out.url('/')}</link>\n"
            f"<description>Meldungen der SPD Beispieldorf</description>\n{items}</channel></rss>\n",
            content_type="application/rss+xml; charset=utf-8",
        )
        truth["non_announcements"].append(out.url("/rss/meldungen.xml"))
        out.add("/robots.txt", "User-agent: *\nDisallow: /mitgliederbereich/\n")
        out.add("/404.html", self.page("Fehler 404", "<h2>Die Seite wurde nicht gefunden.</h2>\n"))
