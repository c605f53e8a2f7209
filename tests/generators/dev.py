"""Generate replica websites (host directories for the replica server) with their truth.

Five small sites, each a separate host, each with ``_truth.json`` saying what a perfect crawl
of it stores::

    spd-musterstadt.test             a) WordPress party branch (tags, categories, AMP, print, feed,
                                        wp-sitemap.xml, comments with ?replytocom=, cookie banner)
    www.musterhausen.test            b) city press office, unseen template: ISO-8859-1 declared only
                                        in <meta http-equiv>, ;jsessionid= links, an endless
                                        events calendar, robots.txt-disallowed /intern/ and /suche
    www.fwg-kreistag-musterkreis.test  c) Kreistag faction, old table layout, windows-1252 with no
                                        charset anywhere, <br><br> paragraphs, aktuelles.php?id=,
                                        301 from an old URL, a redirect loop, a flaky (503, 503,
                                        200) page, a slow page, a huge page, sitemap only in
                                        robots.txt
    www.spd-beispieldorf.test        d) WebSoziCMS-like local branch
    www.kv-musterregion.test         e) TYPO3 tt_news-like association

``--changed`` writes the "second night" of the same sites: per site one announcement edited,
one removed (404 on a, c, e; 410 on b, d), two new ones; every other page byte-identical, with
the same ``ETag`` and ``Last-Modified``. ``--big N`` writes one WordPress-like site with N
announcements for the throughput benchmark. The huge page (> 25 MB) is never committed:
``--huge`` (or :func:`write_huge`) writes it into a generated tree on demand.

Usage::

    python -m tests.generators dev            # rewrite tests/fixtures/sites/dev and dev_changed
    python -m tests.generators --check dev    # verify the committed trees are reproduced
    python -m tests.generators.dev OUT --big 10000   # the benchmark site (never committed)

``_truth.json`` keys: ``announcements`` (url, title, published, paragraphs, absent: strings of
that page that are not its body), ``non_announcements`` (URLs of pages that must not be stored),
``variants`` (duplicate URL → canonical URL), ``disallowed`` (robots.txt path prefixes),
``boilerplate`` (strings on every page that must never be in a body), ``traps``,
``special`` and, for the second night, ``changes``.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import html
import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from tests.generators.hostwriter import HostBuilder
from tests.generators.layout import SITES as SITES_DIR
from tests.generators.textbank import MONTHS, TOPICS, Newsroom, Org, Release, german_date

HOSTS = SITES_DIR / "dev"
HOSTS_CHANGED = SITES_DIR / "dev_changed"
FIRST_DAY = date(2018, 1, 8)
LAST_DAY = date(2020, 5, 29)
NEW_DAYS = (date(2020, 6, 2), date(2020, 6, 3))
EDIT_DAY = date(2020, 6, 2)
HUGE_BYTES = 26 * 1024 * 1024
HUGE_FILE = "_r/huge-haushaltsplan.html"
IGNORED = re.compile(r"(^|/)_r/huge-[^/]*$")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def dmy(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def rfc822(r: Release) -> str:
    moment = datetime(r.published.year, r.published.month, r.published.day, r.hour, r.minute, tzinfo=UTC)
    return email.utils.format_datetime(moment)


class Site:
    """One generated website: its releases in both states and how to render them."""

    host: ClassVar[str] = ""
    template: ClassVar[str] = ""
    org: ClassVar[Org]
    count: ClassVar[int] = 30
    removed_status: ClassVar[int] = 404
    encoding: ClassVar[str] = "utf-8"
    content_types: ClassVar[dict[str, str]] = {}
    uid_start: ClassVar[int] = 1

    def __init__(self, count: int | None = None, strict: bool = True) -> None:
        self.count = count or type(self).count
        rng = random.Random(f"pressarchive-sites/{self.host}")
        self.rng = rng
        self.news = Newsroom(rng, self.org, strict=strict)
        first = FIRST_DAY if strict else date(2005, 1, 1)
        self.base = self.news.releases(self.count, first, LAST_DAY, uid_start=self.uid_start)
        uid = self.base[-1].uid + 7
        self.added = [self.news.release(self.count + k, uid + 3 * k, NEW_DAYS[k]) for k in range(2)]
        self.edited_index = self.count - 2
        self.removed_index = self.count - 4
        self.edited = self.news.edited(self.base[self.edited_index], EDIT_DAY)

    def releases(self, changed: bool) -> list[Release]:
        """Oldest first."""
        if not changed:
            return list(self.base)
        out = [self.edited if r.index == self.edited_index else r for r in self.base]
        return [r for r in out if r.index != self.removed_index] + self.added

    def build(self, changed: bool) -> HostBuilder:
        out = HostBuilder(self.host, encoding=self.encoding, content_types=dict(self.content_types))
        out.truth = {
            "host": self.host,
            "start_url": out.url("/"),
            "template": self.template,
            "organisation": self.org.name,
            "encoding": self.encoding,
            "announcements": [],
            "non_announcements": [],
            "variants": {},
            "disallowed": [],
            "boilerplate": [],
            "traps": [],
            "special": {},
        }
        self.render(out, self.releases(changed), changed)
        truth = out.truth
        truth["announcements"].sort(key=lambda a: (a["published"], a["url"]))
        truth["non_announcements"] = sorted(set(truth["non_announcements"]))
        if changed:
            removed = self.base[self.removed_index]
            truth["changes"] = {
                "edited": self.url_of(out, self.edited),
                "removed": {self.url_of(out, removed): self.removed_status},
                "added": [self.url_of(out, r) for r in self.added],
            }
        self.check(out)
        return out

    # -- to implement per template ---------------------------------------------------------
    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        raise NotImplementedError

    def url_of(self, out: HostBuilder, release: Release) -> str:
        raise NotImplementedError

    # -- helpers ---------------------------------------------------------------------------
    def announce(self, out: HostBuilder, release: Release, absent: list[str] | None = None) -> None:
        out.truth["announcements"].append(
            {
                "url": self.url_of(out, release),
                "title": release.title,
                "published": release.published.isoformat(),
                "paragraphs": list(release.paragraphs),
                "absent": sorted(set(absent or [])),
            }
        )

    def check(self, out: HostBuilder) -> None:
        """The truth must be self-consistent: no boilerplate string inside a true body."""
        for item in out.truth["announcements"]:
            body = "\n\n".join(item["paragraphs"])
            for needle in out.truth["boilerplate"] + item["absent"]:
                if needle in body:
                    raise AssertionError(f"{item['url']}: {needle!r} is both body and boilerplate")

    @staticmethod
    def pages(items: list[Any], per_page: int) -> list[list[Any]]:
        return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]


# ==============================================================================================
# a) WordPress party branch
# ==============================================================================================
class WordPressSite(Site):
    host = "spd-musterstadt.test"
    template = "wordpress"
    count = 30
    removed_status = 404
    org = Org(
        kind="party",
        name="SPD Musterstadt",
        subject="Die SPD Musterstadt",
        short="SPD",
        town="Musterstadt",
        email_domain="spd-musterstadt.test",
        phone="05431 9876",
        roles=(
            ("Ortsvereinsvorsitzender", "Ortsvereinsvorsitzende"),
            ("Fraktionsvorsitzender im Stadtrat", "Fraktionsvorsitzende im Stadtrat"),
            ("stellvertretender Vorsitzender", "stellvertretende Vorsitzende"),
            ("Ratsmitglied", "Ratsmitglied"),
            ("Juso-Vorsitzender", "Juso-Vorsitzende"),
            ("sachkundiger Bürger", "sachkundige Bürgerin"),
        ),
    )
    CATEGORIES = (
        ("pressemitteilungen", "Pressemitteilungen"),
        ("kommunalpolitik", "Kommunalpolitik"),
        ("ortsverein", "Aus dem Ortsverein"),
    )
    PAGES = (
        ("ueber-uns", "Über uns"),
        ("termine", "Termine"),
        ("kontakt", "Kontakt"),
        ("mitglied-werden", "Mitglied werden"),
        ("impressum", "Impressum"),
        ("datenschutz", "Datenschutzerklärung"),
    )
    BOILERPLATE = (
        "Zum Inhalt springen",
        "Für ein soziales Musterstadt",
        "Wir verwenden Cookies",
        "Teilen mit:",
        "Dein Kommentar",
        "Erforderliche Felder sind mit * markiert",
        "Stolz präsentiert von WordPress",
        "Kommentar-Feed",
        "SPD-Ortsverein Musterstadt · Marktstraße 12",
    )
    per_page = 10
    lean = False  # the benchmark's big site: no AMP, print, share, comments, tags, categories, feed

    def path(self, r: Release) -> str:
        return f"/{r.published:%Y/%m/%d}/{r.slug}/"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    @staticmethod
    def stamp(r: Release) -> str:
        offset = "+02:00" if 4 <= r.published.month <= 10 else "+01:00"
        return f"{r.published.isoformat()}T{r.hour:02d}:{r.minute:02d}:00{offset}"

    # -- layout ----------------------------------------------------------------------------
    def head(self, out: HostBuilder, title: str, canonical: str, extra: str = "") -> str:
        feed = (
            ""
            if self.lean
            else (
                f'<link rel="alternate" type="application/rss+xml" title="SPD Musterstadt &raquo; Feed" '
                f'href="{out.url("/feed/")}">\n'
                '<link rel="alternate" type="application/rss+xml" title="SPD Musterstadt &raquo; '
                'Kommentar-Feed" '
                f'href="{out.url("/comments/feed/")}">\n'
            )
        )
        return (
            '<!DOCTYPE html>\n<html lang="de-DE">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)} &#8211; SPD Musterstadt</title>\n"
            '<meta name="robots" content="index, follow, max-image-preview:large">\n'
            f'<link rel="canonical" href="{attr(canonical)}">\n{feed}{extra}'
            '<meta name="generator" content="WordPress 5.4.2">\n'
            '<link rel="stylesheet" id="twentytwenty-style-css" '
            f'href="{out.url("/wp-content/themes/twentytwenty/style.css")}'
            '?ver=1.2" media="all">\n</head>\n'
        )

    def chrome_top(self, out: HostBuilder, body_class: str) -> str:
        nav = "".join(
            f'<li class="menu-item"><a href="{out.url(href)}">{esc(label)}</a></li>'
            for href, label in (
                ("/", "Start"),
                ("/category/pressemitteilungen/", "Presse"),
                ("/ueber-uns/", "Über uns"),
                ("/termine/", "Termine"),
                ("/kontakt/", "Kontakt"),
                ("/mitglied-werden/", "Mitglied werden"),
            )
        )
        return (
            f'<body class="{body_class}">\n'
            '<a class="skip-link screen-reader-text" href="#site-content">Zum Inhalt springen</a>\n'
            '<header id="site-header" class="header-footer-group">\n'
            f'<div class="header-titles"><div class="site-title"><a href="{out.url("/")}">SPD '
            "Musterstadt</a></div>\n"
            '<div class="site-description">Für ein soziales Musterstadt</div></div>\n'
            '<nav class="primary-menu-wrapper" aria-label="Horizontal"><ul '
            f'class="primary-menu">{nav}</ul></nav>\n'
            f'<form role="search" method="get" class="search-form" action="{out.url("/")}">'
            '<label><span class="screen-reader-text">Suche nach:</span>'
            '<input type="search" class="search-field" placeholder="Suchen &hellip;" name="s"></label>'
            '<input type="submit" class="search-submit" value="Suchen"></form>\n</header>\n'
        )

    def chrome_bottom(self, out: HostBuilder) -> str:
        widgets = ""
        if not self.lean:
            cats = "".join(
                f'<li class="cat-item"><a href="{out.url(f"/category/{slug}/")}">{esc(label)}</a></li>'
                for slug, label in self.CATEGORIES
            )
            tags = " ".join(
                f'<a href="{out.url(f"/tag/{t.tag}/")}" class="tag-cloud-link">{esc(t.label)}</a>'
                for t in TOPICS
            )
            widgets = (
                '<section class="widget widget_categories"><h2 '
                f'class="widget-title">Kategorien</h2><ul>{cats}</ul>'
                "</section>\n"
                f'<section class="widget widget_tag_cloud"><h2 class="widget-title">Schlagwörter</h2>'
                f'<div class="tagcloud">{tags}</div></section>\n'
                '<section class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul>'
                f'<li><a href="{out.url("/wp-login.php")}">Anmelden</a></li>'
                f'<li><a href="{out.url("/wp-admin/")}">Website-Verwaltung</a></li>'
                f'<li><a href="{out.url("/feed/")}">Feed der Einträge</a></li>'
                f'<li><a href="{out.url("/comments/feed/")}">Kommentar-Feed</a></li></ul></section>\n'
            )
        else:
            # WordPress's archive widget (yearly): every page links every year, so no listing page
            # is more than ~20 clicks deep (the big site has no tags or categories).
            years = "".join(f'<li><a href="{out.url(f"/{y}/")}">{y}</a></li>' for y in self.archive_years)
            widgets = (
                '<section class="widget widget_archive"><h2 class="widget-title">Archiv</h2>'
                f"<ul>{years}</ul></section>\n"
                '<section class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul>'
                f'<li><a href="{out.url("/wp-login.php")}">Anmelden</a></li>'
                "<li>Kommentar-Feed</li></ul></section>\n"
            )
        return (
            f'<aside class="widget-area" role="complementary">\n{widgets}</aside>\n'
            '<footer id="site-footer" class="header-footer-group">\n'
            "<p>&copy; 2020 SPD-Ortsverein Musterstadt · Marktstraße 12 · 12345 Musterstadt · "
            f'<a href="{out.url("/impressum/")}">Impressum</a> · '
            f'<a href="{out.url("/datenschutz/")}">Datenschutz</a></p>\n'
            '<p class="powered-by-wordpress"><a href="https://de.wordpress.org/">Stolz präsentiert von '
            "WordPress</a>"
            "</p>\n</footer>\n"
            '<div id="cookie-notice" role="banner" class="cookie-notice-hidden"><div '
            'class="cookie-notice-container">'
            '<span id="cn-notice-text">Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer '
            "Website zu "
            "ermöglichen. Wenn Sie diese Seite weiter nutzen, gehen wir von Ihrem Einverständnis aus.</span>"
            '<a href="#" id="cn-accept-cookie" class="cn-button">Ok</a>'
            f'<a href="{out.url("/datenschutz/")}" '
            'class="cn-more-info">Datenschutzerklärung</a></div></div>\n'
            "</body>\n</html>\n"
        )

    # -- pages -----------------------------------------------------------------------------
    def post_page(self, out: HostBuilder, r: Release) -> tuple[str, list[str]]:
        url = self.url_of(out, r)
        cat_slug, cat_label = self.CATEGORIES[r.category]
        meta = (
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{attr(r.title)}">\n'
            f'<meta property="article:published_time" content="{self.stamp(r)}">\n'
        )
        if not self.lean:
            meta = f'<link rel="amphtml" href="{attr(url)}amp/">\n' + meta
        paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)
        absent: list[str] = []
        extras = ""
        if not self.lean:
            share = (
                '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
                '<h3 class="sd-title">Teilen mit:</h3><ul>'
                f'<li><a class="share-facebook" href="{attr(url)}?share=facebook" '
                'target="_blank">Facebook</a></li>'
                f'<li><a class="share-twitter" href="{attr(url)}?share=twitter" '
                'target="_blank">Twitter</a></li>'
                '<li><a class="share-jetpack-whatsapp" '
                f'href="https://api.whatsapp.com/send?text={attr(url)}">'
                "WhatsApp</a></li>"
                f'<li><a class="share-print" href="{attr(url)}?print=1">Drucken</a></li></ul></div></div>\n'
            )
            amp = (
                f'<p class="amp-link"><a href="{attr(url)}amp/">Mobile Ansicht</a></p>\n'
                if r.index % 5 == 0
                else ""
            )
            tags = (
                '<div class="post-tags"><span>Schlagwörter:</span> <a '
                f'href="{out.url(f"/tag/{r.topic.tag}/")}" '
                f'rel="tag">{esc(r.topic.label)}</a></div>\n'
            )
            extras = share + amp + tags
        comments = ""
        if not self.lean:
            items = ""
            for cid, author, text in r.comments:
                absent.append(text)
                items += (
                    f'<li id="comment-{cid}" class="comment"><article class="comment-body">'
                    f'<footer class="comment-meta"><b class="fn">{esc(author)}</b> '
                    f"<time>{german_date(r.published + timedelta(days=1))} um 08:{cid % 60:02d} "
                    "Uhr</time></footer>"
                    f'<div class="comment-content"><p>{esc(text)}</p></div>'
                    f'<div class="reply"><a rel="nofollow" class="comment-reply-link" '
                    f'href="{attr(url)}?replytocom={cid}#respond">Antworten</a></div></article></li>\n'
                )
            n = len(r.comments)
            heading = f"{n} Kommentar" + ("" if n == 1 else "e")
            comments = (
                f'<div class="comments-wrapper"><div id="comments" class="comments">'
                f'<h2 class="comments-title">{heading}</h2>\n'
                + (f'<ol class="comment-list">\n{items}</ol>\n' if items else "")
                + '<div id="respond" class="comment-respond"><h2 id="reply-title" '
                'class="comment-reply-title">'
                "Dein Kommentar</h2>"
                f'<form action="{out.url("/wp-comments-post.php")}" method="post" id="commentform">'
                '<p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht. '
                "Erforderliche Felder sind mit * markiert.</p>"
                '<textarea id="comment" name="comment"></textarea>'
                '<input name="submit" type="submit" value="Kommentar abschicken"></form></div></div></div>\n'
            )
        body = (
            self.head(out, r.title, url, meta)
            + self.chrome_top(out, f"post-template-default single single-post postid-{r.uid}")
            + '<main id="site-content" role="main">\n'
            f'<article class="post-{r.uid} post type-post status-publish format-standard hentry '
            f'category-{cat_slug}" id="post-{r.uid}">\n'
            '<header class="entry-header">'
            f'<div class="entry-categories"><a href="{out.url(f"/category/{cat_slug}/")}" rel="category tag">'
            f"{esc(cat_label)}</a></div>\n"
            f'<h1 class="entry-title">{esc(r.title)}</h1>\n'
            '<div class="post-meta"><span class="byline">von '
            f'<a href="{out.url("/author/redaktion/")}">Redaktion</a></span> '
            f'<time class="entry-date published" datetime="{self.stamp(r)}">{german_date(r.published)}</time>'
            "</div></header>\n"
            f'<div class="entry-content">\n{paragraphs}\n</div>\n{extras}</article>\n{comments}</main>\n'
            + self.chrome_bottom(out)
        )
        return body, absent

    def amp_page(self, out: HostBuilder, r: Release) -> str:
        url = self.url_of(out, r)
        paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)
        return (
            '<!doctype html>\n<html amp lang="de-DE">\n<head><meta charset="utf-8">\n'
            f"<title>{esc(r.title)} &#8211; SPD Musterstadt</title>\n"
            f'<link rel="canonical" href="{attr(url)}">\n'
            '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            "<style amp-boilerplate>body{visibility:hidden}</style>\n</head>\n<body>\n"
            f'<header id="top" class="amp-wp-header"><div><a href="{out.url("/")}">SPD '
            "Musterstadt</a></div></header>\n"
            '<article class="amp-wp-article">\n<header class="amp-wp-article-header">'
            f'<h1 class="amp-wp-title">{esc(r.title)}</h1>'
            f'<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{self.stamp(r)}">'
            f"{german_date(r.published)}</time></div></header>\n"
            f'<div class="amp-wp-article-content">\n{paragraphs}\n</div>\n'
            f'<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-tag">Schlagwörter: '
            "<a "
            f'href="{out.url(f"/tag/{r.topic.tag}/")}">{esc(r.topic.label)}</a></div></footer>\n</article>\n'
            '<footer class="amp-wp-footer"><div><h2>SPD Musterstadt</h2>'
            '<a href="#top" class="back-to-top">Zurück nach oben</a></div></footer>\n</body>\n</html>\n'
        )

    def print_page(self, out: HostBuilder, r: Release) -> str:
        url = self.url_of(out, r)
        paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)
        return (
            '<!DOCTYPE html>\n<html lang="de-DE"><head><meta charset="UTF-8">\n'
            f"<title>{esc(r.title)} &#8211; Druckansicht</title>\n"
            f'<link rel="canonical" href="{attr(url)}">\n<meta name="robots" content="noindex, follow">\n'
            '</head>\n<body onload="window.print()">\n'
            '<div class="print-header">SPD Musterstadt – Druckansicht</div>\n'
            f'<h1>{esc(r.title)}</h1>\n<p class="date">{german_date(r.published)}</p>\n{paragraphs}\n'
            f'<p class="print-url">Quelle: {esc(url)}</p>\n</body></html>\n'
        )

    def archive_page(
        self, out: HostBuilder, base: str, heading: str, chunk: list[Release], number: int, total: int
    ) -> str:
        target = base if number == 1 else f"{base}page/{number}/"
        entries = ""
        for r in chunk:
            url = self.url_of(out, r)
            entries += (
                f'<article class="post-{r.uid} post type-post status-publish hentry">\n'
                f'<header class="entry-header"><h2 class="entry-title"><a href="{attr(url)}" rel="bookmark">'
                f"{esc(r.title)}</a></h2>\n"
                f'<div class="post-meta"><time class="entry-date published" datetime="{self.stamp(r)}">'
                f"{german_date(r.published)}</time></div></header>\n"
                f'<div class="entry-summary"><p>{esc(r.teaser())}</p>\n'
                f'<a class="more-link" href="{attr(url)}">Weiterlesen<span class="screen-reader-text"> '
                f"„{esc(r.title)}“</span></a></div>\n</article>\n"
            )
        nav = ""
        if total > 1:
            links = []
            if number > 1:
                prev = base if number == 2 else f"{base}page/{number - 1}/"
                links.append(f'<a class="prev page-numbers" href="{out.url(prev)}">Neuere Beiträge</a>')
            shown = sorted({1, total, *range(max(1, number - 2), min(total, number + 2) + 1)})
            for pos, k in enumerate(shown):
                if pos and k - shown[pos - 1] > 1:
                    links.append('<span class="page-numbers dots">&hellip;</span>')
                href = base if k == 1 else f"{base}page/{k}/"
                links.append(
                    f'<span aria-current="page" class="page-numbers current">{k}</span>'
                    if k == number
                    else f'<a class="page-numbers" href="{out.url(href)}">{k}</a>'
                )
            if number < total:
                older = out.url(f"{base}page/{number + 1}/")
                links.append(f'<a class="next page-numbers" href="{older}">Ältere Beiträge</a>')
            nav = (
                '<nav class="navigation pagination" role="navigation">'
                f'<div class="nav-links">{" ".join(links)}</div></nav>\n'
            )
        title_h = (
            f'<header class="archive-header"><h1 class="archive-title">{esc(heading)}</h1></header>\n'
            if heading
            else ""
        )
        return (
            self.head(out, heading or "Start", out.url(target))
            + self.chrome_top(out, "archive blog")
            + f'<main id="site-content" role="main">\n{title_h}{entries}{nav}</main>\n'
            + self.chrome_bottom(out)
        )

    def static_page(self, out: HostBuilder, slug: str, label: str) -> str:
        texts = {
            "ueber-uns": (
                "Der SPD-Ortsverein Musterstadt hat rund 240 Mitglieder. Wir treffen uns jeden ersten "
                "Dienstag im Monat im Bürgerhaus. Gäste sind herzlich willkommen."
            ),
            "termine": (
                "Mitgliederversammlung: jeden ersten Dienstag im Monat, 19.30 Uhr, Bürgerhaus. "
                "Infostand: samstags von 10 bis 12 Uhr auf dem Marktplatz."
            ),
            "kontakt": (
                "SPD-Ortsverein Musterstadt, Marktstraße 12, 12345 Musterstadt. Telefon 05431 9876-0, "
                "E-Mail: info@spd-musterstadt.test"
            ),
            "mitglied-werden": (
                "Du willst mitmachen? Werde jetzt Mitglied der SPD! Der Mitgliedsbeitrag richtet "
                "sich nach deinem Einkommen. Das Online-Formular findest du beim Parteivorstand."
            ),
            "impressum": (
                "Angaben gemäß § 5 TMG: SPD-Ortsverein Musterstadt, vertreten durch den Vorstand. "
                "Verantwortlich für den Inhalt nach § 55 Abs. 2 RStV: der Vorstand."
            ),
            "datenschutz": (
                "Wir nehmen den Schutz Ihrer persönlichen Daten sehr ernst. Diese Website verwendet "
                "Cookies. Verantwortliche Stelle im Sinne der Datenschutzgesetze ist der SPD-Ortsverein "
                "Musterstadt."
            ),
        }
        url = out.url(f"/{slug}/")
        return (
            self.head(out, label, url)
            + self.chrome_top(out, f"page-template-default page page-{slug}")
            + '<main id="site-content" role="main">\n<article class="page type-page status-publish hentry">\n'
            f'<header class="entry-header"><h1 class="entry-title">{esc(label)}</h1></header>\n'
            f'<div class="entry-content"><p>{esc(texts[slug])}</p></div>\n</article>\n</main>\n'
            + self.chrome_bottom(out)
        )

    def feed(self, out: HostBuilder, newest: list[Release], changed: bool) -> str:
        items = ""
        for r in newest:
            url = self.url_of(out, r)
            content = "".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)
            pub = datetime(r.published.year, r.published.month, r.published.day, r.hour, r.minute, tzinfo=UTC)
            items += (
                f"<item>\n<title>{esc(r.title)}</title>\n<link>{esc(url)}</link>\n"
                f"<comments>{esc(url)}#respond</comments>\n"
                "<dc:creator><![CDATA[Redaktion]]></dc:creator>\n"
                f"<pubDate>{email.utils.format_datetime(pub)}</pubDate>\n"
                f"<category><![CDATA[{self.CATEGORIES[r.category][1]}]]></category>\n"
                f"<category><![CDATA[{r.topic.label}]]></category>\n"
                f'<guid isPermaLink="false">{esc(out.url(f"/?p={r.uid}"))}</guid>\n'
                f"<description><![CDATA[{r.teaser()}]]></description>\n"
                f"<content:encoded><![CDATA[{content}]]></content:encoded>\n</item>\n"
            )
        built = (
            datetime(2020, 6, 3, 18, 0, tzinfo=UTC) if changed else datetime(2020, 5, 29, 18, 0, tzinfo=UTC)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            "<channel>\n<title>SPD Musterstadt</title>\n"
            f'<atom:link href="{out.url("/feed/")}" rel="self" type="application/rss+xml" />\n'
            f"<link>{out.url('')}</link>\n<description>Für ein soziales Musterstadt</description>\n"
            f"<lastBuildDate>{email.utils.format_datetime(built)}</lastBuildDate>\n<language>de-DE</language>\n"
            "<generator>https://wordpress.org/?v=5.4.2</generator>\n"
            f"{items}</channel>\n</rss>\n"
        )

    def comments_feed(self, out: HostBuilder, releases: list[Release]) -> str:
        items = ""
        for r in reversed(releases):
            for cid, author, text in r.comments:
                items += (
                    f"<item>\n<title>Kommentar zu {esc(r.title)} von {esc(author)}</title>\n"
                    f"<link>{esc(self.url_of(out, r))}#comment-{cid}</link>\n"
                    f"<description><![CDATA[{text}]]></description>\n</item>\n"
                )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">\n<channel>\n'
            "<title>Kommentare zu SPD Musterstadt</title>\n"
            f"<link>{out.url('')}</link>\n{items}</channel>\n</rss>\n"
        )

    def sitemaps(self, out: HostBuilder, releases: list[Release], taxonomies: dict[str, list[str]]) -> None:
        style = '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{}" ?>\n'

        def urlset(entries: list[tuple[str, str | None]]) -> str:
            rows = "".join(
                f"<url><loc>{esc(loc)}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>\n"
                for loc, mod in entries
            )
            return (
                style.format(out.url("/wp-sitemap.xsl"))
                + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n'
            )

        names = []
        posts = list(reversed(releases))
        for k, chunk in enumerate(self.pages(posts, 2000), start=1):
            name = f"/wp-sitemap-posts-post-{k}.xml"
            names.append(name)
            entries = []
            for r in chunk:
                mod = self.stamp(r)
                if r is self.edited:
                    mod = f"{EDIT_DAY.isoformat()}T09:30:00+02:00"
                entries.append((self.url_of(out, r), mod))
            out.add(name, urlset(entries))
        out.add(
            "/wp-sitemap-posts-page-1.xml", urlset([(out.url(f"/{slug}/"), None) for slug, _ in self.PAGES])
        )
        names.append("/wp-sitemap-posts-page-1.xml")
        for name, urls in taxonomies.items():
            out.add(name, urlset([(u, None) for u in urls]))
            names.append(name)
        rows = "".join(f"<sitemap><loc>{out.url(n)}</loc></sitemap>\n" for n in names)
        out.add(
            "/wp-sitemap.xml",
            style.format(out.url("/wp-sitemap-index.xsl"))
            + f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</sitemapindex>\n',
        )

    # -- the whole site --------------------------------------------------------------------
    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/wp-admin/", "/wp-login.php"]
        newest_first = list(reversed(releases))
        self.archive_years = sorted({r.published.year for r in releases}, reverse=True)
        for r in releases:
            page, absent = self.post_page(out, r)
            out.add(self.path(r), page)
            self.announce(out, r, absent)
            if self.lean:
                continue
            url = self.url_of(out, r)
            out.add(self.path(r) + "amp/", self.amp_page(out, r))
            out.add(self.path(r) + "?print=1", self.print_page(out, r))
            truth["variants"][url + "amp/"] = url
            truth["variants"][url + "?print=1"] = url
            for cid, _, _ in r.comments:
                truth["variants"][f"{url}?replytocom={cid}"] = url
            for network, target in (
                ("facebook", "https://www.facebook.com/sharer.php?u="),
                ("twitter", "https://twitter.com/intent/tweet?url="),
            ):
                out.add(f"{self.path(r)}?share={network}", redirect=target + url, status=302)
        # listings: home, categories, tags, author
        listings: list[tuple[str, str, list[Release]]] = [("/", "", newest_first)]
        taxonomies: dict[str, list[str]] = {}
        if self.lean:
            for year in self.archive_years:
                members = [r for r in newest_first if r.published.year == year]
                listings.append((f"/{year}/", f"Jahr: {year}", members))
        else:
            listings.append(("/author/redaktion/", "Autor: Redaktion", newest_first))
            cats = []
            for k, (slug, label) in enumerate(self.CATEGORIES):
                members = [r for r in newest_first if r.category == k]
                listings.append((f"/category/{slug}/", f"Kategorie: {label}", members))
                cats.append(out.url(f"/category/{slug}/"))
            tags = []
            for topic in TOPICS:
                members = [r for r in newest_first if r.topic is topic]
                listings.append((f"/tag/{topic.tag}/", f"Schlagwort: {topic.label}", members))
                tags.append(out.url(f"/tag/{topic.tag}/"))
            taxonomies = {
                "/wp-sitemap-taxonomies-category-1.xml": cats,
                "/wp-sitemap-taxonomies-post_tag-1.xml": tags,
                "/wp-sitemap-users-1.xml": [out.url("/author/redaktion/")],
            }
        for base, heading, members in listings:
            chunks = self.pages(members, self.per_page)
            for number, chunk in enumerate(chunks, start=1):
                target = base if number == 1 else f"{base}page/{number}/"
                out.add(target, self.archive_page(out, base, heading, chunk, number, len(chunks)))
                truth["non_announcements"].append(out.url(target))
        for slug, label in self.PAGES:
            out.add(f"/{slug}/", self.static_page(out, slug, label))
            truth["non_announcements"].append(out.url(f"/{slug}/"))
        if not self.lean:
            out.add(
                "/feed/",
                self.feed(out, newest_first[:10], changed),
                content_type="application/rss+xml; charset=UTF-8",
            )
            out.add(
                "/comments/feed/",
                self.comments_feed(out, releases),
                content_type="application/rss+xml; charset=UTF-8",
            )
            truth["non_announcements"] += [out.url("/feed/"), out.url("/comments/feed/")]
        self.sitemaps(out, releases, taxonomies)
        out.add(
            "/robots.txt",
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: "
            "/wp-login.php\n\n"
            f"Sitemap: {out.url('/wp-sitemap.xml')}\n",
        )
        out.add(
            "/404.html",
            self.head(out, "Seite nicht gefunden", out.url("/"))
            + self.chrome_top(out, "error404")
            + '<main id="site-content"><h1 class="entry-title">Seite nicht gefunden</h1>'
            "<p>Die angeforderte Seite konnte nicht gefunden werden.</p></main>\n" + self.chrome_bottom(out),
        )


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


# ==============================================================================================
# c) Kreistag faction (unseen template): tables, windows-1252 without any charset, hostile pages
# ==============================================================================================
class KreistagSite(Site):
    host = "www.fwg-kreistag-musterkreis.test"
    template = "kreistag-table"
    count = 28
    removed_status = 404
    encoding = "cp1252"
    content_types: ClassVar[dict[str, str]] = {".html": "text/html", ".php": "text/html", ".htm": "text/html"}
    uid_start = 101
    org = Org(
        kind="faction",
        name="FWG-Kreistagsfraktion Musterkreis",
        subject="Die FWG-Kreistagsfraktion",
        short="FWG",
        town="Musterland",
        email_domain="fwg-kreistag-musterkreis.test",
        phone="01234 56",
        euro="€",
        roles=(
            ("Fraktionsvorsitzender", "Fraktionsvorsitzende"),
            ("stellvertretender Fraktionsvorsitzender", "stellvertretende Fraktionsvorsitzende"),
            ("Kreistagsmitglied", "Kreistagsmitglied"),
            ("sachkundiger Bürger", "sachkundige Bürgerin"),
            ("Fraktionsgeschäftsführer", "Fraktionsgeschäftsführerin"),
        ),
    )
    BOILERPLATE = (
        "Fraktionsbüro",
        "Bürozeiten",
        "Sie sind Besucher Nr.",
        "zurück zur Übersicht",
        "Zugriffsstatistik",
        "Freie Wählergemeinschaft im Kreistag",
    )
    per_page = 8
    listed_pages = 3  # older entries are only in the sitemap
    SLOW, FLAKY, MOVED, MOVED_FROM = 10, 14, 6, 12
    HUGE_ID = 900

    def path(self, r: Release) -> str:
        return f"/aktuelles.php?id={r.uid}"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    def old_path(self, r: Release) -> str:
        return f"/presse/{r.slug[:40]}.htm"

    def releases(self, changed: bool) -> list[Release]:
        out = super().releases(changed)
        moved = self.base[self.MOVED]
        note = (
            f"Bereits am {german_date(moved.published)} hatte die Fraktion dazu Stellung genommen "
            f"(siehe Pressemitteilung „{moved.title}“)."
        )
        return [
            replace(r, paragraphs=(*r.paragraphs, note)) if r.index == self.MOVED_FROM else r for r in out
        ]

    def page(self, title: str, content: str) -> str:
        nav = "<br>\n".join(
            f'<a href="{href}" class="navi">{esc(label)}</a>'
            for href, label in (
                ("index.html", "Startseite"),
                ("aktuelles.php", "Aktuelles"),
                ("fraktion.php", "Die Fraktion"),
                ("termine.php", "Termine"),
                ("kontakt.php", "Kontakt"),
                ("impressum.php", "Impressum"),
                ("datenschutz.php", "Datenschutz"),
            )
        )
        return (
            "<HTML>\n<HEAD>\n<TITLE>FWG-Kreistagsfraktion Musterkreis - " + esc(title) + "</TITLE>\n"
            '<META NAME="keywords" CONTENT="FWG, Freie Wähler, Kreistag, Musterkreis, Fraktion">\n'
            '<META NAME="author" CONTENT="Fraktionsgeschäftsstelle">\n'
            '<LINK REL="stylesheet" HREF="style.css" TYPE="text/css">\n</HEAD>\n'
            '<BODY BGCOLOR="#FFFFFF" LEFTMARGIN="0" TOPMARGIN="0" MARGINWIDTH="0" MARGINHEIGHT="0">\n'
            '<TABLE WIDTH="780" BORDER="0" CELLSPACING="0" CELLPADDING="0" ALIGN="center">\n'
            '<TR><TD COLSPAN="3"><IMG SRC="bilder/kopf.jpg" WIDTH="780" HEIGHT="120" '
            'ALT="FWG - Freie Wählergemeinschaft im Kreistag"></TD></TR>\n'
            '<TR><TD WIDTH="150" VALIGN="top" BGCOLOR="#E8F0D8"><FONT FACE="Verdana, Arial" SIZE="2">\n'
            f"{nav}\n</FONT></TD>\n"
            '<TD WIDTH="480" VALIGN="top"><FONT FACE="Verdana, Arial" SIZE="2">\n'
            f"{content}\n</FONT></TD>\n"
            '<TD WIDTH="150" VALIGN="top" BGCOLOR="#F4F4F4"><FONT FACE="Verdana, Arial" SIZE="1">'
            "<B>Fraktionsbüro</B><BR>Kreishaus, Raum 214<BR>Am Kreishaus 1<BR>12345 Musterstadt<BR>"
            "Tel. 01234 56-789<BR>Bürozeiten: Di und Do 9–12 Uhr</FONT></TD></TR>\n"
            '<TR><TD COLSPAN="3" ALIGN="center"><FONT FACE="Verdana, Arial" SIZE="1">'
            "© 2003–2020 FWG-Kreistagsfraktion Musterkreis · "
            '<A HREF="impressum.php">Impressum</A> · <A HREF="/statistik/">Zugriffsstatistik</A> · '
            '<A HREF="/admin/">Redaktion</A><BR>Sie sind Besucher Nr. 048213</FONT></TD></TR>\n'
            "</TABLE>\n</BODY>\n</HTML>\n"
        )

    def detail(self, r: Release) -> str:
        parts = []
        for paragraph in r.paragraphs:
            text = esc(paragraph)
            if r.index == self.MOVED_FROM and paragraph.startswith("Bereits am"):
                moved = self.base[self.MOVED]
                quoted = esc(f"„{moved.title}“")
                text = text.replace(quoted, f'<A HREF="{self.old_path(moved)}">{quoted}</A>')
            parts.append(text)
        content = (
            f'<B><FONT SIZE="3">{esc(r.title)}</FONT></B><BR>\n'
            f'<FONT SIZE="1" COLOR="#666666">Eingestellt am {dmy(r.published)}</FONT><BR><BR>\n'
            + "<BR><BR>\n".join(parts)
            + '\n<BR><BR><A HREF="aktuelles.php">&lt;&lt; zurück zur Übersicht</A>'
        )
        return self.page("Aktuelles", content)

    def listing(self, chunk: list[Release], number: int, total: int) -> str:
        rows = "".join(
            f'<TR><TD VALIGN="top" WIDTH="80"><FONT SIZE="1">{dmy(r.published)}</FONT></TD>'
            f'<TD><A HREF="aktuelles.php?id={r.uid}"><B>{esc(r.title)}</B></A><BR>'
            f'<FONT SIZE="1">{esc(r.teaser(120))}</FONT></TD></TR>\n'
            for r in chunk
        )
        pager = " ".join(
            f"<B>{k}</B>"
            if k == number
            else f'<A HREF="aktuelles.php{"" if k == 1 else f"?seite={k}"}">{k}</A>'
            for k in range(1, total + 1)
        )
        return self.page(
            "Aktuelles",
            f'<B><FONT SIZE="3">Aktuelles aus der Fraktion</FONT></B><BR><BR>\n'
            f'<TABLE BORDER="0" CELLPADDING="3" CELLSPACING="0" WIDTH="100%">\n{rows}</TABLE>\n'
            f"<BR>Seite: {pager}",
        )

    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/admin/", "/statistik/"]
        newest_first = list(reversed(releases))
        by_index = {r.index: r for r in releases}
        for r in releases:
            options: dict[str, Any] = {}
            if r.index == self.SLOW:
                options["delay"] = 2.0
            if r.index == self.FLAKY:
                options["fail_first"] = 2
            out.add(self.path(r), self.detail(r), content_type="text/html", **options)
            self.announce(out, r)
        moved = by_index[self.MOVED]
        out.add(self.old_path(moved), redirect=self.path(moved), status=301)
        truth["special"] = {
            "slow": self.url_of(out, by_index[self.SLOW]),
            "flaky": self.url_of(out, by_index[self.FLAKY]),
            "redirects": {out.url(self.old_path(moved)): self.url_of(out, moved)},
            "redirect_loop": [out.url("/termine.php"), out.url("/termine.php?ansicht=monat")],
            "huge": {"url": out.url(f"/aktuelles.php?id={self.HUGE_ID}"), "bytes": HUGE_BYTES},
            "sitemap_only": [self.url_of(out, r) for r in newest_first[self.per_page * self.listed_pages :]],
        }
        # listings
        chunks = self.pages(newest_first, self.per_page)[: self.listed_pages]
        for number, chunk in enumerate(chunks, start=1):
            target = "/aktuelles.php" if number == 1 else f"/aktuelles.php?seite={number}"
            out.add(target, self.listing(chunk, number, len(chunks)), content_type="text/html", routed=True)
            truth["non_announcements"].append(out.url(target))
        # start page with the newest five and the huge document
        top = "".join(
            f'<LI><A HREF="aktuelles.php?id={r.uid}">{esc(r.title)}</A> ({dmy(r.published)})</LI>\n'
            for r in newest_first[:5]
        )
        out.add(
            "/",
            self.page(
                "Startseite",
                '<B><FONT SIZE="3">Willkommen bei der FWG-Kreistagsfraktion!</FONT></B><BR><BR>\n'
                "Wir sind unabhängig, bürgernah und sachorientiert. Hier informieren wir über unsere Arbeit "
                f"im Kreistag.<BR><BR>\n<B>Neueste Meldungen:</B><UL>\n{top}</UL>\n"
                f'<B>Dokumente:</B><BR><A HREF="aktuelles.php?id={self.HUGE_ID}">Haushaltsplanentwurf 2020 – '
                "Volltext (sehr umfangreich)</A>",
            ),
        )
        truth["non_announcements"] += [out.url("/"), out.url("/index.html")]
        out.add(f"/aktuelles.php?id={self.HUGE_ID}", file=HUGE_FILE, content_type="text/html")
        members = ", ".join(f"{p.name} ({p.role})" for p in self.news.people)
        statics = {
            "/fraktion.php": ("Die Fraktion", f"Der Fraktion gehören an: {members}."),
            "/kontakt.php": ("Kontakt", "Fraktionsgeschäftsstelle im Kreishaus, Telefon 01234 56-789."),
            "/impressum.php": (
                "Impressum",
                "Verantwortlich: FWG-Kreistagsfraktion Musterkreis, Am Kreishaus 1, 12345 Musterstadt.",
            ),
            "/datenschutz.php": (
                "Datenschutz",
                "Diese Seiten speichern keine personenbezogenen Daten außer den Server-Logdateien.",
            ),
        }
        for target, (title, text) in statics.items():
            out.add(
                target, self.page(title, f'<B><FONT SIZE="3">{esc(title)}</FONT></B><BR><BR>\n{esc(text)}')
            )
            truth["non_announcements"].append(out.url(target))
        out.add("/termine.php", redirect="/termine.php?ansicht=monat", status=302)
        out.add("/termine.php?ansicht=monat", redirect="/termine.php", status=302)
        # sitemap, announced only in robots.txt
        rows = "".join(
            f"<url><loc>{esc(self.url_of(out, r))}</loc><lastmod>"
            f"{(EDIT_DAY if r is self.edited else r.published).isoformat()}</lastmod></url>\n"
            for r in newest_first
        ) + "".join(f"<url><loc>{out.url(t)}</loc></url>\n" for t in ("/", "/aktuelles.php", "/fraktion.php"))
        out.add(
            "/sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n',
        )
        out.add(
            "/robots.txt",
            "User-agent: *\nDisallow: /admin/\nDisallow: /statistik/\n\nSitemap: "
            f"{out.url('/sitemap.xml')}\n",
        )
        out.add("/404.html", self.page("Fehler", "<B>Die Seite wurde nicht gefunden.</B>"))


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


SITES: tuple[type[Site], ...] = (WordPressSite, CitySite, KreistagSite, WebSoziSite, Typo3Site)


class BigSite(WordPressSite):
    """The benchmark's site: one WordPress-like blog with N posts, plain files only (no routes)."""

    host = "www.spd-grossstadt.test"
    template = "wordpress-big"
    lean = True


