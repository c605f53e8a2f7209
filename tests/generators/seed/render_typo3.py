"""Renders the www.rvr.ruhr replica: TYPO3 with the tt_news extension, as the idr pages look.

What makes it TYPO3-ish, and a fair test for a crawler: every URL is ``index.php`` with a query
(``id``, ``tx_ttnews[tt_news]``, ``tx_ttnews[pointer]``, ``cHash``; brackets written as ``%5B``/``%5D``
like TYPO3 does and Scrapy requests them), links are relative to a
``<base href>`` and written with ``&amp;``; the single view repeats the whole article as a
run-together teaser (tt_news "subheader") before the ``p.bodytext`` paragraphs; the RSS feed links
the same articles under other URLs (with ``tx_ttnews[year]``/``[month]``); print views
(``type=98``) duplicate every article; robots.txt disallows ``/typo3/`` and ``/suche/``.
"""

from __future__ import annotations

import hashlib
from datetime import UTC
from email.utils import format_datetime
from typing import Any
from urllib.parse import quote

from tests.generators.seed.common import (
    HostOutput,
    Page,
    esc,
    expected_record,
    fill,
    fragment,
    german_date,
    png_pixel,
)
from tests.generators.seed.typo3_text import linkify, local_time, teaser_of

CSS_PATH = "typo3temp/assets/compressed/merged-5c1e8b0d7c1f2a3e.css"
JS_PATH = "typo3temp/assets/compressed/merged-a41f9e0c3b2d1e6f.js"
STATIC_PAGES = {25: "Impressum", 26: "Datenschutz", 30: "Kontakt"}
DEAD_PAGE_ID = 31  # "Barrierefreiheit": linked in the footer, never served (a realistic 404)
BOILERPLATE = [
    "Sie sind hier",
    "Drucken",
    "Zurück zu",
    "verwendet Cookies",
    "info@rvr.ruhr",
    "+49 201 2069-0",
    "Regionalverband Ruhr\ninfo@rvr.ruhr",
    "Kronprinzenstraße 35, 45128 Essen",
    "_paq.push",
    "Seite teilen",
]


