"""e) The TYPO3 tt_news-like association (www.kv-musterregion.test)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from tests.generators.dev.base import Site, attr, dmy, esc, rfc822
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import MONTHS, Org, Release


# ==============================================================================================
# e) TYPO3 tt_news-like association
# ==============================================================================================
class Typo3Site(Site):
    host = "www.kv-musterregion.test"
    template = "typo3-ttnews"
    count = 28
    removed_status = 404
    uid_start = 1180
    org = Org(
        kind="association",
        name="Kommunalverband Musterregion",
        subject="Der Kommunalverband Musterregion",
        short="KVM",
        town="Musterregion",
        email_domain="kv-musterregion.test",
        phone="0201 2069",
        roles=(
            ("Verbandsdirektor", "Verbandsdirektorin"),
            ("Vorsitzender der Verbandsversammlung", "Vorsitzende der Verbandsversammlung"),
            ("Beigeordneter für Umwelt", "Beigeordnete für Umwelt"),
            ("Referent für Regionalplanung", "Referentin für Regionalplanung"),
            ("Pressesprecher", "Pressesprecherin"),
        ),
    )
    BOILERPLATE = (
        "Sie sind hier:",
        "Zurück zu: Pressemitteilungen",
        "Verbandsstraße 5",
        "Kommunale Zusammenarbeit seit 1979",
    )
    LIST_PID, SINGLE_PID = 42, 43
    per_page = 10
    PAGES = (
        (1, "Startseite"),
        (2, "Der Verband"),
        (5, "Themen"),
        (12, "Impressum"),
        (13, "Datenschutz"),
        (14, "Kontakt"),
        (15, "Mitglied werden"),
    )

    def chash(self, *params: str) -> str:
        return hashlib.md5(("&".join(params) + "|" + self.host).encode()).hexdigest()

    def path(self, r: Release) -> str:
        key = f"tx_ttnews[tt_news]={r.uid}"
        return f"/index.php?id={self.SINGLE_PID}&{key}&cHash={self.chash(str(self.SINGLE_PID), key)}"

    def feed_path(self, r: Release) -> str:
        parts = (
            f"tx_ttnews[tt_news]={r.uid}",
            f"tx_ttnews[year]={r.published.year}",
            f"tx_ttnews[month]={r.published.month:02d}",
        )
        return f"/index.php?id={self.SINGLE_PID}&{'&'.join(parts)}&cHash={self.chash('feed', *parts)}"

    def list_path(self, pointer: int) -> str:
        if pointer == 0:
            return f"/index.php?id={self.LIST_PID}"
        key = f"tx_ttnews[pointer]={pointer}"
        return f"/index.php?id={self.LIST_PID}&{key}&cHash={self.chash(str(self.LIST_PID), key)}"

    def month_path(self, year: int, month: int) -> str:
        start = datetime(year, month, 1, tzinfo=UTC)
        end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC)
        parts = (
            f"tx_ttnews[pS]={int(start.timestamp())}",
            f"tx_ttnews[pL]={int((end - start).total_seconds()) - 1}",
            "tx_ttnews[arc]=1",
        )
        return f"/index.php?id={self.LIST_PID}&{'&'.join(parts)}&cHash={self.chash('amenu', *parts)}"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    @staticmethod
    def href(target: str) -> str:
        return attr(target.lstrip("/"))

    def page(
        self, out: HostBuilder, title: str, content: str, canonical: str | None = None, active: int = 0
    ) -> str:
        act = ' class="act"'
        mainnav = "".join(
            f'<li{act if pid == active else ""}><a href="index.php?id={pid}">{esc(label)}</a></li>'
            for pid, label in (
                (2, "Der Verband"),
                (self.LIST_PID, "Presse"),
                (5, "Themen"),
                (15, "Mitglied werden"),
            )
        )
        canon = f'<link rel="canonical" href="{attr(canonical)}" />\n' if canonical else ""
        return (
            '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
            "<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n"
            "\tTYPO3 is a free open source Content Management Framework initially created by Kasper "
            "Skaarhoj.\n-->\n"
            f'<base href="{out.url("/")}">\n'
            f"<title>{esc(title)} - Kommunalverband Musterregion</title>\n"
            '<meta name="generator" content="TYPO3 CMS">\n'
            f"{canon}"
            '<link rel="alternate" type="application/rss+xml" title="Pressemitteilungen (RSS)" '
            f'href="{out.url("/rss.xml")}">\n'
            '<link rel="stylesheet" type="text/css" href="typo3temp/stylesheet_7f2a1c.css" media="all">\n'
            "</head>\n<body>\n"
            '<div id="page"><div id="header"><a href="index.php?id=1"><img '
            'src="fileadmin/templates/img/logo.png" '
            'alt="Kommunalverband Musterregion"></a><p class="claim">Kommunale Zusammenarbeit seit 1979</p>\n'
            '<ul id="metanav"><li><a href="index.php?id=12">Impressum</a></li>'
            '<li><a href="index.php?id=13">Datenschutz</a></li><li><a href="index.php?id=14">Kontakt</a></li>'
            '<li><a href="typo3/">Login</a></li></ul></div>\n'
            f'<div id="mainnav"><ul>{mainnav}</ul></div>\n'
            '<div id="breadcrumb">Sie sind hier: <a href="index.php?id=1">Startseite</a> &gt; '
            f"{esc(title)}</div>\n"
            f'<div id="content"><!--TYPO3SEARCH_begin-->\n{content}<!--TYPO3SEARCH_end--></div>\n'
            '<div id="footer">Kommunalverband Musterregion · Verbandsstraße 5 · 45678 Musterregion · '
            '<a href="index.php?id=12">Impressum</a> · <a href="index.php?id=13">Datenschutz</a></div>\n'
            "</div>\n</body>\n</html>\n"
        )

    def single(self, out: HostBuilder, r: Release) -> str:
        paragraphs = "\n".join(f'<p class="bodytext">{esc(p)}</p>' for p in r.paragraphs)
        content = (
            '<div class="news-single-item">\n'
            f'<div class="news-single-rightbox">{dmy(r.published)} {r.hour:02d}:{r.minute:02d}<br>'
            f"Kategorie: {esc(r.topic.label)}</div>\n"
            f"<h1>{esc(r.title)}</h1>\n"
            f'<div class="news-single-content">\n{paragraphs}\n</div>\n'
            f'<div class="news-single-backlink"><a href="index.php?id={self.LIST_PID}">&lt;- Zurück zu: '
            "Pressemitteilungen</a></div>\n</div>\n"
        )
        return self.page(out, r.title, content, canonical=self.url_of(out, r), active=self.LIST_PID)

    def list_item(self, r: Release) -> str:
        href = self.href(self.path(r))
        return (
            '<div class="news-list-item">'
            f'<span class="news-list-date">{dmy(r.published)}</span>'
            f'<h3><a href="{href}" title="{attr(r.title)}">{esc(r.title)}</a></h3>'
            f'<p class="bodytext">{esc(r.teaser())}</p>'
            f'<a href="{href}" class="news-list-morelink">[mehr]</a></div>\n'
        )

    def amenu(self, releases: list[Release]) -> str:
        months = sorted({(r.published.year, r.published.month) for r in releases}, reverse=True)
        counts = {m: sum((r.published.year, r.published.month) == m for r in releases) for m in months}
        rows = "".join(
            f'<li><a href="{self.href(self.month_path(y, m))}">{MONTHS[m - 1]} {y}</a> '
            f"({counts[(y, m)]})</li>"
            for y, m in months
        )
        return f'<div class="news-amenu-container"><h3>Archiv</h3><ul>{rows}</ul></div>\n'

    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/typo3/", "/typo3conf/", "/fileadmin/intern/"]
        newest_first = list(reversed(releases))
        for r in releases:
            page = self.single(out, r)
            out.add(self.path(r), page)
            out.add(self.feed_path(r), page)
            truth["variants"][out.url(self.feed_path(r))] = self.url_of(out, r)
            self.announce(out, r)
        chunks = self.pages(newest_first, self.per_page)
        amenu = self.amenu(releases)
        for pointer, chunk in enumerate(chunks):
            browse = " ".join(
                f'<span class="activeLinkWrap">Seite {k + 1}</span>'
                if k == pointer
                else f'<a href="{self.href(self.list_path(k))}">Seite {k + 1}</a>'
                for k in range(len(chunks))
            )
            if pointer + 1 < len(chunks):
                browse += f' <a href="{self.href(self.list_path(pointer + 1))}">Nächste &gt;</a>'
            content = (
                "<h1>Pressemitteilungen</h1>\n"
                + "".join(self.list_item(r) for r in chunk)
                + f'<div class="news-list-browse">{browse}</div>\n{amenu}'
            )
            out.add(
                self.list_path(pointer), self.page(out, "Pressemitteilungen", content, active=self.LIST_PID)
            )
            truth["non_announcements"].append(out.url(self.list_path(pointer)))
        for year, month in sorted({(r.published.year, r.published.month) for r in releases}):
            members = [r for r in newest_first if (r.published.year, r.published.month) == (year, month)]
            content = f"<h1>Pressemitteilungen {MONTHS[month - 1]} {year}</h1>\n" + "".join(
                self.list_item(r) for r in members
            )
            out.add(
                self.month_path(year, month),
                self.page(out, "Pressemitteilungen", content, active=self.LIST_PID),
            )
            truth["non_announcements"].append(out.url(self.month_path(year, month)))
        texts = {
            2: "Der Kommunalverband Musterregion ist der Zusammenschluss von elf Städten und drei Kreisen. "
            'Die Niederschrift der letzten Verbandsversammlung finden Sie <a href="fileadmin/intern/'
            'niederschrift-2019.pdf">hier (nur für Mitglieder)</a>.',
            5: "Regionalplanung, Freiraumschutz, Radwegenetz, Wirtschaftsförderung und Tourismus.",
            12: "Kommunalverband Musterregion, Körperschaft des öffentlichen Rechts, vertreten durch die "
            "Verbandsdirektion.",
            13: "Datenschutzerklärung nach Art. 13 DSGVO.",
            14: "Pressestelle: Telefon 0201 2069-201, E-Mail presse@kv-musterregion.test",
            15: "Kommunen und Kreise der Region können dem Verband durch Beschluss ihrer Räte beitreten.",
        }
        for pid, label in self.PAGES:
            if pid == 1:
                newest = "".join(self.list_item(r) for r in newest_first[:3])
                content = (
                    f"<h1>Willkommen beim Kommunalverband Musterregion</h1>\n<h2>Aktuelles</h2>\n{newest}"
                )
            else:
                content = f"<h1>{esc(label)}</h1>\n<p>{texts[pid]}</p>\n"
            out.add(f"/index.php?id={pid}", self.page(out, label, content, active=pid))
            truth["non_announcements"].append(out.url(f"/index.php?id={pid}"))
        out.add("/", redirect="/index.php?id=1", status=301)
        items = "".join(
            f"<item><title>{esc(r.title)}</title><link>{esc(out.url(self.feed_path(r)))}</link>"
            f"<description>{esc(r.teaser())}</description><category>{esc(r.topic.label)}</category>"
            f"<pubDate>{rfc822(r)}</pubDate></item>\n"
            for r in newest_first[:15]
        )
        out.add(
            "/rss.xml",
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>\n'
            f"<title>Kommunalverband Musterregion: Pressemitteilungen</title><link>{out.url('/')}</link>\n"
            f"<description>Pressemitteilungen des Kommunalverbands Musterregion</description>\n"
            f"<language>de</language>\n{items}</channel></rss>\n",
        )
        truth["non_announcements"].append(out.url("/rss.xml"))
        out.add(
            "/robots.txt",
            "User-agent: *\nDisallow: /typo3/\nDisallow: /typo3conf/\nDisallow: /fileadmin/intern/\n",
        )
        out.add(
            "/404.html",
            self.page(out, "Seite nicht gefunden", "<h1>Die angeforderte Seite existiert nicht.</h1>\n"),
        )
