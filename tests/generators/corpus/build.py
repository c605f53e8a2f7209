"""Build the labelled German corpus: HTML pages and their truth from one data source.

    python -m tests.generators corpus            # rewrite tests/fixtures/pages/corpus/
    python -m tests.generators --check corpus    # fail if the committed output is stale

Data: ``data/<template>.toml`` (sites of that CMS family + pages). Each page gives its text once;
the template renders it into the CMS family's markup (with its boilerplate) and the truth file is
written from the same data, so truth and HTML never drift. Every build validates that each truth
paragraph, person, contact, venue and address occurs in the rendered page and that no boilerplate
string (``absent``) occurs in the truth body.

Body mini-markup in the data: paragraphs separated by a blank line; ``## `` starts a subheading;
a block whose lines all start with ``- `` is a list (one truth paragraph per item); ``> `` starts a
quote; inline ``[text](url)`` is a link and ``**text**`` bold.
"""

from __future__ import annotations

import hashlib
import html as htmlmod
import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import phonenumbers
from lxml import html as lxml_html

from tests.generators.layout import dumps

HERE = Path(__file__).resolve().parent

MONTHS = [
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
]  # fmt: skip
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_SHORT = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]

PARTY_ALIASES = {
    "SPD": [r"SPD", r"Sozialdemokrat\w*", r"Jusos"],
    "CDU": [r"CDU", r"Christdemokrat\w*"],
    "CSU": [r"CSU"],
    "GRÜNE": [r"GRÜNEN?", r"Grünen?", r"Bündnis 90/Die Grünen", r"B90/Grüne"],
    "FDP": [r"FDP", r"Freie[nr]? Demokraten", r"Liberalen"],
    "DIE LINKE": [r"DIE LINKE", r"Die Linke", r"Linken?", r"Linksfraktion", r"LINKE"],
    "AfD": [r"AfD"],
    "BSW": [r"BSW", r"Bündnis Sahra Wagenknecht"],
    "FREIE WÄHLER": [r"FREIE WÄHLER", r"Freien? Wähler\w*"],
}


# --- small helpers ------------------------------------------------------------------------------


def esc(text: str) -> str:
    return htmlmod.escape(text, quote=True)


def ymd(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso[:10].split("-"))
    return y, m, d


def weekday(iso: str) -> int:
    import datetime as dt

    return dt.date(*ymd(iso)).weekday()


def d_dot(iso: str) -> str:
    y, m, d = ymd(iso)
    return f"{d:02d}.{m:02d}.{y}"


def d_long(iso: str, zero: bool = False) -> str:
    y, m, d = ymd(iso)
    return f"{d:02d}. {MONTHS[m - 1]} {y}" if zero else f"{d}. {MONTHS[m - 1]} {y}"


def d_long_wd(iso: str) -> str:
    return f"{WEEKDAYS[weekday(iso)]}, {d_long(iso)}"


def stable_int(text: str, lo: int, hi: int) -> int:
    return lo + int(hashlib.sha1(text.encode()).hexdigest(), 16) % (hi - lo)


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def inline(text: str, bold: str = "strong") -> str:
    """Escape text and apply the inline mini-markup (links, bold)."""
    out = esc(text)
    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{m[2]}">{m[1]}</a>', out)
    out = re.sub(r"\*\*(.+?)\*\*", lambda m: f"<{bold}>{m[1]}</{bold}>", out)
    return out


def plain(text: str) -> str:
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", text)
    return text.replace("**", "")


@dataclass
class Block:
    kind: str  # p, h, ul, quote
    items: list[str]


def parse_body(body: str) -> list[Block]:
    blocks = []
    for raw in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.strip() for ln in raw.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            blocks.append(Block("h", [" ".join(lines)[3:].strip()]))
        elif all(ln.startswith("- ") for ln in lines):
            blocks.append(Block("ul", [ln[2:].strip() for ln in lines]))
        elif lines[0].startswith("> "):
            blocks.append(Block("quote", [" ".join(lines)[2:].strip()]))
        else:
            blocks.append(Block("p", [" ".join(lines)]))
    return blocks


def truth_paragraphs(blocks: list[Block]) -> list[str]:
    return [" ".join(plain(item).split()) for b in blocks for item in b.items]


def render_blocks(blocks: list[Block], p_attr: str = "", h_tag: str = "h2", bold: str = "strong") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p{p_attr}>{inline(b.items[0], bold)}</p>")
        elif b.kind == "h":
            out.append(f"<{h_tag}>{inline(b.items[0], bold)}</{h_tag}>")
        elif b.kind == "ul":
            out.append("<ul>\n" + "\n".join(f"<li>{inline(i, bold)}</li>" for i in b.items) + "\n</ul>")
        else:
            out.append(f"<blockquote><p>{inline(b.items[0], bold)}</p></blockquote>")
    return "\n".join(out)


