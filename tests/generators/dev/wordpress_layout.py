"""The WordPress party branch's pages: head, header and footer chrome, a post with its AMP and print
copies, archive listings and static pages (``wordpress.py`` is the site, its feeds, sitemaps and what it
serves)."""

from __future__ import annotations

from datetime import timedelta

from tests.generators.dev.base import Site, attr, esc
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import TOPICS, Release, german_date


class WordPressLayout(Site):
    """How the WordPress site writes a page; :meth:`WordPressSite.render` sets ``archive_years``."""

    archive_years: list[int]  # the years of the archive widget, newest first

    CATEGORIES = (
        ("pressemitteilungen", "Pressemitteilungen"),
        ("kommunalpolitik", "Kommunalpolitik"),
        ("ortsverein", "Aus dem Ortsverein"),
    )
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
