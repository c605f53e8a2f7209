"""Renders the two Kleve replicas: the current WebSoziCMS site and its old ISO-8859-1 archive host.

WebSoziCMS conventions reproduced: accessibility links and the site-name line at the top of every
page, rubric listings ``/meldungen/uebersicht/<rubrik>/v:all/`` with ``page:N/`` pagination and
``Veröffentlicht am DD.MM.YYYY`` per entry, articles at ``/meldungen/<slug>/`` ending in
``Mehr zu diesem Thema:`` and ``- Zum Seitenanfang.``, a sidebar contact box on every page. The
archive host (older CMS version, table layout) lists ``DD.MM.: <title>`` under
``Veröffentlichungen <year> :`` and its article pages carry no year at all.
"""

from __future__ import annotations

import re
from typing import Any

from tests.generators.seed.common import (
    HostOutput,
    Page,
    esc,
    expected_record,
    fill,
    fragment,
    german_date,
    latin1_entities,
    png_pixel,
    umlaut_entities,
)

RUBRICS = {"presse": "Presse", "kommunalpolitik": "Kommunalpolitik"}
LATIN1 = "text/html; charset=iso-8859-1"
DEAD_LINK = "/media/dateien/fraktionsflyer-2019.pdf"
BOILERPLATE = [
    "Zum Seitenanfang",
    "Mehr zu diesem Thema",
    "Taste Alt+8",
    "Darstellung Größer",
    "Veröffentlicht am",
    "Fraktionsgeschäftsstelle",
    "Nassauerallee",
    "Sprechzeiten",
    "Mitglied werden",
    "Impressum",
    "ws_fontsize",
]
ARCHIVE_BOILERPLATE = [*BOILERPLATE, "Veröffentlichungen 20", "Anlage Foto", "Copyright/Rechtesituation"]
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _mailto(escaped: str) -> str:
    return _MAIL.sub(lambda m: f'<a href="mailto:{m.group(0)}">{m.group(0)}</a>', escaped)