class Typo3Site:
    """URL scheme and page layout of the RVR replica (one instance per build)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.site = data["site"]
        self.host: str = self.site["host"]
        self.pid: int = self.site["listing_page_id"]
        self.articles = sorted(data["article"], key=lambda a: (a["published"], a["uid"]), reverse=True)

    # -- URLs (targets are path+query with plain "&"; hrefs are relative and use "&amp;") -------
    def _with_chash(self, params: str) -> str:
        """``index.php`` URL with a cHash; brackets percent-encoded as TYPO3's typolink writes them."""
        digest = hashlib.md5(f"rvr-replica|{params}".encode()).hexdigest()
        encoded = params.replace("[", "%5B").replace("]", "%5D")
        return f"/index.php?{encoded}&cHash={digest}"

    def article_target(self, uid: int) -> str:
        return self._with_chash(f"id={self.pid}&tx_ttnews[tt_news]={uid}")

    def feed_target(self, article: dict[str, Any]) -> str:
        year, month, _ = article["published"].split("-")
        params = f"id={self.pid}&tx_ttnews[year]={year}&tx_ttnews[month]={month}"
        return self._with_chash(f"{params}&tx_ttnews[tt_news]={article['uid']}")

    def print_target(self, uid: int) -> str:
        return self._with_chash(f"id={self.pid}&tx_ttnews[tt_news]={uid}&type=98")

    def listing_target(self, pointer: int) -> str:
        if pointer == 0:
            return f"/index.php?id={self.pid}"
        return self._with_chash(f"id={self.pid}&tx_ttnews[pointer]={pointer}")

    @staticmethod
    def href(target: str) -> str:
        return esc(target.lstrip("/")) or "./"

    def url(self, target: str) -> str:
        return f"http://{self.host}{target}"

    # -- layout ----------------------------------------------------------------------------
    def layout(
        self, title: str, content: str, crumbs: list[tuple[str, str | None]], canonical: str = ""
    ) -> str:
        """The page shell: cookie notice, header nav, search, breadcrumb, footer, tracking."""
        crumb_html = "".join(
            f'<li><a href="{self.href(t)}">{esc(n)}</a></li>' if t else f'<li class="current">{esc(n)}</li>'
            for n, t in crumbs
        )
        menu = (
            ("Startseite", "/index.php?id=1"),
            ("Aktuelles", self.listing_target(0)),
            ("Themen", "/index.php?id=1"),
            ("Service", "/index.php?id=30"),
        )
        nav = "".join(
            f'<li class="{"active" if n == "Aktuelles" else "item"}"><a href="{self.href(t)}">{n}</a></li>'
            for n, t in menu
        )
        return fill(
            "typo3_layout.html",
            host=self.host,
            pid=self.pid,
            title=esc(title),
            canonical=f'<link rel="canonical" href="{esc(self.url(canonical))}">\n' if canonical else "",
            css=CSS_PATH,
            js=JS_PATH,
            nav=nav,
            crumbs=crumb_html,
            content=content,
            href_home=self.href("/index.php?id=1"),
            href_imprint=self.href("/index.php?id=25"),
            href_privacy=self.href("/index.php?id=26"),
            href_contact=self.href("/index.php?id=30"),
            href_dead=self.href(f"/index.php?id={DEAD_PAGE_ID}"),
        )

    # -- pages -----------------------------------------------------------------------------
    def article_page(self, article: dict[str, Any]) -> str:
        """tt_news single view: rightbox (date, categories), h1, teaser block, body, share links."""
        uid = article["uid"]
        image = article.get("image")
        image_html = ""
        if image:
            image_html = (
                f'\n  <div class="news-single-img"><a href="{image["src"]}" class="lightbox">'
                f'<img src="{image["src"]}" alt="" width="640" height="427"></a>'
                f'<p class="news-single-imgcaption">{esc(image["caption"])}</p></div>'
            )
        content = fragment(
            "typo3_article.html",
            cid=uid % 9973 + 20000,
            date=german_date(article["published"]),
            time=article.get("time", ""),
            categories=esc(", ".join(article.get("categories", []))),
            title=esc(article["title"]),
            teaser=esc(teaser_of(article["paragraphs"])),
            image=image_html,
            body="\n".join(f'    <p class="bodytext">{linkify(p)}</p>' for p in article["paragraphs"]),
            print_href=self.href(self.print_target(uid)),
            share=quote(self.url(self.article_target(uid)), safe=""),
            back_href=self.href(self.listing_target(0)),
        )
        crumbs = [
            ("Startseite", "/index.php?id=1"),
            ("Aktuelles", self.listing_target(0)),
            (article["title"], None),
        ]
        return self.layout(article["title"], content, crumbs, canonical=self.article_target(uid))

    def print_page(self, article: dict[str, Any]) -> str:
        """The ``type=98`` print view: the same article once more, under another URL."""
        return fill(
            "typo3_print.html",
            title=esc(article["title"]),
            date=german_date(article["published"]),
            body="\n".join(f"<p>{esc(p)}</p>" for p in article["paragraphs"]),
        )

    def listing_page(self, pointer: int, entries: list[dict[str, Any]], pages: int) -> str:
        per_page = self.site["per_page"]
        items = []
        for article in entries:
            href = self.href(self.article_target(article["uid"]))
            date_line = ", ".join([german_date(article["published"]), *article.get("cities", [])])
            short = teaser_of(article["paragraphs"])
            short = short[:220].rsplit(" ", 1)[0] + " …"
            items.append(
                fragment(
                    "typo3_list_item.html",
                    date_line=esc(date_line),
                    href=href,
                    title=esc(article["title"]),
                    short=esc(short),
                )
            )
        first, last = pointer * per_page + 1, pointer * per_page + len(entries)
        links = []
        if pointer > 0:
            links.append(f'<li><a href="{self.href(self.listing_target(0))}">&lt;&lt; Erste</a></li>')
            links.append(f'<li><a href="{self.href(self.listing_target(pointer - 1))}">&lt; Zurück</a></li>')
        for n in range(pages):
            label = str(n + 1)
            links.append(
                f'<li class="act">{label}</li>'
                if n == pointer
                else f'<li><a href="{self.href(self.listing_target(n))}">{label}</a></li>'
            )
        if pointer < pages - 1:
            links.append(f'<li><a href="{self.href(self.listing_target(pointer + 1))}">Weiter &gt;</a></li>')
        browse = (
            f'<div class="news-list-browse"><div class="showResultsWrap">Nachrichten {first} bis {last} '
            f"von {len(self.articles)}</div>\n"
            f'<ul class="browsebox">{"".join(links)}</ul></div>'
        )
        content = (
            '<div class="section-label">Aktuelles</div>\n<h1>Pressemitteilungen</h1>\n'
            '<div id="c20001" class="frame frame-default frame-type-list">\n'
            '<div class="news-list-container">\n' + "\n".join(items) + "\n</div>\n" + browse + "\n</div>"
        )
        crumbs = [("Startseite", "/index.php?id=1"), ("Aktuelles", None)]
        return self.layout("Pressemitteilungen", content, crumbs)

    def home_page(self) -> str:
        latest = []
        for article in self.articles[:4]:
            latest.append(
                '<div class="news-latest-item"><span class="news-latest-date">'
                f"{german_date(article['published'])}</span> "
                f'<h3><a href="{self.href(self.article_target(article["uid"]))}">'
                f"{esc(article['title'])}</a></h3></div>"
            )
        content = (
            "<h1>Willkommen beim Regionalverband Ruhr</h1>\n"
            '<p class="bodytext">Der Regionalverband Ruhr (RVR) ist der Zusammenschluss der elf kreisfreien '
            "Städte und vier Kreise der Metropole Ruhr.</p>\n"
            f'<div class="news-latest-container"><h2>Aktuelles</h2>\n{"".join(latest)}\n'
            f'<p><a href="{self.href(self.listing_target(0))}">Alle Pressemitteilungen</a></p></div>'
        )
        return self.layout("Startseite", content, [("Startseite", None)])

    def static_page(self, page_id: int, name: str) -> str:
        texts = {
            "Impressum": "Regionalverband Ruhr, Körperschaft des öffentlichen Rechts, vertreten durch die "
            "Regionaldirektorin. Umsatzsteuer-Identifikationsnummer: DE 119 654 222.",
            "Datenschutz": "Der Schutz Ihrer persönlichen Daten ist uns ein besonderes Anliegen. "
            "Wir verarbeiten Ihre Daten ausschließlich auf Grundlage der gesetzlichen Bestimmungen (DSGVO).",
            "Kontakt": "Pressestelle: pressestelle@rvr.ruhr. Besucheranschrift: Kronprinzenstraße 35, Essen.",
        }
        content = (
            f'<div id="c{page_id}00" class="frame frame-default frame-type-text"><h1>{name}</h1>\n'
            f'<p class="bodytext">{esc(texts[name])}</p>\n<p class="bodytext">&nbsp;</p></div>'
        )
        return self.layout(name, content, [("Startseite", "/index.php?id=1"), (name, None)])

    def rss(self) -> str:
        """RSS 2.0 with the newest releases; links carry ``tx_ttnews[year]``/``[month]`` as idr feeds do."""
        items = [
            fragment(
                "typo3_rss_item.xml",
                title=esc(article["title"]),
                link=esc(self.url(self.feed_target(article))),
                description=esc(teaser_of(article["paragraphs"])),
                category=esc(" ".join(article.get("categories", []))),
                pub_date=format_datetime(local_time(article)),
                uid=article["uid"],
            )
            for article in self.articles[: self.site["rss_items"]]
        ]
        newest = format_datetime(local_time(self.articles[0]))
        return fill("typo3_rss.xml", host=self.host, newest=newest, items="\n".join(items))