# ==============================================================================================
# entry points
# ==============================================================================================
def generate_sites(target: Path, *, changed: bool = False, huge: bool = False) -> dict[str, dict[str, Any]]:
    """Write the five small sites (first or second night) into ``target``; returns truth by host."""
    target.mkdir(parents=True, exist_ok=True)
    truths = {}
    for site_class in SITES:
        site = site_class()
        first = site.build(changed=False)
        if changed:
            second = site.build(changed=True)
            second.write(target / site.host, previous=first)
            truths[site.host] = second.truth
        else:
            first.write(target / site.host)
            truths[site.host] = first.truth
    if huge:
        write_huge(target)
    return truths


def generate_big(target: Path, count: int) -> tuple[str, dict[str, Any]]:
    """Write the benchmark site with ``count`` announcements; returns (host, truth)."""
    site = BigSite(count=count, strict=False)
    out = site.build(changed=False)
    out.write(target / site.host)
    return site.host, out.truth


def write_huge(target: Path, size: int = HUGE_BYTES) -> Path:
    """Write the Kreistag site's huge page (> 25 MB, never committed) into a generated tree."""
    path = target / KreistagSite.host / HUGE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    head = (
        "<HTML><HEAD><TITLE>Haushaltsplanentwurf 2020 - Volltext</TITLE></HEAD><BODY>\n"
        "<B>Haushaltsplanentwurf 2020 – Volltext</B><BR>Eingestellt am 15.11.2019<BR><BR>\n<TABLE>\n"
    ).encode("cp1252")
    row = "<TR><TD>Produkt {:06d}</TD><TD>Ansatz 2020</TD><TD>{:>12} €</TD><TD>Erläuterung folgt</TD></TR>\n"
    block = "".join(row.format(k, k * 37 % 1000003) for k in range(2000)).encode("cp1252")
    tail = b"</TABLE></BODY></HTML>\n"
    with path.open("wb") as fh:
        fh.write(head)
        written = len(head)
        while written < size:
            fh.write(block)
            written += len(block)
        fh.write(tail)
    return path


