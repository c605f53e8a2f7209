"""Held-out replica sites: CMS families and templates the crawler was never tuned on.

``generate.py`` builds the five sites the crawler's development was measured against. These three
are a held-out check of the same acceptance criteria on *unseen* markup, each a realistic replica
of a CMS family common on German political sites::

    www.fdp-altenbruch.test         a) Joomla 3 (Protostar-like) party branch: SEF URLs without
                                       rewriting (/index.php/aktuelles/123-slug), category blog with
                                       ?start=5 pagination, com_content markup with itemprop dates
                                       ("Veröffentlicht: Dienstag, 05. März 2024"), com_tags lists,
                                       print views (?tmpl=component&print=1), the mail-a-friend
                                       form, a JEvents month calendar without end, windows-1252
                                       declared only in a <meta http-equiv> (no charset header),
                                       no rel=canonical anywhere (Joomla's default)
    www.gruene-wesertal.test        b) Drupal 9 county association: path aliases (/presse/slug)
                                       that also answer under /node/123 with rel=canonical, views
                                       listings with relative ?page=1 pagers, <time datetime> in
                                       UTC, taxonomy term pages with their own feeds, printable
                                       views, simple_sitemap's /sitemap.xml, the cookie banner in
                                       drupalSettings JSON, Matomo campaign links, https links
    www.cdu-kreistag-lindenau.test  c) hand-made (Dreamweaver template) press service of a
                                       Kreistag faction: table layout, ISO-8859-1 declared only in
                                       <meta http-equiv>, relative links, datelines
                                       ("Lindenau, 03.05.2016 –") as the only date of a release,
                                       monthly archives (archiv/2016-05.html), static print copies
                                       (-druck.html), an RSS feed with utm links, a PHP calendar
                                       (termine.php?monat=5&jahr=2016) without end

Every site has Impressum, Datenschutz, Kontakt and Mitglied-werden pages, tag or topic listings
re-linking the announcements, print variants, tracking parameters on some links, a robots.txt
``Disallow`` that a link points into, and navigation, footer, sidebar and cookie boilerplate.
``_truth.json`` has the format of ``generate.py``'s (``announcements``, ``non_announcements``,
``variants``, ``disallowed``, ``boilerplate``, ``traps``); there is no second night here.

Usage::

    python -m tests.generators heldout            # rewrite tests/fixtures/sites/heldout
    python -m tests.generators --check heldout    # verify the committed tree is reproduced
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from tests.generators.dev import Site, attr, dmy, esc, rfc822
from tests.generators.hostwriter import HostBuilder
from tests.generators.layout import SITES as SITES_DIR
from tests.generators.textbank import MONTHS, TOPICS, WEEKDAYS, Newsroom, Org, Release, german_date

HELDOUT = SITES_DIR / "heldout"
BERLIN = ZoneInfo("Europe/Berlin")


def local_moment(r: Release) -> datetime:
    return datetime(r.published.year, r.published.month, r.published.day, r.hour, r.minute, tzinfo=BERLIN)


def iso_local(moment: datetime) -> str:
    """``2024-03-05T10:15:00+01:00`` (ISO 8601 with the Berlin offset of that day)."""
    return moment.isoformat(timespec="seconds")


def iso_utc(moment: datetime) -> str:
    """``2024-03-05T09:15:00Z``: how Drupal's timestamp formatter writes ``<time datetime>``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def digest(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


class HeldoutSite(Site):
    """One held-out site: the releases of one state only (no second night)."""

    first_day: ClassVar[date]
    last_day: ClassVar[date]

    def __init__(self) -> None:  # deliberately not Site.__init__: own dates, no changed state
        self.count = type(self).count
        self.rng = random.Random(f"pressarchive-heldout/{self.host}")
        self.news = Newsroom(self.rng, self.org)
        self.base = self.news.releases(self.count, self.first_day, self.last_day, uid_start=self.uid_start)
        self.prepare()

    def prepare(self) -> None:
        """Per-site derived data (numbers, cross references), deterministic from ``self.rng``."""

    def releases(self, changed: bool = False) -> list[Release]:
        return list(self.base)

    def build(self, changed: bool = False) -> HostBuilder:
        return super().build(changed=False)

    def cross_reference(self, index: int, older: Release) -> str:
        """A paragraph pointing back to an older release (its title quoted, linked on the page)."""
        return (
            f"Bereits am {german_date(older.published)} hatte {self.org.subject[0].lower()}"
            f"{self.org.subject[1:]} dazu Stellung genommen (siehe „{older.title}“)."
        )

    def with_cross_references(self, indexes: tuple[int, ...]) -> dict[int, Release]:
        """Append a cross reference to the releases at ``indexes``; returns index → referenced."""
        refs: dict[int, Release] = {}
        out = []
        for r in self.base:
            if r.index in indexes and r.index >= 3:
                older = self.base[r.index - 1 - r.index % 3]
                refs[r.index] = older
                r = replace(r, paragraphs=(*r.paragraphs, self.cross_reference(r.index, older)))
            out.append(r)
        self.base = out
        return refs

    @staticmethod
    def linked_paragraph(paragraph: str, older: Release, href: str) -> str:
        quoted = esc(f"„{older.title}“")
        return esc(paragraph).replace(quoted, f'<a href="{attr(href)}">{quoted}</a>')


