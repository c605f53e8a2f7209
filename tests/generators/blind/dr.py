# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""5. Drupal 10 (Olivero): a CDU town association with articles and events (www.cdu-wendhausen.test).
Its data is ``dr_data.py``, its page shell ``dr_templates.py``."""

from __future__ import annotations

from datetime import date

from tests.generators.blind.dr_data import (
    DR,
    DR_BOILERPLATE,
    DR_EVENTS,
    DR_EXTRAS,
    DR_GUESTS,
    DR_NEW,
    DR_SEEDS,
    DR_TAGS,
    DRH,
)
from tests.generators.blind.dr_templates import dr_page, dr_stamp
from tests.generators.blind.site import TODAY, Host
from tests.generators.blind.text import Release, announce, attr, dmy, esc, finish, gone, rfc822, timeline
from tests.generators.textbank import MONTHS


def build_dr(state: int) -> Host:
    seeds_ = []
    for i, r in enumerate(DR_SEEDS + DR_NEW):
        if r.kind == "T":
            phrase, where, venue, hour = DR_EVENTS[r.title]
            r = Release(
                **{
                    **r.__dict__,
                    "event": {
                        "phrase": phrase,
                        "where": where,
                        "venue": venue,
                        "hour": hour,
                        "guest": DR_GUESTS[i % 6],
                        "extra": DR_EXTRAS[i % 6],
                    },
                }
            )
        seeds_.append(r)
    st = timeline(
        505,
        DR,
        seeds_[: len(DR_SEEDS)],
        seeds_[len(DR_SEEDS) :],
        date(2023, 8, 21),
        edited=4,
        removed=10,
        state=state,
    )
    h = Host("www.cdu-wendhausen.test")
    h.truth.update(
        organisation=DR.name,
        template="drupal-10-olivero",
        boilerplate=DR_BOILERPLATE,
        disallowed=["/admin/", "/search/", "/user/login", "/user/register", "/node/add/"],
        traps=[{"prefix": "/termine/kalender", "max_requests": 30}],
    )
    rels, newest = st.releases, st.releases[::-1]
    events = [r for r in rels if r.kind == "T"]

    def nid(r: Release) -> int:
        return 40 + 3 * r.number

    def alias(r: Release) -> str:
        return f"/{'termine' if r.kind == 'T' else 'aktuelles'}/{r.slug}"

    def teaser(o: Release) -> str:
        when = f'<div class="node__meta"><span class="node__meta-date">{dr_stamp(o.published, o.hour, o.minute)}</span></div>'
        return (
            f'<article data-history-node-id="{nid(o)}" class="node node--type-{"termin" if o.kind == "T" else "article"} node--view-mode-teaser">'
            f'<header><h2 class="node__title"><a href="{alias(o)}" rel="bookmark"><span class="field field--name-title">{esc(o.title)}</span></a></h2>{when}</header>'
            f'<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">'
            f'<p>{esc(o.teaser(30))}</p></div><ul class="links inline"><li class="node-readmore"><a href="{alias(o)}" rel="tag" title="{attr(o.title)}" hreflang="de">'
            f'Weiterlesen<span class="visually-hidden"> über {esc(o.title)}</span></a></li></ul></div></article>\n'
        )

    upcoming = sorted((e for e in events if e.event["date"] >= TODAY), key=lambda e: e.event["date"])[:3]
    next_block = (
        '<div class="views-element-container block block-views block-views-blocktermine-block-1" id="block-views-block-termine-block-1">'
        '<h2 class="block__title">Nächste Termine</h2><div class="block__content"><div class="view view-termine view-id-termine view-display-id-block_1"><ul>'
        + "".join(
            f'<li><time datetime="{e.event["date"].isoformat()}T{e.event["hour"] - 2:02d}:00:00Z">{dmy(e.event["date"])}</time> '
            f'<a href="{alias(e)}" hreflang="de">{esc(e.title)}</a></li>'
            for e in upcoming
        )
        + '</ul><div class="more-link"><a href="/termine">Alle Termine</a></div></div></div></div>\n'
    )
    for r in rels:
        related = [o for o in newest if o is not r and o.category == r.category][:2]
        related += [o for o in newest if o is not r and o not in related and o not in upcoming][
            : 3 - len(related)
        ]
        rel_block = (
            '<div class="views-element-container block block-views" id="block-views-block-verwandte-inhalte-block-1">'
            '<h2 class="block__title">Das könnte Sie auch interessieren</h2><div class="block__content">'
            + "".join(
                f'<div class="views-row"><a href="{alias(o)}" hreflang="de">{esc(o.title)}</a><p>{esc(o.teaser(18))}</p></div>'
                for o in related
            )
            + "</div></div>\n"
        )
        kind = "termin" if r.kind == "T" else "article"
        fields = ""
        if r.kind == "T":
            ev = r.event
            fields = (
                f'<div class="field field--name-field-datum field--type-datetime field--label-inline clearfix"><div class="field__label">Datum</div>'
                f'<div class="field__item"><time datetime="{ev["date"].isoformat()}T{ev["hour"] - 2:02d}:00:00Z" class="datetime">'
                f'{dr_stamp(ev["date"], ev["hour"], 0)} Uhr</time></div></div>\n<div class="field field--name-field-ort field--type-string '
                f'field--label-inline clearfix"><div class="field__label">Ort</div><div class="field__item">{esc(ev["venue"])}</div></div>\n'
            )
        tid = DR_TAGS[r.category]
        main = f"""<article data-history-node-id="{nid(r)}" class="node node--type-{kind} node--promoted node--view-mode-full">
  <header class="">
      <div class="node__meta">
        <span>Von <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>vorstand</span></span></span>
        <span class="node__meta-date">{dr_stamp(r.published, r.hour, r.minute)}</span>
      </div>
  </header>
  <div class="node__content">
{fields}<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{"".join(f"<p>{esc(p)}</p>" for p in r.paragraphs)}</div>
  <div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
    <h3 class="field__label field--tags__label">Schlagworte</h3>
    <ul class="links field__items field--tags__items"><li class="field--tags__item field__item"><a href="/taxonomy/term/{tid}" hreflang="de">{esc(r.category)}</a></li></ul>
  </div>
  </div>
