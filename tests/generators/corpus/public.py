"""The corpus templates of public bodies: city press office, Landtag/Kreistag faction, Kreis portal
(iKISS); ``standalone.py`` has the layouts of no CMS family."""

from __future__ import annotations

import re

from tests.generators.corpus.model import (
    Page,
    Rendered,
    caption_html,
    d_dot,
    d_long,
    esc,
    render_blocks,
    stable_int,
    template,
    truth_paragraphs,
    ymd,
)

# --- 4. city press office -----------------------------------------------------------------------


@template("stadt")
def stadt(page: Page) -> Rendered:
    s = page.site
    pm_id = stable_int(page.name, 1000, 99999)
    url = page.get("url") or s["url"].format(slug=page.slug, id=pm_id, y=ymd(page.date)[0])
    ds = page.get("date_style", "veroeffentlicht")
    if ds == "veroeffentlicht":
        date_html = f'<p class="date">Veröffentlicht am {d_dot(page.date)}</p>'
    elif ds == "vom":
        date_html = f'<p class="date">Pressemitteilung vom {d_long(page.date)}</p>'
    else:
        date_html = (
            f'<div class="meta"><span class="label">Datum:</span> <span '
            f'class="news-date">{d_dot(page.date)}</span></div>'
        )
    cap, cap_absent = caption_html(page, "bildunterschrift")
    related = page.related(3)
    weitere = "".join(f'<li>{d_dot(r.date)}: <a href="#">{esc(r.title)}</a></li>' for r in related)
    nav = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in s["nav"])
    crumbs = " &gt; ".join(esc(x) for x in s["breadcrumb"])
    absent = [*s["presse_box"], *s["footer"], "Seite drucken", "Weitere Pressemitteilungen", *cap_absent]
    absent += [r.title for r in related]
    head_charset = f'<meta http-equiv="Content-Type" content="text/html; charset={page.charset}">'
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" \
"http://www.w3.org/TR/html4/loose.dtd">
<html lang="de">
<head>
{head_charset}
<title>{esc(page.title)} - {esc(s["name"])}</title>
<meta name="author" content="{esc(s["name"])}">
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="/css/layout.css" type="text/css">
<link rel="shortcut icon" href="/favicon.ico">
<script type="text/javascript" src="/js/portal.js"></script>
</head>
<body>
<ul id="skiplinks"><li><a href="#inhalt">Direkt zum Inhalt</a></li><li><a href="#hauptnavigation">Zur \
Navigation</a></li></ul>
<div id="kopf"><a href="/"><img src="/img/stadtwappen.gif" alt="Wappen {esc(s["name"])}"></a>
<ul id="service"><li><a href="#">Leichte Sprache</a></li><li><a href="#">Gebärdensprache</a></li><li><a \
href="#">Kontrast</a></li><li><a href="#">Schrift A+</a></li></ul>
<form action="/suche/"><label for="q">Suchbegriff</label><input id="q" name="q"><input type="submit" \
value="Suchen"></form></div>
<ul id="hauptnavigation">{nav}</ul>
<p id="breadcrumb">Sie befinden sich hier: {crumbs}</p>
<div id="spalten">
<div id="inhalt" class="hauptspalte">
<h1>{esc(page.title)}</h1>
{date_html}
{cap}
<div class="text">
{render_blocks(page.blocks, h_tag="h2")}
</div>
<p class="werkzeuge"><a href="javascript:window.print()">Seite drucken</a> | <a href="#">Seite empfehlen</a>\
 | <a href="#">nach oben</a></p>