# ==============================================================================================
# a) Joomla 3 party branch, windows-1252, JEvents calendar
# ==============================================================================================
class JoomlaSite(HeldoutSite):
    host = "www.fdp-altenbruch.test"
    template = "joomla3"
    count = 20
    encoding = "cp1252"
    content_types: ClassVar[dict[str, str]] = {".html": "text/html"}
    uid_start = 41
    first_day = date(2023, 9, 4)
    last_day = date(2025, 5, 28)
    org = Org(
        kind="party",
        name="FDP Altenbruch",
        subject="Die FDP Altenbruch",
        short="FDP",
        town="Altenbruch",
        email_domain="fdp-altenbruch.test",
        phone="04722 3141",
        euro="€",
        roles=(
            ("Ortsvorsitzender", "Ortsvorsitzende"),
            ("Fraktionsvorsitzender im Stadtrat", "Fraktionsvorsitzende im Stadtrat"),
            ("stellvertretender Ortsvorsitzender", "stellvertretende Ortsvorsitzende"),
            ("Ratsherr", "Ratsfrau"),
            ("Schatzmeister", "Schatzmeisterin"),
        ),
    )
    BOILERPLATE = (
        "Freiheit für Altenbruch",
        "Aktuelle Seite:",
        "Neueste Beiträge",
        "Nächste Termine",
        "Geschrieben von",
        "Kategorie: Aktuelles",
        "Zugriffe:",
        "Veröffentlicht:",
        "Zuletzt aktualisiert:",
        "Weiterlesen",
        "Diese Website nutzt Cookies",
        "Navigation ein-/ausblenden",
        "Nach oben",
        "FDP Ortsverband Altenbruch · Deichstraße 4",
        "Folgen Sie uns",
    )
    MENU = (
        ("/index.php", "Startseite"),
        ("/index.php/aktuelles", "Aktuelles"),
        ("/index.php/termine", "Termine"),
        ("/index.php/ueber-uns", "Über uns"),
        ("/index.php/mitglied-werden", "Mitglied werden"),
        ("/index.php/kontakt", "Kontakt"),
    )
    per_page = 5
    CAL_FIRST, CAL_LAST, CAL_NOW = (2020, 1), (2030, 12), (2025, 6)
    FOCUS = "?utm_source=startseite&utm_medium=banner&utm_campaign=im-fokus"

    def prepare(self) -> None:
        self.hits = {r.uid: self.rng.randint(40, 2400) for r in self.base}
        self.modified = {
            r.uid: r.published + timedelta(days=self.rng.randint(1, 12))
            for r in self.base
            if self.rng.random() < 0.3
        }

    def path(self, r: Release) -> str:
        return f"/index.php/aktuelles/{r.uid}-{r.slug}"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    @staticmethod
    def lc1(day: date) -> str:
        """Joomla's de-DE DATE_FORMAT_LC1 ``l, d. F Y``: ``Dienstag, 05. März 2024``."""
        return f"{WEEKDAYS[day.weekday()]}, {day.day:02d}. {MONTHS[day.month - 1]} {day.year}"

    # -- layout ----------------------------------------------------------------------------
    def page(
        self, out: HostBuilder, title: str, content: str, *, itemid: int, view: str, latest: list[Release]
    ) -> str:
        menu = "".join(
            f'<li class="item-{101 + k}{" current active" if 101 + k == itemid else ""}">'
            f'<a href="{href}" >{esc(label)}</a></li>'
            for k, (href, label) in enumerate(self.MENU)
        )
        newest = "".join(
            '<li itemscope itemtype="https://schema.org/Article">\n'
            f'\t<a href="{self.path(r)}" itemprop="url">\n\t\t<span itemprop="name">\n'
            f"\t\t\t{esc(r.title)}\t\t</span>\n\t</a>\n</li>\n"
            for r in latest
        )
        crumbs = (
            '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">\n'
            '<li>Aktuelle Seite: &#160;</li>\n<li itemprop="itemListElement" itemscope '
            'itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway">'
            '<span itemprop="name">Startseite</span></a><span class="divider"><img '
            'src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" '
            'content="1"></li>\n'
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">'
            f'<span itemprop="name">{esc(title)}</span><meta itemprop="position" content="2"></li>\n</ul>\n'
        )
        return (
            '<!DOCTYPE html>\n<html lang="de-de" dir="ltr">\n<head>\n'
            '\t<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '\t<meta http-equiv="content-type" content="text/html; charset=windows-1252" />\n'
            '\t<meta name="keywords" content="FDP, Freie Demokraten, Altenbruch, Stadtrat" />\n'
            '\t<meta name="description" content="Freie Demokraten im Ortsverband Altenbruch" />\n'
            '\t<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
            f"\t<title>{esc(title)} - FDP Altenbruch</title>\n"
            '\t<link href="/templates/protostar/favicon.ico" rel="shortcut icon" '
            'type="image/vnd.microsoft.icon" />\n'
            '\t<link href="/templates/protostar/css/template.css?5e1f4ab9" rel="stylesheet" />\n'
            '\t<script src="/media/jui/js/jquery.min.js?5e1f4ab9"></script>\n'
            '\t<script src="/media/system/js/caption.js?5e1f4ab9"></script>\n'
            "\t<script>\njQuery(window).on('load',  function() {\n\t\t\t\tnew JCaption('img.caption');\n"
            "\t\t\t});\n\t</script>\n</head>\n"
            f'<body class="site com_content view-{view} no-layout no-task itemid-{itemid}">\n'
            '\t<div class="body" id="top">\n\t\t<div class="container">\n'
            '\t\t\t<header class="header" role="banner">\n\t\t\t\t<div class="header-inner clearfix">\n'
            '\t\t\t\t\t<a class="brand pull-left" href="/">\n'
            '\t\t\t\t\t\t<span class="site-title" title="FDP Altenbruch">FDP Altenbruch</span>\n'
            '\t\t\t\t\t\t<div class="site-description">Freiheit für Altenbruch</div>\t\t\t\t\t</a>\n'
            '\t\t\t\t\t<div class="header-search pull-right">\n<div class="search">\n'
            '\t<form action="/index.php/aktuelles" method="post" class="form-inline" role="search">\n'
            '\t\t<label for="mod-search-searchword93" class="element-invisible">Suchen ...</label> '
            '<input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox '
            'search-query input-medium" type="search" placeholder="Suchen ..." />\t\t<input type="hidden" '
            'name="task" value="search" />\n\t\t<input type="hidden" name="option" value="com_search" />\n'
            "\t</form>\n</div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</header>\n"
            '\t\t\t<nav class="navigation" role="navigation">\n\t\t\t\t<div class="navbar pull-left">\n'
            '\t\t\t\t\t<a class="btn btn-navbar collapsed" data-toggle="collapse" '
            'data-target=".nav-collapse">'
            '\n\t\t\t\t\t\t<span class="element-invisible">Navigation ein-/ausblenden</span>\n'
            '\t\t\t\t\t\t<span class="icon-bar"></span>\n\t\t\t\t\t</a>\n\t\t\t\t</div>\n'
            f'\t\t\t\t<div class="nav-collapse">\n<ul class="nav menu nav-pills mod-list">\n{menu}</ul>\n'
            "\t\t\t\t</div>\n\t\t\t</nav>\n"
            f'\t\t\t<div class="moduletable">\n{crumbs}</div>\n'
            '\t\t\t<div class="row-fluid">\n\t\t\t\t<main id="content" role="main" class="span9">\n'
            '\t\t\t\t\t<div id="system-message-container">\n\t</div>\n\n'
            f"{content}\n\t\t\t\t</main>\n"
            '\t\t\t\t<div id="aside" class="span3">\n'
            '\t\t\t\t\t<div class="well "><h3 class="page-header">Neueste Beiträge</h3><ul '
            f'class="latestnews mod-list">\n{newest}</ul>\n</div>'
            '<div class="well "><h3 class="page-header">Nächste Termine</h3><div class="custom"  >'
            "<p>Do, 19.06. 19:30 Uhr: Mitgliederversammlung im Hotel „Zur Post“<br />Sa, 28.06. 10 Uhr: "
            'Infostand am Marktplatz</p><p><a href="/index.php/termine">Alle Termine</a></p></div></div>'
            '<div class="well "><h3 class="page-header">Folgen Sie uns</h3><div class="custom"  >'
            '<p><a href="https://www.facebook.com/fdp.altenbruch" target="_blank" rel="noopener">Facebook'
            '</a> | <a href="https://www.instagram.com/fdp_altenbruch" target="_blank" rel="noopener">'
            "Instagram</a></p></div></div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n"
            '\t<footer class="footer" role="contentinfo">\n\t\t<div class="container">\n\t\t\t<hr />\n'
            '\t\t\t<ul class="nav menu mod-list">\n<li class="item-120"><a href="/index.php/impressum" >'
            'Impressum</a></li><li class="item-121"><a href="/index.php/datenschutzerklaerung" >'
            'Datenschutzerklärung</a></li><li class="item-122"><a href="/administrator/" >Login</a></li>'
            "</ul>\n"
            '\t\t\t<p class="pull-right">\n\t\t\t\t<a href="#top" id="back-top">\n\t\t\t\t\tNach oben'
            "\t\t\t\t</a>\n\t\t\t</p>\n"
            "\t\t\t<p>\n\t\t\t\t&copy; 2025 FDP Ortsverband Altenbruch · Deichstraße 4 · 27478 Altenbruch"
            "\t\t\t</p>\n\t\t</div>\n\t</footer>\n"
            '\t<div id="cookieNotice" class="cookie-notice" role="dialog">\n'
            "\t\t<p>Diese Website nutzt Cookies, um die Bedienung zu erleichtern. Durch die weitere Nutzung "
            'stimmen Sie dem zu. <a href="/index.php/datenschutzerklaerung">Weitere Informationen</a></p>\n'
            '\t\t<button type="button" class="btn btn-primary" id="cookieAccept">Verstanden</button>\n'
            "\t</div>\n</body>\n</html>\n"
        )

    def info(self, r: Release) -> str:
        moment = local_moment(r)
        modified = ""
        if r.uid in self.modified:
            changed = self.modified[r.uid]
            stamp = iso_local(datetime(changed.year, changed.month, changed.day, 16, 5, tzinfo=BERLIN))
            modified = (
                '\t\t\t\t\t<dd class="modified">\n\t\t\t\t<span class="icon-calendar" aria-hidden="true">'
                f'</span>\n\t\t\t\t<time datetime="{stamp}" itemprop="dateModified">\n'
                f"\t\t\t\t\tZuletzt aktualisiert: {self.lc1(changed)}\t\t\t\t</time>\n\t\t\t</dd>\n"
            )
        return (
            '\t\t\t<dl class="article-info muted">\n\n\t\t\n\t\t\t<dt class="article-info-term">\n'
            "\t\t\t\t\t\t\t\t\tDetails\t\t\t\t\t\t\t</dt>\n\n"
            '\t\t\t\t\t<dd class="createdby" itemprop="author" itemscope '
            'itemtype="https://schema.org/Person">'
            '\n\t\t\t\t\tGeschrieben von <span itemprop="name">Redaktion</span>\t</dd>\n'
            '\t\t\t\t\t<dd class="category-name">\n\t\t\t\t\t\t\t\t\t\t\t\tKategorie: <a '
            'href="/index.php/aktuelles" itemprop="genre">Aktuelles</a>\t\t\t\t\t</dd>\n'
            '\t\t\t\t\t<dd class="published">\n\t\t\t\t<span class="icon-calendar" '
            'aria-hidden="true"></span>\n'
            f'\t\t\t\t<time datetime="{iso_local(moment)}" itemprop="datePublished">\n'
            f"\t\t\t\t\tVeröffentlicht: {self.lc1(r.published)}\t\t\t\t</time>\n\t\t\t</dd>\n"
            f"{modified}"
            '\t\t\t\t\t<dd class="hits">\n\t\t\t\t\t<span class="icon-eye-open" aria-hidden="true"></span>\n'
            f'\t\t\t\t\t<meta itemprop="interactionCount" content="UserPageVisits:{self.hits[r.uid]}" />\n'
            f"\t\t\t\t\tZugriffe: {self.hits[r.uid]}\t\t\t</dd>\n\t\t\t\t\t\t</dl>\n"
        )

    def tags(self, r: Release) -> str:
        return (
            '\t<ul class="tags inline">\n\t\t\t\t\t\t\t\t\t\t\t\t\t<li class="tag-'
            f'{2 + [t.tag for t in TOPICS].index(r.topic.tag)} tag-list0" itemprop="keywords">\n'
            f'\t\t\t\t\t<a href="/index.php/component/tags/tag/{r.topic.tag}" class="label label-info">\n'
            f"\t\t\t\t\t\t{esc(r.topic.label)}\t\t\t\t\t</a>\n\t\t\t\t</li>\n\t\t\t\t\t\t</ul>\n"
        )

    def article(self, r: Release, neighbours: tuple[Release | None, Release | None]) -> str:
        url = self.path(r)
        paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)
        mail = digest("mailto", r.uid)
        newer, older = neighbours
        pager = ""
        if newer or older:
            items = ""
            if newer:
                items += (
                    f'\t<li class="previous">\n\t\t<a class="hasTooltip" title="{attr(newer.title)}" '
                    f'aria-label="Vorheriger Beitrag: {attr(newer.title)}" href="{self.path(newer)}" '
                    'rel="prev">\n\t\t\t<span class="icon-chevron-left" aria-hidden="true"></span> '
                    '<span aria-hidden="true">Zurück</span>\t\t</a>\n\t</li>\n'
                )
            if older:
                items += (
                    f'\t<li class="next">\n\t\t<a class="hasTooltip" title="{attr(older.title)}" '
                    f'aria-label="Nächster Beitrag: {attr(older.title)}" href="{self.path(older)}" '
                    'rel="next">\n\t\t\t<span aria-hidden="true">Weiter</span> <span '
                    'class="icon-chevron-right" aria-hidden="true"></span>\t\t</a>\n\t</li>\n'
                )
            pager = f'<ul class="pager pagenav">\n{items}</ul>\n'
        return (
            '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
            '\t<meta itemprop="inLanguage" content="de-DE" />\n\n\t\n\t\t\n'
            '\t\t\t<div class="page-header">\n\t\t\t\t\t<h2 itemprop="headline">\n'
            f"\t\t\t\t{esc(r.title)}\t\t\t</h2>\n\t\t\t\t\t\t\t</div>\n"
            '\t\t\t\t\t\n<div class="icons">\n\t\n\t\t\t\t\t<div class="btn-group pull-right">\n'
            f'\t\t\t\t<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{r.uid}" '
            'aria-label="Benutzerwerkzeuge"\n\t\t\t\tdata-toggle="dropdown" aria-haspopup="true" '
            'aria-expanded="false">\n\t\t\t\t\t<span class="icon-cog" aria-hidden="true"></span>\n'
            '\t\t\t\t\t<span class="caret" aria-hidden="true"></span>\n\t\t\t\t</button>\n'
            f'\t\t\t\t<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{r.uid}">\n'
            f'\t\t\t\t\t\t\t\t\t\t\t<li class="print-icon"> <a href="{url}?tmpl=component&amp;print=1&amp;'
            f'layout=default" title="Eintrag ausdrucken &lt; {attr(r.title)} &gt;" onclick="window.open('
            "this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,"
            'width=640,height=480,directories=no,location=no\'); return false;" rel="nofollow">\t\t\t'
            '<span class="icon-print" aria-hidden="true"></span>\n\t\tDrucken\t</a> </li>\n'
            '\t\t\t\t\t\t\t\t\t\t\t\t\t\t<li class="email-icon"> <a href="/index.php/component/mailto/'
            f'?tmpl=component&amp;template=protostar&amp;link={mail}" title="Link einem Freund via E-Mail '
            "senden\" onclick=\"window.open(this.href,'win2','width=400,height=450,menubar=yes,"
            "resizable=yes');"
            ' return false;" rel="nofollow">\t\t\t<span class="icon-envelope" aria-hidden="true"></span>\n'
            "\t\tE-Mail\t</a> </li>\n\t\t\t\t\t\t\t\t\t</ul>\n\t\t\t</div>\n\t\t\n\t</div>\n"
            "\t\t\t\n\t\t\n\t\t\t\t\t\t\n\t\t\n" + self.info(r) + "\n\t\n\t\t\t\t\t\t\n\t\t\n"
            f"{self.tags(r)}"
            f'\t\t\t\t\t\t\t\t<div itemprop="articleBody">\n\t\t{paragraphs}\t</div>\n\n\t\n'
            f"\t\t\t\t\t\t\t{pager}\n</div>\n"
        )

    def print_view(self, r: Release) -> str:
        paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)
        return (
            '<!DOCTYPE html>\n<html lang="de-de" dir="ltr">\n<head>\n'
            '\t<meta http-equiv="content-type" content="text/html; charset=windows-1252" />\n'
            '\t<meta name="robots" content="noindex, nofollow" />\n'
            '\t<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
            f"\t<title>{esc(r.title)} - FDP Altenbruch</title>\n"
            '\t<link href="/templates/protostar/css/template.css?5e1f4ab9" rel="stylesheet" />\n'
            '</head>\n<body class="contentpane modal">\n\t<div id="system-message-container">\n\t</div>\n\n'
            '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
            '\t<meta itemprop="inLanguage" content="de-DE" />\n'
            '\t\t\t<div class="page-header">\n\t\t\t\t\t<h2 itemprop="headline">\n'
            f"\t\t\t\t{esc(r.title)}\t\t\t</h2>\n\t\t\t\t\t\t\t</div>\n"
            '\t\t\t\t\t\n<div id="pop-print" class="btn hidden-print">\n\t\t\t'
            '<a href="#" onclick="window.print();return false;">\n\t\t\t<span class="icon-print" '
            'aria-hidden="true"></span>\n\t\tDrucken\t</a>\n\t</div>\n'
            + self.info(r)
            + f'\t\t\t\t\t\t\t\t<div itemprop="articleBody">\n\t\t{paragraphs}\t</div>\n\n</div>\n'
            "</body>\n</html>\n"
        )

    def mailto_form(self, r: Release) -> str:
        return (
            '<!DOCTYPE html>\n<html lang="de-de" dir="ltr">\n<head>\n'
            '\t<meta http-equiv="content-type" content="text/html; charset=windows-1252" />\n'
            '\t<meta name="robots" content="noindex, nofollow" />\n'
            "\t<title>Link einem Freund via E-Mail senden - FDP Altenbruch</title>\n"
            '</head>\n<body class="contentpane modal">\n<div id="mailto-window">\n'
            "\t<h2>\n\t\tDiesen Link einem Freund via E-Mail senden.\t</h2>\n"
            '\t<div class="mailto-close">\n\t\t<a href="javascript: void window.close()" title="Fenster '
            'schließen">\n\t\t\t<span>Fenster schließen </span></a>\n\t</div>\n'
            '\t<form action="/index.php/component/mailto/?task=send" id="mailtoForm" method="post">\n'
            '\t\t<div class="formelm"><label for="mailto_field">E-Mail an</label>'
            '<input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" value=""/></div>\n'
            '\t\t<div class="formelm"><label for="sender_field">Absender</label>'
            '<input type="text" id="sender_field" name="sender" class="inputbox" value="" size="25" '
            "/></div>\n"
            '\t\t<div class="formelm"><label for="from_field">Ihre E-Mail</label>'
            '<input type="text" id="from_field" name="from" class="inputbox" value="" size="25" /></div>\n'
            '\t\t<div class="formelm"><label for="subject_field">Betreff</label>'
            f'<input type="text" id="subject_field" name="subject" class="inputbox" value="{attr(r.title)}" '
            'size="25" /></div>\n\t\t<p>\n\t\t\t<button class="button" onclick="return Joomla.submitbutton'
            '(\'send\');">\n\t\t\t\tSenden\t\t\t</button>\n\t\t\t<button class="button" onclick="window.'
            'close();return false;">\n\t\t\t\tAbbrechen\t\t\t</button>\n\t\t</p>\n'
            f'\t\t<input type="hidden" name="link" value="{digest("mailto", r.uid)}" />\n'
            "\t</form>\n</div>\n</body>\n</html>\n"
        )

    def blog_item(self, r: Release, css: str) -> str:
        return (
            f'\t\t<div class="{css}" itemprop="blogPost" itemscope '
            'itemtype="https://schema.org/BlogPosting">\n'
            '\t\t\t\n\n\t<div class="page-header">\n\t\t\t\t\t<h2 itemprop="name">\n'
            f'\t\t\t\t\t\t\t\t\t<a href="{self.path(r)}" itemprop="url">\n\t\t\t\t\t\t{esc(r.title)}'
            "\t\t\t\t\t</a>\n\t\t\t\t\t\t</h2>\n\t\t\n\t\t\t\t\t\t</div>\n\n\n\n"
            + self.info(r)
            + f"\n\n\t\t\n<p>{esc(r.paragraphs[0])}</p>\n\n\n\n\t\n"
            f'<p class="readmore">\n\t\t\t<a class="btn" href="{self.path(r)}" itemprop="url" '
            f'aria-label="Weiterlesen …  {attr(r.title)}">\n\t\t\t<span class="icon-chevron-right" '
            'aria-hidden="true"></span>\n\t\t\tWeiterlesen …\t\t</a>\n\t</p>\n\n\n\n\t\t</div>\n'
        )

    def pagination(self, base: str, number: int, total: int) -> str:
        def href(k: int) -> str:
            return base if k == 1 else f"{base}?start={(k - 1) * self.per_page}"

        def item(css: str, label: str, k: int, enabled: bool) -> str:
            inner = (
                f'<a title="{label}" href="{href(k)}" class="hasTooltip pagenav">{label}</a>'
                if enabled
                else f'<span class="pagenav">{label}</span>'
            )
            return f'<li class="{css}">{inner}</li>'

        items = [item("pagination-start", "Start", 1, number > 1)]
        items.append(item("pagination-prev", "Zurück", number - 1, number > 1))
        for k in range(1, total + 1):
            items.append(
                f'<li><span class="pagenav">{k}</span></li>'
                if k == number
                else f'<li><a href="{href(k)}" class="pagenav">{k}</a></li>'
            )
        items.append(item("pagination-next", "Weiter", number + 1, number < total))
        items.append(item("pagination-end", "Ende", total, number < total))
        return (
            '\t\t\t\t<div class="pagination">\n\t\t\t\t\t\t\t<p class="counter pull-right"> Seite '
            f"{number} von {total} </p>\n\t\t\t\t\t\t<ul>\n" + "\n".join(items) + "\n</ul>\t\t\t</div>\n"
        )

    def blog(self, chunk: list[Release], more: list[Release], number: int, total: int) -> str:
        leading, rest = chunk[:1], chunk[1:]
        items = "".join(self.blog_item(r, "leading-0") for r in leading)
        rows = "".join(
            f'\t\t\t\t<div class="items-row cols-1 row-{k} row-fluid clearfix">\n\t\t\t\t\t<div '
            'class="span12">'
            f"\n{self.blog_item(r, 'item column-1')}\t\t\t\t\t</div>\n\t\t\t\t</div>\n"
            for k, r in enumerate(rest)
        )
        links = ""
        if more:
            links = (
                '\t\t<div class="items-more">\n\t\t\t<ol class="nav nav-tabs nav-stacked">\n'
                + "".join(
                    f'\t<li>\n\t\t<a href="{self.path(r)}">\n\t\t\t{esc(r.title)}</a>\n\t</li>\n'
                    for r in more
                )
                + "</ol>\n\t\t</div>\n"
            )
        return (
            '<div class="blog" itemscope itemtype="https://schema.org/Blog">\n'
            '\t\t\t<div class="page-header">\n\t\t\t<h1> Aktuelles </h1>\n\t\t</div>\n'
            f'\t\t\t\t<div class="items-leading clearfix">\n{items}\t\t\t</div>\n{rows}{links}'
            + (self.pagination("/index.php/aktuelles", number, total) if total > 1 else "")
            + "\t</div>\n"
        )

    def tag_page(self, label: str, members: list[Release]) -> str:
        rows = "".join(
            f'\t\t\t\t\t<li class="cat-list-row{k % 2} clearfix" >\n\t\t\t\t\t\t\t<h3>\n'
            f'\t\t\t\t\t<a href="{self.path(r)}">\n\t\t\t\t\t\t{esc(r.title)}\t\t\t\t\t</a>\n'
            "\t\t\t\t</h3>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span "
            f'class="tag-body">\n\t\t\t\t\t\t{esc(r.teaser(150))}\t\t\t\t\t</span>\n'
            "\t\t\t\t\t\t\t\t\t</li>\n"
            for k, r in enumerate(members)
        )
        return (
            '<div class="tag-category">\n\t\t\t\t<h2>\n\t\t\t' + esc(label) + "\t\t</h2>\n"
            '\t\t\t\t\t\t\t\t\t\t<form action="" method="post" name="adminForm" id="adminForm" '
            f'class="form-inline">\n\t\t\t<ul class="category list-striped">\n{rows}\t\t\t</ul>\n'
            "\t</form>\n\t</div>\n"
        )

    def home(self, newest: list[Release]) -> str:
        focus = "".join(
            f'<li><a href="{self.path(r)}{self.FOCUS.replace("&", "&amp;")}">{esc(r.title)}</a></li>'
            for r in newest[:2]
        )
        featured = "".join(self.blog_item(r, f"leading-{k}") for k, r in enumerate(newest[:4]))
        return (
            '<div class="moduletable fokus"><h3>Im Fokus</h3><div class="custom fokus"  ><ul>'
            f"{focus}</ul></div></div>\n"
            '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">\n'
            f'<div class="items-leading clearfix">\n{featured}</div>\n'
            '<p><a href="/index.php/aktuelles">Alle Meldungen</a></p>\n</div>\n'
        )

    def month(self, year: int, month: int) -> str:
        rng = random.Random(f"jevents-{year}-{month}")
        events = (
            "Vorstandssitzung",
            "Stammtisch im Hotel „Zur Post“",
            "Fraktionssitzung",
            "Infostand am Marktplatz",
            "Bürgersprechstunde",
        )
        active = (2023, 9) <= (year, month) <= (2025, 7)
        days = {rng.randint(1, 28): rng.choice(events) for _ in range(3)} if active else {}
        first = date(year, month, 1)
        lead = first.weekday()
        cells = ['<td class="cal_td_daysoutofmonth">&nbsp;</td>'] * lead
        length = (date(year + (month == 12), month % 12 + 1, 1) - first).days
        for day in range(1, length + 1):
            event = (
                f'<div class="eventstyle"><span class="cal_titlelink">19:30 {esc(days[day])}</span></div>'
                if day in days
                else ""
            )
            css = "cal_td_dayshasevents" if day in days else "cal_td_daysnoevents"
            cells.append(f'<td class="{css}"><span class="cal_daylink">{day}</span>{event}</td>')
        cells += ['<td class="cal_td_daysoutofmonth">&nbsp;</td>'] * (-len(cells) % 7)
        rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>\n" for i in range(0, len(cells), 7))
        prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        nav = ""
        if (prev_y, prev_m) >= self.CAL_FIRST:
            nav += (
                f'<td class="previousmonth"><a href="{self.month_path(prev_y, prev_m)}" '
                f'title="{MONTHS[prev_m - 1]}">{MONTHS[prev_m - 1]}</a></td>'
            )
        nav += f'<td class="currentmonth">{MONTHS[month - 1]} {year}</td>'
        if (next_y, next_m) <= self.CAL_LAST:
            nav += (
                f'<td class="nextmonth"><a href="{self.month_path(next_y, next_m)}" '
                f'title="{MONTHS[next_m - 1]}">{MONTHS[next_m - 1]}</a></td>'
            )
        names = "".join(f'<th class="cal_daysnames">{d[:2]}</th>' for d in WEEKDAYS)
        return (
            '<div id="jevents">\n<div class="contentpaneopen jeventpage" id="jevents_header">\n'
            '<h2 class="contentheading">Termine</h2>\n</div>\n'
            f'<div class="jev_toprow"><table class="ev_navigation"><tr>{nav}</tr></table></div>\n'
            f'<table class="cal_table" cellpadding="0" cellspacing="0"><tr>{names}</tr>\n{rows}</table>\n'
            "</div>\n"
        )

    @staticmethod
    def month_path(year: int, month: int) -> str:
        return f"/index.php/termine/month.calendar/{year}/{month:02d}/01/-"

    def static(self, slug: str) -> tuple[str, str]:
        people = ", ".join(f"{p.name} ({p.role})" for p in self.news.people)
        texts = {
            "ueber-uns": (
                "Über uns",
                "Die Freien Demokraten in Altenbruch sind seit 1969 im Stadtrat vertreten. Unser Vorstand: "
                f"{people}.",
            ),
            "mitglied-werden": (
                "Mitglied werden",
                "Sie wollen mitgestalten? Werden Sie Mitglied der FDP! Der Mitgliedsantrag ist online beim "
                "Landesverband möglich; gerne beantworten wir Ihre Fragen auch persönlich.",
            ),
            "kontakt": (
                "Kontakt",
                "FDP Ortsverband Altenbruch, Deichstraße 4, 27478 Altenbruch. Telefon 04722 3141-0, E-Mail "
                "info@fdp-altenbruch.test",
            ),
            "impressum": (
                "Impressum",
                "Angaben gemäß § 5 TMG: FDP Ortsverband Altenbruch, vertreten durch den Vorstand. "
                "Verantwortlich im Sinne des § 18 Abs. 2 MStV: der Ortsvorsitzende.",
            ),
            "datenschutzerklaerung": (
                "Datenschutzerklärung",
                "Verantwortlich für die Datenverarbeitung auf dieser Website ist der FDP Ortsverband "
                "Altenbruch. Diese Website verwendet technisch notwendige Cookies.",
            ),
        }
        return texts[slug]

    # -- the whole site --------------------------------------------------------------------
    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/administrator/", "/cache/", "/components/", "/modules/", "/tmp/"]
        prefix = "/index.php/termine"
        truth["traps"] = [{"prefix": prefix, "max_requests": 30}]
        newest_first = list(reversed(releases))
        latest = newest_first[:5]

        def page(title: str, content: str, itemid: int, view: str) -> str:
            return self.page(out, title, content, itemid=itemid, view=view, latest=latest)

        for pos, r in enumerate(newest_first):
            neighbours = (
                newest_first[pos - 1] if pos else None,
                newest_first[pos + 1] if pos + 1 < len(newest_first) else None,
            )
            out.add(self.path(r), page(r.title, self.article(r, neighbours), 102, "article"))
            self.announce(out, r, [o.title for o in latest if o is not r])
            url = self.url_of(out, r)
            printed = f"{self.path(r)}?tmpl=component&print=1&layout=default"
            out.add(printed, self.print_view(r))
            truth["variants"][out.url(printed)] = url
            link = digest("mailto", r.uid)
            mailto = f"/index.php/component/mailto/?tmpl=component&template=protostar&link={link}"
            out.add(mailto, self.mailto_form(r))
            truth["non_announcements"].append(out.url(mailto))
        for r in newest_first[:2]:  # Joomla answers whatever the query string adds
            out.add(self.path(r) + self.FOCUS, out.resources[self.path(r)].body)
            truth["variants"][self.url_of(out, r) + self.FOCUS] = self.url_of(out, r)
            truth["variants"][f"https://{self.host}{self.path(r)}"] = self.url_of(out, r)
        # trailing-slash links (hand-written in the "Über uns" text), answered by the same page
        classic = newest_first[6]
        out.add(
            self.path(classic) + "/", page(classic.title, self.article(classic, (None, None)), 102, "article")
        )
        truth["variants"][self.url_of(out, classic) + "/"] = self.url_of(out, classic)
        # category blog with ?start= pagination
        chunks = self.pages(newest_first, self.per_page)
        for number, chunk in enumerate(chunks, start=1):
            more = newest_first[number * self.per_page : number * self.per_page + 3]
            target = (
                "/index.php/aktuelles"
                if number == 1
                else f"/index.php/aktuelles?start={(number - 1) * self.per_page}"
            )
            out.add(target, page("Aktuelles", self.blog(chunk, more, number, len(chunks)), 102, "category"))
            truth["non_announcements"].append(out.url(target))
        # com_tags views
        for topic in sorted({r.topic for r in releases}, key=lambda t: t.tag):
            members = [r for r in newest_first if r.topic is topic]
            target = f"/index.php/component/tags/tag/{topic.tag}"
            out.add(target, page(topic.label, self.tag_page(topic.label, members), 101, "tag"))
            truth["non_announcements"].append(out.url(target))
        # home (featured), answered at / and /index.php
        home = page("Startseite", self.home(newest_first), 101, "featured")
        for target in ("/", "/index.php"):
            out.add(target, home)
            truth["non_announcements"].append(out.url(target))
        for slug in ("ueber-uns", "mitglied-werden", "kontakt", "impressum", "datenschutzerklaerung"):
            title, text = self.static(slug)
            extra = ""
            if slug == "ueber-uns":
                extra = (
                    f'<p>Lesenswert aus unserem Archiv: <a href="{self.path(classic)}/">'
                    f"{esc(classic.title)}</a></p>\n"
                )
            content = (
                '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
                '\t<div class="page-header">\n\t\t<h2 itemprop="headline">\n'
                f"\t\t\t{esc(title)}\t\t</h2>\n\t</div>\n"
                f'\t<div itemprop="articleBody">\n\t\t<p>{esc(text)}</p>\n{extra}\t</div>\n</div>\n'
            )
            out.add(f"/index.php/{slug}", page(title, content, 104, "article"))
            truth["non_announcements"].append(out.url(f"/index.php/{slug}"))
        # JEvents month view: 2015 … 2030, every month links to its neighbours
        now = page("Termine", self.month(*self.CAL_NOW), 103, "month")
        out.add(prefix, now)
        truth["non_announcements"].append(out.url(prefix))
        year, month = self.CAL_FIRST
        while (year, month) <= self.CAL_LAST:
            target = self.month_path(year, month)
            out.add(target, page("Termine", self.month(year, month), 103, "month"))
            truth["non_announcements"].append(out.url(target))
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        out.add(
            "/administrator/",
            "<!DOCTYPE html>\n<html><head><title>FDP Altenbruch - Administration</title></head><body>"
            '<h1>Joomla! Administrator-Anmeldung</h1><form><input name="username"></form></body></html>\n',
        )
        out.add(
            "/robots.txt",
            "# If the Joomla site is installed within a folder\n# eg www.example.com/joomla/ then the "
            "robots.txt"
            " file\n# MUST be moved to the site root\n\nUser-agent: *\nDisallow: /administrator/\n"
            "Disallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\nDisallow: /components/\n"
            "Disallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\n"
            "Disallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\n"
            "Disallow: /tmp/\n",
        )
        out.add(
            "/404.html",
            page(
                "404 - Seite nicht gefunden",
                '<div class="error"><h1>404 - Artikel nicht gefunden</h1></div>\n',
                101,
                "error",
            ),
        )


