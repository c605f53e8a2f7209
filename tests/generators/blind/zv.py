# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""1. TYPO3 12, tx_news, Bootstrap Package: a public transport association
(www.nahverkehr-hellweg.test). Its data is ``zv_data.py``, its markup ``zv_templates.py``."""

from __future__ import annotations

import hashlib
from datetime import date

from tests.generators.blind.site import TODAY, TOMORROW, Host
from tests.generators.blind.text import Release, announce, attr, esc, finish, gone, rfc822, slugify, timeline
from tests.generators.blind.zv_data import ZV, ZV_BOILERPLATE, ZV_LIST, ZV_MENU, ZV_NEW, ZV_SEEDS, ZV_STATIC
from tests.generators.blind.zv_templates import article, crumbs, detail, old_style, zv_item, zv_page
from tests.generators.textbank import MONTHS


def build_zv(state: int) -> Host:
    st = timeline(101, ZV, ZV_SEEDS, ZV_NEW, date(2023, 6, 5), edited=4, removed=9, state=state)
    h = Host("www.nahverkehr-hellweg.test")
    h.truth.update(
        organisation=ZV.name,
        template="typo3-12-tx_news-bootstrap_package",
        boilerplate=ZV_BOILERPLATE,
        disallowed=["/typo3/", "/suche/", "/intern/"],
    )
    rels, newest = st.releases, st.releases[::-1]

    for r in rels:
        same = [o for o in newest if o is not r and o.category == r.category]
        cards = (same + [o for o in newest if o is not r and o not in same])[:3]
        page, printed = article(r, cards)
        h.add(detail(r), page)
        announce(h, h.url(detail(r)), r, page, [o.title for o in cards] + [o.paragraphs[0] for o in cards])
        h.variant(f"{detail(r)}?type=98", printed, detail(r))
        if r.number <= 6:
            h.variant(old_style(r), page, detail(r))
    notfound = zv_page(
        "Seite nicht gefunden",
        '<div class="frame"><h1>Seite nicht gefunden</h1><p>Die angeforderte '
        "Seite existiert nicht oder wurde verschoben.</p></div>",
        [],
        pid=404,
    )
    if state == 2:
        gone(h, detail(st.removed), notfound)
    h.add("/404.html", notfound)

    _listings(h, rels, newest)
    _sections(h, rels, newest)
    _feeds(h, state, rels, newest)
    finish(h, st, lambda r: h.url(detail(r)))
    return h


def _listings(h: Host, rels: list[Release], newest: list[Release]) -> None:
    """Listings: 6 per page, categories, monthly archive (tx_news date menu)."""
    cats = sorted({r.category for r in rels})
    months = sorted({(r.published.year, r.published.month) for r in rels}, reverse=True)
    filters = (
        '<div class="news-menu-view"><h4>Kategorien</h4><ul>'
        + "".join(f'<li><a href="{ZV_LIST}/kategorie/{slugify(c)}">{esc(c)}</a></li>' for c in cats)
        + '</ul><h4>Archiv</h4><ul class="news-archive">'
        + "".join(
            f'<li><a href="{ZV_LIST}/archiv/{y}/{m:02d}">{MONTHS[m - 1]} {y}</a></li>' for y, m in months
        )
        + "</ul></div>\n"
    )

    pages = [newest[i : i + 6] for i in range(0, len(newest), 6)]

    def page_url(n: int) -> str:
        return ZV_LIST if n == 1 else f"{ZV_LIST}/seite-{n}"

    for n, items in enumerate(pages, 1):
        links = "".join(
            f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{page_url(k)}">{k}</a></li>'
            for k in range(1, len(pages) + 1)
        )
        nxt = (
            f'<li class="page-item next"><a class="page-link" href="{page_url(n + 1)}" title="Nächste Seite">›</a></li>'
            if n < len(pages)
            else ""
        )
        pager = f'<nav aria-label="Seitennavigation"><ul class="f3-widget-paginator pagination">{links}{nxt}</ul></nav>'
        _listing(
            h,
            filters,
            page_url(n),
            "Pressemitteilungen" if n == 1 else f"Pressemitteilungen – Seite {n}",
            items,
            pager,
        )
    for c in cats:
        _listing(
            h,
            filters,
            f"{ZV_LIST}/kategorie/{slugify(c)}",
            f"Pressemitteilungen: {c}",
            [o for o in newest if o.category == c],
            trail=crumbs(("Pressemitteilungen", ZV_LIST)),
        )
    for y, m in months:
        _listing(
            h,
            filters,
            f"{ZV_LIST}/archiv/{y}/{m:02d}",
            f"Pressemitteilungen {MONTHS[m - 1]} {y}",
            [o for o in newest if (o.published.year, o.published.month) == (y, m)],
            trail=crumbs(("Pressemitteilungen", ZV_LIST)),
        )


def _listing(
    h: Host,
    filters: str,
    target: str,
    title: str,
    items: list[Release],
    pager: str = "",
    trail: list[tuple[str, str]] | None = None,
) -> None:
    inner = "".join(zv_item(o, detail(o)) for o in items)
    main = (
        f'<div id="c140" class="frame frame-default frame-type-news_pi1"><div class="frame-container">'
        f'<div class="frame-inner"><h1>{esc(title)}</h1>\n{filters}<div class="news"><div class="news-list-view" '
        f'id="news-container-140">\n{inner}</div>{pager}</div></div></div></div>'
    )
    h.add(target, zv_page(title, main, trail or crumbs(), pid=27), non=True)


def _sections(h: Host, rels: list[Release], newest: list[Release]) -> None:
    """Home, section and content pages."""
    slider = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""} carousel-item-type carousel-item-type-header">'
        f'<div class="carousel-content"><h2 class="carousel-header">{esc(o.title)}</h2><p><a href="{detail(o)}" '
        f'class="btn btn-primary">Zur Meldung</a></p></div></div>\n'
        for i, o in enumerate(newest[:2])
    )
    home = (
        f'<div id="c1" class="frame frame-type-carousel"><div class="carousel slide" data-bs-ride="carousel">'
        f'<div class="carousel-inner">\n{slider}</div></div></div>\n<div id="c2" class="frame frame-type-news_pi1">'
        f'<h2 class="element-header">Aktuelle Meldungen</h2><div class="news-list-view">\n'
        + "".join(zv_item(o, detail(o)) for o in newest[:3])
        + f'</div><p><a href="{ZV_LIST}" class="btn btn-secondary">Alle Pressemitteilungen</a></p></div>\n'
        '<div id="c3" class="frame frame-type-icon_group"><h2 class="element-header">Schnell zum Ziel</h2><ul>'
        + "".join(
            f'<li><a href="{base}/{items[0][1]}"><span>{esc(items[0][0])}</span><small>{esc(items[0][2])}</small></a></li>'
            for _, base, items in ZV_MENU
        )
        + "</ul></div>"
    )
    h.add("/", zv_page("Startseite", home, [], pid=1), non=True)
    for label, base, items in ZV_MENU:
        overview = "".join(f'<li><a href="{base}/{s}">{esc(lab)}</a><br>{esc(d)}</li>' for lab, s, d in items)
        extra = "".join(zv_item(o, detail(o)) for o in newest[:3]) if base == "/aktuelles" else ""
        h.add(
            base,
            zv_page(
                label,
                f'<div class="frame"><h1>{esc(label)}</h1><ul class="overview">{overview}</ul>{extra}</div>',
                [],
                pid=len(base),
                sub=label,
            ),
            non=True,
        )
        for lab, s, d in items:
            target = f"{base}/{s}"
            if target == ZV_LIST:
                continue
            text = [
                f"{d}.",
                f"Auf dieser Seite informiert der Zweckverband über {lab}. Fragen beantwortet die "
                "Geschäftsstelle in Hellwerl montags bis freitags zwischen 8 und 13 Uhr.",
            ]
            if s == "newsletter":
                text.append("Die Mai-Ausgabe des Newsletters enthält unter anderem diese Meldungen:")
                links = "".join(
                    f'<li><a href="{detail(o)}?utm_source=newsletter&amp;utm_medium=email&amp;'
                    f'utm_campaign=newsletter-2024-05">{esc(o.title)}</a></li>'
                    for o in newest[:4]
                )
                for o in newest[:4]:
                    qs = "utm_source=newsletter&utm_medium=email&utm_campaign=newsletter-2024-05"
                    if f"{detail(o)}?{qs}" not in h.res:
                        h.variant(f"{detail(o)}?{qs}", h.res[detail(o)].body.decode(), detail(o))
            elif s == "presseservice":
                text.append("Meldungen aus dem Archiv (Auswahl):")
                links = "".join(
                    f'<li><a href="{attr(old_style(o))}">{esc(o.title)}</a></li>'
                    for o in rels
                    if o.number <= 6
                )
            elif s == "termine":
                text.append(
                    "Die Verbandsversammlung tagt am 27. Juni 2024 und am 12. Dezember 2024 jeweils um 16 Uhr "
                    "im Sitzungssaal des Kreishauses Hellwerl. Der Verkehrsausschuss tagt am 6. Juni 2024."
                )
                links = ""
            else:
                links = ""
            content = "".join(f"<p>{esc(p)}</p>" for p in text) + (f"<ul>{links}</ul>" if links else "")
            h.add(
                target,
                zv_page(
                    lab,
                    f'<div class="frame frame-type-text"><h1>{esc(lab)}</h1>{content}</div>',
                    [(label, base)],
                    pid=len(target),
                    sub=label,
                ),
                non=True,
            )
    for target, (title, paras) in ZV_STATIC.items():
        h.add(
            target,
            zv_page(
                title,
                f'<div class="frame"><h1>{esc(title)}</h1>'
                + "".join(f"<p>{esc(p)}</p>" for p in paras)
                + "</div>",
                [],
                pid=len(target),
            ),
            non=True,
        )
    h.add(
        "/suche/",
        zv_page(
            "Suche",
            '<h1>Suche</h1><form action="/suche/" method="get"><input name="tx_indexedsearch_pi2[search][sword]"></form>',
            [],
            pid=9,
        ),
    )
    h.add("/intern/", zv_page("Anmeldung", "<h1>Anmeldung</h1><p>Bitte melden Sie sich an.</p>", [], pid=8))


def _feeds(h: Host, state: int, rels: list[Release], newest: list[Release]) -> None:
    """Feed, sitemaps, robots."""
    feed_items = "".join(
        f"<item><title>{esc(o.title)}</title><link>https://www.nahverkehr-hellweg.test{detail(o)}</link>"
        f"<description>{esc(o.paragraphs[0])}</description><category>{esc(o.category)}</category>"
        f'<pubDate>{rfc822(o)}</pubDate><guid isPermaLink="false">news-{380 + 3 * o.number}</guid></item>\n'
        for o in newest[:10]
    )
    h.add(
        f"{ZV_LIST}/rss.xml",
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>'
        "<title>Pressemitteilungen – Zweckverband Nahverkehr Hellweg-Börde</title><link>https://www.nahverkehr-hellweg.test/"
        f"</link><description>Aktuelle Meldungen</description><language>de-DE</language>\n{feed_items}</channel>\n</rss>\n",
        ctype="application/rss+xml; charset=utf-8",
        non=True,
    )
    xsl = '<?xml-stylesheet type="text/xsl" href="/typo3/sysext/seo/Resources/Public/CSS/Sitemap.xsl"?>\n'
    chash = {k: hashlib.md5(k.encode()).hexdigest() for k in ("pages", "news")}
    h.add(
        "/sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n{xsl}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<sitemap><loc>https://www.nahverkehr-hellweg.test/sitemap.xml?sitemap={k}&amp;cHash={v}</loc>"
            f"<lastmod>{(TOMORROW if state == 2 else TODAY).isoformat()}T06:00:00+00:00</lastmod></sitemap>\n"
            for k, v in chash.items()
        )
        + "</sitemapindex>\n",
        non=True,
    )
    static = sorted(
        t
        for t in h.res
        if t.count("/") <= 3
        and "?" not in t
        and not t.endswith((".xml", ".html"))
        and not t.startswith(("/suche", "/intern", ZV_LIST + "/"))
    )
    urls = {"pages": [(t, TODAY) for t in static], "news": [(detail(o), o.published) for o in rels]}
    for k, v in chash.items():
        body = "".join(
            f"<url><loc>https://www.nahverkehr-hellweg.test{t}</loc><lastmod>{d.isoformat()}T10:00:00+00:00</lastmod></url>\n"
            for t, d in urls[k]
        )
        h.add(
            f"/sitemap.xml?sitemap={k}&cHash={v}",
            f'<?xml version="1.0" encoding="UTF-8"?>\n{xsl}<urlset '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n',
            ctype="application/xml; charset=utf-8",
            non=True,
        )
    h.add(
        "/robots.txt",
        "User-agent: *\nDisallow: /typo3/\nDisallow: /typo3_src/\nDisallow: /typo3conf/\n"
        "Disallow: /*?tx_indexedsearch\nDisallow: /suche/\nDisallow: /intern/\n\n"
        "Sitemap: https://www.nahverkehr-hellweg.test/sitemap.xml\n",
    )