def e164(raw: str) -> str:
    num = phonenumbers.parse(raw, "DE")
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def party_mentions(text: str) -> list[str]:
    found = []
    for canon, aliases in PARTY_ALIASES.items():
        pattern = r"(?<![\w])(?:" + "|".join(aliases) + r")(?![a-zäöüß])"
        if re.search(pattern, text):
            found.append(canon)
    return found


def norm(text: str) -> str:
    return " ".join(text.split())


# --- the page model -----------------------------------------------------------------------------


@dataclass
class Page:
    template: str
    name: str
    site: dict[str, Any]
    data: dict[str, Any]
    blocks: list[Block]
    siblings: list[Page] = field(default_factory=list)  # other pages of the same site

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def title(self) -> str:
        return self.data["title"]

    @property
    def date(self) -> str:
        return self.data["date"]

    @property
    def slug(self) -> str:
        return self.data.get("slug") or self.name

    @property
    def charset(self) -> str:
        return self.data.get("charset") or self.site.get("charset") or "utf-8"

    def related(self, n: int = 3) -> list[Page]:
        others = [p for p in self.siblings if p is not self]
        if not others:
            return []
        start = stable_int(self.name, 0, len(others))
        return [others[(start + i) % len(others)] for i in range(min(n, len(others)))]


@dataclass
class Rendered:
    url: str
    html: str
    absent: list[str]


Template = Callable[[Page], Rendered]
TEMPLATES: dict[str, Template] = {}


def template(name: str) -> Callable[[Template], Template]:
    def deco(fn: Template) -> Template:
        TEMPLATES[name] = fn
        return fn

    return deco