# ==============================================================================================
# b) Drupal 9 county association: aliases + /node/N, views, sitemap.xml
# ==============================================================================================
class DrupalSite(HeldoutSite):
    host = "www.gruene-wesertal.test"
    template = "drupal9"
    count = 22
    uid_start = 212
    first_day = date(2022, 3, 7)
    last_day = date(2024, 11, 22)
    org = Org(
        kind="party",
        name="GRÜNE Wesertal",
        subject="Der Kreisverband der GRÜNEN",
        short="GRÜNE",
        town="Wesertal",
        email_domain="gruene-wesertal.test",
        phone="05151 2718",
        roles=(
            ("Kreisvorstandssprecher", "Kreisvorstandssprecherin"),
            ("Fraktionsvorsitzender im Kreistag", "Fraktionsvorsitzende im Kreistag"),
            ("Kreistagsabgeordneter", "Kreistagsabgeordnete"),
            ("Schatzmeister", "Schatzmeisterin"),
            ("Sprecher der Grünen Jugend", "Sprecherin der Grünen Jugend"),
        ),
    )
    BOILERPLATE = (
        "Direkt zum Inhalt",
        "Pfadnavigation",
        "Hauptnavigation",
        "Kreisverband Wesertal von BÜNDNIS 90/DIE GRÜNEN",
        "Nächste Termine",
        "Kreismitgliederversammlung",
        "Jetzt Mitglied werden",
        "Wir verwenden Cookies",
        "Am Markt 7",
        "Veröffentlicht von",
        "Schlagworte",
        "Druckversion",
        "Seitennummerierung",
        "Weiterlesen",
    )
    MENU = (
        ("/", "Start"),
        ("/presse", "Presse"),
        ("/termine", "Termine"),
        ("/kreisvorstand", "Kreisvorstand"),
        ("/mitmachen/mitglied-werden", "Mitmachen"),
        ("/kontakt", "Kontakt"),
    )
    per_page = 8
    front_per_page = 6
    CROSS = (5, 9, 13, 16, 20)
    CAMPAIGN = "?mtm_campaign=startseite&mtm_source=hero"

    def prepare(self) -> None:
        self.refs = self.with_cross_references(self.CROSS)
        self.nid = {r.uid: r.uid for r in self.base}
        self.tids = {
            t.tag: 3 + k for k, t in enumerate(sorted({r.topic for r in self.base}, key=lambda t: t.tag))
        }

    def path(self, r: Release) -> str:
        return f"/presse/{r.slug}"

    def node(self, r: Release) -> str:
        return f"/node/{self.nid[r.uid]}"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    @staticmethod
    def medium(moment: datetime) -> str:
        """Drupal's "medium" format in German: ``Di., 12.03.2024 - 10:15``."""
        short = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")[moment.weekday()]
        return f"{short}, {moment:%d.%m.%Y - %H:%M}"

    def time(self, r: Release, text: str | None = None) -> str:
        moment = local_moment(r)
        day = f"{moment.day}. {MONTHS[moment.month - 1]} {moment.year}"
        long = f"{WEEKDAYS[moment.weekday()]}, {day} - {moment:%H:%M}"
        return (
            f'<time datetime="{iso_utc(moment)}" title="{long}" class="datetime">'
            f"{text or self.medium(moment)}</time>"
        )

    # -- layout ----------------------------------------------------------------------------
    def page(
        self,
        out: HostBuilder,
        title: str,
        content: str,
        *,
        canonical: str | None,
        shortlink: str | None = None,
        body_class: str = "path-node page-node-type-page",
        crumbs: tuple[tuple[str, str], ...] = (),
        feed: str | None = None,
        heading: bool = True,
    ) -> str:
        menu = "".join(
            f'<li class="menu-item"><a href="{href}" '
            f'data-drupal-link-system-path="{href.strip("/") or "<front>"}">'
            f"{esc(label)}</a></li>"
            for href, label in self.MENU
        )
        head_links = f'<link rel="canonical" href="{attr(canonical)}" />\n' if canonical else ""
        if shortlink:
            head_links += f'<link rel="shortlink" href="{attr(shortlink)}" />\n'
        if feed:
            head_links += (
                f'<link rel="alternate" type="application/rss+xml" title="{attr(title)}" '
                f'href="{attr(feed)}" />\n'
            )
        trail = "".join(
            f'<li><a href="{href}">{esc(label)}</a></li>' for href, label in (("/", "Startseite"), *crumbs)
        )
        cookie = json.dumps(
            {
                "path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentLanguage": "de"},
                "eu_cookie_compliance": {
                    "cookie_policy_version": "1.0.0",
                    "popup_enabled": True,
                    "popup_html_info": (
                        '<div aria-labelledby="popup-text" class="eu-cookie-compliance-banner '
                        'eu-cookie-compliance-banner-info"><div class="popup-content info '
                        'eu-cookie-compliance-content"><div id="popup-text" '
                        'class="eu-cookie-compliance-message" '
                        'role="document"><h2>Wir verwenden Cookies auf dieser Website, um Ihr '
                        "Nutzererlebnis zu verbessern</h2><p>Durch Klicken auf „OK“ stimmen Sie dem zu.</p>"
                        '</div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button '
                        'type="button" class="agree-button eu-cookie-compliance-default-button">OK, ich '
                        "stimme "
                        'zu</button><button type="button" class="decline-button">Nein, '
                        "danke</button></div></div>"
                        "</div>"
                    ),
                    "popup_link": "/datenschutz",
                },
                "user": {"uid": 0, "permissionsHash": digest("perm")[:40]},
            },
            ensure_ascii=False,
        )
        title_block = (
            '<div id="block-wesertal-page-title" class="block block-core block-page-title-block">\n'
            f'  <h1 class="page-title"><span class="field field--name-title field--type-string '
            f'field--label-hidden">{esc(title)}</span></h1>\n</div>\n'
            if heading
            else ""
        )
        events = (
            '<div class="views-row"><div class="views-field views-field-field-datum"><time '
            'datetime="2024-12-04T18:00:00Z" class="datetime">Mi., 04.12.2024 - 19:00</time></div>'
            '<div class="views-field views-field-title">Kreismitgliederversammlung, Bürgerhaus '
            "Wesertal</div></div>"
            '<div class="views-row"><div class="views-field views-field-field-datum"><time '
            'datetime="2024-12-14T09:00:00Z" class="datetime">Sa., 14.12.2024 - 10:00</time></div>'
            '<div class="views-field views-field-title">Infostand Wochenmarkt</div></div>'
        )
        return (
            '<!DOCTYPE html>\n<html lang="de" dir="ltr" prefix="content: '
            "http://purl.org/rss/1.0/modules/content/  "
            "dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: "
            "http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: "
            'http://rdfs.org/sioc/ns#">\n'
            '  <head>\n    <meta charset="utf-8" />\n'
            f"{head_links}"
            '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />\n'
            '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" '
            "/>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<link rel="icon" href="/themes/custom/wesertal/favicon.ico" type="image/vnd.microsoft.icon" />\n'
            f"    <title>{esc(title)} | GRÜNE Wesertal</title>\n"
            '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx3fR0aWv2.css" />\n'
            "  </head>\n"
            f'  <body class="{body_class}">\n'
            '        <a href="#main-content" class="visually-hidden focusable skip-link">\n      Direkt zum '
            "Inhalt\n"
            '    </a>\n    \n      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            '    <div class="layout-container">\n  <header role="banner">\n    <div class="region '
            'region-header">\n'
            '    <div id="block-wesertal-branding" class="block block-system block-system-branding-block">\n'
            '      <a href="/" rel="home" class="site-logo"><img src="/themes/custom/wesertal/logo.svg" '
            'alt="Startseite" /></a>\n      <div class="site-name"><a href="/" rel="home">GRÜNE '
            "Wesertal</a></div>\n"
            '      <div class="site-slogan">Kreisverband Wesertal von BÜNDNIS 90/DIE GRÜNEN</div>\n  </div>\n'
            "  </div>\n  </header>\n"
            '  <div class="region region-primary-menu">\n<nav role="navigation" '
            'aria-labelledby="block-wesertal-main-menu-menu" id="block-wesertal-main-menu">\n'
            '  <h2 class="visually-hidden" id="block-wesertal-main-menu-menu">Hauptnavigation</h2>\n'
            f'  <ul class="menu menu--main nav">{menu}</ul>\n</nav>\n  </div>\n'
            '  <div class="region region-breadcrumb">\n<div id="block-wesertal-breadcrumbs" class="block '
            'block-system block-system-breadcrumb-block">\n  <nav class="breadcrumb" role="navigation" '
            'aria-labelledby="system-breadcrumb">\n    <h2 id="system-breadcrumb" class="visually-hidden">'
            f"Pfadnavigation</h2>\n    <ol>{trail}</ol>\n  </nav>\n</div>\n  </div>\n"
            '  <main role="main">\n    <a id="main-content" tabindex="-1"></a>\n    <div '
            'class="layout-content">\n'
            '  <div class="region region-content">\n    <div data-drupal-messages-fallback '
            'class="hidden"></div>\n'
            f"{title_block}"
            '<div id="block-wesertal-content" class="block block-system block-system-main-block">\n'
            f"{content}\n</div>\n  </div>\n    </div>\n"
            '    <aside class="layout-sidebar-second" role="complementary">\n'
            '  <div class="region region-sidebar-second">\n'
            '<div class="views-element-container block block-views block-views-blocktermine-block-1" '
            'id="block-naechste-termine">\n  <h2>Nächste Termine</h2>\n'
            '  <div><div class="view view-termine view-id-termine view-display-id-block_1"><div '
            f'class="view-content">{events}'
            "</div></div></div>\n</div>\n"
            '<div id="block-mitmachen" class="block block-block-content">\n  <h2>Mitmachen!</h2>\n'
            '  <div class="clearfix text-formatted field field--name-body"><p>Grüne Politik lebt vom '
            'Mitmachen.</p><p><a href="/mitmachen/mitglied-werden">Jetzt Mitglied '
            "werden</a></p></div>\n</div>\n"
            "  </div>\n    </aside>\n  </main>\n"
            '  <footer role="contentinfo">\n    <div class="region region-footer">\n'
            '<nav role="navigation" aria-labelledby="block-wesertal-footer-menu" '
            'id="block-wesertal-footer">\n'
            '  <h2 class="visually-hidden" id="block-wesertal-footer-menu">Fußzeile</h2>\n'
            '  <ul class="menu menu--footer nav"><li class="menu-item"><a '
            'href="/impressum">Impressum</a></li>'
            '<li class="menu-item"><a href="/datenschutz">Datenschutz</a></li><li class="menu-item"><a '
            'href="/kontakt">Kontakt</a></li><li class="menu-item"><a href="/user/login">Anmelden</a></li>'
            "</ul>\n</nav>\n"
            '<div id="block-adresse" class="block block-block-content"><p>© 2024 BÜNDNIS 90/DIE GRÜNEN '
            "Kreisverband Wesertal · Am Markt 7 · 31785 Wesertal</p></div>\n    </div>\n  </footer>\n"
            "</div>\n  </div>\n\n    \n"
            '    <script type="application/json" '
            f'data-drupal-selector="drupal-settings-json">{cookie}</script>\n'
            '<script src="/sites/default/files/js/js_8Yq0rN2Wm1.js"></script>\n  </body>\n</html>\n'
        )

    def full(self, out: HostBuilder, r: Release) -> str:
        parts = []
        for p in r.paragraphs:
            if r.index in self.refs and p.startswith("Bereits am"):
                older = self.refs[r.index]
                # editors paste either the node's short URL or the full https address from the browser
                href = self.node(older) if r.index % 2 else f"https://{self.host}{self.path(older)}"
                parts.append(f"<p>{self.linked_paragraph(p, older, href)}</p>")
            else:
                parts.append(f"<p>{esc(p)}</p>")
        tid = self.tids[r.topic.tag]
        content = (
            f'<article data-history-node-id="{self.nid[r.uid]}" role="article" about="{self.path(r)}" '
            'class="node node--type-article node--promoted node--view-mode-full">\n\n  \n    \n\n'
            '      <footer class="node__meta">\n        <div class="node__submitted">\n          '
            "Veröffentlicht von "
            '<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span '
            'lang="" about="/user/3" typeof="schema:Person" property="schema:name" '
            'datatype="">redaktion</span>'
            f'</span>\n am <span class="field field--name-created field--type-created field--label-hidden">'
            f"{self.time(r)}</span>\n        </div>\n      </footer>\n    \n"
            '  <div class="node__content">\n    \n'
            '            <div class="clearfix text-formatted field field--name-body '
            "field--type-text-with-summary "
            f'field--label-hidden field__item">{"".join(parts)}</div>\n      \n'
            '  <div class="field field--name-field-tags field--type-entity-reference field--label-above '
            'clearfix">\n'
            '    <h3 class="field__label">Schlagworte</h3>\n    <ul class="links field__items">\n'
            f'          <li><a href="/schlagworte/{r.topic.tag}" hreflang="de" data-tid="{tid}">'
            f"{esc(r.topic.label)}</a></li>\n      </ul>\n</div>\n"
            '  <ul class="links inline"><li class="print"><a href="'
            f'{self.node(r)}/printable/print" class="print-page" rel="nofollow">Druckversion</a></li></ul>\n'
            "  </div>\n\n</article>\n"
        )
        return self.page(
            out,
            r.title,
            content,
            canonical=self.url_of(out, r),
            shortlink=out.url(self.node(r)),
            body_class="path-node page-node-type-article",
            crumbs=(("/presse", "Presse"),),
        )

    def printable(self, out: HostBuilder, r: Release) -> str:
        paragraphs = "".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)
        return (
            '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8" />\n'
            f"<title>{esc(r.title)}</title>\n"
            '<link rel="stylesheet" href="/modules/contrib/printable/css/print.css" />\n</head>\n<body>\n'
            '<div class="print-logo"><img src="/themes/custom/wesertal/logo.svg" alt="GRÜNE Wesertal" '
            "/></div>\n"
            '<div class="print-content">\n'
            f'<article class="node node--type-article node--view-mode-printable">\n<h1>{esc(r.title)}</h1>\n'
            f'<div class="node__submitted">Veröffentlicht von redaktion am {self.time(r)}</div>\n'
            f'<div class="field field--name-body">{paragraphs}</div>\n</article>\n</div>\n'
            f'<div class="print-footer">Quell-URL: {esc(self.url_of(out, r))}</div>\n'
            "<script>window.print();</script>\n</body>\n</html>\n"
        )

    def teaser(self, r: Release, campaign: str = "") -> str:
        href = self.path(r) + campaign
        return (
            '<div class="views-row">\n<article role="article" about="'
            f'{self.path(r)}" class="node node--type-article node--promoted node--view-mode-teaser">\n'
            f'  <h2><a href="{attr(href)}" rel="bookmark"><span class="field '
            f'field--name-title">{esc(r.title)}'
            "</span></a></h2>\n"
            '  <footer class="node__meta"><div class="node__submitted">Veröffentlicht von redaktion am '
            f"{self.time(r)}"
            "</div></footer>\n"
            '  <div class="node__content"><div class="clearfix text-formatted field field--name-body '
            "field--type-text-with-summary field--label-hidden "
            f'field__item"><p>{esc(r.teaser(220))}</p></div>\n'
            f'  <ul class="links inline"><li class="node-readmore"><a href="{attr(href)}" rel="tag" '
            f'title="{attr(r.title)}" hreflang="de">Weiterlesen<span class="visually-hidden"> über '
            f"{esc(r.title)}</span></a></li></ul>\n  </div>\n</article>\n</div>\n"
        )

    @staticmethod
    def pager(number: int, total: int) -> str:
        """Drupal's full pager (page numbers from 0, hrefs relative to the current path)."""
        items = []
        if number > 0:
            items.append(
                '<li class="pager__item pager__item--first"><a href="?page=0" title="Zur ersten Seite">'
                '<span class="visually-hidden">Erste Seite</span><span aria-hidden="true">« '
                "Erste</span></a></li>"
            )
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={number - 1}" '
                'title="Zur vorherigen Seite" rel="prev"><span class="visually-hidden">Vorherige Seite</span>'
                '<span aria-hidden="true">‹‹</span></a></li>'
            )
        for k in range(total):
            current = " is-active" if k == number else ""
            label = "Aktuelle Seite" if k == number else "Seite"
            items.append(
                f'<li class="pager__item{current}"><a href="?page={k}" title="Gehe zu Seite {k + 1}">'
                f'<span class="visually-hidden">{label}</span>{k + 1}</a></li>'
            )
        if number + 1 < total:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={number + 1}" '
                'title="Zur nächsten Seite" rel="next"><span class="visually-hidden">Nächste Seite</span>'
                '<span aria-hidden="true">››</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last"><a href="?page={total - 1}" title="Zur letzten '
                'Seite">'
                '<span class="visually-hidden">Letzte Seite</span><span aria-hidden="true">Letzte '
                "»</span></a></li>"
            )
        return (
            '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">\n'
            '<h4 id="pagination-heading" class="visually-hidden">Seitennummerierung</h4>\n'
            f'<ul class="pager__items js-pager__items">{"".join(items)}</ul>\n</nav>\n'
        )

    def view(self, name: str, rows: str, pager: str = "", header: str = "", feed: str = "") -> str:
        dom = digest("view", name, rows)[:12]
        return (
            f'<div class="views-element-container"><div class="view view-{name} view-id-{name} '
            f'view-display-id-page_1 js-view-dom-id-{dom}">\n'
            + (f'<div class="view-header">{header}</div>\n' if header else "")
            + f'<div class="view-content">\n{rows}</div>\n{pager}{feed}</div>\n</div>\n'
        )

    def years_block(self, releases: list[Release]) -> str:
        years = sorted({r.published.year for r in releases}, reverse=True)
        counts = {y: sum(r.published.year == y for r in releases) for y in years}
        return (
            '<div class="view-footer"><h3>Archiv</h3><ul class="views-summary">'
            + "".join(f'<li><a href="/presse/archiv/{y}">{y}</a> ({counts[y]})</li>' for y in years)
            + "</ul></div>\n"
        )

    def basic(self, out: HostBuilder, path: str, title: str, text: str) -> str:
        content = (
            f'<article role="article" about="{path}" class="node node--type-page node--view-mode-full">\n'
            '  <div class="node__content">\n    <div class="clearfix text-formatted field field--name-body '
            f'field--type-text-with-summary field--label-hidden field__item"><p>{esc(text)}</p></div>\n'
            "  </div>\n</article>\n"
        )
        return self.page(out, title, content, canonical=out.url(path))

    def rss(self, out: HostBuilder, title: str, link: str, items: list[Release]) -> str:
        rows = "".join(
            "  <item>\n"
            f"    <title>{esc(r.title)}</title>\n    <link>{esc(self.url_of(out, r))}</link>\n"
            f"    <description>{esc('<p>' + esc(r.teaser(220)) + '</p>')}</description>\n"
            f"    <pubDate>{rfc822(r)}</pubDate>\n    <dc:creator>redaktion</dc:creator>\n"
            f'    <guid isPermaLink="false">{self.nid[r.uid]} at {out.url("")}</guid>\n  </item>\n'
            for r in items
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
            f'{out.url("")}" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f"    <title>{esc(title)}</title>\n    <link>{esc(link)}</link>\n"
            "    <description></description>\n    <language>de</language>\n"
            f'    <atom:link href="{esc(link)}" rel="self" type="application/rss+xml" />\n{rows}  '
            "</channel>\n</rss>\n"
        )

    # -- the whole site --------------------------------------------------------------------
    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/admin/", "/comment/reply/", "/search/", "/user/login", "/user/register"]
        newest_first = list(reversed(releases))
        for r in releases:
            page = self.full(out, r)
            out.add(self.path(r), page)
            out.add(self.node(r), page)  # the same node under its system path, canonical to the alias
            self.announce(out, r)
            url = self.url_of(out, r)
            truth["variants"][out.url(self.node(r))] = url
            printed = f"{self.node(r)}/printable/print"
            out.add(printed, self.printable(out, r))
            truth["variants"][out.url(printed)] = url
            if r.index in self.refs:
                older = self.refs[r.index]
                if not r.index % 2:
                    truth["variants"][f"https://{self.host}{self.path(older)}"] = self.url_of(out, older)
        for r in newest_first[:2]:  # so does Drupal (Matomo reads the campaign in the browser)
            out.add(self.path(r) + self.CAMPAIGN, out.resources[self.path(r)].body)
            truth["variants"][self.url_of(out, r) + self.CAMPAIGN] = self.url_of(out, r)
        # /presse: views page with ?page=N (and ?page=0, the pager's "first page" link)
        chunks = self.pages(newest_first, self.per_page)
        for number, chunk in enumerate(chunks):
            content = self.view(
                "presse",
                "".join(self.teaser(r) for r in chunk),
                self.pager(number, len(chunks)),
                header="<p>Pressemitteilungen des Kreisverbands und der Kreistagsfraktion.</p>",
                feed=self.years_block(releases),
            )
            body = self.page(
                out,
                "Presse",
                content,
                canonical=out.url("/presse" + (f"?page={number}" if number else "")),
                body_class="path-presse",
                feed=out.url("/rss.xml"),
            )
            targets = [f"/presse?page={number}"] + (["/presse"] if number == 0 else [])
            for target in targets:
                out.add(target, body)
                truth["non_announcements"].append(out.url(target))
        # yearly archive (views contextual filter), a table
        for year in sorted({r.published.year for r in releases}):
            rows = "".join(
                f'<tr><td class="views-field views-field-created" headers="view-created-table-column">'
                f'{self.time(r, dmy(r.published))}</td><td class="views-field views-field-title" '
                f'headers="view-title-table-column"><a href="{self.path(r)}" '
                f'hreflang="de">{esc(r.title)}</a></td></tr>\n'
                for r in newest_first
                if r.published.year == year
            )
            table = (
                '<table class="views-table views-view-table cols-2">\n<thead><tr><th '
                'id="view-created-table-column" '
                'class="views-field views-field-created" scope="col">Datum</th><th '
                'id="view-title-table-column" '
                'class="views-field views-field-title" '
                f'scope="col">Titel</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n'
            )
            target = f"/presse/archiv/{year}"
            out.add(
                target,
                self.page(
                    out,
                    f"Pressearchiv {year}",
                    self.view("pressearchiv", table),
                    canonical=out.url(target),
                    body_class="path-presse",
                    crumbs=(("/presse", "Presse"),),
                ),
            )
            truth["non_announcements"].append(out.url(target))
        # taxonomy term pages with their feeds
        for topic in sorted({r.topic for r in releases}, key=lambda t: t.tag):
            members = [r for r in newest_first if r.topic is topic]
            tid = self.tids[topic.tag]
            feed = f"/taxonomy/term/{tid}/feed"
            icon = (
                f'<div class="feed-icons"><a href="{feed}" class="feed-icon">Abonnieren '
                f"{esc(topic.label)}</a></div>\n"
            )
            target = f"/schlagworte/{topic.tag}"
            out.add(
                target,
                self.page(
                    out,
                    topic.label,
                    self.view("taxonomy_term", "".join(self.teaser(r) for r in members), feed=icon),
                    canonical=out.url(target),
                    body_class="path-taxonomy",
                    feed=out.url(feed),
                ),
            )
            out.add(
                feed,
                self.rss(out, topic.label, out.url(target), members),
                content_type="application/rss+xml; charset=utf-8",
            )
            truth["non_announcements"] += [out.url(target), out.url(feed)]
        # front page: hero with Matomo campaign links, promoted teasers with ?page=N
        hero = (
            '<div class="block block-block-content" id="block-hero"><div class="hero"><h2>Im Fokus</h2><ul>'
            + "".join(
                f'<li><a href="{attr(self.path(r) + self.CAMPAIGN)}">{esc(r.title)}</a></li>'
                for r in newest_first[:2]
            )
            + "</ul></div></div>\n"
        )
        fronts = self.pages(newest_first, self.front_per_page)
        for number, chunk in enumerate(fronts):
            content = (hero if number == 0 else "") + self.view(
                "frontpage",
                "".join(self.teaser(r) for r in chunk),
                self.pager(number, len(fronts)),
                feed=(
                    '<div class="feed-icons"><a href="/rss.xml" class="feed-icon">RSS-Feed abonnieren</a>'
                    "</div>\n"
                ),
            )
            target = "/" if number == 0 else f"/?page={number}"
            out.add(
                target,
                self.page(
                    out,
                    "Willkommen",
                    content,
                    canonical=out.url("/" if number == 0 else target),
                    body_class="path-frontpage",
                    feed=out.url("/rss.xml"),
                    heading=False,
                ),
            )
            truth["non_announcements"].append(out.url(target))
        out.add("/node", redirect="/", status=301)
        out.add(
            "/rss.xml",
            self.rss(out, "GRÜNE Wesertal", out.url("/"), newest_first[:10]),
            content_type="application/rss+xml; charset=utf-8",
        )
        truth["non_announcements"].append(out.url("/rss.xml"))
        # events (a view of upcoming dates), basic pages
        events = "".join(
            f'<div class="views-row"><div class="views-field views-field-field-datum">{when}</div>'
            f'<div class="views-field views-field-title"><strong>{esc(what)}</strong></div>'
            f'<div class="views-field views-field-body">{esc(where)}</div></div>\n'
            for when, what, where in (
                ("Mi., 04.12.2024 - 19:00", "Kreismitgliederversammlung", "Bürgerhaus Wesertal, Saal 2"),
                ("Sa., 14.12.2024 - 10:00", "Infostand Wochenmarkt", "Marktplatz Wesertal"),
                ("Di., 07.01.2025 - 19:30", "Offenes Treffen", "Grünes Büro, Am Markt 7"),
            )
        )
        out.add(
            "/termine", self.page(out, "Termine", self.view("termine", events), canonical=out.url("/termine"))
        )
        truth["non_announcements"].append(out.url("/termine"))
        people = ", ".join(f"{p.name} ({p.role})" for p in self.news.people)
        basics = {
            "/kreisvorstand": ("Kreisvorstand", f"Der Kreisvorstand: {people}."),
            "/mitmachen/mitglied-werden": (
                "Mitglied werden",
                "Werde Mitglied bei BÜNDNIS 90/DIE GRÜNEN! Der Beitrag richtet sich nach deinem Einkommen; "
                "der Antrag geht online über den Bundesverband.",
            ),
            "/kontakt": (
                "Kontakt",
                "Grünes Büro Wesertal, Am Markt 7, 31785 Wesertal, Telefon 05151 2718-0.",
            ),
            "/impressum": (
                "Impressum",
                "BÜNDNIS 90/DIE GRÜNEN Kreisverband Wesertal, vertreten durch den Kreisvorstand. "
                "Verantwortlich nach § 18 Abs. 2 MStV: die Kreisvorstandssprecherin.",
            ),
            "/datenschutz": (
                "Datenschutzerklärung",
                "Wir verarbeiten personenbezogene Daten nur im Rahmen der DSGVO. Diese Website setzt ein "
                "Cookie, um Ihre Cookie-Einstellung zu speichern.",
            ),
        }
        for path, (title, text) in basics.items():
            out.add(path, self.basic(out, path, title, text))
            truth["non_announcements"].append(out.url(path))
        out.add(
            "/user/login",
            self.page(
                out,
                "Anmelden",
                '<form class="user-login-form" action="/user/login" method="post">'
                '<input name="name" /><input name="pass" type="password" /></form>\n',
                canonical=out.url("/user/login"),
            ),
        )
        # simple_sitemap's sitemap.xml (not named in robots.txt)
        rows = [(out.url("/"), None, "1.0")]
        rows += [
            (self.url_of(out, r), iso_local(local_moment(r) + timedelta(minutes=7)), "0.5")
            for r in newest_first
        ]
        rows += [(out.url(p), "2022-01-14T11:20:00+01:00", "0.3") for p in basics]
        body = "".join(
            f"<url><loc>{esc(loc)}</loc>"
            + (f"<lastmod>{mod}</lastmod>" if mod else "")
            + f"<changefreq>weekly</changefreq><priority>{prio}</priority></url>"
            for loc, mod, prio in rows
        )
        out.add(
            "/sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="'
            f'{out.url("/sitemap_generator/default/sitemap.xsl")}"?>\n<urlset xmlns="http://www.sitemaps.org/'
            'schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" '
            f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{body}</urlset>\n',
        )
        truth["non_announcements"].append(out.url("/sitemap.xml"))
        out.add(
            "/robots.txt",
            "#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
            "# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\n"
            "User-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.js$\nAllow: /core/*.gif\n"
            "Allow: /profiles/*.css$\nAllow: /themes/*.css$\nAllow: /themes/*.js$\n# Directories\n"
            "Disallow: /core/\nDisallow: /profiles/\n# Files\nDisallow: /README.txt\nDisallow: /web.config\n"
            "# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\nDisallow: /filter/tips\n"
            "Disallow: /node/add/\nDisallow: /search/\nDisallow: /user/register\nDisallow: /user/password\n"
            "Disallow: /user/login\nDisallow: /user/logout\nDisallow: /media/oembed\nDisallow: "
            "/*/media/oembed\n"
            "# Paths (no clean URLs)\nDisallow: /index.php/admin/\nDisallow: /index.php/comment/reply/\n"
            "Disallow: /index.php/filter/tips\nDisallow: /index.php/node/add/\nDisallow: /index.php/search/\n"
            "Disallow: /index.php/user/password\nDisallow: /index.php/user/register\n"
            "Disallow: /index.php/user/login\nDisallow: /index.php/user/logout\n",
        )
        out.add(
            "/404.html",
            self.page(
                out,
                "Seite nicht gefunden",
                "<p>Die angeforderte Seite konnte nicht gefunden werden.</p>\n",
                canonical=None,
            ),
        )