# The CMS family profile each site's markup follows (tests/test_profiles.py reads them with it).
FAMILIES = {
    "spd-musterstadt.test": "wordpress",
    "www.spd-beispieldorf.test": "websozi",
    "www.kv-musterregion.test": "typo3_ttnews",
    "www.musterhausen.test": "generic",
}


def write(outputs: dict[str, Path]) -> dict[str, dict[str, str]]:
    """The committed suite: both nights of the five sites (``first``, ``second``), no huge page."""
    first = generate_sites(outputs["first"])
    generate_sites(outputs["second"], changed=True)
    return {
        host: {"template": truth["template"], **({"family": FAMILIES[host]} if host in FAMILIES else {})}
        for host, truth in first.items()
    }


def main(argv: list[str] | None = None) -> int:
    """Write the sites (or the benchmark site) somewhere else than the committed suite."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="output directory")
    parser.add_argument("--changed", action="store_true", help="the second night's state of the sites")
    parser.add_argument("--big", type=int, metavar="N", help="one site with N announcements (benchmark)")
    parser.add_argument("--huge", action="store_true", help="also write the > 25 MB page (never committed)")
    args = parser.parse_args(argv)
    if args.big:
        host, truth = generate_big(args.target, args.big)
        print(f"{host}: {len(truth['announcements'])} announcements in {args.target / host}")
        return 0
    truths = generate_sites(args.target, changed=args.changed, huge=args.huge)
    for host, truth in truths.items():
        print(f"{host}: {len(truth['announcements'])} announcements")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
