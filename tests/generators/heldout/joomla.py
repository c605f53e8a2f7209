"""a) Joomla 3 party branch (www.fdp-altenbruch.test): its data and what it serves; the page is
``joomla_layout.py``, the listings ``joomla_listings.py``."""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from tests.generators.dev.base import esc
from tests.generators.heldout.base import digest
from tests.generators.heldout.joomla_listings import JoomlaListings
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import Org, Release


# ==============================================================================================
# a) Joomla 3 party branch, windows-1252, JEvents calendar
# ==============================================================================================
class JoomlaSite(JoomlaListings):
    host = "www.fdp-altenbruch.test"
    template = "joomla3"
    count = 20
    encoding = "cp1252"
    content_types: ClassVar[dict[str, str]] = {".html": "text/html"}
    uid_start = 41
    first_day = date(2023, 9, 4)
    last_day = date(2025, 5, 28)
    org = Org(
        kind="party",
        name="FDP Altenbruch",
        subject="Die FDP Altenbruch",
        short="FDP",
        town="Altenbruch",
        email_domain="fdp-altenbruch.test",
        phone="04722 3141",
        euro="€",
        roles=(
            ("Ortsvorsitzender", "Ortsvorsitzende"),
            ("Fraktionsvorsitzender im Stadtrat", "Fraktionsvorsitzende im Stadtrat"),
            ("stellvertretender Ortsvorsitzender", "stellvertretende Ortsvorsitzende"),
            ("Ratsherr", "Ratsfrau"),
            ("Schatzmeister", "Schatzmeisterin"),
        ),
    )
    BOILERPLATE = (
        "Freiheit für Altenbruch",
        "Aktuelle Seite:",
        "Neueste Beiträge",
        "Nächste Termine",
        "Geschrieben von",
        "Kategorie: Aktuelles",
        "Zugriffe:",
        "Veröffentlicht:",
        "Zuletzt aktualisiert:",
        "Weiterlesen",
        "Diese Website nutzt Cookies",
        "Navigation ein-/ausblenden",
        "Nach oben",
        "FDP Ortsverband Altenbruch · Deichstraße 4",
        "Folgen Sie uns",
    )

    def prepare(self) -> None:
        self.hits = {r.uid: self.rng.randint(40, 2400) for r in self.base}
        self.modified = {
            r.uid: r.published + timedelta(days=self.rng.randint(1, 12))
            for r in self.base
            if self.rng.random() < 0.3
        }

    # -- the whole site --------------------------------------------------------------------
    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/administrator/", "/cache/", "/components/", "/modules/", "/tmp/"]
        prefix = "/index.php/termine"
        truth["traps"] = [{"prefix": prefix, "max_requests": 30}]
        newest_first = list(reversed(releases))
        latest = newest_first[:5]

        def page(title: str, content: str, itemid: int, view: str) -> str:
            return self.page(out, title, content, itemid=itemid, view=view, latest=latest)

        for pos, r in enumerate(newest_first):
            neighbours = (
                newest_first[pos - 1] if pos else None,
                newest_first[pos + 1] if pos + 1 < len(newest_first) else None,
            )
            out.add(self.path(r), page(r.title, self.article(r, neighbours), 102, "article"))
            self.announce(out, r, [o.title for o in latest if o is not r])
            url = self.url_of(out, r)
            printed = f"{self.path(r)}?tmpl=component&print=1&layout=default"
            out.add(printed, self.print_view(r))
            truth["variants"][out.url(printed)] = url
            link = digest("mailto", r.uid)
            mailto = f"/index.php/component/mailto/?tmpl=component&template=protostar&link={link}"
            out.add(mailto, self.mailto_form(r))
            truth["non_announcements"].append(out.url(mailto))
        for r in newest_first[:2]:  # Joomla answers whatever the query string adds
            out.add(self.path(r) + self.FOCUS, out.resources[self.path(r)].body)
            truth["variants"][self.url_of(out, r) + self.FOCUS] = self.url_of(out, r)
            truth["variants"][f"https://{self.host}{self.path(r)}"] = self.url_of(out, r)
        # trailing-slash links (hand-written in the "Über uns" text), answered by the same page
        classic = newest_first[6]
        out.add(
            self.path(classic) + "/", page(classic.title, self.article(classic, (None, None)), 102, "article")
        )
        truth["variants"][self.url_of(out, classic) + "/"] = self.url_of(out, classic)
        # category blog with ?start= pagination
        chunks = self.pages(newest_first, self.per_page)
        for number, chunk in enumerate(chunks, start=1):
            more = newest_first[number * self.per_page : number * self.per_page + 3]
            target = (
                "/index.php/aktuelles"
                if number == 1
                else f"/index.php/aktuelles?start={(number - 1) * self.per_page}"
            )
            out.add(target, page("Aktuelles", self.blog(chunk, more, number, len(chunks)), 102, "category"))
            truth["non_announcements"].append(out.url(target))
        # com_tags views
        for topic in sorted({r.topic for r in releases}, key=lambda t: t.tag):
            members = [r for r in newest_first if r.topic is topic]
            target = f"/index.php/component/tags/tag/{topic.tag}"
            out.add(target, page(topic.label, self.tag_page(topic.label, members), 101, "tag"))
            truth["non_announcements"].append(out.url(target))
        # home (featured), answered at / and /index.php
        home = page("Startseite", self.home(newest_first), 101, "featured")
        for target in ("/", "/index.php"):
            out.add(target, home)
            truth["non_announcements"].append(out.url(target))
        for slug in ("ueber-uns", "mitglied-werden", "kontakt", "impressum", "datenschutzerklaerung"):
            title, text = self.static(slug)
            extra = ""
            if slug == "ueber-uns":
                extra = (
                    f'<p>Lesenswert aus unserem Archiv: <a href="{self.path(classic)}/">'
                    f"{esc(classic.title)}</a></p>\n"
                )
            content = (
                '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
                '\t<div class="page-header">\n\t\t<h2 itemprop="headline">\n'
                f"\t\t\t{esc(title)}\t\t</h2>\n\t</div>\n"
                f'\t<div itemprop="articleBody">\n\t\t<p>{esc(text)}</p>\n{extra}\t</div>\n</div>\n'
            )
            out.add(f"/index.php/{slug}", page(title, content, 104, "article"))
            truth["non_announcements"].append(out.url(f"/index.php/{slug}"))
        # JEvents month view: 2015 … 2030, every month links to its neighbours
        now = page("Termine", self.month(*self.CAL_NOW), 103, "month")
        out.add(prefix, now)
        truth["non_announcements"].append(out.url(prefix))
        year, month = self.CAL_FIRST
        while (year, month) <= self.CAL_LAST:
            target = self.month_path(year, month)
            out.add(target, page("Termine", self.month(year, month), 103, "month"))
            truth["non_announcements"].append(out.url(target))
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        out.add(
            "/administrator/",
            "<!DOCTYPE html>\n<html><head><title>FDP Altenbruch - Administration</title></head><body>"
            '<h1>Joomla! Administrator-Anmeldung</h1><form><input name="username"></form></body></html>\n',
        )
        out.add(
            "/robots.txt",
            "# If the Joomla site is installed within a folder\n# eg www.example.com/joomla/ then the "
            "robots.txt"
            " file\n# MUST be moved to the site root\n\nUser-agent: *\nDisallow: /administrator/\n"
            "Disallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\nDisallow: /components/\n"
            "Disallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\n"
            "Disallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\n"
            "Disallow: /tmp/\n",
        )
        out.add(
            "/404.html",
            page(
                "404 - Seite nicht gefunden",
                '<div class="error"><h1>404 - Artikel nicht gefunden</h1></div>\n',
                101,
                "error",
            ),
        )
