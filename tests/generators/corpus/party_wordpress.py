"""The corpus template of the WordPress party theme (``party.py`` has WebSoziCMS and TYPO3 tt_news)."""

from __future__ import annotations

from tests.generators.corpus.model import (
    MONTHS,
    Page,
    Rendered,
    d_long,
    esc,
    render_blocks,
    stable_int,
    template,
    ymd,
)

# --- 3. WordPress party theme -------------------------------------------------------------------


@template("wordpress")
def wordpress(page: Page) -> Rendered:
    s = page.site
    y, m, d = ymd(page.date)
    t = page.get("time", "09:12:33")
    if len(t) == 5:
        t += ":00"
    pid = stable_int(page.name, 800, 9999)
    style = s.get("url_style", "date")
    if style == "blog_date":
        url = f"https://{s['host']}/blog/{y}/{m:02d}/{d:02d}/{page.slug}/"
    elif style == "plain":
        url = f"https://{s['host']}/{page.slug}/"
    else:
        url = f"https://{s['host']}/{y}/{m:02d}/{d:02d}/{page.slug}/"
    url = page.get("url") or url
    ds = page.get("date_style", "time")
    iso_dt = f"{page.date}T{t}+{'02' if 4 <= m <= 10 else '01'}:00"
    meta = ""
    if ds == "yoast":
        meta = (
            f'<meta property="og:locale" content="de_DE" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(page.title)} - {esc(s["name"])}" />\n'
            f'<meta property="og:url" content="{url}" />\n<meta property="og:site_name" '
            f'content="{esc(s["name"])}" />\n'
            f'<meta property="article:published_time" content="{iso_dt}" />\n'
        )
        if page.get("modified"):
            meta += f'<meta property="article:modified_time" content="{page["modified"]}T08:00:00+00:00" />\n'
    posted = ""
    if ds != "urlonly":
        upd = ""
        if page.get("modified"):
            upd = (
                f'<time class="updated" '
                f'datetime="{page["modified"]}T08:00:00+01:00">{d_long(page["modified"])}</time>'
            )
        posted = (
            f'<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">'
            f"Veröffentlicht am</span> "
            f'<a href="{url}" rel="bookmark"><time class="entry-date published" '
            f'datetime="{iso_dt}">{d_long(page.date)}</time>{upd}</a></span>'
            f'<span class="byline"> von <span class="author vcard"><a class="url fn n" '
            f'href="/author/{esc(page.get("author", "redaktion").lower())}/">'
            f"{esc(page.get('author', 'Redaktion'))}</a></span></span></div>"
        )
    cap = page.get("caption")
    fig = ""
    absent = [
        "Teilen mit:",
        "Gefällt mir:",
        "Dein Kommentar",
        "Deine E-Mail-Adresse wird nicht veröffentlicht.",
        "Beitragsnavigation",
        "Neueste Beiträge",
        s["cookie"],
        s["footer"],
        "Stolz präsentiert von WordPress",
    ]
    if cap:
        fig = (
            f'<figure class="wp-block-image size-large"><img '
            f'src="/wp-content/uploads/{y}/{m:02d}/{page.slug[:30]}.jpg" alt="" '
            f'class="wp-image-{pid + 1}"/><figcaption>{esc(cap)}</figcaption></figure>'
        )
        absent.append(cap)
    tags = page.get("tags") or []
    tag_html = ", ".join(
        f'<a href="/tag/{t_.lower().replace(" ", "-")}/" rel="tag">{esc(t_)}</a>' for t_ in tags
    )
    comments = page.get("comments") or []
    ctitle = f"{len(comments)} Kommentare" if comments else "0 Kommentare"
    absent.append(ctitle)
    clist = ""
    for c in comments:
        clist += (
            f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b '
            f'class="fn">{esc(c[0])}</b> '
            f'<time datetime="{c[1]}T18:00:00+01:00">{d_long(c[1])} um 18:00</time></footer>'
            f'<div class="comment-content"><p>{esc(c[2])}</p></div><a class="comment-reply-link">'
            f"Antworten</a></article></li>"
        )
        absent.append(c[2])
    related = page.related(2)
    prev_next = ""
    if related:
        prev_next = (
            f'<nav class="navigation post-navigation"><h2 class="screen-reader-text">Beitragsnavigation</h2>'
            f'<div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">Vorheriger '
            f"Beitrag</span> {esc(related[0].title)}</a></div>"
            + (
                f'<div class="nav-next"><a href="#" rel="next"><span class="meta-nav">Nächster '
                f"Beitrag</span> {esc(related[1].title)}</a></div>"
                if len(related) > 1
                else ""
            )
            + "</nav>"
        )
        absent += [r.title for r in related]
    recent = "".join(f'<li><a href="#">{esc(r.title)}</a></li>' for r in page.related(4)[2:])
    absent += [r.title for r in page.related(4)[2:]]
    menu = "".join(f'<li class="menu-item"><a href="/{x.lower()}/">{esc(x)}</a></li>' for x in s["menu"])
    newsletter = ""
    if s.get("newsletter"):
        newsletter = (
            f'<section class="widget widget_newsletter"><h2 class="widget-title">'
            f'Newsletter</h2><p>{esc(s["newsletter"])}</p><form><input type="email" '
            f'placeholder="E-Mail-Adresse"><button>Abonnieren</button></form></section>'
        )
        absent.append(s["newsletter"])
    html = f"""<!DOCTYPE html>
<html lang="de-DE" class="no-js no-svg">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{esc(page.title)} &#8211; {esc(s["name"])}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="canonical" href="{url}" />
{meta}<link rel="alternate" type="application/rss+xml" title="{esc(s["name"])} &raquo; Feed" \
href="https://{s["host"]}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(s["name"])} &raquo; Kommentar-Feed" \
href="https://{s["host"]}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' \
href='https://{s["host"]}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' type='text/css' \
media='all' />
<link rel='stylesheet' id='{s["theme"]}-style-css' \
href='https://{s["host"]}/wp-content/themes/{s["theme"]}/style.css?ver=2.1' type='text/css' media='all' />
<script type="text/javascript" src="https://{s["host"]}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" \
id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://{s["host"]}/wp-json/" />
<link rel='shortlink' href='https://{s["host"]}/?p={pid}' />
<meta name="generator" content="WordPress 6.4.2" />
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard">
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden"><div class="cookie-notice-container">\
<span id="cn-notice-text" class="cn-text-container">{esc(s["cookie"])}</span><span id="cn-notice-buttons">\
<a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a><a href="/datenschutz/" \
class="cn-privacy-policy-link cn-link">Datenschutzerklärung</a></span></div></div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Zum Inhalt springen</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(s["name"])}</a></p><p \
class="site-description">{esc(s["tagline"])}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menü</button><ul \
id="top-menu" class="menu">{menu}</ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry \
category-aktuelles">
<header class="entry-header">
{posted}
<h1 class="entry-title">{esc(page.title)}</h1></header>
<div class="entry-content">
{fig}
{render_blocks(page.blocks, h_tag="h3")}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social \
sd-social-icon-text sd-sharing"><h3 class="sd-title">Teilen mit:</h3><div class="sd-content"><ul><li \
class="share-facebook"><a href="#">Facebook</a></li><li class="share-twitter"><a href="#">X</a></li><li \
class="share-jetpack-whatsapp"><a href="#">WhatsApp</a></li><li class="share-email"><a href="#">E-Mail</a>\
</li><li class="share-print"><a href="#">Drucken</a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Gefällt mir:</h3><p>Gefällt mir Wird geladen \
…</p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Kategorien: <a href="/category/aktuelles/" \
rel="category tag">Aktuelles</a>\
</span>{(' <span class="tags-links">Schlagwörter: ' + tag_html + "</span>") if tags else ""}</footer>
</article>
{prev_next}
<div id="comments" class="comments-area">
<h2 class="comments-title">{ctitle}</h2>
{('<ol class="comment-list">' + clist + "</ol>") if clist else ""}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Dein Kommentar</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p \
class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit <span \
class="required">*</span> markiert</p>
<p class="comment-form-comment"><label for="comment">Kommentar</label><textarea id="comment" name="comment">\
</textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar \
abschicken" /></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary">
<section class="widget widget_search"><form role="search" class="search-form" action="/"><input \
type="search" class="search-field" placeholder="Suche …" name="s" /></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2>\
<ul>{recent}</ul></section>
{newsletter}
<section class="widget widget_archive"><h2 class="widget-title">Archiv</h2><ul><li><a \
href="/{y}/{m:02d}/">{MONTHS[m - 1]} {y}</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">\
<p>{esc(s["footer"])}</p><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a> \
<span class="sep"> | </span><a href="https://de.wordpress.org/">Stolz präsentiert von WordPress</a></div>\
</footer>
</div>
<script type="text/javascript" \
src="https://{s["host"]}/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.4.11" \
id="cookie-notice-front-js"></script>
</body>
</html>
"""
    return Rendered(url, html, absent)
