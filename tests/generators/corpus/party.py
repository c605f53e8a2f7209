"""The corpus templates of party and association CMSs: WebSoziCMS and TYPO3 tt_news
(``party_wordpress.py`` has the WordPress party theme)."""

from __future__ import annotations

from tests.generators.corpus.model import (
    Page,
    Rendered,
    caption_html,
    d_dot,
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