def render(data: dict[str, Any]) -> tuple[HostOutput, list[tuple[str, dict[str, Any]]], dict[str, Any]]:
    """All pages of the RVR host, the expected records (file stem, record) and the site index."""
    site = Typo3Site(data)
    out = HostOutput(site.host, host_conf={"last_modified": site.site["last_modified"]})
    expected: list[tuple[str, dict[str, Any]]] = []
    aliases: dict[str, str] = {}
    for article in site.articles:
        uid, target = article["uid"], site.article_target(article["uid"])
        html_bytes = site.article_page(article).encode("utf-8")
        modified = local_time(article).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.pages.append(Page(target, html_bytes, f"_pages/news/{uid}.html", last_modified=modified))
        feed = site.feed_target(article)
        out.pages.append(Page(feed, html_bytes, f"_pages/news/{uid}.html", last_modified=modified))
        out.pages.append(
            Page(site.print_target(uid), site.print_page(article).encode(), f"_pages/print/{uid}.html")
        )
        aliases[site.url(feed)] = site.url(target)
        aliases[site.url(site.print_target(uid))] = site.url(target)
        for image in [article["image"]] if article.get("image") else []:
            out.pages.append(Page("/" + image["src"], png_pixel()))
        boilerplate = [*BOILERPLATE, _teaser_junction(article["paragraphs"])]
        stem = f"{uid}"
        expected.append((stem, expected_record(site.url(target), article, boilerplate)))
    per_page = site.site["per_page"]
    chunks = [site.articles[i : i + per_page] for i in range(0, len(site.articles), per_page)]
    listing_urls = []
    for pointer, chunk in enumerate(chunks):
        target = site.listing_target(pointer)
        listing_urls.append(site.url(target))
        out.pages.append(
            Page(
                target, site.listing_page(pointer, chunk, len(chunks)).encode(), f"_pages/list/{pointer}.html"
            )
        )
    home = site.home_page().encode()
    out.pages += [Page("/", home), Page("/index.php?id=1", home, "index.html")]
    static_urls = []
    for page_id, name in STATIC_PAGES.items():
        target = f"/index.php?id={page_id}"
        static_urls.append(site.url(target))
        out.pages.append(
            Page(target, site.static_page(page_id, name).encode(), f"_pages/{name.lower()}.html")
        )
    out.pages += _support_files(site)
    site_index = {
        "hosts": [site.host],
        "start_urls": [listing_urls[0]],
        "feeds": [site.url("/rss.xml")],
        "announcement_urls": [r["url"] for _, r in expected],
        "non_announcement_urls": [site.url("/"), site.url("/index.php?id=1"), *listing_urls, *static_urls],
        "aliases": aliases,
        "disallowed_by_robots": [site.url("/suche/"), site.url("/typo3/")],
        "dead_links": [site.url(f"/index.php?id={DEAD_PAGE_ID}")],
    }
    return out, expected, site_index


