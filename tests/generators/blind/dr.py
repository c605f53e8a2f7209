# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""5. Drupal 10 (Olivero): a CDU town association with articles and events (www.cdu-wendhausen.test)."""

from __future__ import annotations

from datetime import date

from tests.generators.blind.site import TODAY, Host
from tests.generators.blind.text import (
    Org,
    Release,
    announce,
    attr,
    dmy,
    esc,
    finish,
    gone,
    rfc822,
    seeds,
    timeline,
)
from tests.generators.textbank import MONTHS

# ================================================================================================
# 5. Drupal 10 (Olivero): a CDU town association with articles and events
# ================================================================================================
DR = Org(
    "CDU Stadtverband Wendhausen",
    "Die CDU Wendhausen",
    "der Stadtrat",
    "des Stadtrates",
    [
        "Wendhausen-Nord",
        "Ostviertel",
        "Lerchenfeld",
        "Altstadt Wendhausen",
        "Bruchhof",
        "Steinkamp",
        "Wiesengrund",
    ],
    [
        ("Christoph Hagedorn", "Vorsitzender des Stadtverbands"),
        ("Petra Niehues-Kamp", "Fraktionsvorsitzende im Stadtrat"),
        ("Dennis Wolters", "stellvertretender Vorsitzender"),
        ("Annegret Buschmann", "Ratsfrau"),
    ],
    ["Ratssaal", "Bürgerhaus Wendhausen", "Pfarrheim St. Marien"],
    ["Stadtentwicklung", "Ordnung und Sicherheit", "Schule und Sport"],
)
DR_SEEDS = seeds("""
F | Verkehr | CDU fordert mehr Parkplätze am Bahnhof Wendhausen | die Erweiterung der Park-and-Ride-Anlage am Bahnhof Wendhausen
F | Innenstadt | Innenstadt beleben: CDU legt Zehn-Punkte-Plan vor | die Belebung der Wendhausener Innenstadt
T | Stadtverband | Bürgerstammtisch im Ostviertel | die Verkehrssituation im Ostviertel
F | Sicherheit | Sicherheit im Stadtpark: CDU beantragt bessere Beleuchtung | die bessere Beleuchtung der Wege im Stadtpark
I | Stadtverband | Neujahrsempfang mit über 200 Gästen | die Bilanz des Neujahrsempfangs
F | Schule | Grundschule Ostviertel braucht Erweiterung | die Erweiterung der Grundschule Ostviertel
T | Stadtverband | Mitgliederversammlung mit Vorstandswahlen | die Neuwahl des Vorstands
I | Stadtverband | CDU Wendhausen nominiert Kandidatinnen und Kandidaten für den Stadtrat | die Aufstellung der Liste zur Stadtratswahl
F | Wirtschaft | Gewerbegebiet Lerchenfeld: CDU drängt auf schnellere Vermarktung | die zügige Vermarktung des Gewerbegebiets Lerchenfeld
T | Wirtschaft | Ortsbegehung im Gewerbegebiet Lerchenfeld | die Zukunft des Gewerbegebiets Lerchenfeld
F | Sport | Vereinsförderung muss verlässlich bleiben | die Sicherung der Vereinsförderung im Haushalt
I | Sicherheit | Besuch bei der Freiwilligen Feuerwehr Wendhausen-Nord | die Ausstattung der Freiwilligen Feuerwehr Wendhausen-Nord
F | Verkehr | Straßenausbaubeiträge: CDU will Anlieger entlasten | die Entlastung der Anlieger bei Straßenausbaubeiträgen
T | Sicherheit | Diskussionsabend: Wie sicher ist unsere Innenstadt? | die Sicherheit in der Wendhausener Innenstadt
I | Soziales | Seniorenbeirat: CDU begrüßt Einrichtung | die Einrichtung eines Seniorenbeirats
T | Stadtverband | Sommerfest der CDU Wendhausen | die Arbeit des Stadtverbands im zurückliegenden Jahr
""")
DR_NEW = seeds("""
F | Innenstadt | CDU beantragt Trinkwasserbrunnen in der Fußgängerzone | die Aufstellung von Trinkwasserbrunnen in der Fußgängerzone
T | Stadtverband | Infostand auf dem Wochenmarkt | die Kommunalpolitik in Wendhausen
""")
DR_EVENTS = {
    "Bürgerstammtisch im Ostviertel": (
        "einem Bürgerstammtisch",
        "in die Gaststätte „Zur Post“, Lindenstraße 4,",
        "Gaststätte „Zur Post“, Lindenstraße 4, Wendhausen",
        19,
    ),
    "Mitgliederversammlung mit Vorstandswahlen": (
        "der Mitgliederversammlung mit Vorstandswahlen",
        "in das Bürgerhaus Wendhausen, Marktplatz 1,",
        "Bürgerhaus Wendhausen, Marktplatz 1",
        19,
    ),
    "Ortsbegehung im Gewerbegebiet Lerchenfeld": (
        "einer Ortsbegehung",
        "auf den Parkplatz am Lerchenfelder Weg",
        "Parkplatz Lerchenfelder Weg, Wendhausen",
        17,
    ),
    "Diskussionsabend: Wie sicher ist unsere Innenstadt?": (
        "einem Diskussionsabend",
        "in den Ratskeller, Am Markt 3,",
        "Ratskeller, Am Markt 3, Wendhausen",
        19,
    ),
    "Sommerfest der CDU Wendhausen": (
        "ihrem traditionellen Sommerfest",
        "in den Garten des Pfarrheims St. Marien, Kirchgasse 2,",
        "Pfarrheim St. Marien, Kirchgasse 2, Wendhausen",
        15,
    ),
    "Infostand auf dem Wochenmarkt": (
        "einem Infostand",
        "auf den Marktplatz vor dem Alten Rathaus",
        "Marktplatz, Wendhausen",
        9,
    ),
}
DR_GUESTS = [
    "der Landtagsabgeordnete Hubertus Brenning",
    "Bürgermeisterkandidatin Sandra Pohlmann",
    "Kreisbrandmeister Olaf Determann",
    "die Bundestagsabgeordnete Dr. Ingrid Schoppmann",
    "Polizeihauptkommissar Rainer Kloppenburg",
    "Landrat Bernhard Wiethölter",
]
DR_EXTRAS = [
    "für Getränke ist gesorgt.",
    "Gäste sind ausdrücklich willkommen.",
    "festes Schuhwerk wird empfohlen.",
    "Fragen können vorab eingereicht werden.",
    "für Kinder gibt es eine Hüpfburg.",
    "Flyer liegen bereit.",
]
DR_TAGS = {
    "Verkehr": 3,
    "Innenstadt": 4,
    "Stadtverband": 5,
    "Sicherheit": 6,
    "Schule": 7,
    "Wirtschaft": 8,
    "Sport": 9,
    "Soziales": 10,
}
DR_BOILERPLATE = [
    "Direkt zum Inhalt",
    "Pfadnavigation",
    "Hauptnavigation",
    "CDU Stadtverband Wendhausen",
    "Nächste Termine",
    "Das könnte Sie auch interessieren",
    "Schlagworte",
    "Wir nutzen Cookies",
    "Mitglied werden",
    "Kolpingstraße 11",
    "Abonnieren",
]
DRH = "http://www.cdu-wendhausen.test"