class WebSoziSite:
    """Page layout shared by both Kleve hosts; ``archive`` switches to the old template."""

    def __init__(self, site: dict[str, Any], host: str, archive: bool) -> None:
        self.site = site
        self.host = host
        self.archive = archive

    def url(self, target: str) -> str:
        return f"http://{self.host}{target}"

    def encode(self, page: str, cp1252: bool = False) -> bytes:
        """Page bytes: UTF-8 on the current host; on the archive ISO-8859-1 with ``&bdquo;``-style
        entities, or (``cp1252``) raw Windows-1252 bytes under the same iso-8859-1 label."""
        if not self.archive:
            return page.encode("utf-8")
        if cp1252:
            return page.encode("cp1252")
        return latin1_entities(page).encode("latin-1")

    def layout(self, title: str, content: str, page_id: str) -> str:
        head = fill(
            "websozi_head.html",
            charset="iso-8859-1" if self.archive else "utf-8",
            site_name=esc(self.site["name"]),
            title=esc(title),
            version="2.6.1" if self.archive else "3.9.9",
            page_id=page_id,
        )
        contact_box = fill("websozi_contact_box.html")
        if self.archive:
            return fill(
                "websozi_archive.html",
                head=head,
                contact_box=contact_box,
                current_host=self.site["current_host"],
                content=content,
            )
        nav = "".join(
            f'<li><a href="{href}">{esc(name)}</a></li>'
            for name, href in (
                ("Startseite", "/"),
                ("Presse", "/meldungen/uebersicht/presse/v:all/"),
                ("Kommunalpolitik", "/meldungen/uebersicht/kommunalpolitik/v:all/"),
                ("Fraktion", "/fraktion/"),
                ("Termine", "/termine/"),
                ("Archiv 2014–2015", f"http://{self.site['archive_host']}/meldungen/archiv/"),
                ("Kontakt", "/kontakt/"),
            )
        )
        return fill(
            "websozi_current.html",
            head=head,
            nav=nav,
            content=content,
            contact_box=contact_box,
            dead_link=DEAD_LINK,
        )

    # -- article pages -----------------------------------------------------------------------
    def body_html(self, article: dict[str, Any]) -> str:
        """The ``meldung_text`` div: photo box, paragraphs (or <br><br> runs), photo notice, &nbsp;s."""
        quote = umlaut_entities if article.get("entities") else esc
        indent = set(article.get("indent", []))
        texts = [
            (" " if i in indent else "") + _mailto(quote(p)) for i, p in enumerate(article["paragraphs"])
        ]
        parts = []
        image = article.get("image")
        if image:
            parts.append(
                f'<div class="meldung_bild"><img src="{image["src"]}" alt="" width="200" height="266" />'
                "<br />"
                f'<span class="bildunterschrift">{quote(image["caption"])}</span></div>'
            )
        if article.get("br_paragraphs"):
            parts.append("<p>" + "<br /><br />\n".join(texts) + "</p>")
        else:
            parts += [f"<p>{t}</p>" for t in texts]
        if article.get("photo_notice"):
            parts.append("<p>&nbsp;</p>")
            parts.append("<p>" + "<br />\n".join(quote(line) for line in article["photo_notice"]) + "</p>")
            parts += ["<p>&nbsp;</p>", "<p>&nbsp;</p>"]
        elif self.archive:
            parts.append("<p>&nbsp;</p>")
        return "\n".join(parts)

    def article_page(self, article: dict[str, Any], related: list[dict[str, Any]]) -> str:
        """Title (archive: prefixed ``23.06.:``), date line (current host only), body, related links."""
        related_html = "".join(
            f'<li><a href="/meldungen/{r["slug"]}/">{esc(r["title"])}</a></li>' for r in related
        )
        more = '<div class="meldung_mehr"><p><strong>Mehr zu diesem Thema:</strong></p>'
        more += f"<ul>{related_html}</ul></div>" if related_html else "</div>"
        title = f'<span class="titel">{esc(article["title"])}</span>'
        if self.archive:
            day_month = german_date(article["published"])[:6]
            heading = f'<h2 class="meldung_titel"><span class="datum">{day_month}:</span> {title}</h2>'
            info = ""
        else:
            heading = f'<h2 class="meldung_titel">{title}</h2>'
            rubric = article["rubrics"][0]
            info = (
                f'<p class="meldung_info">Veröffentlicht am <span class="datum">'
                f"{german_date(article['published'])}</span> in "
                f'<a href="/meldungen/uebersicht/{rubric}/v:all/">{RUBRICS[rubric]}</a></p>\n'
            )
        content = fragment(
            "websozi_article.html",
            id=article["_id"],
            heading=heading,
            info=info,
            body=self.body_html(article),
            more=more,
        )
        return self.layout(article["title"], content, "seite_meldung")

    # -- listings ------------------------------------------------------------------------------
    def rubric_target(self, rubric: str, page: int) -> str:
        base = f"/meldungen/uebersicht/{rubric}/v:all/"
        return base if page == 1 else f"{base}page:{page}/"

    def entry(self, article: dict[str, Any]) -> str:
        """One rubric-listing entry, ending in ``Veröffentlicht am DD.MM.YYYY``."""
        excerpt = article["paragraphs"][0]
        excerpt = excerpt[:180].rsplit(" ", 1)[0] + " …" if len(excerpt) > 180 else excerpt
        image = article.get("image")
        thumb = (
            f'<img class="vorschau" src="{image["src"]}" alt="" width="80" height="60" />' if image else ""
        )
        return fragment(
            "websozi_entry.html",
            href=f"/meldungen/{article['slug']}/",
            title=esc(article["title"]),
            thumb=thumb,
            excerpt=esc(excerpt),
            date=german_date(article["published"]),
        )

    def rubric_page(self, rubric: str, page: int, pages: int, entries: list[dict[str, Any]]) -> str:
        links = [
            f"<strong>{n}</strong>" if n == page else f'<a href="{self.rubric_target(rubric, n)}">{n}</a>'
            for n in range(1, pages + 1)
        ]
        if page < pages:
            links.append(f'<a href="{self.rubric_target(rubric, page + 1)}">weiter &raquo;</a>')
        content = (
            f'<h2>{RUBRICS[rubric]}</h2>\n<div class="meldungen_liste">\n'
            + "\n".join(self.entry(a) for a in entries)
            + f'\n</div>\n<div class="blaettern">Seite {page} von {pages}: {" ".join(links)}</div>'
        )
        return self.layout(RUBRICS[rubric], content, "seite_uebersicht")

    def year_page(self, year: str, articles: list[dict[str, Any]], years: list[str]) -> str:
        year_links = " | ".join(f'<a href="/meldungen/archiv/{y}/">{y}</a>' for y in years)
        items = "\n".join(
            f'<li class="meldung_eintrag"><span class="datum">{german_date(a["published"])[:6]}:</span> '
            f'<a href="/meldungen/{a["slug"]}/">{esc(a["title"])}</a></li>'
            for a in articles
        )
        content = (
            f'<h2>Archiv</h2>\n<p class="jahre">Jahre: {year_links}</p>\n'
            f'<h3 class="jahr">Veröffentlichungen {year} :</h3>\n<ul class="meldungen_liste">\n{items}\n</ul>'
        )
        return self.layout(f"Archiv {year}", content, "seite_archiv")

    def simple_page(self, title: str, html_body: str, page_id: str = "seite_statisch") -> str:
        return self.layout(title, f"<h2>{esc(title)}</h2>\n{html_body}", page_id)


