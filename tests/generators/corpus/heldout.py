"""Build the held-out German pages: three CMS families that the labelled corpus does not use.

    python -m tests.generators [--check] corpus_heldout

Same data format, truth format and validation as ``build.py`` (the labelled corpus); only the
templates differ. These pages are for measuring (benchmarks/extraction_quality.py), not for tuning.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.corpus.build import build
from tests.generators.corpus.model import (
    MONTHS,
    WEEKDAYS,
    WEEKDAYS_SHORT,
    Page,
    Rendered,
    Template,
    caption_html,
    d_dot,
    esc,
    registrar,
    render_blocks,
    stable_int,
    truth_paragraphs,
    weekday,
    ymd,
)

TEMPLATES: dict[str, Template] = {}
template = registrar(TEMPLATES)


# --- H1. Drupal 7 (party district association) -------------------------------------------------


@template("drupal")
def drupal(page: Page) -> Rendered:
    s = page.site
    nid = stable_int(page.name, 1000, 9999)
    url = page.get("url") or f"https://{s['host']}/{s['path']}/{page.slug}"
    _y, m, _d = ymd(page.date)
    t = page.get("time", "10:22")
    wd = WEEKDAYS_SHORT[weekday(page.date)]
    iso = f"{page.date}T{t}:31+0{2 if 4 <= m <= 10 else 1}:00"
    cap, cap_absent = caption_html(page, "field-name-field-bild")
    tags = page.get("tags") or []
    tags_html = (
        '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above">'
        '<div class="field-label">Schlagworte:&nbsp;</div><div class="field-items">'
        + "".join(
            f'<div class="field-item"><a href="#" typeof="skos:Concept">{esc(x)}</a></div>' for x in tags
        )
        + "</div></div>"
        if tags
        else ""
    )
    termine = "".join(f"<li>{esc(x)}</li>" for x in s["termine"])
    nav = "".join(f'<li class="leaf"><a href="#">{esc(x)}</a></li>' for x in s["nav"])
    absent = [*s["termine"], s["footer"], "Anmelden", "Eingetragen von", *cap_absent]
    rel = page.related(4)
    absent += [r.title for r in rel]
    recent = "".join(f'<li><a href="#">{esc(r.title)}</a></li>' for r in rel)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" \
"http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortlink" href="/node/{nid}" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="/{s["path"]}/{page.slug}" />
<title>{esc(page.title)} | {esc(s["name"])}</title>
<style type="text/css" media="all">@import \
url("https://{s["host"]}/modules/system/system.base.css?p8x2k1");</style>
<script type="text/javascript" src="https://{s["host"]}/misc/drupal.js?p8x2k1"></script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{nid} \
node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Direkt zum \
Inhalt</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><a href="/" title="Startseite" rel="home" id="logo"><img \
src="/sites/default/files/logo.png" alt="Startseite" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/">{esc(s["name"])}</a></strong></div><div \
id="site-slogan">{esc(s["slogan"])}</div></div></div>
<div id="navigation"><ul class="menu">{nav}</ul></div>
<div id="breadcrumb"><h2 class="element-invisible">Sie sind hier</h2><div class="breadcrumb"><a href="/">\
Startseite</a> » <a href="/{s["path"]}">Aktuelles</a></div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section"><a id="main-content"></a>
<h1 class="title" id="page-title">{esc(page.title)}</h1>
<div id="node-{nid}" class="node node-article node-promoted clearfix" about="/{s["path"]}/{page.slug}" \
typeof="sioc:Item foaf:Document">
<div class="meta submitted"><span property="dc:date dc:created" content="{iso}" datatype="xsd:dateTime" \
rel="sioc:has_creator">Eingetragen von <span class="username" xml:lang="" typeof="sioc:UserAccount" \
property="foaf:name">{esc(s["user"])}</span> am {wd}, {d_dot(page.date)} - {t}</span></div>
<div class="content clearfix">
{cap}
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">\
<div class="field-item even" property="content:encoded">
{render_blocks(page.blocks)}
</div></div></div>
{tags_html}
</div>
<ul class="links inline"><li class="node-readmore first last"><a \
href="/user/login?destination=node/{nid}%23comment-form">Anmelden</a> um Kommentare zu schreiben</li></ul>
</div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section">
<div class="block block-views"><h2>Termine</h2><div class="content"><ul>{termine}</ul></div></div>
<div class="block block-node"><h2>Neueste Beiträge</h2><div class="content"><ul>{recent}</ul></div></div>
</div></div>
</div></div>
<div id="footer"><div class="section">{esc(s["footer"])}</div></div>
</div></div>
</body>
</html>
"""
    return Rendered(url, html, absent)


