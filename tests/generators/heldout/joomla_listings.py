"""The Joomla 3 party branch's listings: blog pages with their pagination, tag pages, the home page,
the JEvents month calendar and the static pages (``joomla_layout.py`` writes the page around them)."""

from __future__ import annotations

import random
from datetime import date

from tests.generators.dev.base import attr, esc
from tests.generators.heldout.joomla_layout import JoomlaLayout
from tests.generators.textbank import MONTHS, WEEKDAYS, Release


class JoomlaListings(JoomlaLayout):
    """The listings of the Joomla site, on :class:`JoomlaLayout`'s page."""

    per_page = 5
    CAL_FIRST, CAL_LAST, CAL_NOW = (2020, 1), (2030, 12), (2025, 6)
    FOCUS = "?utm_source=startseite&utm_medium=banner&utm_campaign=im-fokus"

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
