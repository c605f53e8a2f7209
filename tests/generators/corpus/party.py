"""The corpus templates of party and association CMSs: WebSoziCMS, TYPO3 tt_news, WordPress."""

from __future__ import annotations

from tests.generators.corpus.model import (
    MONTHS,
    Page,
    Rendered,
    caption_html,
    d_dot,
    d_long,
    esc,
    md5,
    render_blocks,
    stable_int,
    template,
    truth_paragraphs,
    ymd,
)

# --- 1. WebSoziCMS ------------------------------------------------------------------------------

WEBSOZI_ACCESS = [
    "[Darstellung Größer 1 wählen.]",
    "[zum Inhalt (Taste Alt+8).]",
    "[zur Auswahl (Taste Alt+7).]",
    "(Taste Alt+6).",
]


@template("websozi")
def websozi(page: Page) -> Rendered:
    s = page.site
    archive = page.get("date_style") == "archive"
    host = s["archive_host"] if archive else s["host"]
    url = page.get("url") or f"https://{host}/meldungen/{page.slug}/"
    cap, cap_absent = caption_html(page, "image_caption")
    related = page.related(3)
    nav = "\n".join(f'<li><a href="/{x.lower()}/">{esc(x)}</a></li>' for x in s["nav"])
    termine = "\n".join(f"<li>{esc(t)}</li>" for t in s["termine"])
    year = ymd(page.date)[0]
    _y, m, d = ymd(page.date)
    if archive:
        head = (
            f'<h2 class="year">Veröffentlichungen {year} :</h2>\n<h3 '
            f'class="article_title">{d:02d}.{m:02d}.: {esc(page.title)}</h3>'
        )
        dateline = ""
    else:
        head = (
            f'<p class="rubrik">{esc(page.get("rubrik", "Presse"))}</p>\n<h2 '
            f'class="article_title">{esc(page.title)}</h2>'
        )
        by = page.get("author")
        dateline = (
            f'<p class="article_date">Veröffentlicht von {esc(by)} am {d_dot(page.date)}</p>'
            if by
            else f'<p class="article_date">Veröffentlicht am {d_dot(page.date)}</p>'
        )
    anlage = page.get("anlage")
    anlage_html = f'<p class="anlage">{esc(anlage)}</p>' if anlage else ""
    rel_html = ""
    absent = [*WEBSOZI_ACCESS, "Zum Seitenanfang", s["footer"], *s["termine"], *cap_absent]
    if related and not archive:
        rel_html = (
            '<div class="related"><p><strong>Mehr zu diesem Thema:</strong></p><ul>'
            + "".join(f'<li><a href="/meldungen/{r.slug}/">{esc(r.title)}</a></li>' for r in related)
            + "</ul></div>"
        )
        absent += ["Mehr zu diesem Thema:", *[r.title for r in related]]
    if anlage:
        absent.append(anlage)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de" lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(s["name"])}: {esc(page.title)}</title>