# --- H2. Joomla (voter association, J1.5 and J3 layouts) ----------------------------------------


@template("joomla")
def joomla(page: Page) -> Rendered:
    s = page.site
    aid = stable_int(page.name, 100, 999)
    url = page.get("url") or f"https://{s['host']}/index.php/{s['menu_path']}/{aid}-{page.slug}"
    y, m, d = ymd(page.date)
    t = page.get("time", "08:15")
    tz = "+02:00" if 4 <= m <= 10 else "+01:00"
    wd = WEEKDAYS[weekday(page.date)]
    hits = stable_int(page.name + "h", 40, 2000)
    rel = page.related(5)
    absent = [s["footer"], "Beliebte Beiträge", "Angemeldet bleiben", *[r.title for r in rel]]
    popular = "".join(f'<li><a href="#">{esc(r.title)}</a></li>' for r in rel)
    nav = "".join(f'<li class="item-{100 + i}"><a href="#">{esc(x)}</a></li>' for i, x in enumerate(s["nav"]))
    author = page.get("author", "Webmaster")
    if s["version"] == "1.5":
        info = (
            f'<table class="contentpaneopen"><tr><td class="contentheading" '
            f'width="100%">{esc(page.title)}</td>'
            f'<td align="right" width="100%" class="buttonheading"><a href="#" title="Drucken"><img '
            f'src="/images/M_images/printButton.png" alt="Drucken" /></a></td></tr></table>'
            f'<table class="contentpaneopen"><tr><td><span class="small">Geschrieben '
            f"von {esc(author)}</span></td></tr>"
            f'<tr><td valign="top" class="createdate">{wd}, {d:02d}. {MONTHS[m - 1]} {y} um {t}</td></tr>'
            f'<tr><td valign="top">\n{render_blocks(page.blocks)}\n</td></tr>'
            f'<tr><td colspan="2" align="left" class="modifydate">Zuletzt aktualisiert '
            f"am {d_long_mod(page)}</td></tr></table>"
        )
        absent += ["Zuletzt aktualisiert am", f"Geschrieben von {author}"]
        body = info
    else:
        absent += [f"Zugriffe: {hits}", "Weiter"]
        body = (
            f'<div class="item-page" itemscope itemtype="https://schema.org/Article">'
            f'<meta itemprop="inLanguage" content="de-DE" />'
            f'<div class="page-header"><h2 itemprop="headline">{esc(page.title)}</h2></div>'
            f'<dl class="article-info muted"><dt class="article-info-term">Details</dt>'
            f'<dd class="category-name">Kategorie: <a href="#" itemprop="genre">{esc(s["category"])}</a></dd>'
            f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> '
            f'<time datetime="{page.date}T{t}:00{tz}" itemprop="datePublished">'
            f"Veröffentlicht: {d:02d}. {MONTHS[m - 1]} {y}</time></dd>"
            f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta '
            f'itemprop="interactionCount" content="UserPageVisits:{hits}" />Zugriffe: {hits}</dd></dl>'
            f'<div itemprop="articleBody">\n{render_blocks(page.blocks)}\n</div>'
            f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">Zurück</a></li><li '
            f'class="next"><a href="#" rel="next">Weiter</a></li></ul></div>'
        )
    html = f"""<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head>
<meta charset="utf-8" />
<base href="{url}" />
<meta name="author" content="{esc(author)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(page.title)}</title>
<link href="/templates/{s["tpl"]}/css/template.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?5d2a1f"></script>
</head>
<body class="site com_content view-article itemid-{aid}">
<div class="body"><div class="container">
<header class="header"><a class="brand" href="/"><span class="site-title">{esc(s["name"])}</span></a><div \
class="header-search"><form><input name="searchword" placeholder="Suche ..." /></form></div></header>
<nav class="navigation"><ul class="nav menu">{nav}</ul></nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{body}
</main>
<div id="aside" class="span3">
<div class="moduletable"><h3>Beliebte Beiträge</h3><ul class="mostread">{popular}</ul></div>
<div class="moduletable"><h3>Login</h3><form><input name="username" placeholder="Benutzername" /><input \
type="password" name="password" /><label><input type="checkbox" name="remember" /> Angemeldet \
bleiben</label><button>Anmelden</button></form></div>
</div>
</div>
</div></div>
<footer class="footer"><div class="container"><p>{esc(s["footer"])}</p><p class="pull-right"><a href="#top" \
id="back-top">Nach oben</a></p></div></footer>
</body>
</html>
"""
    return Rendered(url, html, absent)