</article>"""
        head = (
            f'<link rel="canonical" href="{DRH}{alias(r)}" />\n<link rel="shortlink" href="{DRH}/node/{nid(r)}" />\n'
            f'<meta name="description" content="{attr(r.teaser(25))}" />\n'
        )
        crumbs = [("Termine", "/termine")] if r.kind == "T" else [("Aktuelles", "/aktuelles")]
        page = dr_page(
            r.title,
            main,
            path_class=f"path-node page-node-type-{kind}",
            crumbs=crumbs,
            sidebar=next_block + rel_block,
            head=head,
        )
        h.add(alias(r), page)
        announce(
            h,
            h.url(alias(r)),
            r,
            page,
            [o.title for o in related + upcoming if o is not r] + [o.teaser(18) for o in related],
        )
        h.variant(f"/node/{nid(r)}", page, alias(r))
    if state == 2:
        gone(
            h,
            alias(st.removed),
            dr_page(
                "Seite nicht gefunden",
                "<p>Die angeforderte Seite konnte nicht gefunden werden.</p>",
                path_class="path-node",
                crumbs=[],
            ),
        )
        h.add(
            f"/node/{nid(st.removed)}",
            dr_page(
                "Seite nicht gefunden",
                "<p>Die angeforderte Seite konnte nicht gefunden werden.</p>",
                path_class="path-node",
                crumbs=[],
            ),
            status=404,
        )

    def views(
        base: str, title: str, items: list[Release], crumbs: list[tuple[str, str]], per: int = 6
    ) -> None:
        chunks = [items[i : i + per] for i in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks):
            sep = "&" if "?" in base else "?"
            pager = "".join(
                f'<li class="pager__item{" is-active" if k == n else ""}"><a href="{base}{sep + f"page={k}" if k else ""}" class="pager__link">{k + 1}</a></li>'
                for k in range(len(chunks))
            )
            nav = (
                f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Seitennummerierung</h4><ul class="pager__items js-pager__items">{pager}</ul></nav>'
                if len(chunks) > 1
                else ""
            )
            main = f'<div class="views-element-container"><div class="view view-frontpage view-id-frontpage view-display-id-page_1"><div class="view-content">{"".join(teaser(o) for o in chunk)}</div>{nav}</div></div>'
            h.add(
                base if n == 0 else f"{base}{sep}page={n}",
                dr_page(
                    title,
                    main,
                    path_class="path-frontpage" if base == "/" else "path-view",
                    crumbs=crumbs,
                    sidebar=next_block,
                ),
                non=True,
            )

    views("/", "Willkommen bei der CDU Wendhausen", newest[:6], [])
    views("/aktuelles", "Aktuelles", [o for o in newest if o.kind != "T"], [])
    views("/termine", "Termine", sorted(events, key=lambda e: e.event["date"], reverse=True), [])
    for cat, tid in DR_TAGS.items():
        views(f"/taxonomy/term/{tid}", cat, [o for o in newest if o.category == cat], [])
        items = "".join(
            f"<item><title>{esc(o.title)}</title><link>{DRH}{alias(o)}</link><pubDate>{rfc822(o)}</pubDate></item>"
            for o in newest
            if o.category == cat
        )
        h.add(
            f"/taxonomy/term/{tid}/feed",
            f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{esc(cat)}</title><link>{DRH}/taxonomy/term/{tid}</link>{items}</channel></rss>\n',
            ctype="application/rss+xml; charset=utf-8",
            non=True,
        )

    def month(y: int, m: int) -> str:
        prev = (y, m - 1) if m > 1 else (y - 1, 12)
        nxt = (y, m + 1) if m < 12 else (y + 1, 1)
        inside = [e for e in events if (e.event["date"].year, e.event["date"].month) == (y, m)]
        cells = (
            "".join(
                f'<li><time datetime="{e.event["date"].isoformat()}">{dmy(e.event["date"])}</time> <a href="{alias(e)}">{esc(e.title)}</a></li>'
                for e in inside
            )
            or "<li>Keine Termine in diesem Monat.</li>"
        )
        main = (
            f'<div class="view view-termine view-id-termine view-display-id-page_month"><nav class="pager pager--mini"><ul class="pager__items">'
            f'<li class="pager__item pager__item--previous"><a href="/termine/kalender/{prev[0]}-{prev[1]:02d}">‹ {MONTHS[prev[1] - 1]} {prev[0]}</a></li>'
            f'<li class="pager__item pager__item--next"><a href="/termine/kalender/{nxt[0]}-{nxt[1]:02d}">{MONTHS[nxt[1] - 1]} {nxt[0]} ›</a></li></ul></nav>'
            f'<ul class="calendar-list">{cells}</ul></div>'
        )
        return dr_page(
            f"Termine im {MONTHS[m - 1]} {y}",
            main,
            path_class="path-termine",
            crumbs=[("Termine", "/termine")],
            sidebar=next_block,
        )

    for y in range(2023, 2026):
        for m in range(1, 13):
            h.add(f"/termine/kalender/{y}-{m:02d}", month(y, m), non=True)
    statics = {
        "ueber-uns": (
            "Über uns",
            "Der CDU Stadtverband Wendhausen hat rund 240 Mitglieder in sieben Ortsteilen. Vorsitzender ist Christoph Hagedorn.",
        ),
        "fraktion": (
            "Stadtratsfraktion",
            "Die CDU-Fraktion stellt neun der 38 Mitglieder des Stadtrates. Fraktionsvorsitzende ist Petra Niehues-Kamp.",
        ),
        "kontakt": (
            "Kontakt",
            "CDU Stadtverband Wendhausen, Kolpingstraße 11, 48231 Wendhausen. Telefon 02581 46 22 90, E-Mail info@cdu-wendhausen.test.",
        ),
        "impressum": (
            "Impressum",
            "CDU Stadtverband Wendhausen, vertreten durch den Vorsitzenden Christoph Hagedorn, Kolpingstraße 11, 48231 Wendhausen. Telefon 02581 46 22 90.",
        ),
        "datenschutz": (
            "Datenschutzerklärung",
            "Verantwortlich für die Datenverarbeitung ist der CDU Stadtverband Wendhausen. Wir verwenden Cookies nur mit Ihrer Einwilligung.",
        ),
    }
    for slug, (title, text) in statics.items():
        h.add(
            f"/{slug}",
            dr_page(
                title,
                f'<div class="text-content"><p>{esc(text)}</p></div>',
                path_class="path-node page-node-type-page",
                crumbs=[],
            ),
            non=True,
        )
    h.add(
        "/user/login",
        dr_page("Anmelden", '<form><input name="name"></form>', path_class="path-user", crumbs=[]),
    )
    feed = "".join(
        f"<item><title>{esc(o.title)}</title><link>{DRH}{alias(o)}</link><description>{esc(o.teaser(30))}</description>"
        f'<pubDate>{rfc822(o)}</pubDate><dc:creator>vorstand</dc:creator><guid isPermaLink="false">{nid(o)} at {DRH}</guid></item>\n'
        for o in newest[:10]
    )
    h.add(
        "/rss.xml",
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{DRH}/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f"<channel><title>CDU Wendhausen</title><link>{DRH}/</link><description></description><language>de</language>\n{feed}</channel>\n</rss>\n",
        ctype="application/rss+xml; charset=utf-8",
        non=True,
    )
    h.add(
        "/robots.txt",
        "#\n# robots.txt\n#\nUser-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.js$\n# Directories\n"
        "Disallow: /core/\nDisallow: /profiles/\n# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\nDisallow: /node/add/\n"
        "Disallow: /search/\nDisallow: /user/register\nDisallow: /user/password\nDisallow: /user/login\nDisallow: /user/logout\n"
        "# Paths (no clean URLs)\nDisallow: /index.php/admin/\nDisallow: /index.php/search/\nDisallow: /index.php/user/login\n",
    )
    finish(h, st, lambda r: h.url(alias(r)))
    return h