<meta name="keywords" content="SPD, {esc(s["region"])}, Kommunalpolitik, Sozialdemokratie" />
<meta name="description" content="{esc(s["name"])}" />
<meta name="generator" content="WebSoziCMS 3.9.9 - http://www.websozis.de" />
<link rel="alternate" type="application/rss+xml" title="{esc(s["name"])} - Meldungen" href="/index.xml" />
<link rel="stylesheet" type="text/css" href="/_websozicms/assets/css_js/standard.css" media="screen" />
<script type="text/javascript" src="/_websozicms/assets/css_js/jquery.js"></script>
</head>
<body>
<div id="wrapper">
<div id="accessibility">
<a href="#" onclick="return fontsize(1);" title="Darstellung Größer 1 wählen.">[Darstellung Größer 1 \
wählen.]</a>
<a href="#inhalt" accesskey="8">[zum Inhalt (Taste Alt+8).]</a>
<a href="#navigation" accesskey="7">[zur Auswahl (Taste Alt+7).]</a>
<a href="/kontakt/" accesskey="6">(Taste Alt+6).</a>
</div>
<div id="header"><a href="/"><img src="/images/user/spd-logo.png" alt="SPD" /></a>
<p id="sitename">{esc(s["name"])}.</p></div>
<div id="navigation"><ul>
{nav}
</ul></div>
<div id="content"><a name="inhalt" id="inhalt"></a>
<div class="article">
{head}
{cap}
<div class="article_text">
{render_blocks(page.blocks)}
</div>
{anlage_html}
{dateline}
{rel_html}
</div>
<p class="backtotop"><a href="#wrapper">- Zum Seitenanfang.</a></p>
</div>
<div id="sidebar">
<div class="box"><h3>Termine</h3><ul>
{termine}
</ul><p><a href="/termine/">Alle Termine öffnen.</a></p></div>
<div class="box"><h3>Suchen</h3><form action="/suche/"><input type="text" name="q" /><input type="submit" \
value="Suchen" /></form></div>
<div class="box counter"><p>Besucher:{stable_int(s["host"], 100000, 999999)}<br />\
Heute:{stable_int(page.name, 10, 99)}<br />Online:1</p></div>
</div>
<div id="footer"><p>{esc(s["footer"])}</p><p><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">\
Datenschutz</a> | <a href="http://www.websozis.de">WebSozis</a></p></div>
</div>
</body>
</html>
"""
    return Rendered(url, html, absent)


# --- 2. TYPO3 tt_news ---------------------------------------------------------------------------


@template("typo3_ttnews")
def typo3_ttnews(page: Page) -> Rendered:
    s = page.site
    news_id = page.get("news_id") or stable_int(page.name, 60000, 79999)
    if s["url_style"] == "ttnews":
        url = page.get("url") or (
            f"https://{s['host']}/index.php?id=4683&tx_ttnews%5Btt_news%5D={news_id}&cHash={md5(page.name)}"
        )
    else:
        url = page.get("url") or f"https://{s['host']}/service/presse/aktuelles/detail/news/{page.slug}/"
    paras = truth_paragraphs(page.blocks)
    teaser = ""
    if page.get("teaser", s.get("teaser", False)):
        # the CMS shows the whole text run together once more above the paragraphs
        # (as on the RVR site, the closing "Pressekontakt" is glued to the sentence before it)
        run = paras[0]
        for para in paras[1:]:
            run += ("" if para.startswith("Pressekontakt") else " ") + para
        teaser = f'<div class="news-single-teaser"><p>{esc(run)}</p></div>'
    cap, cap_absent = caption_html(page, "news-single-img")
    cities = page.get("cities") or []
    cats = page.get("categories") or ["Metropole Ruhr"]
    t = page.get("time", "10:00")
    if s["url_style"] == "ttnews":
        datebox = (
            f'<div class="news-single-rightbox">{d_dot(page.date)}, {esc(", ".join(cities))}</div>'
            if cities
            else f'<div class="news-single-rightbox">{d_dot(page.date)} | {t}</div>'
        )
    else:
        datebox = f'<p class="section">Aktuelles</p><span class="news-list-date">{d_dot(page.date)}</span>'
    nav = " ".join(f'<li><a href="/{x.lower()}/">{esc(x)}</a></li>' for x in s["nav"])
    related = page.related(3)
    rel = "".join(
        f'<li><span class="date">{d_dot(r.date)}</span> <a href="#">{esc(r.title)}</a></li>' for r in related
    )
    absent = [*s["footer"], "Zurück zu:", *cap_absent, *[r.title for r in related], "Weitere Meldungen"]
    if len(cats) > 0:
        absent.append("Kategorien:")
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by \
Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2019 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<title>{esc(page.title)}: {esc(s["name"])}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="/typo3temp/assets/css/7015c8c4ac.css?1571904207" media="all">
<link rel="alternate" type="application/rss+xml" title="RSS-Feed" href="/rss.xml">
<script src="/typo3conf/ext/site/Resources/Public/JavaScript/main.js?1571904207" type="text/javascript">\
</script>
</head>
<body id="p4683">
<div id="page">
<header id="header"><a href="/" class="logo"><img src="/fileadmin/templates/img/logo.svg" \
alt="{esc(s["name"])}"></a>
<form id="search" action="/suche/"><input type="text" name="tx_indexedsearch[sword]" \
placeholder="Suchbegriff eingeben"><button>Suchen</button></form>
<nav id="mainnav"><ul>{nav}</ul></nav></header>
<div id="breadcrumb">Sie sind hier: <a href="/">Startseite</a> &gt; <a href="/nachrichten/">Nachrichten</a> \
&gt; Detail</div>
<main id="content">
<div class="news-single-item">
{datebox}
<h1>{esc(page.title)}</h1>
{teaser}
{cap}
{render_blocks(page.blocks, p_attr=' class="bodytext"', h_tag="h3")}
<div class="news-single-category">Kategorien: {esc(" ".join(cats))}</div>
<div class="news-single-backlink"><a href="/nachrichten/">&lt;- Zurück zu: Nachrichten</a></div>
</div>
<div class="news-latest-container"><h2>Weitere Meldungen</h2><ul>{rel}</ul></div>
</main>
<footer id="footer">
{"".join(f"<p>{esc(x)}</p>" for x in s["footer"])}
<p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/rss.xml">\
RSS</a></p>
</footer>
</div>
</body>
</html>
"""
    return Rendered(url, html, absent)


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