# ==============================================================================================
# c) hand-made press service of a Kreistag faction: Dreamweaver tables, ISO-8859-1, datelines
# ==============================================================================================
class StaticSite(HeldoutSite):
    host = "www.cdu-kreistag-lindenau.test"
    template = "static-dreamweaver"
    count = 18
    encoding = "iso-8859-1"
    content_types: ClassVar[dict[str, str]] = {".html": "text/html", ".php": "text/html", ".xml": "text/xml"}
    uid_start = 1
    first_day = date(2015, 9, 14)
    last_day = date(2017, 5, 19)
    org = Org(
        kind="faction",
        name="CDU-Kreistagsfraktion Lindenau",
        subject="Die CDU-Kreistagsfraktion",
        short="CDU",
        town="Lindenau",
        email_domain="cdu-kreistag-lindenau.test",
        phone="02832 9076",
        roles=(
            ("Fraktionsvorsitzender", "Fraktionsvorsitzende"),
            ("stellvertretender Fraktionsvorsitzender", "stellvertretende Fraktionsvorsitzende"),
            ("Kreistagsabgeordneter", "Kreistagsabgeordnete"),
            ("sachkundiger Bürger", "sachkundige Bürgerin"),
            ("Fraktionsgeschäftsführer", "Fraktionsgeschäftsführerin"),
        ),
    )
    BOILERPLATE = (
        "Sie befinden sich hier:",
        "CDU im Kreistag Lindenau",
        "Fraktionsgeschäftsstelle",
        "Kreishaus, Zimmer 117",
        "Diese Internetseite verwendet Cookies",
        "Druckversion",
        "zurück zur Übersicht",
        "Seite drucken",
        "Stand: Mai 2017",
        "Webmaster",
    )
    CAL_FIRST, CAL_LAST, CAL_NOW = (2010, 1), (2022, 12), (2017, 6)
    FEED_TAG = "?utm_source=rss&utm_medium=feed&utm_campaign=pressedienst"
    DISTRICTS = ("Lindenau", "Lindenau", "Lindenau", "Lindenau-Oberdorf", "Kreishaus Lindenau")

    def prepare(self) -> None:
        numbers: dict[int, int] = {}
        for r in self.base:
            last = max((n for uid, n in numbers.items() if self.year_of(uid) == r.published.year), default=0)
            numbers[r.uid] = last + self.rng.randint(2, 6)
        self.numbers = numbers
        self.places = {r.uid: self.rng.choice(self.DISTRICTS) for r in self.base}
        self.long_dates = {r.uid for r in self.base if self.rng.random() < 0.25}

    def year_of(self, uid: int) -> int:
        return next(r.published.year for r in self.base if r.uid == uid)

    def stem(self, r: Release) -> str:
        return f"pm-{r.published.year}-{self.numbers[r.uid]:03d}"

    def path(self, r: Release) -> str:
        return f"/presse/{r.published.year}/{self.stem(r)}.html"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    def dateline(self, r: Release) -> str:
        when = german_date(r.published) if r.uid in self.long_dates else dmy(r.published)
        return f"{self.places[r.uid]}, {when} &ndash;"

    # -- layout ----------------------------------------------------------------------------
    def page(self, title: str, content: str, depth: int, crumb: str) -> str:
        up = "../" * depth
        nav = "".join(
            f'<tr><td class="navi"><a href="{up}{href}" class="navi">{esc(label)}</a></td></tr>\n'
            for href, label in (
                ("index.html", "Startseite"),
                ("fraktion.html", "Die Fraktion"),
                ("presse/index.html", "Pressedienst"),
                ("archiv/index.html", "Pressearchiv"),
                ("themen/index.html", "Themen"),
                ("termine.php", "Termine"),
                ("mitglied.html", "Mitglied werden"),
                ("kontakt.html", "Kontakt"),
            )
        )
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
            '<html><!-- InstanceBegin template="/Templates/fraktion.dwt" codeOutsideHTMLIsLocked="false" '
            "-->\n"
            "<head>\n"
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
            '<!-- InstanceBeginEditable name="doctitle" -->\n<title>CDU-Kreistagsfraktion Lindenau - '
            f"{esc(title)}</title>\n"
            "<!-- InstanceEndEditable -->\n"
            '<meta name="keywords" content="CDU, Kreistag, Lindenau, Fraktion, Pressemitteilung">\n'
            f'<link href="{up}css/fraktion.css" rel="stylesheet" type="text/css">\n'
            '<link rel="alternate" type="application/rss+xml" title="Pressedienst der CDU-Kreistagsfraktion" '
            f'href="{up}presse/rss.xml">\n'
            '<script language="JavaScript" type="text/JavaScript">\n<!--\nfunction '
            "MM_openBrWindow(theURL,winName,"
            "features) { //v2.0\n  window.open(theURL,winName,features);\n}\n//-->\n</script>\n"
            "</head>\n\n"
            '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
            '<div id="cookiehinweis">Diese Internetseite verwendet Cookies für die Zugriffsstatistik. '
            f'<a href="{up}datenschutz.html">Mehr erfahren</a> | <a href="#" '
            "onclick=\"document.getElementById('cookiehinweis').style.display='none';return "
            'false;">OK</a></div>\n'
            '<table width="800" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            '  <tr>\n    <td colspan="3"><a href="' + up + 'index.html"><img src="' + up + 'bilder/kopf.jpg" '
            'width="800" height="110" border="0" alt="CDU im Kreistag Lindenau"></a></td>\n  </tr>\n'
            '  <tr>\n    <td colspan="3" class="pfad">Sie befinden sich hier: '
            f'<a href="{up}index.html">Startseite</a> &raquo; {crumb}</td>\n  </tr>\n'
            '  <tr>\n    <td width="160" valign="top" bgcolor="#E6ECF2">\n'
            f'      <table width="160" border="0" cellspacing="0" cellpadding="4">\n{nav}      </table>\n'
            f'      <img src="{up}bilder/spacer.gif" width="160" height="1"></td>\n'
            '    <td width="480" valign="top" class="inhalt">\n<!-- InstanceBeginEditable name="Inhalt" -->\n'
            f"{content}\n<!-- InstanceEndEditable -->\n    </td>\n"
            '    <td width="160" valign="top" bgcolor="#F2F2F2" class="rechts">\n'
            "      <p><b>Fraktionsgeschäftsstelle</b><br>\n      Kreishaus, Zimmer 117<br>\n"
            "      Nassauerallee 15<br>\n      47533 Lindenau<br>\n      Tel. 02832 9076-0<br>\n"
            '      <a href="mailto:fraktion@cdu-kreistag-lindenau.test">'
            "fraktion@cdu-kreistag-lindenau.test</a></p>\n"
            f'      <p><a href="{up}presse/rss.xml"><img src="{up}bilder/rss.gif" border="0" alt="RSS"> '
            "Pressedienst als RSS</a></p>\n    </td>\n  </tr>\n"
            '  <tr>\n    <td colspan="3" class="fuss">&copy; CDU-Kreistagsfraktion Lindenau | '
            f'<a href="{up}impressum.html">Impressum</a> | <a href="{up}datenschutz.html">Datenschutz</a> | '
            f'<a href="{up}intern/index.html">Intern</a> | <a href="{up}statistik/index.html">Statistik</a> '
            "| "
            '<a href="mailto:webmaster@cdu-kreistag-lindenau.test">Webmaster</a> | Stand: Mai 2017</td>\n'
            "  </tr>\n</table>\n</body>\n<!-- InstanceEnd --></html>\n"
        )

    def release_html(self, r: Release, printable: bool) -> str:
        lead, *rest = r.paragraphs
        paragraphs = [f"<p><b>{self.dateline(r)}</b> {esc(lead)}</p>"] + [f"<p>{esc(p)}</p>" for p in rest]
        number = f"{self.numbers[r.uid]}/{r.published.year}"
        body = (
            f'<p class="dachzeile">Pressemitteilung Nr. {number}</p>\n'
            f'<h1 class="titel">{esc(r.title)}</h1>\n' + "\n".join(paragraphs) + "\n"
        )
        if printable:
            return (
                '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
                f"<title>Druckversion: {esc(r.title)}</title>\n"
                '<link href="../../css/druck.css" rel="stylesheet" type="text/css">\n</head>\n'
                '<body onLoad="window.print()">\n<p><img src="../../bilder/logo-sw.gif" alt="CDU"> '
                "CDU-Kreistagsfraktion Lindenau &middot; Pressedienst</p>\n<hr>\n"
                f'{body}<hr>\n<p class="klein">Fraktionsgeschäftsstelle, Kreishaus, Zimmer 117, '
                "Nassauerallee 15, "
                '47533 Lindenau</p>\n<p><a href="javascript:window.print()">Seite '
                "drucken</a></p>\n</body>\n</html>\n"
            )
        month = f"{r.published:%Y-%m}"
        tail = (
            f'<p class="unten"><a href="#" onClick="MM_openBrWindow(\'{self.stem(r)}-druck.html\',\'druck\','
            f'\'scrollbars=yes,width=620,height=600\')"><img src="../../bilder/drucker.gif" border="0"> '
            f'Druckversion</a> | <a href="{self.stem(r)}-druck.html" target="_blank">Druckversion (ohne '
            f'JavaScript)</a> | <a href="../../archiv/{month}.html">zurück zur Übersicht</a></p>\n'
            '<p class="themen">Thema: <a '
            f'href="../../themen/{r.topic.tag}.html">{esc(r.topic.label)}</a></p>\n'
        )
        crumb = f'<a href="../index.html">Pressedienst</a> &raquo; Pressemitteilung {number}'
        return self.page(r.title, body + tail, 2, crumb)

    def entry(self, r: Release, up: str, teaser: bool = False) -> str:
        link = f'<a href="{up}presse/{r.published.year}/{self.stem(r)}.html">{esc(r.title)}</a>'
        extra = f"<br>\n{esc(r.teaser(160))}" if teaser else ""
        day = dmy(r.published)
        return f'<tr><td valign="top" width="80" class="datum">{day}</td><td>{link}{extra}</td></tr>\n'

    def table(self, rows: str) -> str:
        return f'<table width="100%" border="0" cellspacing="0" cellpadding="3">\n{rows}</table>\n'

    def calendar(self, year: int, month: int) -> str:
        rng = random.Random(f"termine-{year}-{month}")
        items = (
            "Fraktionssitzung, Kreishaus, Sitzungsraum 2",
            "Sitzung des Kreistages, Großer Sitzungssaal",
            "Kreisausschuss",
            "Arbeitskreis Finanzen",
            "Bürgersprechstunde des Fraktionsvorsitzenden",
        )
        rows = "".join(
            f'<tr><td class="datum">{day:02d}.{month:02d}.{year}</td><td>{hour} '
            f"Uhr</td><td>{esc(text)}</td></tr>\n"
            for day, hour, text in sorted(
                (rng.randint(1, 28), rng.choice(("17.00", "18.00", "19.30")), rng.choice(items))
                for _ in range(3)
            )
        )
        prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        links = []
        if (prev_y, prev_m) >= self.CAL_FIRST:
            links.append(
                f'<a href="termine.php?monat={prev_m}&amp;jahr={prev_y}">&laquo; {MONTHS[prev_m - 1]}</a>'
            )
        if (next_y, next_m) <= self.CAL_LAST:
            links.append(
                f'<a href="termine.php?monat={next_m}&amp;jahr={next_y}">{MONTHS[next_m - 1]} &raquo;</a>'
            )
        content = (
            f'<h1 class="titel">Termine {MONTHS[month - 1]} {year}</h1>\n'
            f"<p>{' &nbsp; '.join(links)}</p>\n" + self.table(rows)
        )
        return self.page(f"Termine {MONTHS[month - 1]} {year}", content, 0, "Termine")

    def rss(self, out: HostBuilder, newest: list[Release]) -> str:
        items = "".join(
            f"<item>\n<title>{esc(r.title)}</title>\n"
            f"<link>{esc(self.url_of(out, r) + self.FEED_TAG)}</link>\n"
            f"<description>{esc(r.teaser(300))}</description>\n<pubDate>{rfc822(r)}</pubDate>\n"
            f"<guid>{esc(self.url_of(out, r))}</guid>\n</item>\n"
            for r in newest
        )
        return (
            '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">\n<channel>\n'
            "<title>Pressedienst der CDU-Kreistagsfraktion Lindenau</title>\n"
            f"<link>{out.url('/presse/index.html')}</link>\n"
            "<description>Pressemitteilungen der CDU-Kreistagsfraktion Lindenau</description>\n"
            f"<language>de-de</language>\n{items}</channel>\n</rss>\n"
        )

    # -- the whole site --------------------------------------------------------------------
    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/intern/", "/statistik/", "/cgi-bin/"]
        truth["traps"] = [{"prefix": "/termine.php", "max_requests": 30}]
        newest_first = list(reversed(releases))
        for r in releases:
            out.add(self.path(r), self.release_html(r, printable=False))
            number = f"Pressemitteilung Nr. {self.numbers[r.uid]}/{r.published.year}"
            self.announce(out, r, [number])
            printed = f"/presse/{r.published.year}/{self.stem(r)}-druck.html"
            out.add(printed, self.release_html(r, printable=True))
            truth["variants"][out.url(printed)] = self.url_of(out, r)
        for r in newest_first[:10]:
            truth["variants"][self.url_of(out, r) + self.FEED_TAG] = self.url_of(out, r)
        # current releases, start page
        current = self.table("".join(self.entry(r, "../", teaser=True) for r in newest_first[:8]))
        out.add(
            "/presse/index.html",
            self.page(
                "Pressedienst",
                '<h1 class="titel">Pressedienst</h1>\n<p>Die aktuellen Pressemitteilungen der Fraktion. '
                "Ältere "
                'Meldungen finden Sie im <a href="../archiv/index.html">Pressearchiv</a>.</p>\n' + current,
                1,
                "Pressedienst",
            ),
        )
        truth["non_announcements"] += [out.url("/presse/index.html"), out.url("/presse/")]
        top = self.table("".join(self.entry(r, "") for r in newest_first[:4]))
        old_host = "http://" + self.host.removeprefix("www.")
        out.add(
            "/index.html",
            self.page(
                "Startseite",
                '<h1 class="titel">Herzlich willkommen!</h1>\n<p>Auf diesen Seiten informiert die '
                "CDU-Fraktion im "
                "Kreistag Lindenau über ihre Arbeit für den Kreis.</p>\n<h2>Aktuelle "
                "Pressemitteilungen</h2>\n"
                + top
                + f'<p><a href="{old_host}{self.path(newest_first[0])}">Unsere neueste Pressemitteilung</a> '
                "&middot; "
                '<a href="presse/index.html">alle Pressemitteilungen</a></p>\n',
                0,
                "Startseite",
            ),
        )
        truth["variants"][old_host + self.path(newest_first[0])] = self.url_of(out, newest_first[0])
        truth["non_announcements"] += [out.url("/"), out.url("/index.html")]
        # monthly archive
        months = sorted({(r.published.year, r.published.month) for r in releases}, reverse=True)
        for year, month in months:
            members = [r for r in newest_first if (r.published.year, r.published.month) == (year, month)]
            target = f"/archiv/{year}-{month:02d}.html"
            out.add(
                target,
                self.page(
                    f"Pressearchiv {MONTHS[month - 1]} {year}",
                    f'<h1 class="titel">Pressemitteilungen {MONTHS[month - 1]} {year}</h1>\n'
                    + self.table("".join(self.entry(r, "../") for r in members))
                    + '<p><a href="index.html">zurück zum Pressearchiv</a></p>\n',
                    1,
                    f'<a href="index.html">Pressearchiv</a> &raquo; {MONTHS[month - 1]} {year}',
                ),
            )
            truth["non_announcements"].append(out.url(target))
        years = sorted({y for y, _ in months}, reverse=True)
        index = "".join(
            f"<p><b>{y}</b><br>\n"
            + " | ".join(
                f'<a href="{y}-{m:02d}.html">{MONTHS[m - 1]}</a>' for yy, m in sorted(months) if yy == y
            )
            + "</p>\n"
            for y in years
        )
        out.add(
            "/archiv/index.html",
            self.page("Pressearchiv", f'<h1 class="titel">Pressearchiv</h1>\n{index}', 1, "Pressearchiv"),
        )
        truth["non_announcements"] += [out.url("/archiv/index.html"), out.url("/archiv/")]
        # topics
        topics = sorted({r.topic for r in releases}, key=lambda t: t.tag)
        for topic in topics:
            members = [r for r in newest_first if r.topic is topic]
            target = f"/themen/{topic.tag}.html"
            out.add(
                target,
                self.page(
                    topic.label,
                    f'<h1 class="titel">Thema: {esc(topic.label)}</h1>\n'
                    + self.table("".join(self.entry(r, "../") for r in members)),
                    1,
                    f'<a href="index.html">Themen</a> &raquo; {esc(topic.label)}',
                ),
            )
            truth["non_announcements"].append(out.url(target))
        out.add(
            "/themen/index.html",
            self.page(
                "Themen",
                '<h1 class="titel">Themen</h1>\n<ul>\n'
                + "".join(f'<li><a href="{t.tag}.html">{esc(t.label)}</a></li>\n' for t in topics)
                + "</ul>\n",
                1,
                "Themen",
            ),
        )
        truth["non_announcements"] += [out.url("/themen/index.html"), out.url("/themen/")]
        people = "<br>\n".join(f"{esc(p.name)}, {esc(p.role)}" for p in self.news.people)
        statics = {
            "fraktion.html": ("Die Fraktion", f"<p>Der CDU-Kreistagsfraktion gehören an:<br>\n{people}</p>"),
            "mitglied.html": (
                "Mitglied werden",
                "<p>Sie möchten sich in der CDU engagieren? Einen Aufnahmeantrag erhalten Sie in der "
                "Kreisgeschäftsstelle oder online bei der CDU Deutschlands.</p>",
            ),
            "kontakt.html": (
                "Kontakt",
                "<p>Fraktionsgeschäftsstelle im Kreishaus, Zimmer 117, Nassauerallee 15, 47533 Lindenau, "
                "Telefon 02832 9076-0, Telefax 02832 9076-20.</p>",
            ),
            "impressum.html": (
                "Impressum",
                "<p>Verantwortlich für den Inhalt: CDU-Kreistagsfraktion Lindenau, vertreten durch den "
                "Fraktionsvorsitzenden. Angaben gemäß § 5 TMG.</p>",
            ),
            "datenschutz.html": (
                "Datenschutz",
                "<p>Beim Besuch dieser Seiten speichert der Server Datum, Uhrzeit und die aufgerufene Seite "
                "für "
                "die Zugriffsstatistik. Ein Cookie merkt sich, dass Sie den Hinweis gelesen haben.</p>",
            ),
        }
        for name, (title, text) in statics.items():
            out.add(
                f"/{name}", self.page(title, f'<h1 class="titel">{esc(title)}</h1>\n{text}\n', 0, esc(title))
            )
            truth["non_announcements"].append(out.url(f"/{name}"))
        out.add("/presse/rss.xml", self.rss(out, newest_first[:10]))
        truth["non_announcements"].append(out.url("/presse/rss.xml"))
        # the PHP calendar: 2010 … 2022, termine.php itself is the current month
        out.add("/termine.php", self.calendar(*self.CAL_NOW))
        truth["non_announcements"].append(out.url("/termine.php"))
        year, month = self.CAL_FIRST
        while (year, month) <= self.CAL_LAST:
            target = f"/termine.php?monat={month}&jahr={year}"
            out.add(target, self.calendar(year, month))
            truth["non_announcements"].append(out.url(target))
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        out.add(
            "/intern/index.html",
            self.page(
                "Intern",
                '<h1 class="titel">Interner Bereich</h1>\n<p>Bitte Passwort eingeben.</p>\n',
                1,
                "Intern",
            ),
        )
        out.add(
            "/statistik/index.html",
            "<html><head><title>Usage Statistics for "
            "cdu-kreistag-lindenau</title></head><body><h2>Webalizer Version 2.23</h2></body></html>\n",
        )
        out.add(
            "/robots.txt",
            "# robots.txt fuer www.cdu-kreistag-lindenau.test\nUser-agent: *\nDisallow: /intern/\n"
            "Disallow: /statistik/\nDisallow: /cgi-bin/\n",
        )
        out.add(
            "/404.html",
            "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL "
            "was not found on this server.</p></body></html>\n",
        )


SITES: tuple[type[HeldoutSite], ...] = (JoomlaSite, DrupalSite, StaticSite)


# ==============================================================================================
# entry points
# ==============================================================================================
def generate_heldout(target: Path) -> dict[str, dict[str, Any]]:
    """Write the held-out sites into ``target``; returns their truth by host."""
    target.mkdir(parents=True, exist_ok=True)
    truths = {}
    for site_class in SITES:
        site = site_class()
        out = site.build()
        out.write(target / site.host)
        truths[site.host] = out.truth
    return truths


def write(outputs: dict[str, Path]) -> dict[str, dict[str, str]]:
    """The committed suite: the three held-out sites (``first``: they have no second night)."""
    return {
        host: {"template": truth["template"]} for host, truth in generate_heldout(outputs["first"]).items()
    }
