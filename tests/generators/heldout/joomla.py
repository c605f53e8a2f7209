"""a) Joomla 3 party branch (www.fdp-altenbruch.test)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import ClassVar

from tests.generators.dev.base import attr, esc
from tests.generators.heldout.base import BERLIN, HeldoutSite, digest, iso_local, local_moment
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import MONTHS, TOPICS, WEEKDAYS, Org, Release


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
