"""A small press site whose state is written per simulated night, for the health tests.

:func:`write_night` writes the host directory of ``www.gruene-musterstadt.test`` as it looks on
``day``: ``per_day`` releases a day from ``first_day`` on (until ``stop_after``, when the site
stops publishing), a listing ``/presse/`` with 10 teasers a page (``/presse/seite/N/``), an RSS
feed, robots.txt. Every page is generated deterministically, so what did not change is
byte-identical from night to night (same ETag: a re-crawl gets 304).

``template="v2"`` is the redesign: the article template changes (no ``<article>``/``<main>``,
no ``<time>``; the date as text in a byline, the body in ``div`` boxes), the listing's markup
too, while the teaser texts stay the same. ``fail=500`` makes every page answer 500;
``robots_block`` disallows everything in robots.txt; ``edited`` marks releases (by index) whose
lead got a correction; ``undated_every`` leaves releases without any date (no announcement can
be read from them: what a crawl whose classification fails on a site looks like).
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.generators.hostwriter import write_tree

HOST = "www.gruene-musterstadt.test"
START = f"http://{HOST}/presse/"
PAGE_SIZE = 10

_TOPICS = [
    ("Radweg", "Radverkehr"),
    ("Haushalt", "Finanzen"),
    ("Schule", "Bildung"),
    ("Klimaschutz", "Umwelt"),
    ("Wohnungsbau", "Stadtentwicklung"),
    ("Stadtbücherei", "Kultur"),
    ("Spielplatz", "Familie"),
    ("Nahverkehr", "Mobilität"),
    ("Windpark", "Energie"),
    ("Innenstadt", "Handel"),
]
_PEOPLE = ["Anna Berger", "Jonas Krüger", "Leyla Demir", "Thomas Wolf", "Miriam Schulte"]
_ROLES = ["Fraktionsvorsitzende", "Ratsmitglied", "Sprecher für Umwelt", "Ortsvorsteherin"]
_SENTENCES = [
    "Die Fraktion hat den Antrag in der jüngsten Sitzung des Ausschusses eingebracht.",
    "Nach Ansicht der Grünen muss die Verwaltung bis zum Herbst ein tragfähiges Konzept vorlegen.",
    "Bürgerinnen und Bürger hatten in den vergangenen Wochen zahlreiche Hinweise gegeben.",
    "Die Kosten sollen zu einem großen Teil aus Fördermitteln des Landes getragen werden.",
    "Im Stadtrat zeichnet sich eine breite Mehrheit für das Vorhaben ab.",
    "Die Anwohnerinnen und Anwohner werden zu einer Informationsveranstaltung eingeladen.",
    "Ein erster Bauabschnitt könnte bereits im kommenden Frühjahr beginnen.",
    "Die Verwaltung prüft derzeit mehrere Varianten und ihre Folgen für den Verkehr.",
    "Auch die Nachbargemeinden haben Interesse an einer Zusammenarbeit signalisiert.",
    "Die Ergebnisse der Untersuchung sollen öffentlich vorgestellt werden.",
    "Gerade für Familien mit Kindern sei das ein wichtiges Signal, heißt es aus der Fraktion.",
    "Die Grünen kündigten an, das Thema auch im nächsten Haushalt wieder aufzugreifen.",
]


@dataclass(frozen=True)
class Release:
    index: int
    day: date
    slug: str
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    dated: bool = True  # False: no date anywhere (page, slug, listing, feed)

    @property
    def path(self) -> str:
        return f"/presse/{self.slug}.html"

    @property
    def dmy(self) -> str:
        return self.day.strftime("%d.%m.%Y") if self.dated else ""


def release(index: int, day: date, dated: bool = True) -> Release:
    rng = random.Random(f"{index}-{day.isoformat()}")
    topic, area = _TOPICS[index % len(_TOPICS)]
    person, role = rng.choice(_PEOPLE), rng.choice(_ROLES)
    title = f"{topic}: Grüne fordern mehr Tempo bei {area} ({index})"
    lead = f"Die Grünen im Rat der Stadt Musterstadt setzen sich für {topic.lower()}spläne ein."
    paragraphs = [lead]
    for _ in range(rng.randint(3, 5)):
        paragraphs.append(" ".join(rng.sample(_SENTENCES, rng.randint(2, 4))))
    paragraphs.insert(2, f"„Wir erwarten klare Schritte“, sagte {role} {person}.")
    slug = f"{day.isoformat()}-{topic.lower()}-{index}" if dated else f"meldung-{topic.lower()}-{index}"
    return Release(index, day, slug, title, lead, tuple(paragraphs), dated)


def releases(
    day: date, *, first_day: date, per_day: int, stop_after: date | None = None, undated_every: int = 0
) -> list[Release]:
    """Every release online on ``day``, newest first (``undated_every`` N: all but every Nth
    release carry no date; 1: none does)."""
    out = []
    last = min(day, stop_after) if stop_after else day
    current, index = first_day, 0
    while current <= last:
        for _ in range(per_day):
            dated = not undated_every or (undated_every > 1 and index % undated_every == 0)
            out.append(release(index, current, dated))
            index += 1
        current += timedelta(days=1)
    return out[::-1]


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _head(title: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{_e(title)} – Grüne Musterstadt'
        '</title>\n<link rel="alternate" type="application/rss+xml" title="Presse" href="/presse/feed.xml">'
        "</head>\n"
    )


_NAV_V1 = (
    '<header><nav><a href="/">Start</a> <a href="/presse/">Presse</a> <a href="/termine.html">Termine</a> '
    '<a href="/impressum/">Impressum</a></nav></header>\n'
)
_FOOT_V1 = "<footer><p>Bündnis 90/Die Grünen Musterstadt · Marktplatz 1 · 12345 Musterstadt</p></footer>\n"
_NAV_V2 = (
    '<div class="kopf"><ul class="menue"><li><a href="/">Start</a></li><li><a href="/presse/">Presse</a></li>'
    '<li><a href="/termine.html">Termine</a></li><li><a href="/impressum/">Impressum</a></li></ul></div>\n'
)
_FOOT_V2 = '<div class="fuss">Bündnis 90/Die Grünen Musterstadt · Marktplatz 1 · 12345 Musterstadt</div>\n'


def _lead(r: Release, edited: set[int]) -> str:
    return r.lead + (" (Korrigierte Fassung.)" if r.index in edited else "")


def article_html(r: Release, template: str, edited: set[int]) -> str:
    body = [_lead(r, edited), *r.paragraphs[1:]]
    paragraphs = "\n".join(f"<p>{_e(p)}</p>" for p in body)
    if template == "v1":
        return (
            _head(r.title)
            + "<body>\n"
            + _NAV_V1
            + f"<main><article><h1>{_e(r.title)}</h1>\n"
            + (
                f'<p class="meta"><time datetime="{r.day.isoformat()}">{r.dmy}</time></p>\n'
                if r.dated
                else ""
            )
            + f"{paragraphs}\n</article></main>\n"
            + _FOOT_V1
            + "</body></html>\n"
        )
    return (
        _head(r.title)
        + '<body><div id="seite">\n'
        + _NAV_V2
        + f'<div class="inhalt"><div class="beitrag"><h2 class="titel">{_e(r.title)}</h2>\n'
        f'<div class="zeile">Veröffentlicht am {r.dmy} von der Ratsfraktion</div>\n'
        f'<div class="text">{paragraphs}</div></div></div>\n' + _FOOT_V2 + "</div></body></html>\n"
    )


def listing_html(page: list[Release], number: int, pages: int, template: str, edited: set[int]) -> str:
    items = []
    for r in page:
        teaser = (
            f'<a href="{r.path}">{_e(r.title)}</a> <span class="datum">{r.dmy}</span> '
            f"<span>{_e(_lead(r, edited))}</span>"
        )
        items.append(f"<li>{teaser}</li>" if template == "v1" else f'<div class="teaser">{teaser}</div>')
    nav = []
    if number > 1:
        prev = "/presse/" if number == 2 else f"/presse/seite/{number - 1}/"
        nav.append(f'<a href="{prev}">Neuere</a>')
    if number < pages:
        nav.append(f'<a href="/presse/seite/{number + 1}/">Ältere</a>')
    if template == "v1":
        lines = "\n".join(items)
        content = (
            f'<main><h1>Pressemitteilungen</h1>\n<ul class="news">\n{lines}\n</ul>\n'
            f"<p>{' '.join(nav)}</p></main>\n"
        )
        return _head("Pressemitteilungen") + "<body>\n" + _NAV_V1 + content + _FOOT_V1 + "</body></html>\n"
    boxes = "\n".join(items)
    content = (
        f'<div class="inhalt"><h2>Presse</h2>\n{boxes}\n<div class="blaettern">{" ".join(nav)}</div></div>\n'
    )
    return (
        _head("Pressemitteilungen")
        + '<body><div id="seite">\n'
        + _NAV_V2
        + content
        + _FOOT_V2
        + "</div></body></html>\n"
    )


def feed_xml(newest: list[Release], edited: set[int]) -> str:
    items = "\n".join(
        f"<item><title>{_e(r.title)}</title><link>http://{HOST}{r.path}</link>"
        f"<description>{_e(_lead(r, edited))}</description>"
        + (f"<pubDate>{r.day.strftime('%a, %d %b %Y')} 08:00:00 +0000</pubDate>" if r.dated else "")
        + "</item>"
        for r in newest
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Grüne Musterstadt</title>'
        f"<link>http://{HOST}/presse/</link>\n{items}\n</channel></rss>\n"
    )


def write_night(
    root: Path,
    day: date,
    *,
    first_day: date,
    per_day: int = 3,
    template: str = "v1",
    stop_after: date | None = None,
    fail: int | None = None,
    robots_block: bool = False,
    edited: set[int] | frozenset[int] = frozenset(),
    undated_every: int = 0,
) -> list[Release]:
    """Write the site as it is on ``day`` into ``root/HOST`` (replacing it); its releases."""
    edited = set(edited)
    online = releases(
        day, first_day=first_day, per_day=per_day, stop_after=stop_after, undated_every=undated_every
    )
    pages = [online[i : i + PAGE_SIZE] for i in range(0, len(online), PAGE_SIZE)] or [[]]
    files: dict[str, str] = {}
    for number, page in enumerate(pages, start=1):
        target = "presse/index.html" if number == 1 else f"presse/seite/{number}/index.html"
        files[target] = listing_html(page, number, len(pages), template, edited)
    for r in online:
        files[r.path.lstrip("/")] = article_html(r, template, edited)
    files["presse/feed.xml"] = feed_xml(online[:PAGE_SIZE], edited)
    files["index.html"] = listing_html(online[:3], 1, 1, template, edited)
    files["termine.html"] = _head("Termine") + "<body><p>Keine Termine.</p></body></html>\n"
    files["robots.txt"] = (
        "User-agent: *\nDisallow: /\n" if robots_block else "User-agent: *\nDisallow: /intern/\n"
    )
    # One modification time for every file: validators depend on the bytes only.
    settings: dict[str, Any] = {"_host.json": {"last_modified": "2026-01-01T00:00:00Z"}}
    if fail:
        settings["_routes.json"] = {
            path: {"status": fail, "body": f"{fail} Internal Server Error\n"}
            for path in ["/", "/presse/", "/presse/feed.xml", "/robots.txt", "/sitemap.xml"]
        }
    write_tree(root / HOST, {rel: text.encode("utf-8") for rel, text in files.items()}, settings)
    return online
