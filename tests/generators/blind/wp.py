# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""3. WordPress with the Sunflower theme: a Green party branch (www.gruene-kirchberg-ems.test). Its
data is ``wp_data.py``, its page shell ``wp_templates.py``."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.generators.blind.site import Host
from tests.generators.blind.text import (
    Release,
    announce,
    attr,
    esc,
    finish,
    gone,
    long_date,
    rfc822,
    slugify,
    timeline,
)
from tests.generators.blind.wp_data import (
    WP,
    WP_AUTHORS,
    WP_BOILERPLATE,
    WP_COMMENTS,
    WP_NEW,
    WP_PAGES,
    WP_SEEDS,
    WPH,
)
from tests.generators.blind.wp_templates import wp_card, wp_page
from tests.generators.textbank import MONTHS


def build_wp(state: int) -> Host:
    st = timeline(303, WP, WP_SEEDS, WP_NEW, date(2023, 3, 6), edited=5, removed=7, state=state)
    h = Host("www.gruene-kirchberg-ems.test")
    h.truth.update(
        organisation=WP.name,
        template="wordpress-sunflower",
        boilerplate=WP_BOILERPLATE,
        disallowed=["/wp-admin/", "/mitgliederbereich/"],
    )
    rels, newest = st.releases, st.releases[::-1]
    pid = {r.number: 1000 + 7 * r.number for r in rels + st.added + [st.removed]}
    author = {r.number: WP_AUTHORS[r.number % 3] for r in rels + st.added + [st.removed]}
    cat = {r.number: r.category.split(";")[0] for r in rels}
    tags = {r.number: r.category.split(";")[1].split(",") for r in rels}
    rng = random.Random(33)
    comments = {
        r.number: rng.sample(WP_COMMENTS, 2) if r.number % 3 == 0 else []
        for r in rels + st.added + [st.removed]
    }

    def link(r: Release) -> str:
        return f"/{r.slug}/"

    def stamp(r: Release) -> str:
        return f"{r.iso}T{r.hour:02d}:{r.minute:02d}:00+02:00"

    for i, r in enumerate(rels):
        related = [o for o in newest if o is not r and cat[o.number] == cat[r.number]][:2]
        related += [o for o in newest if o is not r and o not in related][: 3 - len(related)]
        prev, nxt = (rels[i - 1] if i else None), (rels[i + 1] if i + 1 < len(rels) else None)
        slug, (aslug, aname) = r.slug, author[r.number]
        updated = r.published + timedelta(days=2) if r.number % 4 == 0 else r.published
        quoted = f"{WPH}{link(r)}".replace(":", "%3A").replace("/", "%2F")
        thread = "".join(
            f'<li id="comment-{40 + r.number * 3 + k}" class="comment {"even" if k % 2 == 0 else "odd"} thread-even depth-1">'
            f'<article id="div-comment-{40 + r.number * 3 + k}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<b class="fn">{esc(who)}</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="{WPH}{link(r)}#comment-{40 + r.number * 3 + k}">'
            f'<time datetime="{(r.published + timedelta(days=k + 1)).isoformat()}T18:42:00+02:00">{long_date(r.published + timedelta(days=k + 1))} um 18:42 Uhr</time></a></div></footer>'
            f'<div class="comment-content"><p>{esc(text)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" '
            f'href="{WPH}{link(r)}?replytocom={40 + r.number * 3 + k}#respond" data-commentid="{40 + r.number * 3 + k}" data-postid="{pid[r.number]}" '
            f'aria-label="Antworte auf {attr(who)}">Antworten</a></div></article></li>\n'
            for k, (who, text) in enumerate(comments[r.number])
        )
        count = len(comments[r.number])
        title_block = (
            f'<h2 class="comments-title">{count} Kommentare zu „{esc(r.title)}“</h2>\n<ol class="comment-list">\n{thread}</ol>\n'
            if count
            else ""
        )
        main = f"""<main id="primary" class="site-main">
<article id="post-{pid[r.number]}" class="display-single post-{pid[r.number]} post type-post status-publish format-standard has-post-thumbnail hentry category-{slugify(cat[r.number])} {" ".join("tag-" + slugify(t) for t in tags[r.number])}">
	<header class="entry-header full-width has-post-thumbnail"><div class="container"><div class="row position-relative"><div class="col-12">
		<div class="entry-meta mb-3"><span class="posted-on"><time class="entry-date published" datetime="{stamp(r)}">{long_date(r.published)}</time><time class="updated" datetime="{updated.isoformat()}T09:00:00+02:00">{long_date(updated)}</time></span><span class="byline"> <span class="author vcard"><a class="url fn n" href="{WPH}/author/{aslug}/">{esc(aname)}</a></span></span></div>
		<h1 class="entry-title">{esc(r.title)}</h1>
	</div></div></div></header>
	<div class="post-thumbnail"><img width="1200" height="675" src="{WPH}/wp-content/uploads/{r.published.year}/{r.published.month:02d}/{slug[:30]}-1200x675.jpg" class="attachment-null size-null wp-post-image" alt="" decoding="async"></div>
	<div class="col-12">
	<div class="entry-content">
{"".join(f"<p>{esc(p)}</p>{chr(10)}" for p in r.paragraphs)}	</div><!-- .entry-content -->
	<footer class="entry-footer mt-5"><div class="d-flex flex-column flex-md-row justify-content-between">
		<div class="sharebuttons">Teilen auf <a href="https://twitter.com/intent/tweet?text={attr(r.title)}&amp;url={quoted}" target="_blank" title="Auf X (Twitter) teilen" class="sharebutton"><i class="fab fa-x-twitter"></i></a> <a href="https://www.facebook.com/sharer/sharer.php?u={quoted}" target="_blank" title="Auf Facebook teilen" class="sharebutton"><i class="fab fa-facebook-f"></i></a> <a href="mailto:?subject={attr(r.title)}&amp;body={quoted}" title="Per E-Mail teilen" class="sharebutton"><i class="fas fa-envelope"></i></a></div>
		<div><span class="cat-links small">Kategorie: <a href="{WPH}/category/{slugify(cat[r.number])}/" rel="category tag">{esc(cat[r.number])}</a></span>
		<span class="tags-links small">Schlagworte: {", ".join(f'<a href="{WPH}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in tags[r.number])}</span></div>
	</div></footer>
	</div>
</article><!-- #post-{pid[r.number]} -->
<nav class="navigation post-navigation" aria-label="Beiträge"><h2 class="screen-reader-text">Beitrags-Navigation</h2><div class="nav-links">
{f'<div class="nav-previous"><a href="{WPH}{link(prev)}" rel="prev"><span class="nav-subtitle">Vorheriger Beitrag:</span> <span class="nav-title">{esc(prev.title)}</span></a></div>' if prev else ""}
{f'<div class="nav-next"><a href="{WPH}{link(nxt)}" rel="next"><span class="nav-subtitle">Nächster Beitrag:</span> <span class="nav-title">{esc(nxt.title)}</span></a></div>' if nxt else ""}
</div></nav>
<div class="full-width bg-lightgreen pt-5 pb-5 mt-5 mb-0 related-posts"><div class="container"><div class="row"><div class="col-12"><h2 class="h1">Das könnte Dich auch interessieren</h2></div></div>
<div class="row">
{"".join('<div class="col-12 col-md-6 col-lg-4">' + wp_card(o, WPH + link(o), "h3") + "</div>" for o in related)}</div></div></div>
<div id="comments" class="comments-area">
{title_block}<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar <small><a rel="nofollow" id="cancel-comment-reply-link" href="{WPH}{link(r)}#respond" style="display:none;">Antworten abbrechen</a></small></h3>
<form action="{WPH}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Deine E-Mail-Adresse wird nicht veröffentlicht.</span> <span class="required-field-message">Erforderliche Felder sind mit <span class="required">*</span> markiert</span></p>
<p class="comment-form-comment"><label for="comment">Kommentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar abschicken" /> <input type='hidden' name='comment_post_ID' value='{pid[r.number]}' id='comment_post_ID' /></p></form>
</div><!-- #respond -->
</div><!-- #comments -->
</main>"""
        head = (
            f'<link rel="alternate" type="application/rss+xml" title="GRÜNE Kirchberg (Ems) &raquo; {attr(r.title)}-Kommentar-Feed" href="{WPH}{link(r)}feed/" />\n'
            f"<link rel=\"canonical\" href=\"{WPH}{link(r)}\" />\n<link rel='shortlink' href='{WPH}/?p={pid[r.number]}' />\n"
            f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{attr(r.title)}" />\n'
            f'<meta property="article:published_time" content="{stamp(r)}" />\n'
        )
        page = wp_page(
            r.title,
            main,
            f"post-template-default single single-post postid-{pid[r.number]} single-format-standard",
            head,
        )
        h.add(link(r), page)
        absent = (
            [o.title for o in related] + [o.teaser(30) for o in related] + [t for _, t in comments[r.number]]
        )
        absent += [o.title for o in (prev, nxt) if o]
        announce(h, h.url(link(r)), r, page, absent)
        h.add(f"/?p={pid[r.number]}", "", status=301, redirect=f"{WPH}{link(r)}", non=True)
        for k in range(count):
            h.variant(f"{link(r)}?replytocom={40 + r.number * 3 + k}", page, link(r))
        feed_items = "".join(
            f"<item><title>Von: {esc(w)}</title><link>{WPH}{link(r)}#comment-{40 + r.number * 3 + k}</link>"
            f"<description>{esc(t)}</description></item>"
            for k, (w, t) in enumerate(comments[r.number])
        )
        h.add(
            f"{link(r)}feed/",
            f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kommentare zu: {esc(r.title)}</title>'
            f"<link>{WPH}{link(r)}</link>{feed_items}</channel></rss>\n",
            ctype="application/rss+xml; charset=UTF-8",
            non=True,
        )
    if state == 2:
        gone(
            h,
            link(st.removed),
            wp_page(
                "Seite nicht gefunden",
                '<main id="primary" class="site-main"><section class="error-404 not-found">'
                '<h1 class="page-title">Hoppla! Diese Seite konnte nicht gefunden werden.</h1></section></main>',
                "error404",
            ),
        )
    for o in newest[:2]:
        h.variant(
            f"{link(o)}?utm_source=newsletter&utm_medium=email&utm_campaign=mai-2024",
            h.res[link(o)].body.decode(),
            link(o),
        )

    def archive(base: str, title: str, items: list[Release], body_class: str) -> None:
        chunks = [items[i : i + 6] for i in range(0, len(items), 6)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            target = base if n == 1 else f"{base}page/{n}/"
            pager = "".join(
                f'<a class="page-numbers{" current" if k == n else ""}" href="{WPH}{base if k == 1 else f"{base}page/{k}/"}">{k}</a> '
                for k in range(1, len(chunks) + 1)
            )
            nav = (
                f'<nav class="navigation pagination" aria-label="Seitennummerierung der Beiträge"><div class="nav-links">{pager}</div></nav>'
                if len(chunks) > 1
                else ""
            )
            main = (
                f'<main id="primary" class="site-main"><header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>\n'
                + "".join(wp_card(o, WPH + link(o)) for o in chunk)
                + nav
                + "</main>"
            )
            h.add(target, wp_page(title if n == 1 else f"{title} – Seite {n}", main, body_class), non=True)

    archive("/aktuelles/", "Aktuelles", newest, "blog")
    for c in sorted(set(cat.values())):
        archive(
            f"/category/{slugify(c)}/",
            f"Kategorie: {c}",
            [o for o in newest if cat[o.number] == c],
            "archive category",
        )
    for t in sorted({t for ts in tags.values() for t in ts}):
        archive(
            f"/tag/{slugify(t)}/",
            f"Schlagwort: {t}",
            [o for o in newest if t in tags[o.number]],
            "archive tag",
        )
    for aslug, aname in WP_AUTHORS:
        archive(
            f"/author/{aslug}/",
            f"Autor: {aname}",
            [o for o in newest if author[o.number][0] == aslug],
            "archive author",
        )
    for y, m in sorted({(o.published.year, o.published.month) for o in rels}):
        archive(
            f"/{y}/{m:02d}/",
            f"Monat: {MONTHS[m - 1]} {y}",
            [o for o in newest if (o.published.year, o.published.month) == (y, m)],
            "archive date",
        )
    hero = (
        f'<main id="primary" class="site-main"><div class="wp-block-group has-background hero"><h2 class="wp-block-heading">Grün wirkt – auch in Kirchberg</h2>'
        f'<p>Neu im Newsletter: <a href="{WPH}{link(newest[0])}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=mai-2024">{esc(newest[0].title)}</a> und '
        f'<a href="{WPH}{link(newest[1])}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=mai-2024">{esc(newest[1].title)}</a></p></div>'
        '<h2 class="wp-block-heading">Neueste Beiträge</h2>'
        + "".join(wp_card(o, WPH + link(o), "h3") for o in newest[:6])
        + f'<p><a class="wp-block-button__link" href="{WPH}/aktuelles/">Alle Beiträge</a></p></main>'
    )
    h.add("/", wp_page("GRÜNE Kirchberg (Ems)", hero, "home page-template-default page"), non=True)
    for slug, (title, paras) in WP_PAGES.items():
        main = (
            f'<main id="primary" class="site-main"><article class="page type-page status-publish hentry"><header class="entry-header">'
            f'<h1 class="entry-title">{esc(title)}</h1></header><div class="entry-content">'
            + "".join(f"<p>{esc(p)}</p>" for p in paras)
            + "</div></article></main>"
        )
        h.add(f"/{slug}/", wp_page(title, main, "page-template-default page"), non=True)
    h.add(
        "/mitgliederbereich/",
        wp_page(
            "Mitgliederbereich", "<main><h1>Mitgliederbereich</h1><p>Bitte melde dich an.</p></main>", "page"
        ),
    )
    h.add("/wp-admin/", "", status=302, redirect=f"{WPH}/wp-login.php?redirect_to=%2Fwp-admin%2F&reauth=1")
    feed = "".join(
        f"<item>\n<title>{esc(o.title)}</title>\n<link>{WPH}{link(o)}</link>\n<comments>{WPH}{link(o)}#respond</comments>\n"
        f"<dc:creator><![CDATA[{author[o.number][1]}]]></dc:creator>\n<pubDate>{rfc822(o)}</pubDate>\n<category><![CDATA[{cat[o.number]}]]></category>\n"
        f'<guid isPermaLink="false">{WPH}/?p={pid[o.number]}</guid>\n<description><![CDATA[{o.teaser(30)}]]></description>\n</item>\n'
        for o in newest[:10]
    )
    h.add(
        "/feed/",
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>GRÜNE Kirchberg (Ems)</title>\n'
        f'<atom:link href="{WPH}/feed/" rel="self" type="application/rss+xml" />\n<link>{WPH}</link>\n<description>Ortsverband Kirchberg (Ems)</description>\n'
        f"<language>de-DE</language>\n<generator>https://wordpress.org/?v=6.5.3</generator>\n{feed}</channel>\n</rss>\n",
        ctype="application/rss+xml; charset=UTF-8",
        non=True,
    )
    maps = {
        "posts-post-1": [link(o) for o in rels],
        "posts-page-1": ["/"] + [f"/{s}/" for s in WP_PAGES],
        "taxonomies-category-1": [f"/category/{slugify(c)}/" for c in sorted(set(cat.values()))],
        "users-1": [f"/author/{a}/" for a, _ in WP_AUTHORS],
    }
    xsl = f'<?xml-stylesheet type="text/xsl" href="{WPH}/wp-sitemap.xsl" ?>\n'
    h.add(
        "/wp-sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n{xsl}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<sitemap><loc>{WPH}/wp-sitemap-{k}.xml</loc></sitemap>" for k in maps)
        + "</sitemapindex>\n",
        non=True,
    )
    for key, urls in maps.items():
        h.add(
            f"/wp-sitemap-{key}.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n{xsl}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{WPH}{u}</loc></url>" for u in urls)
            + "</urlset>\n",
            non=True,
        )
    h.add(
        "/robots.txt",
        f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /mitgliederbereich/\n\nSitemap: {WPH}/wp-sitemap.xml\n",
    )
    finish(h, st, lambda r: h.url(link(r)))
    return h