def caption_html(page: Page, cls: str = "caption") -> tuple[str, list[str]]:
    cap = page.get("caption")
    if not cap:
        return "", []
    img = f"/fileadmin/bilder/{page.slug[:40]}.jpg"
    return (
        f'<div class="{cls}"><img src="{img}" alt="{esc(cap)}" width="400" height="267">'
        f"<p>{esc(cap)}</p></div>",
        [cap],
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
    article = {
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


# --- building and validating --------------------------------------------------------------------


class CorpusError(Exception):
    pass


def load_data(data_dir: Path) -> list[Page]:
    pages: list[Page] = []
    for path in sorted(data_dir.glob("*.toml")):
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        tmpl = doc["template"]
        sites = doc["sites"]
        by_site: dict[str, list[Page]] = {}
        for entry in doc["pages"]:
            site = sites[entry["site"]]
            page = Page(tmpl, entry["name"], site, entry, parse_body(entry["body"]))
            by_site.setdefault(entry["site"], []).append(page)
            pages.append(page)
        for group in by_site.values():
            for p in group:
                p.siblings = group
    return pages


def page_text(raw: bytes, charset: str) -> str:
    doc = lxml_html.document_fromstring(raw.decode(charset))
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    return norm(doc.text_content())


def build_page(page: Page, templates: dict[str, Template]) -> tuple[bytes, dict[str, Any]]:
    rendered = templates[page.template](page)
    charset = page.charset
    raw = rendered.html.encode(charset, errors="xmlcharrefreplace")
    paragraphs = truth_paragraphs(page.blocks)
    termin = page.get("termin")
    if termin:
        paragraphs = [
            f"{k}: {v}" for k, v in zip(("Datum", "Uhrzeit", "Ort"), termin, strict=True) if v
        ] + paragraphs
    absent = list(dict.fromkeys([*rendered.absent, *page.get("absent", [])]))
    people = [
        {"name": p[0], "role": p[1] or None, "organisation": p[2] or None} for p in page.get("people", [])
    ]
    contacts = [
        {"name": c[0] or None, "email": c[1] or None, "phone": e164(c[2]) if c[2] else None}
        for c in page.get("contacts", [])
    ]
    ev = page.get("event")
    event = (
        {"start": ev[0], "end": ev[1] or None, "venue": ev[2] or None, "address": ev[3] or None}
        if ev
        else None
    )
    body = "\n\n".join(paragraphs)
    parties = page.get("parties")
    if parties is None:
        parties = party_mentions(page.title + "\n" + body)
    dl = page.get("dateline") or ["", ""]
    truth = {
        "url": rendered.url,
        "title": page.title,
        "published": page.date,
        "paragraphs": paragraphs,
        "absent": absent,
        "people": people,
        "event": event,
        "contacts": contacts,
        "parties": parties,
        "dateline_place": dl[0] or None,
        "dateline_agency": dl[1] or None,
        "charset": charset,
    }
    validate(page, raw, truth, [c[2] for c in page.get("contacts", [])])
    return raw, truth


def validate(page: Page, raw: bytes, truth: dict[str, Any], raw_phones: list[str]) -> None:
    pid = f"{page.template}/{page.name}"
    text = page_text(raw, truth["charset"])
    body = norm(" ".join(truth["paragraphs"]))
    problems = []
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", truth["published"]):
        problems.append(f"bad date {truth['published']!r}")
    for para in truth["paragraphs"]:
        if norm(para) not in text:
            problems.append(f"paragraph not in page: {para[:80]!r}")
    for s in truth["absent"]:
        if norm(s) not in text:
            problems.append(f"absent string not on the page: {s!r}")
        if norm(s) in body:
            problems.append(f"absent string occurs in the truth body: {s!r}")
    full = norm(truth["title"] + " " + body)
    for p in truth["people"]:
        if p["name"] not in full:
            problems.append(f"person not in body: {p['name']!r}")
        if p["role"] and p["role"] not in full:
            problems.append(f"role not in body: {p['role']!r}")
    for c, rawp in zip(truth["contacts"], raw_phones, strict=True):
        if c["email"] and c["email"] not in body:
            problems.append(f"contact e-mail not in body: {c['email']!r}")
        if rawp and rawp not in body:
            problems.append(f"contact phone not in body: {rawp!r}")
        if c["name"] and c["name"] not in body:
            problems.append(f"contact name not in body: {c['name']!r}")
    ev = truth["event"]
    if ev:
        for key in ("venue", "address"):
            if ev[key] and norm(ev[key]) not in body:
                problems.append(f"event {key} not in body: {ev[key]!r}")
        for key in ("start", "end"):
            if ev[key] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", ev[key]):
                problems.append(f"event {key} not ISO: {ev[key]!r}")
        if ev["start"]:
            _, mo, da = ymd(ev["start"])
            if not re.search(rf"\b0?{da}\.\s*(?:0?{mo}\.|{MONTHS[mo - 1]})", body):
                problems.append(f"event day {ev['start']} not written in the body")
            wd = "|".join(WEEKDAYS)
            for m in re.finditer(rf"\b({wd}),?\s+(?:den\s+)?0?{da}\.\s*(?:0?{mo}\.|{MONTHS[mo - 1]})", body):
                if m[1] != WEEKDAYS[weekday(ev["start"])]:
                    problems.append(
                        f"event {ev['start']} is a {WEEKDAYS[weekday(ev['start'])]}, text says {m[1]}"
                    )
    dp = truth["dateline_place"]
    if dp and not truth["paragraphs"][0].startswith(dp):
        problems.append(f"dateline {dp!r} does not open the body")
    auto = party_mentions(truth["title"] + "\n" + body)
    if sorted(auto) != sorted(truth["parties"]):
        problems.append(f"parties {truth['parties']} differ from the mentions found {auto}")
    if problems:
        raise CorpusError(pid + ":\n  " + "\n  ".join(problems))


def build(data_dir: Path, out_dir: Path, templates: dict[str, Template]) -> dict[str, dict[str, str]]:
    """Write every page of ``data_dir`` as ``out_dir/<template>/<name>.html`` + ``.json`` (its
    truth); returns the template of each page. Raises :class:`CorpusError` listing every page
    whose data contradicts itself."""
    pages = load_data(data_dir)
    seen: dict[str, dict[str, str]] = {}
    outputs: dict[Path, bytes] = {}
    errors = []
    for page in pages:
        pid = f"{page.template}/{page.name}"
        if pid in seen:
            errors.append(f"duplicate page {pid}")
        seen[pid] = {"template": page.template}
        try:
            raw, truth = build_page(page, templates)
        except CorpusError as exc:
            errors.append(str(exc))
            continue
        outputs[out_dir / page.template / f"{page.name}.html"] = raw
        outputs[out_dir / page.template / f"{page.name}.json"] = dumps(truth).encode("utf-8")
    if errors:
        raise CorpusError("\n".join(errors))
    for path, data in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return seen


def write(outputs: dict[str, Path]) -> dict[str, dict[str, str]]:
    """The committed labelled corpus (``pages``)."""
    return build(HERE / "data", outputs["pages"], TEMPLATES)