<div class="weitere"><h2>Weitere Pressemitteilungen</h2><ul>{weitere}</ul></div>
</div>
<div id="rechts" class="randspalte">
<div class="kontaktbox"><h2>Pressekontakt</h2>{"".join(f"<p>{esc(x)}</p>" for x in s["presse_box"])}</div>
<div class="box"><h2>Online-Services</h2><ul><li><a href="#">Termin im Bürgerbüro</a></li><li><a href="#">\
Mängelmelder</a></li><li><a href="#">Ratsinformationssystem</a></li></ul></div>
</div>
</div>
<div id="fuss">{"".join(f"<p>{esc(x)}</p>" for x in s["footer"])}<p><a href="#">Impressum</a> | <a href="#">\
Datenschutz</a> | <a href="#">Barrierefreiheit</a></p></div>
</body>
</html>
"""
    return Rendered(url, html, absent)


# --- 5. Landtag / Kreistag faction --------------------------------------------------------------


@template("fraktion")
def fraktion(page: Page) -> Rendered:
    s = page.site
    url = page.get("url") or f"https://{s['host']}/{s['path']}/{page.slug}/"
    termin = page.get("termin")
    blocks = list(page.blocks)
    dl = ""
    if termin:
        labels = [("Datum", termin[0]), ("Uhrzeit", termin[1]), ("Ort", termin[2])]
        dl = (
            '<dl class="event-details">\n'
            + "\n".join(f"<dt>{k}:</dt>\n<dd>{esc(v)}</dd>" for k, v in labels if v)
            + "\n</dl>"
        )
        kind = "Termin"
        date_html = f'<p class="published">Eingestellt am {d_dot(page.date)}</p>'
    else:
        kind = page.get("kind_label", "Pressemitteilung")
        date_html = ""
    meta_line = (
        f'<p class="meta"><span class="type">{kind}</span> | <span class="date">{d_dot(page.date)}</span></p>'
        if not termin
        else f'<p class="meta"><span class="type">{kind}</span></p>'
    )
    themen = page.get("themen") or []
    themen_html = (
        ('<p class="themen">Themen: ' + ", ".join(f'<a href="#">{esc(t)}</a>' for t in themen) + "</p>")
        if themen
        else ""
    )
    sb = s["sidebar_people"]
    termine = "".join(f'<li><span class="date">{esc(d)}</span> {esc(t)}</li>' for d, t in s["termine"])
    nav = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in s["nav"])
    ansprech = page.get("ansprech")
    ans_html = (
        f'<div class="ansprechpartner"><h3>Ihr Ansprechpartner</h3><p>{esc(ansprech)}</p></div>'
        if ansprech
        else ""
    )
    absent = [*sb, *[t for _, t in s["termine"]], s["footer"], "Newsletter bestellen", "Nach oben"]
    if ansprech:
        absent.append(ansprech)
    cap, cap_absent = caption_html(page, "article-image")
    absent += cap_absent
    html = f"""<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(page.title)} | {esc(s["name"])}</title>