def d_long_mod(page: Page) -> str:
    mod = page.get("modified") or page.date
    y, m, d = ymd(mod)
    return f"{WEEKDAYS[weekday(mod)]}, {d:02d}. {MONTHS[m - 1]} {y} um 18:40"


# --- H3. Government Site Builder (state ministry / district government) -------------------------


@template("gsb")
def gsb(page: Page) -> Rendered:
    s = page.site
    y, _m, _d = ymd(page.date)
    no = page.get("pm_no") or f"{stable_int(page.name, 10, 250):03d}/{y}"
    url = page.get("url") or f"https://{s['host']}/SharedDocs/Pressemitteilungen/DE/{y}/{page.slug}.html"
    paras = truth_paragraphs(page.blocks)
    nav = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in s["nav"])
    rel = page.related(3)
    absent = [
        s["footer"],
        "Inhalt drucken",
        "Seite teilen",
        "Nach oben",
        f"Pressemitteilung {no}",
        *[r.title for r in rel],
    ]
    cap, cap_absent = caption_html(page, "picture")
    absent += cap_absent
    relhtml = "".join(
        f'<li><a href="#">{esc(r.title)}</a> <span class="date">{d_dot(r.date)}</span></li>' for r in rel
    )
    tags = page.get("tags") or []
    tags_html = (
        '<div class="keywords"><h2>Schlagworte</h2><ul>'
        + "".join(f"<li>{esc(x)}</li>" for x in tags)
        + "</ul></div>"
        if tags
        else ""
    )
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(s["name"])} - {esc(page.title)}</title>
<meta name="generator" content="Government Site Builder">
<meta name="DC.title" content="{esc(page.title)}">
<meta name="DC.creator" content="{esc(s["name"])}">
<meta name="DC.language" content="de">
<meta name="DC.date.created" content="{page.date}">
<meta name="description" content="{esc(paras[0][:150])}">
<link rel="stylesheet" href="/SiteGlobals/Frontend/Styles/normalize.css?v=3">
<link rel="stylesheet" href="/SiteGlobals/Frontend/Styles/_bundle.css?v=42">
</head>
<body class="gsb startseite js-off">
<div id="wrapperOuter"><div id="wrapperInner">
<a id="Start"></a>
<p class="navSkip"><em>Springe direkt zu:</em></p>
<ul class="navSkip"><li><a href="#content">Inhalt</a></li><li><a href="#navPrimary">Hauptmenü</a></li><li>\
<a href="#search">Suche</a></li></ul>
<div id="header"><p class="logo"><a href="/" title="Zur Startseite"><img \
src="/SiteGlobals/Frontend/Images/logo.svg" alt="{esc(s["name"])}"></a></p>
<div id="navServiceMeta"><ul><li><a href="#">Leichte Sprache</a></li><li><a href="#">Gebärdensprache</a>\
</li><li><a href="#">English</a></li></ul></div></div>
<div id="navPrimary"><ul>{nav}</ul></div>
<div id="navBreadcrumbs"><p>Sie sind hier:</p><ol><li><a href="/">Startseite</a></li><li><a href="#">\
Presse</a></li><li><a href="#">Pressemitteilungen</a></li><li><strong>{esc(page.title)}</strong></li></ol>\
</div>
<div id="wrapperContent"><div id="content">
<div class="article">
<p class="docType">Pressemitteilung {no}</p>
<h1 class="isFirstInSlot">{esc(page.title)}</h1>
<div class="docData"><p><span class="label">Datum</span> <span class="value">{d_dot(page.date)}</span></p>\
<p><span class="label">Ort</span> <span class="value">{esc(s["place"])}</span></p></div>
{cap}
<div class="text">
{render_blocks(page.blocks, h_tag="h2")}
</div>
{tags_html}
<div class="sectionRelated"><h2>Weitere Pressemitteilungen</h2><ul>{relhtml}</ul></div>
<ul class="toolbox"><li><a href="javascript:window.print()">Inhalt drucken</a></li><li><a href="#">Seite \
teilen</a></li></ul>
</div>
</div></div>
<div id="footer"><p>{esc(s["footer"])}</p><ul><li><a href="#">Impressum</a></li><li><a href="#">\
Datenschutz</a></li><li><a href="#">Barrierefreiheit</a></li><li><a href="#Start">Nach oben</a></li></ul>\
</div>
</div></div>
</body>
</html>
"""
    return Rendered(url, html, absent)


def write(outputs: dict[str, Path]) -> dict[str, dict[str, str]]:
    """The committed held-out pages (``pages``)."""
    return build(Path(__file__).resolve().parent / "data_heldout", outputs["pages"], TEMPLATES)