def dr_stamp(d: date, hour: int, minute: int) -> str:
    return f"{('Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So')[d.weekday()]}., {dmy(d)} - {hour:02d}:{minute:02d}"


def dr_page(
    title: str,
    main: str,
    *,
    path_class: str,
    crumbs: list[tuple[str, str]],
    sidebar: str = "",
    head: str = "",
) -> str:
    menu = [
        ("Aktuelles", "/aktuelles"),
        ("Termine", "/termine"),
        ("Über uns", "/ueber-uns"),
        ("Stadtratsfraktion", "/fraktion"),
        ("Kontakt", "/kontakt"),
    ]
    items = "".join(
        f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">'
        f'<a href="{u}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="{u[1:]}">'
        f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(lab)}</span></a></li>\n'
        for lab, u in menu
    )
    trail = "".join(
        f'<li class="breadcrumb__item"><a href="{u}" class="breadcrumb__link">{esc(lab)}</a></li>'
        for lab, u in crumbs
    )
    return f"""<!DOCTYPE html>
<html lang="de" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head}<link rel="icon" href="/themes/custom/cdu_olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="CDU Wendhausen" href="{DRH}/rss.xml" />
    <title>{esc(title)} | CDU Stadtverband Wendhausen</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_q3Yx0mH7sOq1S7kQ2v8rG0pJ9rX5tWcA0vXH4hBqZ1E.css?delta=0&amp;language=de&amp;theme=cdu_olivero&amp;include=eJxdjEEKwzAMBD_kxk8y63rrGGTJyKHQ3zekkEMvwzIDW4QfyzDbw9qE6zmu" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPathIsAdmin":false,"currentLanguage":"de"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"8a0c2b3f"}}}}</script>
  </head>
  <body class="{path_class}">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Direkt zum Inhalt
    </a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
          <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
            <div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Hauptmenü fixieren" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
            <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-cdu-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-cdu-wendhausen.svg" alt="Startseite" fetchpriority="high" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Startseite" rel="home">CDU Stadtverband Wendhausen</a></div><div class="site-branding__slogan">Für Wendhausen. Mit Herz und Verstand.</div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Hauptmenü" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menü</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav  id="block-cdu-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-cdu-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-cdu-olivero-main-menu-menu">Hauptnavigation</h2>
<ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{items}</ul>
</nav>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-cdu-olivero-search-form-wide" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Suche</label><input title="Die Begriffe eingeben, nach denen gesucht werden soll." placeholder="Suchbegriffe eingeben" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div><div class="form-actions js-form-wrapper form-wrapper"><input class="button js-form-submit form-submit" type="submit" id="edit-submit" value="Suche" /></div></form>
</div>
</div>
            </div></div>
          </div>
        </header>
            <div id="main-wrapper" class="layout-main-wrapper layout-container">
        <div id="main" class="layout-main">
          <div class="main-content">
            <a id="main-content" tabindex="-1"></a>
            <div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-cdu-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Pfadnavigation</h2>
    <div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Startseite</a></li>{trail}</ol></div>
  </nav>
</div>
            </div>
            <div class="main-content__container container">
              <div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-cdu-olivero-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title">{esc(title)}</h1>
</div>
              </div>
              <div class="sidebar-grid grid-full">
                <main role="main" class="site-main">
                  <div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-cdu-olivero-content" class="block block-system block-system-main-block">
{main}
</div>
                  </div>
                </main>
                <div class="region region--sidebar">
{sidebar}
<div id="block-mitgliedwerden" class="block block-block-content"><h2 class="block__title">Mitglied werden</h2><div class="block__content"><p>Gestalten Sie Wendhausen mit! Werden Sie Mitglied in der CDU.</p><p><a href="https://www.cdu.de/mitglied-werden">Jetzt online Mitglied werden</a></p></div></div>
                </div>
              </div>
            </div>
          </div>
          <div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-cdu-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block"><div class="block-content"><a href="/rss.xml" class="feed-icon">Abonnieren RSS-Feed</a></div></div></div></div></div>
        </div>
      </div>
      <footer class="site-footer">
        <div class="site-footer__inner container">
          <div class="region region--footer-top grid-full layout--pass--content-medium">
<div id="block-adresse" class="block block-block-content"><div class="block__content"><p>CDU Stadtverband Wendhausen · Kolpingstraße 11 · 48231 Wendhausen · Telefon 02581 46 22 90 · info@cdu-wendhausen.test</p></div></div>
          </div>
          <div class="region region--footer-bottom grid-full layout--pass--content-medium">
<nav  id="block-cdu-olivero-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-cdu-olivero-footer-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-cdu-olivero-footer-menu">Fußzeile</h2>
<ul class="menu"><li class="menu__item"><a href="/impressum" class="menu__link">Impressum</a></li><li class="menu__item"><a href="/datenschutz" class="menu__link">Datenschutz</a></li><li class="menu__item"><a href="/kontakt" class="menu__link">Kontakt</a></li><li class="menu__item"><a href="/user/login" class="menu__link">Anmelden</a></li></ul></nav>
          </div>
        </div>
      </footer>
      <div class="overlay" data-drupal-selector="overlay"></div>
  </div>
</div>
  </div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>Wir nutzen Cookies, um die Nutzung der Website auszuwerten. Mit Klick auf „Zustimmen“ erklären Sie sich einverstanden.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Zustimmen</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Ablehnen</button></div></div></div></div>
<script src="/sites/default/files/js/js_7xkyT0vMZOO8bJ2sVAfiNpv0sE9f8hYy2Mv3FXX3cXw.js?scope=footer&amp;delta=0&amp;language=de&amp;theme=cdu_olivero&amp;include=eJxdjEEKwzAMBD_kxk8y63rrGGTJyKHQ3zekkEMvwzIDW4QfyzDbw9qE6zmu"></script>
  </body>
</html>
"""


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