<meta name="description" content="{esc(truth_paragraphs(blocks)[0][:150])}">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/fraktion.css">
</head>
<body class="page-article">
<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/"><img src="/assets/img/logo.svg" \
alt="{esc(s["name"])}"><span>{esc(s["short"])}</span><small>{esc(s["level_label"])}</small></a>
<ul class="navbar-nav">{nav}</ul></nav>
<div class="container">
<div class="row">
<main class="col-lg-8" id="main">
<article class="article">
{meta_line}
<h1>{esc(page.title)}</h1>
{cap}
{dl}
<div class="article-body">
{render_blocks(blocks, h_tag="h2")}
</div>
{date_html}
{themen_html}
{ans_html}
</article>
</main>
<aside class="col-lg-4 sidebar">
<div class="card"><h3>Ansprechpartner</h3>{"".join(f"<p>{esc(x)}</p>" for x in sb)}</div>
<div class="card termine"><h3>Termine</h3><ul>{termine}</ul><a href="#">Alle Termine</a></div>
<div class="card newsletter"><h3>Newsletter bestellen</h3><p>Bleiben Sie informiert über unsere Arbeit im \
Parlament.</p><form><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Anmelden</button></form>\
</div>
</aside>
</div>
</div>
<footer class="footer"><p>{esc(s["footer"])}</p><p><a href="#">Impressum</a> · <a href="#">Datenschutz</a> \
· <a href="#top">Nach oben</a></p></footer>
</body>
</html>
"""
    return Rendered(url, html, absent)


# --- 6. Kreis / regional association (iKISS-style portal) ---------------------------------------


@template("kreis")
def kreis(page: Page) -> Rendered:
    s = page.site
    fid = stable_int(page.name, 10000, 99999)
    title_path = re.sub(r"[^A-Za-z0-9äöüÄÖÜß]+", "-", page.title).strip("-")
    url = page.get("url") or (
        f"https://{s['host']}/Quicknavigation/Startseite/{title_path}.php"
        f"?object=tx,{s['oid']}.5&ModID=7&FID={s['oid']}.{fid}.1&NavID={s['oid']}.1&La=1"
    )
    ds = page.get("date_style", "news_date")
    if ds == "news_date":
        date_html = f'<p class="news_date"><span class="sr-only">Datum: </span>{d_dot(page.date)}</p>'
    elif ds == "vom":
        date_html = f'<p class="news_date">Pressemitteilung vom {d_dot(page.date)}</p>'
    else:  # the date only in the dateline at the start of the text
        date_html = ""
    cap, cap_absent = caption_html(page, "news_bild")
    nav = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in s["nav"])
    related = page.related(3)
    rel = "".join(
        f'<li><a href="#"><span class="date">{d_dot(r.date)}</span> {esc(r.title)}</a></li>' for r in related
    )
    absent = [*s["footer"], *s["contact_box"], "zurück zur Übersicht", "Seite empfehlen", *cap_absent]
    absent += [r.title for r in related]
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{esc(s["name"])}: {esc(page.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="iKISS">
<link rel="stylesheet" href="/output/options.php?ModID=0&amp;css=1">
<script src="/output/js/jquery/jquery.min.js"></script>
</head>
<body class="ikiss">
<nav class="sprungmarken" aria-label="Sprungmarken"><a href="#inhalt">Zum Inhalt springen</a><a \
href="#navi">Zur Navigation springen</a></nav>
<header id="kopf"><a href="/" id="logo"><img src="/media/custom/{s["oid"]}_logo.png" \
alt="Logo {esc(s["name"])}"></a>
<ul class="tools"><li><a href="#">Schriftgröße</a></li><li><a href="#">Kontrast</a></li><li><a href="#">\
Leichte Sprache</a></li><li><a href="#">Vorlesen</a></li></ul>
<form class="suche"><input type="search" placeholder="Suchbegriff"><button>Suche</button></form></header>
<nav id="navi"><ul>{nav}</ul></nav>
<div id="pfad">Sie sind hier: <a href="/">Startseite</a> / <a href="#">Kreisverwaltung</a> / <a href="#">\
Presse</a> / <a href="#">Pressemitteilungen</a></div>
<main id="inhalt">
<div id="readspeaker"><div class="news_detail">
<h1 class="news_titel">{esc(page.title)}</h1>
{date_html}
{cap}
<div class="news_text">
{render_blocks(page.blocks, h_tag="h3")}
</div>
<p class="news_zurueck"><a href="#">zurück zur Übersicht</a></p>
</div></div>
<div class="servicebar"><a href="#">Seite drucken</a> <a href="#">Seite empfehlen</a> <a href="#">Seite als \
PDF</a></div>
<div class="news_weitere"><h2>Weitere Meldungen</h2><ul>{rel}</ul></div>
</main>
<aside id="rechts"><div class="kontakt"><h2>\
Kontakt</h2>{"".join(f"<p>{esc(x)}</p>" for x in s["contact_box"])}</div></aside>
<footer id="fuss">{"".join(f"<p>{esc(x)}</p>" for x in s["footer"])}<ul><li><a href="#">Impressum</a></li>\
<li><a href="#">Datenschutz</a></li><li><a href="#">Erklärung zur Barrierefreiheit</a></li></ul></footer>
</body>
</html>
"""
    return Rendered(url, html, absent)