def _teaser_junction(paragraphs: list[str]) -> str:
    """A string that occurs only if the run-together teaser leaked into the body text."""
    if len(paragraphs) < 2:
        raise ValueError("an idr release has at least two paragraphs (dateline paragraph + more)")
    return paragraphs[0][-25:] + " " + paragraphs[1][:25]


def _support_files(site: Typo3Site) -> list[Page]:
    robots = (
        "User-agent: *\nDisallow: /typo3/\nDisallow: /typo3conf/\nDisallow: /typo3temp/\n"
        "Disallow: /suche/\nDisallow: /fileadmin/_temp_/\n\nSitemap: http://www.rvr.ruhr/sitemap.xml\n"
    )
    search = site.layout(
        "Suche",
        '<h1>Suche</h1>\n<p class="bodytext">Bitte geben Sie einen Suchbegriff ein.</p>',
        [("Startseite", "/index.php?id=1"), ("Suche", None)],
    )
    login = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="generator" content="TYPO3 CMS">'
        "<title>TYPO3 CMS Login: Regionalverband Ruhr</title></head>"
        '<body><form>Benutzername <input name="username">'
        "</form></body></html>\n"
    )
    not_found = site.layout(
        "Seite nicht gefunden",
        '<h1>Seite nicht gefunden</h1>\n<p class="bodytext">Die angeforderte Seite existiert nicht.</p>',
        [("Startseite", "/index.php?id=1"), ("404", None)],
    )
    css = "body{font-family:Arial,sans-serif;margin:0 auto;max-width:60em}.cookie-notice{background:#eee}\n"
    return [
        Page("/robots.txt", robots.encode()),
        Page("/rss.xml", site.rss().encode(), content_type="application/rss+xml; charset=utf-8"),
        Page("/suche/", search.encode()),
        Page("/typo3/", login.encode()),
        Page("/404.html", not_found.encode()),
        Page("/" + CSS_PATH, css.encode()),
        Page("/" + JS_PATH, b"/* TYPO3 merged assets */\nwindow.rvr=window.rvr||{};\n"),
        Page("/fileadmin/templates/rvr/img/rvr-logo.png", png_pixel((0, 90, 160))),
    ]