def _assign_ids(articles: list[dict[str, Any]], start: int) -> None:
    for offset, article in enumerate(sorted(articles, key=lambda a: a["published"])):
        article["_id"] = start + offset * 7


def render_current(
    data: dict[str, Any],
) -> tuple[HostOutput, list[tuple[str, dict[str, Any]]], dict[str, Any]]:
    """The current Kleve host (UTF-8, rubric listings, full dates on article pages)."""
    site_conf = data["site"]
    site = WebSoziSite(site_conf, site_conf["host"], archive=False)
    articles = sorted(data["article"], key=lambda a: a["published"], reverse=True)
    _assign_ids(articles, 41230)
    by_slug = {a["slug"]: a for a in articles}
    out = HostOutput(site.host, host_conf={"last_modified": site_conf["last_modified"]})
    expected = []
    for article in articles:
        target = f"/meldungen/{article['slug']}/"
        related = [by_slug[s] for s in article.get("related", [])]
        out.pages.append(Page(target, site.article_page(article, related).encode("utf-8")))
        if article.get("image"):
            out.pages.append(Page(article["image"]["src"], png_pixel()))
        expected.append((article["slug"], expected_record(site.url(target), article, BOILERPLATE)))
    listing_urls = []
    per_page = site_conf["per_page"]
    for rubric in RUBRICS:
        members = [a for a in articles if rubric in a["rubrics"]]
        chunks = [members[i : i + per_page] for i in range(0, len(members), per_page)]
        for number, chunk in enumerate(chunks, start=1):
            target = site.rubric_target(rubric, number)
            listing_urls.append(site.url(target))
            html = site.rubric_page(rubric, number, len(chunks), chunk)
            out.pages.append(Page(target, html.encode(), f"_pages/uebersicht/{rubric}-{number}.html"))
    home = site.simple_page(
        "Willkommen",
        "<p>Willkommen auf den Seiten der SPD-Fraktion im Kreistag Kleve.</p>\n<p>&nbsp;</p>\n"
        + '<div class="meldungen_liste">\n'
        + "\n".join(site.entry(a) for a in articles[:3])
        + "\n</div>",
        "seite_start",
    )
    statics = {
        "/fraktion/": ("Fraktion", "<p>Der SPD-Kreistagsfraktion Kleve gehören zwölf Mitglieder an.</p>"),
        "/termine/": ("Termine", "<p>Aktuelle Termine finden Sie in unseren Meldungen.</p>"),
        "/kontakt/": ("Kontakt", "<p>Schreiben Sie uns: info@spd-kreistagsfraktion-kleve.de</p>"),
        "/impressum/": (
            "Impressum",
            "<p>Verantwortlich: SPD-Kreistagsfraktion Kleve, Kreishaus, 47533 Kleve</p>",
        ),
        "/datenschutz/": ("Datenschutz", "<p>Diese Seite speichert keine personenbezogenen Daten.</p>"),
        "/mitglied-werden/": ("Mitglied werden", "<p>Jetzt Mitglied der SPD werden!</p>"),
        "/intern/": (
            "Interner Bereich",
            '<form action="/intern/" method="post"><input name="passwort" /></form>',
        ),
    }
    out.pages.append(Page("/", home.encode()))
    for target, (title, body) in statics.items():
        out.pages.append(Page(target, site.simple_page(title, body).encode()))
    out.routes["/meldungen/"] = {"redirect": "/meldungen/uebersicht/presse/v:all/", "status": 301}
    out.pages += [
        Page("/robots.txt", b"User-agent: *\nDisallow: /intern/\nDisallow: /login/\n"),
        Page("/css/websozi.css", b"body{font-family:Verdana,sans-serif}#sidebar{float:right;width:14em}\n"),
        Page("/media/layout/spd-logo.png", png_pixel((227, 0, 15))),
        Page("/media/layout/mitglied-werden.png", png_pixel((227, 0, 15))),
    ]
    index = {
        "start_urls": [
            site.url("/meldungen/uebersicht/presse/v:all/"),
            site.url("/meldungen/uebersicht/kommunalpolitik/v:all/"),
        ],
        "non_announcement_urls": [
            site.url("/"),
            *listing_urls,
            *(site.url(p) for p in statics if p != "/intern/"),
        ],
        "disallowed_by_robots": [site.url("/intern/")],
        "dead_links": [site.url(DEAD_LINK)],
        "redirects": {site.url("/meldungen/"): site.url("/meldungen/uebersicht/presse/v:all/")},
    }
    return out, expected, index


