"""a) The WordPress party branch (spd-musterstadt.test): its data, feeds, sitemaps and what it serves;
the pages are ``wordpress_layout.py``."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime

from tests.generators.dev.base import EDIT_DAY, esc
from tests.generators.dev.wordpress_layout import WordPressLayout
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import TOPICS, Org, Release


# ==============================================================================================
# a) WordPress party branch
# ==============================================================================================
class WordPressSite(WordPressLayout):
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
            entries: list[tuple[str, str | None]] = []
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
