"""The corpus templates of sites on no CMS family: an old table layout and a modern site with
JSON-LD NewsArticle and Open Graph (``public.py`` has the public bodies' CMSs)."""

from __future__ import annotations

import json
from typing import Any

from tests.generators.corpus.model import (
    Page,
    Rendered,
    d_dot,
    d_long,
    esc,
    inline,
    render_blocks,
    template,
    truth_paragraphs,
    ymd,
)

# --- 7. old table layout ------------------------------------------------------------------------


@template("oldtable")
def oldtable(page: Page) -> Rendered:
    s = page.site
    y, m, d = ymd(page.date)
    ds = page.get("date_style", "den")
    if ds == "url":
        url = f"http://{s['host']}/presse/pm_{y}_{m:02d}_{d:02d}.htm"
    else:
        url = f"http://{s['host']}/{s['dir']}/{page.slug}.htm"
    url = page.get("url") or url
    top = ""
    if ds == "den":
        top = f'<font face="Arial" size="2"><b>{esc(s["town"])}, den {d_dot(page.date)}</b></font><br><br>'
    elif ds == "vom":
        top = f'<font face="Arial" size="2"><i>Pressemitteilung vom {d_dot(page.date)}</i></font><br><br>'
    elif ds == "long":
        top = f'<font face="Arial" size="2" color="#666666">{d_long(page.date)}</font><br>'
    # paragraphs as <br><br>-separated runs inside one <font>
    parts = []
    for b in page.blocks:
        if b.kind == "h":
            parts.append(f"<b>{inline(b.items[0], 'b')}</b>")
        elif b.kind == "ul":
            parts.append("<br>".join(f"-&nbsp;{inline(i, 'b')}" for i in b.items))
        else:
            parts.append(inline(b.items[0], "b"))
    body = "<br><br>\n".join(parts)
    nav = "\n".join(
        f'<tr><td><a href="{x.lower()}.htm"><font face="Verdana" size="1" color="#FFFFFF"><b>{esc(x)}</b>'
        f"</font></a></td></tr>"
        for x in s["nav"]
    )
    absent = [s["counter"], s["changed"], s["webmaster"], "optimiert für"]
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={page.charset}">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>{esc(s["name"])} - {esc(s["section"])}</title>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/kopf.jpg" width="760" height="120" alt="{esc(s["name"])}"></td></tr>
<tr>
<td width="150" valign="top" bgcolor="{s["color"]}">
<table width="150" border="0" cellpadding="4" cellspacing="0">
{nav}
</table>
<br><font face="Verdana" size="1" color="#FFFFFF">{esc(s["counter"])}</font>
</td>
<td width="610" valign="top">
<table width="100%" border="0" cellpadding="10"><tr><td>
{top}<font face="Arial" size="4" color="{s["color"]}"><b>{esc(page.title)}</b></font><br><br>
<font face="Arial" size="2">
{body}
</font>
<br><br><center><a href="javascript:history.back()"><font face="Arial" size="1">&lt;&lt; zurück</font></a>\
</center>
</td></tr></table>
</td>
</tr>
<tr><td colspan="2" bgcolor="#EEEEEE"><font face="Verdana" size="1">{esc(s["changed"])} \
&nbsp;|&nbsp; {esc(s["webmaster"])} &nbsp;|&nbsp; Diese Seite wurde optimiert für Internet Explorer 5.5 bei \
1024x768</font></td></tr>
</table>
</body>
</html>
"""
    return Rendered(url, html, absent)


# --- 8. modern site with JSON-LD NewsArticle and Open Graph ------------------------------------


@template("jsonld")
def jsonld(page: Page) -> Rendered:
    s = page.site
    _y, m, _ = ymd(page.date)
    url = page.get("url") or f"https://{s['host']}/{s['path']}/{page.slug}"
    tz = "+02:00" if 4 <= m <= 10 else "+01:00"
    t = page.get("time", "10:30")
    published = f"{page.date}T{t}:00{tz}"
    modified = f"{page.get('modified', page.date)}T{page.get('mtime', '16:45')}:00{tz}"
    paras = truth_paragraphs(page.blocks)
    desc = paras[0][:155]
    img = f"https://{s['host']}/media/{page.slug[:30]}-1200x630.jpg"
    article: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": page.title,
        "datePublished": published,
        "dateModified": modified,
        "author": {"@type": "Organization", "name": s["name"]},
        "publisher": {
            "@type": "Organization",
            "name": s["name"],
            "logo": {"@type": "ImageObject", "url": f"https://{s['host']}/logo.png"},
        },
        "image": [img],
        "mainEntityOfPage": url,
        "inLanguage": "de-DE",
    }
    if page.get("jsonld_style") == "graph":
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": f"{page.title} | {s['name']}",
                    "datePublished": published,
                    "dateModified": modified,
                },
                {**article, "@id": url + "#article", "isPartOf": {"@id": url}},
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": 1,
                            "name": "Startseite",
                            "item": f"https://{s['host']}/",
                        },
                        {
                            "@type": "ListItem",
                            "position": 2,
                            "name": "Presse",
                            "item": f"https://{s['host']}/{s['path']}",
                        },
                        {"@type": "ListItem", "position": 3, "name": page.title},
                    ],
                },
            ],
        }
    else:
        ld = {"@context": "https://schema.org", **article}
    ld_json = json.dumps(ld, ensure_ascii=False, indent=2).replace("</", "<\\/")
    vis = page.get("date_style", "long")
    if vis == "long":
        vis_html = f'<time datetime="{page.date}">{d_long(page.date)}</time>'
    elif vis == "dot":
        vis_html = f'<time datetime="{published}">{d_dot(page.date)}</time>'
    else:
        vis_html = ""
    lead_html = ""
    blocks = list(page.blocks)
    if page.get("lead", True) and blocks and blocks[0].kind == "p":
        lead_html = f'<p class="article__lead">{inline(blocks[0].items[0])}</p>'
        blocks = blocks[1:]
    cap = page.get("caption")
    fig = (
        f'<figure class="article__image"><img src="{img}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'
        if cap
        else ""
    )
    related = page.related(3)
    teasers = "".join(
        f'<li class="teaser"><a href="#"><span class="teaser__date">{d_dot(r.date)}</span>'
        f"<h3>{esc(r.title)}</h3></a></li>"
        for r in related
    )
    nav = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in s["nav"])
    absent = [
        "Das könnte Sie auch interessieren",
        s["newsletter"],
        s["footer"],
        "Artikel teilen",
        "Lesezeit",
        *[r.title for r in related],
    ]
    if cap:
        absent.append(cap)
    tags = page.get("tags") or []
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page.title)} | {esc(s["name"])}</title>
<meta name="description" content="{esc(desc)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(s["name"])}">
<meta property="og:title" content="{esc(page.title)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{img}">
<meta property="og:locale" content="de_DE">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{modified}">
<meta name="twitter:card" content="summary_large_image">
<link rel="preload" href="/_nuxt/fonts/{s["font"]}.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="/_nuxt/entry.4f2a9c1e.css">
<script type="application/ld+json">
{ld_json}
</script>
</head>
<body>
<div id="__nuxt"><div class="layout">
<div class="consent-banner" role="dialog"><p>Wir nutzen Cookies und ähnliche Technologien, um unsere \
Website zu verbessern. Sie können Ihre Einwilligung jederzeit widerrufen.</p><button>Alle \
akzeptieren</button><button>Nur notwendige</button></div>
<header class="site-header"><a href="/" class="site-header__logo" aria-label="{esc(s["name"])} Startseite">\
<svg viewBox="0 0 120 40"><title>{esc(s["name"])}</title></svg></a>
<nav class="site-header__nav"><ul>{nav}</ul></nav><a class="button button--donate" href="#">Spenden</a>\
</header>
<nav class="breadcrumb" aria-label="Brotkrumen"><ol><li><a href="/">Startseite</a></li><li><a \
href="/{s["path"]}">Presse</a></li><li aria-current="page">{esc(page.title)}</li></ol></nav>
<main>
<article class="article">
<header class="article__header">
<div class="article__meta">{vis_html}<span class="article__readtime">\
Lesezeit {max(1, sum(len(p.split()) for p in paras) // 200)} Min.</span></div>
<h1 class="article__title">{esc(page.title)}</h1>
{lead_html}
</header>
{fig}
<div class="article__body richtext">
{render_blocks(blocks, h_tag="h2")}
</div>
<footer class="article__footer">{"".join(f'<a class="tag" href="#">{esc(t_)}</a>' for t_ in tags)}
<div class="share"><span>Artikel teilen</span><a href="#">Facebook</a><a href="#">X</a><a href="#">\
Mastodon</a><a href="#">E-Mail</a></div></footer>
</article>
<section class="related"><h2>Das könnte Sie auch interessieren</h2><ul>{teasers}</ul></section>
<section class="newsletter-signup"><h2>Newsletter</h2><p>{esc(s["newsletter"])}</p><form><input \
type="email" placeholder="E-Mail-Adresse"><button>Jetzt abonnieren</button></form></section>
</main>
<footer class="site-footer"><p>{esc(s["footer"])}</p><ul><li><a href="#">Impressum</a></li><li><a href="#">\
Datenschutz</a></li><li><a href="#">Cookie-Einstellungen</a></li></ul></footer>
</div></div>
<script type="module" src="/_nuxt/entry.8c1d2e7b.js" crossorigin></script>
</body>
</html>
"""
    return Rendered(url, html, absent)
