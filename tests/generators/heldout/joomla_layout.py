"""The Joomla 3 party branch's page: Protostar shell, article info, tags, the article with its
neighbours, the print view and the mail-a-friend form (``joomla.py`` is the site and what it serves)."""

from __future__ import annotations

from datetime import date, datetime

from tests.generators.dev.base import attr, esc
from tests.generators.heldout.base import BERLIN, HeldoutSite, digest, iso_local, local_moment
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import MONTHS, TOPICS, WEEKDAYS, Release


class JoomlaLayout(HeldoutSite):
    """How the Joomla site writes a page; :meth:`JoomlaSite.prepare` sets ``hits`` and ``modified``."""

    hits: dict[int, int]  # release uid → the hit counter shown
    modified: dict[int, date]  # release uid → the day it was last modified (some releases)

    MENU = (
        ("/index.php", "Startseite"),
        ("/index.php/aktuelles", "Aktuelles"),
        ("/index.php/termine", "Termine"),
        ("/index.php/ueber-uns", "Über uns"),
        ("/index.php/mitglied-werden", "Mitglied werden"),
        ("/index.php/kontakt", "Kontakt"),
    )

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