def render_archive(
    data: dict[str, Any], current_host: str
) -> tuple[HostOutput, list[tuple[str, dict[str, Any]]], dict[str, Any]]:
    """The old archive host: ISO-8859-1 bytes, yearly pages, article pages without a year."""
    site_conf = {**data["site"], "current_host": current_host}
    site = WebSoziSite(site_conf, site_conf["host"], archive=True)
    articles = sorted(data["article"], key=lambda a: a["published"], reverse=True)
    _assign_ids(articles, 8120)
    out = HostOutput(
        site.host,
        host_conf={"last_modified": site_conf["last_modified"], "content_types": {".html": LATIN1}},
    )
    expected = []
    for article in articles:
        target = f"/meldungen/{article['slug']}/"
        body = site.encode(site.article_page(article, []), cp1252=bool(article.get("cp1252")))
        out.pages.append(Page(target, body))
        if article.get("image"):
            out.pages.append(Page(article["image"]["src"], png_pixel()))
        boilerplate = list(ARCHIVE_BOILERPLATE)
        if article.get("image"):
            boilerplate.append(article["image"]["caption"])
        expected.append(
            (f"archiv_{article['slug']}", expected_record(site.url(target), article, boilerplate))
        )
    years = sorted({a["published"][:4] for a in articles}, reverse=True)
    listing_urls = [site.url("/meldungen/archiv/")]
    for year in years:
        target = f"/meldungen/archiv/{year}/"
        listing_urls.append(site.url(target))
        members = [a for a in articles if a["published"].startswith(year)]
        out.pages.append(Page(target, site.encode(site.year_page(year, members, years))))
    counts = "\n".join(
        f'<li><a href="/meldungen/archiv/{y}/">Veröffentlichungen {y}</a> '
        f"({sum(a['published'].startswith(y) for a in articles)})</li>"
        for y in years
    )
    archive_index = site.simple_page("Archiv", f"<ul>\n{counts}\n</ul>", "seite_archiv")
    home = site.simple_page(
        "Willkommen im Archiv",
        "<p>Hier finden Sie die Meldungen der SPD-Kreistagsfraktion Kleve aus den Jahren 2014 und 2015.</p>\n"
        f'<p>Zu unserer <a href="http://{current_host}/">aktuellen Internetseite</a>.</p>\n'
        '<p><a href="/meldungen/archiv/">Zum Archiv</a></p>',
        "seite_start",
    )
    impressum = site.simple_page("Impressum", "<p>SPD-Kreistagsfraktion Kleve, Kreishaus, 47533 Kleve</p>")
    out.pages += [
        Page("/meldungen/archiv/", site.encode(archive_index)),
        Page("/", site.encode(home)),
        Page("/impressum/", site.encode(impressum)),
        Page("/css/websozi.css", b"body{font-family:Verdana,sans-serif}\n"),
        Page("/media/layout/mitglied-werden.png", png_pixel((227, 0, 15))),
    ]
    index = {
        "start_urls": [site.url("/meldungen/archiv/")],
        "non_announcement_urls": [site.url("/"), *listing_urls, site.url("/impressum/")],
    }
    return out, expected, index
