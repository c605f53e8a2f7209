# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""Blind replica sites: five German political/municipal sites written without looking at the crawler.

Each site models a real CMS template family as it is found on German political and municipal
websites; none was written with the crawler's code in view or adjusted to a crawl of it::

    www.nahverkehr-hellweg.test          TYPO3 12 with tx_news and the Bootstrap Package: speaking
                                         URLs (/aktuelles/pressemitteilungen/detail/slug), old
                                         ?tx_news_pi1[news]=…&cHash= links in body texts, print
                                         view ?type=98, mega menu with descriptions, topic cards on
                                         article pages, seo sitemap index, tx_news RSS
    www.spd-kreistagsfraktion-borkenau.test  hand-made table layout in ISO-8859-1 (only a <meta
                                         http-equiv>), pressemitteilung.php?id=N (&jahr= from the
                                         yearly archives, &druck=1 print copies), <br> contact lines,
                                         "Weitere Pressemitteilungen" on every release; no feed, no
                                         sitemap
    www.gruene-kirchberg-ems.test        WordPress with the Sunflower theme: /slug/ permalinks, ?p=N
                                         shortlinks (301), category/tag/author/date archives, /feed/,
                                         wp-sitemap.xml, Jetpack related posts, comments with
                                         ?replytocom= links, utm-tagged newsletter links
    www.auenbrueck.test                  municipal portal ("Stadtportal"): ID-based press releases
                                         with AMP (/amp) and print (?druck=1) copies, a Rathaus mega
                                         menu of some 200 links, a site search, an event calendar
                                         whose month pages go on for years (trap)
    www.cdu-wendhausen.test              Drupal 10 (Olivero): pathauto aliases that also answer at
                                         /node/N, views listings with ?page=N, /taxonomy/term/N,
                                         event nodes (Termine) that are announcements, calendar month
                                         views (trap), /rss.xml

``blind`` is the first night, ``blind_changed`` the next day (per site two new
announcements, one edited, one removed with 404). ``_truth.json`` has the held-out format; the
changed state adds ``changes`` (``added``, ``edited``, ``removed``).

Usage::

    python -m tests.generators blind            # rewrite tests/fixtures/sites/blind{,_changed}
    python -m tests.generators --check blind    # exit 1 if the committed trees differ
"""

from __future__ import annotations

import hashlib
import html
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path, PurePosixPath

from crawler.replicas.server import DEFAULT_TYPES
from tests.generators.hostwriter import route_file, write_tree
from tests.generators.layout import SITES as SITES_DIR
from tests.generators.textbank import MONTHS
from tests.generators.textbank import WEEKDAYS as DAYS

BLIND = SITES_DIR / "blind"
BLIND_CHANGED = SITES_DIR / "blind_changed"
NIGHT1, NIGHT2 = "2024-05-14T20:00:00Z", "2024-05-15T20:00:00Z"
TODAY, TOMORROW = date(2024, 5, 14), date(2024, 5, 15)
UTF8 = "text/html; charset=utf-8"


# ================================================================================================
# host directories
# ================================================================================================
@dataclass
class Res:
    body: bytes
    status: int = 200
    ctype: str | None = None
    redirect: str | None = None


class Host:
    """The resources of one site (by request target) and its truth; written as a replica host."""

    def __init__(self, name: str, encoding: str = "utf-8", html_type: str = UTF8, types: dict | None = None):
        self.name, self.encoding, self.html_type, self.types = name, encoding, html_type, types or {}
        self.res: dict[str, Res] = {}
        self.truth: dict = {
            "announcements": [],
            "boilerplate": [],
            "disallowed": [],
            "encoding": encoding,
            "host": name,
            "non_announcements": [],
            "organisation": "",
            "special": {},
            "start_url": f"http://{name}/",
            "template": "",
            "traps": [],
            "variants": {},
        }

    def url(self, target: str) -> str:
        return f"http://{self.name}{target}"

    def add(
        self,
        target: str,
        body: str | bytes,
        *,
        ctype: str | None = None,
        status: int = 200,
        redirect: str | None = None,
        non: bool = False,
    ) -> None:
        if target in self.res:
            raise ValueError(f"{self.name}{target} added twice")
        data = body.encode(self.encoding, "xmlcharrefreplace") if isinstance(body, str) else body
        self.res[target] = Res(data, status, ctype, redirect)
        if non:
            self.truth["non_announcements"].append(self.url(target))

    def variant(self, target: str, body: str, canonical: str) -> None:
        self.add(target, body)
        self.truth["variants"][self.url(target)] = self.url(canonical)


def aliases(target: str) -> list[str]:
    """A query route as written, with its parameters sorted, brackets raw or percent-encoded."""
    path, _, query = target.partition("?")
    if not query:
        return [target]
    pairs = query.split("&")
    out = []
    for order in (pairs, sorted(pairs)):
        for form in (
            lambda s: s,
            lambda s: s.replace("[", "%5B").replace("]", "%5D"),
            lambda s: s.replace("%5B", "[").replace("%5D", "]"),
        ):
            candidate = path + "?" + "&".join(form(p) for p in order)
            if candidate not in out:
                out.append(candidate)
    return out


def write_host(host: Host, directory: Path, previous: Host | None = None) -> None:
    types = {**DEFAULT_TYPES, **host.types}
    files: dict[str, bytes] = {}
    routes: dict[str, dict] = {}
    for target in sorted(host.res):
        res = host.res[target]
        changed = previous is not None and previous.res.get(target) != res
        path, _, query = target.partition("?")
        rel = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
        suffix = PurePosixPath(rel).suffix
        if (
            not query
            and res.status == 200
            and not res.redirect
            and suffix in types
            and res.ctype in (None, types[suffix])
            and not rel.startswith("_")
        ):
            files[rel] = res.body
            if changed:
                routes[target] = {"file": rel, "last_modified": NIGHT2}
            continue
        if res.redirect:
            route: dict = {"redirect": res.redirect, "status": res.status}
        else:
            ctype = res.ctype or host.html_type
            rel = route_file(target, ctype)
            files[rel] = res.body
            route = {"file": rel, "content_type": ctype}
            if res.status != 200:
                route["status"] = res.status
            if changed:
                route["last_modified"] = NIGHT2
        for alias in aliases(target):
            routes.setdefault(alias, route)
    conf: dict = {"last_modified": NIGHT1}
    if host.types:
        conf["content_types"] = host.types
    write_tree(directory, files, {"_host.json": conf, "_routes.json": routes, "_truth.json": host.truth})


# ================================================================================================
# text
# ================================================================================================
def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def strip_tags(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def slugify(text: str) -> str:
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ş", "s")):
        text = text.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def dmy(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def long_date(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def euro(value: int) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f} Millionen Euro".replace(".", ",")
    return f"{value:,} Euro".replace(",", ".")


QUOTES = [
    "Für die Menschen in {place} ist das ein wichtiger Schritt, auf den viele lange gewartet haben",
    "Wir haben in den vergangenen Monaten intensiv mit allen Beteiligten in {place} gesprochen",
    "Gute Lösungen entstehen nur, wenn Verwaltung und Politik an einem Strang ziehen",
    "Die Zahlen aus {place} zeigen deutlich, dass wir jetzt handeln müssen",
    "Das ist kein Prestigeprojekt, sondern eine Frage der Verlässlichkeit im Alltag",
    "Wer in {place} wohnt, muss sich auf ein funktionierendes Angebot verlassen können",
    "Wir wollen die Bürgerinnen und Bürger von Anfang an mitnehmen und nicht erst, wenn alles entschieden ist",
    "Jeder Euro, den wir hier investieren, zahlt sich in den kommenden Jahren mehrfach aus",
    "Ich bin allen dankbar, die in {place} mit ihrem Engagement den Anstoß gegeben haben",
    "Die Geduld der Menschen ist irgendwann aufgebraucht, und das kann ich gut verstehen",
    "Es reicht nicht, Probleme zu beschreiben – wir legen einen konkreten Vorschlag auf den Tisch",
    "Gerade die ländlichen Ortsteile wie {place} dürfen dabei nicht abgehängt werden",
    "Wir werden sehr genau darauf achten, dass die Zusagen auch eingehalten werden",
    "Das Ergebnis kann sich sehen lassen, auch wenn noch nicht alle Wünsche erfüllt sind",
    "Mit diesem Beschluss setzen wir ein klares Signal für {place}",
    "Wir haben die Kritik ernst genommen und das Konzept an entscheidenden Stellen nachgebessert",
    "Ohne die Unterstützung des Landes wird es nicht gehen, das muss allen klar sein",
    "Die Planungen sind weit fortgeschritten, jetzt kommt es auf eine zügige Umsetzung an",
    "Für Familien in {place} bedeutet das eine spürbare Entlastung im Alltag",
    "Ich lade alle Interessierten herzlich ein, sich mit eigenen Ideen einzubringen",
    "Wir sprechen hier über die Lebensqualität ganzer Stadtteile, nicht über Kleinigkeiten",
    "Manchmal braucht es einen langen Atem, aber heute hat sich die Hartnäckigkeit gelohnt",
    "Das ist ein gutes Beispiel dafür, was gelingt, wenn viele gemeinsam anpacken",
    "Wir erwarten, dass die Verwaltung bis zur nächsten Sitzung belastbare Zahlen vorlegt",
    "Die Sicherheit von Kindern und älteren Menschen hat für uns oberste Priorität",
    "Wer jetzt spart, zahlt später drauf – das haben die vergangenen Jahre gezeigt",
    "Ich freue mich, dass wir diesen Weg über Parteigrenzen hinweg gehen können",
    "Am Ende zählt, was bei den Menschen in {place} ankommt",
    "Wir bleiben dran und werden im Herbst eine erste Bilanz ziehen",
    "Vertrauen entsteht dort, wo Zusagen auch eingehalten werden",
    "Niemand soll in {place} länger als nötig auf eine Lösung warten müssen",
    "Das Geld ist gut angelegt, weil es unmittelbar vor Ort wirkt",
]
LEADS = {
    "F": [
        "{org} fordert {subject}. {fact}",
        "Mit einem Antrag zur nächsten Sitzung {gremium_gen} am {meeting} setzt sich {org_lc} für {subject} ein. {fact}",
        "{org} macht sich für {subject} stark. {fact}",
    ],
    "I": [
        "{org} informiert über {subject}. {fact}",
        "{Subject} stand am {weekday} im Mittelpunkt einer Sitzung {gremium_gen}. {fact}",
        "{Subject} kommt voran: {org_lc} hat die notwendigen Vorarbeiten abgeschlossen. {fact}",
    ],
}
FACTS = [
    "Nach ersten Schätzungen sind dafür rund {euro} erforderlich.",
    "Betroffen sind nach Angaben der Verwaltung rund {n} Haushalte in {place}.",
    "Die Kosten von voraussichtlich {euro} sollen zu {pct} Prozent aus Fördermitteln getragen werden.",
    "Bis Ende {year} sollen die ersten {small} Teilabschnitte abgeschlossen sein.",
    "Davon profitieren nach aktuellen Zahlen täglich rund {n} Menschen.",
]
BACKGROUNDS = [
    "Bereits im {month} {prevyear} hatte {org_lc} auf die Lage in {place} aufmerksam gemacht. Seither hat sich nach Einschätzung vieler Anwohnerinnen und Anwohner wenig bewegt.",
    "Hintergrund ist eine Umfrage, an der sich {n2} Bürgerinnen und Bürger beteiligt haben. Mehr als {pct} Prozent von ihnen wünschen sich eine rasche Lösung.",
    "Besonders deutlich zeigt sich der Handlungsbedarf in der {street} in {place}: Dort gingen zuletzt {small} Beschwerden innerhalb weniger Wochen ein.",
    "Im Ausschuss für {committee} hatte die Verwaltung zunächst auf fehlendes Personal verwiesen. Ein externes Planungsbüro könnte diese Aufgabe nun übernehmen.",
    "Vergleichbare Vorhaben in {town2} und {town3} zeigen nach Auffassung von Fachleuten, dass sich der Aufwand lohnt.",
    "Eine erste Machbarkeitsstudie liegt seit {month} vor. Sie beziffert den Zeitbedarf auf etwa {small} Monate und empfiehlt ein Vorgehen in zwei Stufen.",
]
QUOTE_FORMS = [
    "„{q}“, sagt {name}, {role}.",
    "„{q}“, betont {name}, {role}. {last} kündigte an, das Thema weiter eng zu begleiten.",
    "„{q}“, erklärt {name}, {role}, und verweist auf die Gespräche der vergangenen Wochen.",
]
CLOSINGS = [
    "{Gremium} berät am {meeting} abschließend über das Vorhaben. Die Sitzung im {venue} ist öffentlich und beginnt um {hour} Uhr.",
    "Nach dem aktuellen Zeitplan könnten die Arbeiten im {season} {nextyear} beginnen. Die Bauzeit wird auf rund {small} Monate geschätzt.",
    "Anregungen nimmt {org_lc} bis zum {deadline} entgegen, per E-Mail oder in der Sprechstunde am ersten Dienstag im Monat.",
    "Über den weiteren Fortgang will {org_lc} nach der Sommerpause im {venue} ausführlich informieren.",
]
EVENT_LINES = [
    "Im Mittelpunkt steht {subject}. Als Gast hat {guest} zugesagt.",
    "Eine Anmeldung ist bis zum {deadline} per E-Mail möglich, aber nicht erforderlich. Der Eintritt ist frei; {extra}",
]


@dataclass
class Org:
    name: str
    org: str  # the organisation as a sentence's subject ("Die SPD-Kreistagsfraktion")
    gremium: str  # "der Kreistag"
    gremium_gen: str  # "des Kreistags"
    places: list[str]
    people: list[tuple[str, str]]
    venues: list[str]
    committees: list[str]
    streets: list[str] = field(
        default_factory=lambda: [
            "Bahnhofstraße",
            "Lindenallee",
            "Kirchstraße",
            "Mühlenweg",
            "Schulstraße",
            "Am Wall",
            "Hauptstraße",
        ]
    )


@dataclass
class Release:
    title: str
    subject: str
    kind: str  # F demand, I information, T event
    category: str
    number: int = 0  # position on the site, oldest first
    published: date = TODAY
    hour: int = 10
    minute: int = 0
    paragraphs: list[str] = field(default_factory=list)
    person: tuple[str, str] = ("", "")
    event: dict = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return slugify(self.title)

    @property
    def iso(self) -> str:
        return self.published.isoformat()

    def teaser(self, words: int = 24) -> str:
        parts = self.paragraphs[0].split()
        return " ".join(parts[:words]) + (" […]" if len(parts) > words else "")


def rfc822(r: Release) -> str:
    day = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[r.published.weekday()]
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
        r.published.month - 1
    ]
    return f"{day}, {r.published.day:02d} {month} {r.published.year} {r.hour:02d}:{r.minute:02d}:00 +0200"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def compose(rng: random.Random, org: Org, rel: Release, quotes: list[str]) -> None:
    """Fill ``rel.paragraphs`` and ``rel.person`` with a press release's text."""
    pub = rel.published
    meeting = pub + timedelta(days=rng.randint(9, 40))
    place, town2, town3 = rng.sample(org.places, 3)
    rel.person = rng.choice(org.people)
    ctx = {
        "org": org.org,
        "org_lc": org.org[:1].lower() + org.org[1:],
        "subject": rel.subject,
        "Subject": cap(rel.subject),
        "gremium_gen": org.gremium_gen,
        "Gremium": cap(org.gremium),
        "meeting": f"{DAYS[meeting.weekday()]}, {long_date(meeting)}",
        "weekday": DAYS[(pub - timedelta(days=rng.randint(1, 4))).weekday()],
        "place": place,
        "town2": town2,
        "town3": town3,
        "euro": euro(rng.randint(8, 460) * 5_000),
        "n": f"{rng.randint(120, 4800):,}".replace(",", "."),
        "n2": rng.randint(140, 1900),
        "pct": rng.randint(52, 88),
        "small": rng.randint(3, 14),
        "year": pub.year,
        "prevyear": pub.year - 1,
        "nextyear": pub.year + 1,
        "month": rng.choice(MONTHS),
        "street": rng.choice(org.streets),
        "committee": rng.choice(org.committees),
        "venue": rng.choice(org.venues),
        "hour": rng.choice([17, 18, 19]),
        "season": rng.choice(["Frühjahr", "Sommer", "Herbst"]),
        "deadline": long_date(pub + timedelta(days=rng.randint(14, 30))),
    }
    ctx["fact"] = rng.choice(FACTS).format(**ctx)
    paras = []
    if rel.kind == "T":
        ev = rel.event
        ctx.update(guest=ev["guest"], extra=ev["extra"])
        when = ev["date"]
        paras.append(
            f"Zu {ev['phrase']} lädt {ctx['org_lc']} am {DAYS[when.weekday()]}, {long_date(when)}, um "
            f"{ev['hour']} Uhr {ev['where']} ein. {ctx['fact']}"
        )
        paras.append(EVENT_LINES[0].format(**ctx))
    else:
        paras.append(rng.choice(LEADS[rel.kind]).format(**ctx))
    paras += [b.format(**ctx) for b in rng.sample(BACKGROUNDS, rng.choice([1, 1, 2]))]
    name, role = rel.person
    paras.append(
        rng.choice(QUOTE_FORMS).format(
            q=quotes.pop().format(**ctx), name=name, role=role, last=name.split()[-1]
        )
    )
    if rel.kind == "T":
        paras.append(EVENT_LINES[1].format(**ctx))
    elif rng.random() < 0.3:
        other = next(p for p in org.people if p != rel.person)
        paras.append(f"Auch {other[0]}, {other[1]}, äußerte sich: „{quotes.pop().format(**ctx)}.“")
    if rel.kind != "T" and rng.random() < 0.75:
        paras.append(rng.choice(CLOSINGS).format(**ctx))
    rel.paragraphs = paras


EDIT_NOTE = (
    " Nachtrag vom 15. Mai 2024: Der Termin wurde wegen einer Überschneidung um eine Woche verschoben."
)


@dataclass
class State:
    """One night's releases of a site (oldest first) and what changed against the first night."""

    releases: list[Release]
    number: int
    edited: Release
    removed: Release
    added: list[Release]


def timeline(
    seed: int,
    org: Org,
    seeds: list[Release],
    new: list[Release],
    start: date,
    edited: int,
    removed: int,
    state: int,
) -> State:
    """Date and write every release (the same for both nights), then pick the night's set."""
    rng = random.Random(seed)
    quotes = QUOTES[:]
    rng.shuffle(quotes)
    span = (TODAY - start).days
    days = sorted(rng.sample(range(span), len(seeds)))
    out = []
    for i, (rel, offset) in enumerate(zip(seeds, days, strict=True)):
        fresh = Release(**{**rel.__dict__})
        fresh.number, fresh.published = i + 1, start + timedelta(days=offset)
        out.append(fresh)
    for j, rel in enumerate(new):
        fresh = Release(**{**rel.__dict__})
        fresh.number, fresh.published = len(seeds) + j + 1, TOMORROW
        out.append(fresh)
    for rel in out:
        rel.hour, rel.minute = rng.randint(8, 17), rng.choice([0, 5, 12, 15, 20, 30, 40, 45, 50])
        if rel.kind == "T":
            rel.event = {**rel.event, "date": rel.published + timedelta(days=rng.randint(8, 30))}
        compose(rng, org, rel, quotes)
    base, added = out[: len(seeds)], out[len(seeds) :]
    if state == 1:
        return State(base, 1, base[edited], base[removed], added)
    changed = Release(**{**base[edited].__dict__})
    changed.paragraphs = [*changed.paragraphs[:-1], changed.paragraphs[-1] + EDIT_NOTE]
    night = [changed if r is base[edited] else r for r in base if r is not base[removed]] + added
    return State(night, 2, changed, base[removed], added)


def announce(host: Host, url: str, rel: Release, page: str, absent: list[str]) -> None:
    """Record a true announcement after checking that its page holds every paragraph."""
    text = strip_tags(page)
    for p in rel.paragraphs:
        assert p in text, (host.name, url, p[:60])
    h1 = re.findall(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    assert len(h1) == 1, (host.name, url, h1)
    assert " ".join(strip_tags(h1[0]).split()) == rel.title, (host.name, url, h1)
    absent = sorted({a for a in absent if a not in " ".join(rel.paragraphs) and a != rel.title})
    for a in absent:
        assert a in text, (host.name, url, a)
    host.truth["announcements"].append(
        {
            "absent": absent,
            "paragraphs": rel.paragraphs,
            "published": rel.iso,
            "title": rel.title,
            "url": url,
        }
    )


def finish(host: Host, st: State, url_of) -> None:  # type: ignore[no-untyped-def]
    """Sort the truth, check the boilerplate against every body, add the night's changes."""
    t = host.truth
    bodies = [" ".join(a["paragraphs"]) + " " + a["title"] for a in t["announcements"]]
    for needle in t["boilerplate"]:
        assert not any(needle in b for b in bodies), (host.name, needle)
    t["announcements"].sort(key=lambda a: a["url"])
    t["non_announcements"] = sorted(set(t["non_announcements"]))
    if st.number == 2:
        t["changes"] = {
            "added": [url_of(r) for r in st.added],
            "edited": url_of(st.edited),
            "removed": {url_of(st.removed): 404},
        }


def gone(host: Host, target: str, page: str) -> None:
    host.add(target, page, status=404)


# ================================================================================================
# 1. TYPO3 12, tx_news, Bootstrap Package: a public transport association
# ================================================================================================
ZV = Org(
    "Zweckverband Nahverkehr Hellweg-Börde",
    "Der Zweckverband",
    "die Verbandsversammlung",
    "der Verbandsversammlung",
    ["Hellwerl", "Lipphausen", "Sassenhof", "Oberbörde", "Rüthenau", "Welverstedt", "Anrode"],
    [
        ("Dr. Helga Brunsmann", "Verbandsvorsteherin"),
        ("Tobias Wiemeler", "Geschäftsführer des Zweckverbands"),
        ("Aylin Demirtaş", "Leiterin der Angebotsplanung"),
        ("Reinhard Köckemann", "Vorsitzender der Verbandsversammlung"),
    ],
    ["Sitzungssaal des Kreishauses Hellwerl", "Bürgerzentrum Lipphausen", "Ratssaal Sassenhof"],
    ["Verkehr und Tarife", "Finanzen", "Angebotsplanung"],
)


def seeds(text: str) -> list[Release]:
    """``kind | category | title | subject`` per line."""
    out = []
    for line in text.strip().splitlines():
        kind, category, title, subject = (part.strip() for part in line.split("|"))
        out.append(Release(title, subject, kind, category))
    return out


ZV_SEEDS = seeds("""
I | Angebot | Neue Schnellbuslinie S 40 verbindet Lipphausen und Hellwerl im Stundentakt | die neue Schnellbuslinie S 40 zwischen Lipphausen und Hellwerl
I | Verband | Verbandsversammlung beschließt Nahverkehrsplan 2025–2030 | die Fortschreibung des Nahverkehrsplans für die Jahre 2025 bis 2030
I | Tarife | Deutschlandticket: Zweckverband zieht positive Zwischenbilanz | die Bilanz des ersten Jahres mit dem Deutschlandticket
I | Angebot | Ausschreibung für das Linienbündel Börde-Süd gestartet | die europaweite Ausschreibung des Linienbündels Börde-Süd
I | Angebot | On-Demand-Verkehr „BördeFlex“ wird auf Sassenhof ausgeweitet | die Ausweitung des On-Demand-Verkehrs „BördeFlex“ auf Sassenhof
I | Infrastruktur | Barrierefreier Ausbau von 46 Haltestellen abgeschlossen | die barrierefreie Umgestaltung von 46 Haltestellen im Verbandsgebiet
I | Angebot | Schülerverkehr: Neue Fahrpläne zum Schuljahresbeginn | die Neuordnung der Fahrpläne im Schülerverkehr
I | Verband | Fahrgastbeirat sucht neue Mitglieder | die Neubesetzung des Fahrgastbeirats
F | Verband | Zweckverband fordert verlässliche Finanzierung des ÖPNV durch das Land | eine verlässliche Finanzierung des Nahverkehrs durch das Land
I | Infrastruktur | Echtzeitdaten jetzt an allen Bahnhöfen der Hellwegbahn verfügbar | die Ausstattung aller Bahnhöfe der Hellwegbahn mit Echtzeitanzeigen
I | Angebot | Ersatzverkehr während der Brückensanierung in Rüthenau | die Einrichtung eines Ersatzverkehrs während der Brückensanierung in Rüthenau
I | Tarife | Tarifanpassung zum 1. August: Einzelfahrscheine bleiben stabil | die Tarifanpassung zum 1. August
I | Infrastruktur | Erste Elektrobusse im Betriebshof Oberbörde eingetroffen | die Umstellung der Busflotte auf Elektroantrieb
I | Infrastruktur | Mobilstationen in Welverstedt und Anrode eröffnet | die Eröffnung der Mobilstationen in Welverstedt und Anrode
I | Angebot | Nachtbuslinien N1 und N3 fahren künftig auch sonntags | die Ausweitung der Nachtbuslinien N1 und N3 auf den Sonntag
I | Verband | Fahrgastbefragung 2024: Pünktlichkeit bleibt größte Baustelle | die Auswertung der Fahrgastbefragung 2024
I | Verband | Neuer Geschäftsführer beim Nahverkehrsverband | die Neubesetzung der Geschäftsführung
I | Tarife | Radmitnahme in Regionalbussen ab Mai kostenlos | die kostenlose Fahrradmitnahme in den Regionalbussen
""")
ZV_NEW = seeds("""
I | Angebot | Sommerfahrplan 2024: Zusätzliche Fahrten zum Freizeitsee Lipphausen | das zusätzliche Fahrtenangebot zum Freizeitsee Lipphausen
I | Verband | Verbandsversammlung wählt Reinhard Köckemann erneut zum Vorsitzenden | die Neuwahl des Vorsitzes der Verbandsversammlung
""")
ZV_MENU = [
    (
        "Verband",
        "/verband",
        [
            (
                "Über uns",
                "ueber-uns",
                "Aufgaben, Mitglieder und Geschichte des Zweckverbands seit seiner Gründung 1996",
            ),
            (
                "Verbandsversammlung",
                "verbandsversammlung",
                "Zusammensetzung, Sitzungstermine und Beschlüsse des obersten Organs",
            ),
            (
                "Geschäftsstelle",
                "geschaeftsstelle",
                "Ansprechpersonen, Zuständigkeiten und Öffnungszeiten der Geschäftsstelle in Hellwerl",
            ),
            (
                "Satzung und Finanzen",
                "satzung-und-finanzen",
                "Verbandssatzung, Wirtschaftsplan und Umlageschlüssel zum Herunterladen",
            ),
        ],
    ),
    (
        "Mobilität",
        "/mobilitaet",
        [
            (
                "Buslinien und Fahrpläne",
                "buslinien",
                "Alle Regional-, Schnell- und Nachtbuslinien im Verbandsgebiet auf einen Blick",
            ),
            (
                "BördeFlex",
                "boerdeflex",
                "Der On-Demand-Verkehr für Orte ohne festen Linienverkehr – per App oder Telefon buchbar",
            ),
            (
                "Schülerverkehr",
                "schuelerverkehr",
                "Informationen für Eltern und Schulen zu Schulwegen, Tickets und Verstärkerfahrten",
            ),
            (
                "Barrierefrei unterwegs",
                "barrierefrei",
                "Niederflurbusse, ausgebaute Haltestellen und Hilfen für mobilitätseingeschränkte Fahrgäste",
            ),
        ],
    ),
    (
        "Tickets & Tarife",
        "/tarife",
        [
            (
                "Deutschlandticket",
                "deutschlandticket",
                "Bestellung, Kündigung und Sonderkonditionen für Jobtickets und Schulen",
            ),
            (
                "Tarifübersicht",
                "uebersicht",
                "Preisstufen, Einzelfahrscheine und Zeitkarten im Westfalentarif",
            ),
            (
                "Fahrradmitnahme",
                "fahrradmitnahme",
                "Regeln und Kapazitäten für die Mitnahme von Fahrrädern in Bus und Bahn",
            ),
        ],
    ),
    (
        "Projekte",
        "/projekte",
        [
            (
                "Nahverkehrsplan",
                "nahverkehrsplan",
                "Der Rahmenplan für das Busangebot bis 2030 mit allen Gutachten und Stellungnahmen",
            ),
            (
                "Mobilstationen",
                "mobilstationen",
                "Umsteigepunkte mit Radboxen, Carsharing und Ladesäulen in den Mitgliedskommunen",
            ),
            (
                "Elektrobusse",
                "elektrobusse",
                "Der Weg zur emissionsfreien Busflotte: Zeitplan, Förderung und Betriebshöfe",
            ),
        ],
    ),
    (
        "Aktuelles",
        "/aktuelles",
        [
            (
                "Pressemitteilungen",
                "pressemitteilungen",
                "Alle Meldungen des Zweckverbands für Medien und Öffentlichkeit",
            ),
            (
                "Termine",
                "termine",
                "Sitzungen der Gremien, Informationsabende und Aktionstage im Verbandsgebiet",
            ),
            (
                "Newsletter",
                "newsletter",
                "Der monatliche Newsletter mit allen Neuigkeiten aus dem Verbandsgebiet",
            ),
            (
                "Presseservice",
                "presseservice",
                "Pressekontakt, Fotos und Logos zur freien Verwendung in der Berichterstattung",
            ),
        ],
    ),
]
ZV_STATIC = {
    "/impressum": (
        "Impressum",
        [
            "Zweckverband Nahverkehr Hellweg-Börde, Körperschaft des öffentlichen Rechts, Bahnhofsallee 12, 59471 Hellwerl.",
            "Vertreten durch die Verbandsvorsteherin Dr. Helga Brunsmann. Telefon 02921 3307-0, Telefax 02921 3307-99, E-Mail info@nahverkehr-hellweg.test.",
            "Aufsichtsbehörde: Bezirksregierung Arnsberg. Umsatzsteuer-Identifikationsnummer DE 812 334 907.",
        ],
    ),
    "/datenschutz": (
        "Datenschutzerklärung",
        [
            "Der Schutz Ihrer personenbezogenen Daten ist uns wichtig. Wir verarbeiten Ihre Daten ausschließlich auf Grundlage der gesetzlichen Bestimmungen (DSGVO, DSG NRW).",
            "Beim Besuch dieser Website speichert der Webserver vorübergehend die IP-Adresse Ihres Geräts, Datum und Uhrzeit des Zugriffs sowie die aufgerufene Seite. Die Daten werden nach sieben Tagen gelöscht.",
            "Datenschutzbeauftragter: Dipl.-Inf. Bernd Ostkamp, datenschutz@nahverkehr-hellweg.test.",
        ],
    ),
    "/kontakt": (
        "Kontakt",
        [
            "Geschäftsstelle des Zweckverbands, Bahnhofsallee 12, 59471 Hellwerl. Montag bis Donnerstag 8 bis 16 Uhr, Freitag 8 bis 13 Uhr.",
            "Telefon 02921 3307-0, E-Mail info@nahverkehr-hellweg.test. Für Fahrplanauskünfte wenden Sie sich bitte an die Schlaue Nummer 0800 3 504030.",
        ],
    ),
    "/barrierefreiheit": (
        "Erklärung zur Barrierefreiheit",
        [
            "Der Zweckverband ist bemüht, seine Website im Einklang mit der BITV NRW barrierefrei zugänglich zu machen.",
            "Einige PDF-Dokumente aus der Zeit vor 2019 sind noch nicht vollständig barrierefrei. Sie können diese Dokumente bei der Geschäftsstelle in alternativer Form anfordern.",
        ],
    ),
}
ZV_BOILERPLATE = [
    "Zum Hauptinhalt springen",
    "Sie sind hier:",
    "Aufgaben, Mitglieder und Geschichte des Zweckverbands seit seiner Gründung 1996",
    "Der On-Demand-Verkehr für Orte ohne festen Linienverkehr",
    "Pressekontakt",
    "Bahnhofsallee 12",
    "Diese Website verwendet Cookies",
    "Das könnte Sie auch interessieren",
    "Seite drucken",
    "Zurück zur Übersicht",
    "Newsletter abonnieren",
    "Zweckverband Nahverkehr Hellweg-Börde",
]
ZV_LIST = "/aktuelles/pressemitteilungen"


def zv_page(
    title: str,
    main: str,
    crumbs: list[tuple[str, str]],
    *,
    pid: int,
    canonical: str = "",
    description: str = "",
    og: str = "",
    sub: str = "Aktuelles",
) -> str:
    menu = []
    for label, base, items in ZV_MENU:
        active = " active" if label == sub else ""
        entries = "".join(
            f'<li class="dropdown-item-wrap"><a class="dropdown-item" href="{base}/{slug}" title="{attr(label2)}">'
            f'<span class="dropdown-text">{esc(label2)}<span class="dropdown-description">{esc(desc)}</span>'
            f"</span></a></li>\n"
            for label2, slug, desc in items
        )
        menu.append(
            f'<li class="nav-item dropdown dropdown-hover{active}">\n<a href="{base}" id="nav-item-{slugify(label)}" '
            f'class="nav-link dropdown-toggle" aria-haspopup="true" aria-expanded="false">'
            f'<span class="nav-link-text">{esc(label)}</span></a>\n<div class="dropdown-menu" '
            f'aria-labelledby="nav-item-{slugify(label)}">\n<ul class="dropdown-nav" data-level="2">\n{entries}</ul>\n'
            f'<div class="dropdown-teaser"><p>Schnellzugriff: <a href="/tarife/deutschlandticket">Deutschlandticket '
            f'bestellen</a> · <a href="/mobilitaet/buslinien">Fahrpläne</a></p></div>\n</div>\n</li>\n'
        )
    trail = "".join(
        f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{attr(label)}">'
        f'<span class="breadcrumb-text">{esc(label)}</span></a></li>\n'
        for label, href in crumbs
    )
    sidebar_items = "".join(
        f'<li class="nav-item"><a href="/aktuelles/{slug}" class="nav-link{" active" if label2 == title else ""}">'
        f'<span class="nav-link-text">{esc(label2)}</span></a></li>\n'
        for label2, slug, _ in ZV_MENU[4][2]
    )
    canon = (
        f'<link rel="canonical" href="https://www.nahverkehr-hellweg.test{canonical}">\n' if canonical else ""
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="de-DE">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->


<title>{esc(title)} | Zweckverband Nahverkehr Hellweg-Börde</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="description" content="{attr(description or "Der Zweckverband Nahverkehr Hellweg-Börde plant und finanziert den Busverkehr in sieben Kommunen.")}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="{og or "website"}">
<meta property="og:site_name" content="Zweckverband Nahverkehr Hellweg-Börde">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">

<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/fonts/284ba9c5345a729d38fc3d3bb72eea6caaef6180abbc77928e15e42297d05f8b/webfont.css?1712055124" media="all">
<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-0a7d3e91b5.css?1712055131" media="all">
<link rel="stylesheet" href="/_assets/e799cca3073eabb617dfebf5f7cabc53/Css/news-basic.css?1709812220" media="all">
<link rel="stylesheet" href="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/Css/custom.css?1712054807" media="all">

<script src="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/JavaScript/Dist/modernizr.min.js?1712054807" async="async"></script>
<link rel="alternate" type="application/rss+xml" title="Pressemitteilungen (RSS)" href="/aktuelles/pressemitteilungen/rss.xml">
{canon}<link rel="icon" href="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/Icons/favicon.ico">
</head>
<body id="p{pid}" class="page-{pid} pagelevel-2 language-0 backendlayout-subnavigation_left layout-default">

<div id="top"></div><div class="body-bg body-bg-top"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Zum Hauptinhalt springen</span></a>
<a class="visually-hidden-focusable page-skip-link" href="#page-footer"><span>Zur Fußzeile springen</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
<div class="container container-mainnavigation">
<a class="navbar-brand navbar-brand-image" title="Zweckverband Nahverkehr Hellweg-Börde – Startseite" href="/">
<img class="navbar-brand-logo-normal" src="/fileadmin/user_upload/logo-znhb.svg" alt="Zweckverband Nahverkehr Hellweg-Börde logo" height="52" width="180"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Navigation umschalten"><span class="navbar-toggler-icon"></span></button>
<nav aria-label="Hauptnavigation" id="mainnavigation" class="collapse navbar-collapse">
<ul class="navbar-nav">
{"".join(menu)}</ul>
<ul class="navbar-nav navbar-meta"><li class="nav-item"><a class="nav-link" href="/suche/" title="Suche"><span class="nav-link-text">Suche</span></a></li></ul>
</nav>
</div>
</header>
<nav class="breadcrumb-section" aria-label="Brotkrumennavigation">
<div class="container">
<p class="visually-hidden" id="breadcrumb">Sie sind hier:</p>
<ol class="breadcrumb">
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Startseite"><span class="breadcrumb-text">Startseite</span></a></li>
{trail}<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">{esc(title)}</span></li>
</ol>
</div>
</nav>
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default">
<div class="container">
<div class="section-row">
<main class="section-column maincontent-wrap" role="main">
{main}
</main>
<aside class="section-column subcontent-wrap">
<nav class="frame frame-type-subnavigation" aria-label="Unternavigation"><ul class="subnav-nav">
{sidebar_items}</ul></nav>
<div id="c71" class="frame frame-default frame-type-textpic frame-layout-default frame-background-light">
<div class="frame-container"><div class="frame-inner"><div class="frame-header"><h3 class="element-header"><span>Pressekontakt</span></h3></div>
<p>Miriam Okafor<br>Presse- und Öffentlichkeitsarbeit<br>Telefon 02921 3307-15<br><a href="mailto:presse@nahverkehr-hellweg.test">presse@nahverkehr-hellweg.test</a></p>
</div></div></div>
<div id="c72" class="frame frame-default frame-type-text frame-background-primary">
<div class="frame-container"><div class="frame-inner"><h3 class="element-header">Newsletter abonnieren</h3><p>Einmal im Monat alle Neuigkeiten rund um Bus und Bahn im Verbandsgebiet.</p><p><a href="/aktuelles/newsletter" class="btn btn-light">Jetzt anmelden</a></p></div></div></div>
</aside>
</div>
</div>
</div>
<!--TYPO3SEARCH_end-->
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content">
<div class="container"><div class="section-row">
<div class="section-column footer-section-content-column footer-section-content-column-left">
<div id="c5" class="frame frame-default frame-type-text"><h4>Zweckverband Nahverkehr Hellweg-Börde</h4><p>Bahnhofsallee 12<br>59471 Hellwerl<br>Telefon 02921 3307-0<br>info@nahverkehr-hellweg.test</p></div>
</div>
<div class="section-column footer-section-content-column footer-section-content-column-middle">
<div id="c6" class="frame frame-default frame-type-menu_pages"><h4>Service</h4><ul><li><a href="/kontakt" title="Kontakt"><span>Kontakt</span></a></li><li><a href="/aktuelles/presseservice" title="Presseservice"><span>Presseservice</span></a></li><li><a href="/intern/" title="Verbandsversammlung intern"><span>Verbandsversammlung intern</span></a></li></ul></div>
</div>
<div class="section-column footer-section-content-column footer-section-content-column-right">
<div id="c7" class="frame frame-default frame-type-text"><h4>Mitglieder</h4><p>Kreis Hellwerl · Stadt Lipphausen · Stadt Sassenhof · Gemeinde Oberbörde · Stadt Rüthenau · Gemeinde Welverstedt · Gemeinde Anrode</p></div>
</div>
</div></div>
</section>
<section class="section footer-section footer-section-meta">
<div class="frame frame-default frame-type-menu_pages"><div class="container">
<nav aria-label="Metanavigation"><ul class="footer-meta-navigation"><li><a href="/impressum" title="Impressum"><span>Impressum</span></a></li><li><a href="/datenschutz" title="Datenschutz"><span>Datenschutz</span></a></li><li><a href="/barrierefreiheit" title="Barrierefreiheit"><span>Barrierefreiheit</span></a></li></ul></nav>
<div class="footer-copyright"><p>© 2024 Zweckverband Nahverkehr Hellweg-Börde</p></div>
</div></div>
</section>
</footer>
<a class="scroll-top" title="Nach oben rollen" href="#top"><span class="scroll-top-icon"></span></a>
</div>
<script src="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/JavaScript/Dist/bootstrap.bundle.min.js?1712054807"></script>
<script src="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/Contrib/cookieconsent/cookieconsent.min.js?1712054807"></script>
<script>
window.addEventListener("load", function(){{ window.cookieconsent.initialise({{"layout":"basic","position":"bottom","theme":"classic","content":{{"message":"Diese Website verwendet Cookies, um Ihnen den bestmöglichen Service zu gewährleisten.","dismiss":"Verstanden!","link":"Mehr erfahren","href":"/datenschutz"}},"type":"info","revokable":false}}); }});
</script>
</body>
</html>
"""


def zv_item(r: Release, href: str, cls: str = "article articletype-0") -> str:
    return f"""<div class="{cls}" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="news-list-date"><time datetime="{r.iso}">{dmy(r.published)}<meta itemprop="datePublished" content="{r.iso}"></time></div>
<div class="header"><h3><a title="{attr(r.title)}" href="{href}"><span itemprop="headline">{esc(r.title)}</span></a></h3></div>
<div class="teaser-text"><div itemprop="description"><p>{esc(r.paragraphs[0])}</p></div>
<a class="more" title="{attr(r.title)}" href="{href}">Weiterlesen</a></div>
</div>
"""


def zv_cards(items: list[Release], href) -> str:  # type: ignore[no-untyped-def]
    cards = "".join(
        f'<div class="card-group-element-item"><div class="card"><div class="card-body">'
        f'<p class="card-subheader">{esc(o.category)} · {dmy(o.published)}</p><h3 class="card-title">{esc(o.title)}</h3>'
        f'<div class="card-text"><p>{esc(o.paragraphs[0])}</p></div></div><div class="card-footer">'
        f'<a href="{href(o)}" class="btn btn-primary" title="{attr(o.title)}"><span>Mehr erfahren: {esc(o.title)}</span>'
        f"</a></div></div></div>\n"
        for o in items
    )
    return (
        '<div id="c144" class="frame frame-default frame-type-card_group frame-layout-default frame-background-light">\n'
        '<div class="frame-container"><div class="frame-inner"><div class="frame-header"><h2 class="element-header">'
        "<span>Das könnte Sie auch interessieren</span></h2></div>\n"
        f'<div class="card-group-element card-group-element-align-left card-group-element-columns-3">\n{cards}</div>\n'
        "</div></div></div>"
    )


def build_zv(state: int) -> Host:
    st = timeline(101, ZV, ZV_SEEDS, ZV_NEW, date(2023, 6, 5), edited=4, removed=9, state=state)
    h = Host("www.nahverkehr-hellweg.test")
    h.truth.update(
        organisation=ZV.name,
        template="typo3-12-tx_news-bootstrap_package",
        boilerplate=ZV_BOILERPLATE,
        disallowed=["/typo3/", "/suche/", "/intern/"],
    )
    rels, newest = st.releases, st.releases[::-1]

    def detail(r: Release) -> str:
        return f"{ZV_LIST}/detail/{r.slug}"

    def old_style(r: Release) -> str:
        query = f"id=27&tx_news_pi1[action]=detail&tx_news_pi1[controller]=News&tx_news_pi1[news]={380 + 3 * r.number}"
        return f"/index.php?{query}&cHash={hashlib.md5(query.encode()).hexdigest()}"

    def crumbs(*extra: tuple[str, str]) -> list[tuple[str, str]]:
        return [("Aktuelles", "/aktuelles"), *extra]

    for r in rels:
        same = [o for o in newest if o is not r and o.category == r.category]
        cards = (same + [o for o in newest if o is not r and o not in same])[:3]
        quoted = f"https%3A%2F%2Fwww.nahverkehr-hellweg.test{detail(r).replace('/', '%2F')}"
        body = "".join(f"<p>{esc(p)}</p>\n" for p in r.paragraphs[1:])
        img = hashlib.md5(r.slug.encode()).hexdigest()[:10]
        main = f"""<div id="c143" class="frame frame-default frame-type-news_newsdetail frame-layout-default frame-size-default frame-height-default frame-background-none frame-space-before-none frame-space-after-none frame-no-backgroundimage">
<div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{esc(r.title)}</h1></div>
<div class="footer"><p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{r.iso}">{dmy(r.published)}</time></span>
<span class="news-list-category">{esc(r.category)}</span>
</p></div>
<div class="teaser-text" itemprop="description"><p>{esc(r.paragraphs[0])}</p></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image">
<img itemprop="image" src="/fileadmin/_processed_/{img[0]}/{img[1]}/csm_pm_{img}.jpg" width="750" height="422" alt="">
</div><p class="news-img-caption">Foto: ZNHB / Archiv</p></div></div>
<div class="news-text-wrap" itemprop="articleBody">
{body}</div>
<div class="news-backlink-wrap"><a href="{ZV_LIST}">Zurück zur Übersicht</a></div>
<div class="news-share"><p><strong>Teilen:</strong>
<a href="https://www.facebook.com/sharer/sharer.php?u={quoted}" target="_blank" rel="noopener">Facebook</a> ·
<a href="https://www.linkedin.com/sharing/share-offsite/?url={quoted}" target="_blank" rel="noopener">LinkedIn</a> ·
<a href="mailto:?subject={attr(r.title)}&amp;body={quoted}">E-Mail</a> ·
<a href="{detail(r)}?type=98" rel="nofollow" title="Seite drucken">Seite drucken</a></p></div>
</div>
</div>
</div></div></div></div>
</div>
{zv_cards(cards, detail)}"""
        page = zv_page(
            r.title,
            main,
            crumbs(("Pressemitteilungen", ZV_LIST)),
            pid=27,
            canonical=detail(r),
            description=r.teaser(20),
            og="article",
        )
        h.add(detail(r), page)
        announce(h, h.url(detail(r)), r, page, [o.title for o in cards] + [o.paragraphs[0] for o in cards])
        printed = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>{esc(r.title)} | Zweckverband Nahverkehr Hellweg-Börde</title>
<meta name="robots" content="noindex,follow">
<link rel="stylesheet" href="/_assets/a3c1b7f0d0e96c5c2a3e5e2b0d4a9e55/Css/print.css?1712054807" media="all">
</head>
<body class="print-view" onload="window.print();">
<div class="print-header"><img src="/fileadmin/user_upload/logo-znhb.svg" alt="Logo" width="180"><p>Zweckverband Nahverkehr Hellweg-Börde · Bahnhofsallee 12 · 59471 Hellwerl · Telefon 02921 3307-0</p></div>
<div class="news news-single"><div class="article">
<h1>{esc(r.title)}</h1>
<p class="news-list-date"><time datetime="{r.iso}">{dmy(r.published)}</time> · {esc(r.category)}</p>
<div class="teaser-text"><p>{esc(r.paragraphs[0])}</p></div>
<div class="news-text-wrap">
{body}</div>
</div></div>
<p class="print-footer">Quelle: https://www.nahverkehr-hellweg.test{detail(r)}</p>
</body>
</html>
"""
        h.variant(f"{detail(r)}?type=98", printed, detail(r))
        if r.number <= 6:
            h.variant(old_style(r), page, detail(r))
    notfound = zv_page(
        "Seite nicht gefunden",
        '<div class="frame"><h1>Seite nicht gefunden</h1><p>Die angeforderte '
        "Seite existiert nicht oder wurde verschoben.</p></div>",
        [],
        pid=404,
    )
    if state == 2:
        gone(h, detail(st.removed), notfound)
    h.add("/404.html", notfound)

    # listings: 6 per page, categories, monthly archive (tx_news date menu)
    cats = sorted({r.category for r in rels})
    months = sorted({(r.published.year, r.published.month) for r in rels}, reverse=True)
    filters = (
        '<div class="news-menu-view"><h4>Kategorien</h4><ul>'
        + "".join(f'<li><a href="{ZV_LIST}/kategorie/{slugify(c)}">{esc(c)}</a></li>' for c in cats)
        + '</ul><h4>Archiv</h4><ul class="news-archive">'
        + "".join(
            f'<li><a href="{ZV_LIST}/archiv/{y}/{m:02d}">{MONTHS[m - 1]} {y}</a></li>' for y, m in months
        )
        + "</ul></div>\n"
    )

    def listing(target: str, title: str, items: list[Release], pager: str = "", trail=None) -> None:  # type: ignore[no-untyped-def]
        inner = "".join(zv_item(o, detail(o)) for o in items)
        main = (
            f'<div id="c140" class="frame frame-default frame-type-news_pi1"><div class="frame-container">'
            f'<div class="frame-inner"><h1>{esc(title)}</h1>\n{filters}<div class="news"><div class="news-list-view" '
            f'id="news-container-140">\n{inner}</div>{pager}</div></div></div></div>'
        )
        h.add(target, zv_page(title, main, trail or crumbs(), pid=27), non=True)

    pages = [newest[i : i + 6] for i in range(0, len(newest), 6)]

    def page_url(n: int) -> str:
        return ZV_LIST if n == 1 else f"{ZV_LIST}/seite-{n}"

    for n, items in enumerate(pages, 1):
        links = "".join(
            f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{page_url(k)}">{k}</a></li>'
            for k in range(1, len(pages) + 1)
        )
        nxt = (
            f'<li class="page-item next"><a class="page-link" href="{page_url(n + 1)}" title="Nächste Seite">›</a></li>'
            if n < len(pages)
            else ""
        )
        pager = f'<nav aria-label="Seitennavigation"><ul class="f3-widget-paginator pagination">{links}{nxt}</ul></nav>'
        listing(
            page_url(n), "Pressemitteilungen" if n == 1 else f"Pressemitteilungen – Seite {n}", items, pager
        )
    for c in cats:
        listing(
            f"{ZV_LIST}/kategorie/{slugify(c)}",
            f"Pressemitteilungen: {c}",
            [o for o in newest if o.category == c],
            trail=crumbs(("Pressemitteilungen", ZV_LIST)),
        )
    for y, m in months:
        listing(
            f"{ZV_LIST}/archiv/{y}/{m:02d}",
            f"Pressemitteilungen {MONTHS[m - 1]} {y}",
            [o for o in newest if (o.published.year, o.published.month) == (y, m)],
            trail=crumbs(("Pressemitteilungen", ZV_LIST)),
        )

    # home, section and content pages
    slider = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""} carousel-item-type carousel-item-type-header">'
        f'<div class="carousel-content"><h2 class="carousel-header">{esc(o.title)}</h2><p><a href="{detail(o)}" '
        f'class="btn btn-primary">Zur Meldung</a></p></div></div>\n'
        for i, o in enumerate(newest[:2])
    )
    home = (
        f'<div id="c1" class="frame frame-type-carousel"><div class="carousel slide" data-bs-ride="carousel">'
        f'<div class="carousel-inner">\n{slider}</div></div></div>\n<div id="c2" class="frame frame-type-news_pi1">'
        f'<h2 class="element-header">Aktuelle Meldungen</h2><div class="news-list-view">\n'
        + "".join(zv_item(o, detail(o)) for o in newest[:3])
        + f'</div><p><a href="{ZV_LIST}" class="btn btn-secondary">Alle Pressemitteilungen</a></p></div>\n'
        '<div id="c3" class="frame frame-type-icon_group"><h2 class="element-header">Schnell zum Ziel</h2><ul>'
        + "".join(
            f'<li><a href="{base}/{items[0][1]}"><span>{esc(items[0][0])}</span><small>{esc(items[0][2])}</small></a></li>'
            for _, base, items in ZV_MENU
        )
        + "</ul></div>"
    )
    h.add("/", zv_page("Startseite", home, [], pid=1), non=True)
    for label, base, items in ZV_MENU:
        overview = "".join(f'<li><a href="{base}/{s}">{esc(lab)}</a><br>{esc(d)}</li>' for lab, s, d in items)
        extra = "".join(zv_item(o, detail(o)) for o in newest[:3]) if base == "/aktuelles" else ""
        h.add(
            base,
            zv_page(
                label,
                f'<div class="frame"><h1>{esc(label)}</h1><ul class="overview">{overview}</ul>{extra}</div>',
                [],
                pid=len(base),
                sub=label,
            ),
            non=True,
        )
        for lab, s, d in items:
            target = f"{base}/{s}"
            if target == ZV_LIST:
                continue
            text = [
                f"{d}.",
                f"Auf dieser Seite informiert der Zweckverband über {lab}. Fragen beantwortet die "
                "Geschäftsstelle in Hellwerl montags bis freitags zwischen 8 und 13 Uhr.",
            ]
            if s == "newsletter":
                text.append("Die Mai-Ausgabe des Newsletters enthält unter anderem diese Meldungen:")
                links = "".join(
                    f'<li><a href="{detail(o)}?utm_source=newsletter&amp;utm_medium=email&amp;'
                    f'utm_campaign=newsletter-2024-05">{esc(o.title)}</a></li>'
                    for o in newest[:4]
                )
                for o in newest[:4]:
                    qs = "utm_source=newsletter&utm_medium=email&utm_campaign=newsletter-2024-05"
                    if f"{detail(o)}?{qs}" not in h.res:
                        h.variant(f"{detail(o)}?{qs}", h.res[detail(o)].body.decode(), detail(o))
            elif s == "presseservice":
                text.append("Meldungen aus dem Archiv (Auswahl):")
                links = "".join(
                    f'<li><a href="{attr(old_style(o))}">{esc(o.title)}</a></li>'
                    for o in rels
                    if o.number <= 6
                )
            elif s == "termine":
                text.append(
                    "Die Verbandsversammlung tagt am 27. Juni 2024 und am 12. Dezember 2024 jeweils um 16 Uhr "
                    "im Sitzungssaal des Kreishauses Hellwerl. Der Verkehrsausschuss tagt am 6. Juni 2024."
                )
                links = ""
            else:
                links = ""
            content = "".join(f"<p>{esc(p)}</p>" for p in text) + (f"<ul>{links}</ul>" if links else "")
            h.add(
                target,
                zv_page(
                    lab,
                    f'<div class="frame frame-type-text"><h1>{esc(lab)}</h1>{content}</div>',
                    [(label, base)],
                    pid=len(target),
                    sub=label,
                ),
                non=True,
            )
    for target, (title, paras) in ZV_STATIC.items():
        h.add(
            target,
            zv_page(
                title,
                f'<div class="frame"><h1>{esc(title)}</h1>'
                + "".join(f"<p>{esc(p)}</p>" for p in paras)
                + "</div>",
                [],
                pid=len(target),
            ),
            non=True,
        )
    h.add(
        "/suche/",
        zv_page(
            "Suche",
            '<h1>Suche</h1><form action="/suche/" method="get"><input name="tx_indexedsearch_pi2[search][sword]"></form>',
            [],
            pid=9,
        ),
    )
    h.add("/intern/", zv_page("Anmeldung", "<h1>Anmeldung</h1><p>Bitte melden Sie sich an.</p>", [], pid=8))

    # feed, sitemaps, robots
    items = "".join(
        f"<item><title>{esc(o.title)}</title><link>https://www.nahverkehr-hellweg.test{detail(o)}</link>"
        f"<description>{esc(o.paragraphs[0])}</description><category>{esc(o.category)}</category>"
        f'<pubDate>{rfc822(o)}</pubDate><guid isPermaLink="false">news-{380 + 3 * o.number}</guid></item>\n'
        for o in newest[:10]
    )
    h.add(
        f"{ZV_LIST}/rss.xml",
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>'
        "<title>Pressemitteilungen – Zweckverband Nahverkehr Hellweg-Börde</title><link>https://www.nahverkehr-hellweg.test/"
        f"</link><description>Aktuelle Meldungen</description><language>de-DE</language>\n{items}</channel>\n</rss>\n",
        ctype="application/rss+xml; charset=utf-8",
        non=True,
    )
    xsl = '<?xml-stylesheet type="text/xsl" href="/typo3/sysext/seo/Resources/Public/CSS/Sitemap.xsl"?>\n'
    chash = {k: hashlib.md5(k.encode()).hexdigest() for k in ("pages", "news")}
    h.add(
        "/sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n{xsl}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(
            f"<sitemap><loc>https://www.nahverkehr-hellweg.test/sitemap.xml?sitemap={k}&amp;cHash={v}</loc>"
            f"<lastmod>{(TOMORROW if state == 2 else TODAY).isoformat()}T06:00:00+00:00</lastmod></sitemap>\n"
            for k, v in chash.items()
        )
        + "</sitemapindex>\n",
        non=True,
    )
    static = sorted(
        t
        for t in h.res
        if t.count("/") <= 3
        and "?" not in t
        and not t.endswith((".xml", ".html"))
        and not t.startswith(("/suche", "/intern", ZV_LIST + "/"))
    )
    urls = {"pages": [(t, TODAY) for t in static], "news": [(detail(o), o.published) for o in rels]}
    for k, v in chash.items():
        body = "".join(
            f"<url><loc>https://www.nahverkehr-hellweg.test{t}</loc><lastmod>{d.isoformat()}T10:00:00+00:00</lastmod></url>\n"
            for t, d in urls[k]
        )
        h.add(
            f"/sitemap.xml?sitemap={k}&cHash={v}",
            f'<?xml version="1.0" encoding="UTF-8"?>\n{xsl}<urlset '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n',
            ctype="application/xml; charset=utf-8",
            non=True,
        )
    h.add(
        "/robots.txt",
        "User-agent: *\nDisallow: /typo3/\nDisallow: /typo3_src/\nDisallow: /typo3conf/\n"
        "Disallow: /*?tx_indexedsearch\nDisallow: /suche/\nDisallow: /intern/\n\n"
        "Sitemap: https://www.nahverkehr-hellweg.test/sitemap.xml\n",
    )
    finish(h, st, lambda r: h.url(detail(r)))
    return h


# ================================================================================================
# 2. a hand-made table layout in ISO-8859-1: an SPD group in a county council
# ================================================================================================
KT = Org(
    "SPD-Kreistagsfraktion Borkenau",
    "Die SPD-Kreistagsfraktion",
    "der Kreistag",
    "des Kreistags",
    ["Borkenau", "Stadtlohe", "Raesfurt", "Velden", "Gescherbrück", "Südlohe", "Ahlenbrock"],
    [
        ("Heinz-Dieter Lammerding", "Fraktionsvorsitzender"),
        ("Sabine Terlinden", "schulpolitische Sprecherin"),
        ("Mehmet Aydın", "sozialpolitischer Sprecher"),
        ("Gisela Wewering", "stellvertretende Fraktionsvorsitzende"),
    ],
    ["Sitzungssaal des Kreishauses", "Kreishaus Borkenau", "Bürgerhaus Stadtlohe"],
    ["Schule und Bildung", "Soziales und Gesundheit", "Umwelt und Planung", "Finanzen"],
)
KT_SEEDS = seeds("""
F | Schule | SPD fordert kostenloses Mittagessen an Förderschulen des Kreises | ein kostenloses Mittagessen an allen Förderschulen in Trägerschaft des Kreises
F | Finanzen | Kreisumlage: SPD-Fraktion warnt vor Belastung der Kommunen | eine Begrenzung der Kreisumlage im Haushalt 2024
F | Verkehr | Radweg an der K 23 zwischen Velden und Raesfurt muss kommen | die Radwegeverbindung an der K 23 zwischen Velden und Raesfurt
F | Gesundheit | Kreiskrankenhaus Stadtlohe: SPD will Geburtshilfe erhalten | die Erhaltung der Geburtshilfe am Kreiskrankenhaus Stadtlohe
F | Schule | Antrag: Kreis soll Schulsozialarbeit dauerhaft finanzieren | die dauerhafte Finanzierung der Schulsozialarbeit durch den Kreis
F | Verkehr | Busanbindung der Gewerbegebiete verbessern | eine bessere Busanbindung der Gewerbegebiete in Gescherbrück und Südlohe
I | Gesundheit | SPD-Fraktion besucht Rettungswache in Ahlenbrock | die Ausstattung der Rettungswache in Ahlenbrock
F | Soziales | Pflegeplätze im Kreis: Bedarf deutlich höher als geplant | die Schaffung zusätzlicher Kurzzeitpflegeplätze im Kreisgebiet
I | Soziales | Kreistag beschließt auf SPD-Antrag ein Wohnraumförderprogramm | das kommunale Wohnraumförderprogramm des Kreises
I | Fraktion | Digitale Sprechstunde der Fraktion startet im April | die neue digitale Bürgersprechstunde der Fraktion
F | Schule | Berufskolleg Borkenau: Sanierung darf nicht weiter verschoben werden | die Sanierung des Berufskollegs Borkenau
F | Verwaltung | SPD kritisiert Schließung der Kfz-Zulassungsstelle in Velden | die Erhaltung der Kfz-Zulassungsstelle in Velden
F | Soziales | Ehrenamtskarte soll mehr Vergünstigungen bieten | eine Aufwertung der Ehrenamtskarte
I | Finanzen | Haushaltsrede 2024: „Investieren statt kaputtsparen“ | die Haushaltsrede des Fraktionsvorsitzenden zum Kreishaushalt 2024
F | Umwelt | Klimaschutz: Kreis muss bei eigenen Gebäuden vorangehen | die energetische Sanierung der kreiseigenen Gebäude
F | Gesundheit | Hausärztliche Versorgung auf dem Land sichern | die Sicherung der hausärztlichen Versorgung im ländlichen Raum
""")
KT_NEW = seeds("""
F | Verkehr | Schülerticket: SPD fordert Ausweitung auf Auszubildende | die Ausweitung des Schülertickets auf Auszubildende
I | Fraktion | SPD-Fraktion wählt neuen Vorstand | die Neuwahl des Fraktionsvorstands
""")
KT_CONTACTS = [
    ("Sabine Terlinden, Pressesprecherin", "02861 8291-214", "presse"),
    ("Heinz-Dieter Lammerding, Fraktionsvorsitzender", "02861 8291-211", "lammerding"),
    ("Frank Overkamp, Fraktionsgeschäftsführer", "02861 8291-212", "overkamp"),
]
KT_MEMBERS = [
    "Heinz-Dieter Lammerding",
    "Gisela Wewering",
    "Sabine Terlinden",
    "Mehmet Aydın",
    "Ulrich Böckenhoff",
    "Marlies Tenbrink",
    "Jürgen Hüsing",
]
KT_BOILERPLATE = [
    "SPD-Fraktion im Kreistag Borkenau",
    "Kreishaus, Burgstraße 14",
    "Weitere Pressemitteilungen",
    "zurück zur Übersicht",
    "Druckversion",
    "Unsere Mitglieder",
    "Ausschüsse und Gremien",
    "Interner Bereich",
    "Fax 02861 8291-219",
]


def kt_page(title: str, main: str) -> str:
    years = "".join(
        f'<tr><td class="navi">&nbsp;&nbsp;<a href="archiv.php?jahr={y}" class="navi">Archiv {y}</a></td></tr>\n'
        for y in (2024, 2023, 2022)
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>SPD-Kreistagsfraktion Borkenau - {esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="SPD, Kreistag, Borkenau, Fraktion, Kreispolitik, Pressemitteilungen">
<meta name="description" content="Die SPD-Fraktion im Kreistag Borkenau informiert.">
<meta name="author" content="SPD-Kreistagsfraktion Borkenau">
<link rel="stylesheet" href="css/style.css" type="text/css">
<script language="JavaScript" type="text/javascript" src="js/rollover.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('img/navi_on.gif')">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center" class="rahmen">
<tr><td colspan="2"><a href="index.php"><img src="img/kopf_2019.jpg" width="900" height="120" alt="SPD-Fraktion im Kreistag Borkenau" border="0"></a></td></tr>
<tr><td colspan="2" class="topnav" bgcolor="#E3000F" height="24">&nbsp;<a href="index.php" class="topnav">Startseite</a> | <a href="fraktion.php" class="topnav">Fraktion</a> | <a href="presse.php" class="topnav">Presse</a> | <a href="termine.php" class="topnav">Termine</a> | <a href="kontakt.php" class="topnav">Kontakt</a></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F2F2F2" class="navispalte">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="navhead">Fraktion</td></tr>
<tr><td class="navi"><a href="fraktion.php" class="navi">Unsere Mitglieder</a></td></tr>
<tr><td class="navi"><a href="ausschuesse.php" class="navi">Ausschüsse und Gremien</a></td></tr>
<tr><td class="navi"><a href="geschaeftsstelle.php" class="navi">Geschäftsstelle</a></td></tr>
<tr><td class="navhead">Presse</td></tr>
<tr><td class="navi"><a href="presse.php" class="navi">Pressemitteilungen</a></td></tr>
{years}<tr><td class="navi"><a href="themen.php" class="navi">Themen A-Z</a></td></tr>
<tr><td class="navhead">Service</td></tr>
<tr><td class="navi"><a href="termine.php" class="navi">Termine</a></td></tr>
<tr><td class="navi"><a href="links.php" class="navi">Links</a></td></tr>
<tr><td class="navi"><a href="intern/" class="navi">Interner Bereich</a></td></tr>
<tr><td>&nbsp;</td></tr>
<tr><td class="klein" align="center"><a href="http://www.spd-kreis-borkenau.test/" target="_blank"><img src="img/spd_logo.gif" width="80" height="80" border="0" alt="SPD"></a><br>SPD im Kreis Borkenau</td></tr>
</table>
</td>
<td width="720" valign="top" class="inhalt">
{main}
</td>
</tr>
<tr><td colspan="2" class="fuss" align="center" bgcolor="#DDDDDD"><font size="1" face="Verdana, Arial, Helvetica, sans-serif">
SPD-Fraktion im Kreistag Borkenau &middot; Kreishaus, Burgstraße 14 &middot; 46325 Borkenau &middot; Telefon 02861 8291-210 &middot; Fax 02861 8291-219<br>
<a href="impressum.php">Impressum</a> | <a href="datenschutz.php">Datenschutz</a> | <a href="kontakt.php">Kontakt</a> | <a href="stats/">Statistik</a>
</font></td></tr>
</table>
</body>
</html>
"""


def build_kt(state: int) -> Host:
    st = timeline(202, KT, KT_SEEDS, KT_NEW, date(2022, 9, 12), edited=6, removed=3, state=state)
    h = Host(
        "www.spd-kreistagsfraktion-borkenau.test",
        "iso-8859-1",
        "text/html",
        {".html": "text/html", ".php": "text/html"},
    )
    h.truth.update(
        organisation=KT.name,
        template="handmade-table-layout-php",
        boilerplate=KT_BOILERPLATE,
        disallowed=["/intern/", "/stats/"],
    )
    rels, newest = st.releases, st.releases[::-1]

    def pm(r: Release) -> str:
        return f"/pressemitteilung.php?id={311 + 2 * r.number}"

    def serial(r: Release) -> int:
        return sum(1 for o in rels if o.published.year == r.published.year and o.number <= r.number)

    def release_main(r: Release, back: str, others: list[Release]) -> str:
        who, phone, mail = KT_CONTACTS[r.number % 3]
        body = "".join(f"<p>{esc(p)}</p>\n" for p in r.paragraphs)
        more = "".join(
            f'<tr><td class="weitere">{dmy(o.published)} - <a href="{pm(o)[1:]}">{esc(o.title)}</a></td></tr>\n'
            for o in others
        )
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td class="pfad"><a href="index.php">Startseite</a> &raquo; <a href="presse.php">Pressemitteilungen</a> &raquo; {r.published.year}</td></tr>
<tr><td>
<span class="datum">Pressemitteilung Nr. {serial(r)}/{r.published.year} vom {dmy(r.published)}</span><br>
<h1 class="headline">{esc(r.title)}</h1>
{body}<p class="kontakt">Für Rückfragen:<br>
{esc(who)}<br>
Telefon {phone}<br>
<a href="mailto:{mail}@spd-kreistagsfraktion-borkenau.test">{mail}@spd-kreistagsfraktion-borkenau.test</a></p>
<p class="zurueck"><a href="{back}">&laquo; zurück zur Übersicht</a> &nbsp;&nbsp; <a href="{pm(r)[1:]}&amp;druck=1" target="_blank"><img src="img/drucker.gif" width="16" height="16" border="0" alt=""> Druckversion</a></p>
</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="3" class="weiterebox">
<tr><td class="weiterehead" bgcolor="#E3000F"><b><font color="#FFFFFF">Weitere Pressemitteilungen</font></b></td></tr>
{more}</table>
</td></tr>
</table>"""

    for r in rels:
        others = [o for o in newest if o is not r][:8]
        page = kt_page(r.title, release_main(r, "presse.php", others))
        h.add(pm(r), page)
        announce(h, h.url(pm(r)), r, page, [o.title for o in others])
        h.variant(
            f"{pm(r)}&jahr={r.published.year}",
            kt_page(r.title, release_main(r, f"archiv.php?jahr={r.published.year}", others)),
            pm(r),
        )
        who, phone, _ = KT_CONTACTS[r.number % 3]
        h.variant(
            f"{pm(r)}&druck=1",
            f"""<html>
<head>
<title>{esc(r.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<link rel="stylesheet" href="css/druck.css" type="text/css">
</head>
<body onLoad="window.print()">
<p><img src="img/logo_druck.gif" width="200" height="60" alt="SPD-Kreistagsfraktion"></p>
<p class="datum">Pressemitteilung Nr. {serial(r)}/{r.published.year} vom {dmy(r.published)}</p>
<h1>{esc(r.title)}</h1>
{"".join(f"<p>{esc(p)}</p>" + chr(10) for p in r.paragraphs)}<p>Für Rückfragen:<br>{esc(who)}<br>Telefon {phone}</p>
<p class="klein">SPD-Kreistagsfraktion Borkenau, Kreishaus, Burgstraße 14, 46325 Borkenau</p>
</body>
</html>
""",
            pm(r),
        )
    if state == 2:
        gone(h, pm(st.removed), kt_page("Fehler", "<p><b>Die Pressemitteilung wurde nicht gefunden.</b></p>"))

    def rows(items: list[Release], suffix: str = "") -> str:
        return "".join(
            f'<tr><td class="liste" valign="top" width="90">{dmy(o.published)}</td><td class="liste">'
            f'<a href="{pm(o)[1:]}{suffix}"><b>{esc(o.title)}</b></a><br>{esc(o.teaser(18))}</td></tr>\n'
            for o in items
        )

    def table(heading: str, items: list[Release], suffix: str = "", note: str = "") -> str:
        return (
            f'<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td colspan="2"><h1 class="headline">'
            f"{esc(heading)}</h1>{note}</td></tr>\n{rows(items, suffix)}</table>"
        )

    archive_links = " | ".join(f'<a href="archiv.php?jahr={y}">{y}</a>' for y in (2024, 2023, 2022))
    home = table(
        "Willkommen bei der SPD-Kreistagsfraktion",
        newest[:5],
        note="<p>Hier finden Sie die aktuellen Pressemitteilungen der Fraktion.</p>",
    )
    h.add("/", kt_page("Startseite", home), non=True)
    h.add("/index.php", kt_page("Startseite", home), non=True)
    h.add(
        "/presse.php",
        kt_page(
            "Pressemitteilungen",
            table(
                "Pressemitteilungen",
                newest[:12],
                note=f"<p>Ältere Pressemitteilungen finden Sie im Archiv: {archive_links}</p>",
            ),
        ),
        non=True,
    )
    for y in (2024, 2023, 2022):
        h.add(
            f"/archiv.php?jahr={y}",
            kt_page(
                f"Archiv {y}",
                table(
                    f"Pressemitteilungen {y}", [o for o in newest if o.published.year == y], f"&amp;jahr={y}"
                ),
            ),
            non=True,
        )
    cats = sorted({r.category for r in rels})
    h.add(
        "/themen.php",
        kt_page(
            "Themen A-Z",
            '<h1 class="headline">Themen A-Z</h1><ul>'
            + "".join(f'<li><a href="themen.php?thema={slugify(c)}">{esc(c)}</a></li>' for c in cats)
            + "</ul>",
        ),
        non=True,
    )
    for c in cats:
        h.add(
            f"/themen.php?thema={slugify(c)}",
            kt_page(f"Thema: {c}", table(f"Thema: {c}", [o for o in newest if o.category == c])),
            non=True,
        )
    members = "".join(
        f'<tr><td><img src="img/mitglied_{i}.jpg" width="60" height="80" alt=""></td><td><a href="mitglied.php?id={i}"><b>'
        f"{esc(n)}</b></a><br>Kreistagsmitglied seit {2004 + i * 2}</td></tr>\n"
        for i, n in enumerate(KT_MEMBERS, 1)
    )
    h.add(
        "/fraktion.php",
        kt_page(
            "Unsere Mitglieder",
            f'<h1 class="headline">Unsere Mitglieder</h1><table cellpadding="6">{members}</table>',
        ),
        non=True,
    )
    for i, n in enumerate(KT_MEMBERS, 1):
        h.add(
            f"/mitglied.php?id={i}",
            kt_page(
                n,
                f'<h1 class="headline">{esc(n)}</h1><p>Wahlkreis {KT.places[i % 7]}<br>'
                f"Mitglied im Ausschuss für {KT.committees[i % 4]}<br>Telefon 02861 8291-2{20 + i}</p>",
            ),
            non=True,
        )
    statics = {
        "ausschuesse": (
            "Ausschüsse und Gremien",
            "Die Fraktion ist in allen Fachausschüssen des Kreistags vertreten: "
            + ", ".join(KT.committees)
            + ".",
        ),
        "geschaeftsstelle": (
            "Geschäftsstelle",
            "Die Geschäftsstelle befindet sich im Kreishaus, Zimmer 214. Sprechzeiten Montag bis Donnerstag 9 bis 15 Uhr.",
        ),
        "termine": (
            "Termine",
            "Fraktionssitzung: jeweils montags vor der Kreistagssitzung um 17.30 Uhr im Kreishaus, Raum 2.12.<br>Kreistag: 20.06.2024, 17 Uhr<br>Kreisausschuss: 13.06.2024, 16 Uhr",
        ),
        "links": (
            "Links",
            '<a href="http://www.spd-kreis-borkenau.test/">SPD im Kreis Borkenau</a><br><a href="http://www.kreis-borkenau.test/">Kreis Borkenau</a>',
        ),
        "kontakt": (
            "Kontakt",
            "SPD-Fraktion im Kreistag Borkenau<br>Kreishaus, Zimmer 214<br>Burgstraße 14<br>46325 Borkenau<br>Telefon 02861 8291-210<br>Fax 02861 8291-219<br>info@spd-kreistagsfraktion-borkenau.test",
        ),
        "impressum": (
            "Impressum",
            "Verantwortlich nach § 18 Abs. 2 MStV:<br>Frank Overkamp, Fraktionsgeschäftsführer<br>Burgstraße 14, 46325 Borkenau<br>Telefon 02861 8291-212",
        ),
        "datenschutz": (
            "Datenschutz",
            "Diese Seite speichert keine personenbezogenen Daten. Die Zugriffsstatistik wird anonymisiert ausgewertet.",
        ),
    }
    for name, (title, text) in statics.items():
        h.add(
            f"/{name}.php", kt_page(title, f'<h1 class="headline">{esc(title)}</h1><p>{text}</p>'), non=True
        )
    h.add(
        "/intern/index.php", kt_page("Interner Bereich", "<p>Bitte Benutzername und Passwort eingeben.</p>")
    )
    h.add("/intern/", kt_page("Interner Bereich", "<p>Bitte Benutzername und Passwort eingeben.</p>"))
    h.add(
        "/stats/",
        "<html><head><title>Usage Statistics for spd-kreistagsfraktion-borkenau.test</title></head><body><h2>Webalizer Version 2.21</h2></body></html>\n",
    )
    h.add("/robots.txt", "User-agent: *\nDisallow: /intern/\nDisallow: /stats/\n")
    finish(h, st, lambda r: h.url(pm(r)))
    return h


# ================================================================================================
# 3. WordPress with the Sunflower theme: a Green party branch
# ================================================================================================
WP = Org(
    "BÜNDNIS 90/DIE GRÜNEN Kirchberg (Ems)",
    "Der Grünen-Ortsverband",
    "der Gemeinderat",
    "des Gemeinderats",
    ["Kirchberg", "Oberkirchberg", "Haselhorst", "Emsheide", "Lindloh", "Wachendorp", "Bramhorn"],
    [
        ("Mira Hansen", "Ortssprecherin"),
        ("Jonas Wibbeler", "Fraktionsvorsitzender im Gemeinderat"),
        ("Katharina Ostermann-Lüdke", "Ratsfrau"),
        ("Till Brüggemann", "Ortssprecher"),
    ],
    ["Ratssaal", "Heimathaus Lindloh", "Gemeindezentrum Haselhorst"],
    ["Umwelt und Klima", "Planung und Bau", "Schule, Jugend und Sport"],
)
WP_SEEDS = seeds("""
F | Pressemitteilungen;Verkehr,Schule | Grüne beantragen Tempo 30 vor allen Kirchberger Schulen | die Einführung von Tempo 30 vor allen Schulen und Kitas im Gemeindegebiet
I | Kommunalpolitik;Energie | Photovoltaik auf dem Rathausdach: Antrag einstimmig angenommen | die Photovoltaikanlage auf dem Dach des Rathauses
F | Pressemitteilungen;Natur | Baumschutzsatzung für Kirchberg – jetzt! | eine kommunale Baumschutzsatzung
I | Ortsverband;Natur,Ehrenamt | Wir sagen Danke: Müllsammelaktion an der Ems mit 60 Helfenden | die Müllsammelaktion am Emsufer
F | Pressemitteilungen;Verkehr | Radverkehrskonzept: Grüne legen Prioritätenliste vor | die Umsetzung des Radverkehrskonzepts
I | Ortsverband;Ehrenamt | Neuer Vorstand im Ortsverband gewählt | die Neuwahl des Ortsvorstands
I | Kommunalpolitik;Haushalt | Haushalt 2024: Unsere Schwerpunkte für Klima und Soziales | die Schwerpunktsetzung der Grünen im Gemeindehaushalt 2024
I | Ortsverband;Natur | Blühstreifen statt Schottergärten: Grüne starten Saatgutaktion | die kostenlose Saatgutaktion für Blühstreifen
F | Pressemitteilungen;Verkehr | Bürgerbus für Haselhorst und Lindloh | eine Bürgerbusverbindung für Haselhorst und Lindloh
F | Pressemitteilungen;Energie | Wärmeplanung: Grüne fordern frühzeitige Bürgerbeteiligung | eine frühzeitige Beteiligung der Bürgerschaft an der kommunalen Wärmeplanung
F | Kommunalpolitik;Energie,Sport | Sanierung des Hallenbads: Energiekonzept muss mitgedacht werden | ein Energiekonzept für die Sanierung des Hallenbads
I | Ortsverband;Natur | Besuch im Naturschutzgebiet Emsauen | die Renaturierung der Emsauen bei Wachendorp
F | Pressemitteilungen;Schule | Kita-Plätze: Gemeinde muss schneller bauen | die Beschleunigung des Kita-Ausbaus
I | Kommunalpolitik;Ehrenamt | Grüne unterstützen Initiative für einen Dorfladen in Emsheide | die Gründung eines genossenschaftlichen Dorfladens in Emsheide
I | Ortsverband;Haushalt | Mitgliederversammlung beschließt Programm zur Kommunalwahl | das Wahlprogramm zur Kommunalwahl
""")
WP_NEW = seeds("""
F | Pressemitteilungen;Verkehr,Schule | Offener Brief: Sichere Schulwege in Oberkirchberg | die Sicherung der Schulwege in Oberkirchberg
I | Ortsverband;Natur | Grüne laden zur Fahrradtour durch die Emsauen ein | die Fahrradtour durch die Emsauen
""")
WP_AUTHORS = [
    ("mira-hansen", "Mira Hansen"),
    ("till-brueggemann", "Till Brüggemann"),
    ("redaktion", "Redaktion"),
]
WP_COMMENTS = [
    ("Jürgen P.", "Sehr gut, dass ihr da dranbleibt! Bei uns in der Straße ist das seit Jahren ein Thema."),
    ("Anke", "Und wer soll das bezahlen? Die Gemeinde hat doch schon jetzt kein Geld für die Schulen."),
    ("Bernd Lohmann", "Danke für die Infos. Gibt es die Unterlagen auch irgendwo zum Nachlesen?"),
    ("S. Kuhlmann", "Ich wohne selbst in Haselhorst und kann das nur bestätigen."),
    ("Thorsten", "Wäre schön, wenn die anderen Fraktionen das auch so sehen würden."),
    ("Lea", "Tolle Aktion, beim nächsten Mal bin ich auch dabei!"),
]
WP_PAGES = {
    "ueber-uns": (
        "Über uns",
        [
            "Wir sind der Ortsverband von BÜNDNIS 90/DIE GRÜNEN in Kirchberg (Ems) mit rund 70 Mitgliedern.",
            "Im Gemeinderat sind wir mit vier Ratsmitgliedern vertreten.",
        ],
    ),
    "vorstand": (
        "Vorstand",
        [
            "Ortssprecherin: Mira Hansen",
            "Ortssprecher: Till Brüggemann",
            "Kassiererin: Anneliese Rolfes",
            "Beisitzer: Jan Oltmanns, Hatice Kaya",
        ],
    ),
    "termine": (
        "Termine",
        [
            "Offenes Treffen: jeden zweiten Mittwoch im Monat, 19.30 Uhr, Heimathaus Lindloh.",
            "Fraktionssitzung: montags vor jeder Ratssitzung, 19 Uhr, Rathaus, Raum 12.",
        ],
    ),
    "mitmachen": (
        "Mitmachen",
        [
            "Du willst Kirchberg grüner machen? Komm zu unserem offenen Treffen oder schreib uns eine Nachricht.",
            "Mitglied werden geht ganz einfach online.",
        ],
    ),
    "kontakt": (
        "Kontakt",
        [
            "BÜNDNIS 90/DIE GRÜNEN Ortsverband Kirchberg (Ems), Marktstraße 9, 49744 Kirchberg",
            "Telefon 05931 88 47 20, E-Mail: kontakt@gruene-kirchberg-ems.test",
        ],
    ),
    "impressum": (
        "Impressum",
        [
            "BÜNDNIS 90/DIE GRÜNEN Ortsverband Kirchberg (Ems), vertreten durch die Ortssprecher*innen Mira Hansen und Till Brüggemann, Marktstraße 9, 49744 Kirchberg.",
            "Telefon 05931 88 47 20. Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Mira Hansen, Anschrift wie oben.",
        ],
    ),
    "datenschutz": (
        "Datenschutzerklärung",
        [
            "Verantwortlich für die Datenverarbeitung ist der Ortsverband, Anschrift siehe Impressum.",
            "Beim Kommentieren speichern wir Name, E-Mail-Adresse und IP-Adresse, um Missbrauch zu verhindern.",
        ],
    ),
}
WP_BOILERPLATE = [
    "Springe zum Inhalt",
    "Cookie-Zustimmung verwalten",
    "Wir verwenden Cookies, um unsere Website und unseren Service zu optimieren.",
    "Das könnte Dich auch interessieren",
    "Schreibe einen Kommentar",
    "Deine E-Mail-Adresse wird nicht veröffentlicht.",
    "Marktstraße 9",
    "Ortsverband Kirchberg (Ems)",
    "Teilen auf",
    "Mitglied werden",
]
WPH = "http://www.gruene-kirchberg-ems.test"


def wp_page(title: str, main: str, body_class: str, head: str = "") -> str:
    menu = [
        (
            "Aktuelles",
            "/aktuelles/",
            [
                ("Pressemitteilungen", "/category/pressemitteilungen/"),
                ("Aus dem Gemeinderat", "/category/kommunalpolitik/"),
                ("Aus dem Ortsverband", "/category/ortsverband/"),
            ],
        ),
        ("Über uns", "/ueber-uns/", [("Vorstand", "/vorstand/"), ("Termine", "/termine/")]),
        ("Mitmachen", "/mitmachen/", [("Mitgliederbereich", "/mitgliederbereich/")]),
    ]
    items = "".join(
        f'<li itemscope="itemscope" itemtype="https://www.schema.org/SiteNavigationElement" class="menu-item menu-item-type-post_type '
        f'menu-item-has-children dropdown nav-item"><a title="{attr(lab)}" href="{WPH}{href}" data-toggle="dropdown" aria-haspopup="true" '
        f'aria-expanded="false" class="dropdown-toggle nav-link"><span itemprop="name">{esc(lab)}</span></a>\n<ul class="dropdown-menu" role="menu">'
        + "".join(
            f'<li class="menu-item nav-item"><a title="{attr(s)}" href="{WPH}{u}" class="dropdown-item"><span itemprop="name">{esc(s)}</span></a></li>'
            for s, u in subs
        )
        + "</ul>\n</li>\n"
        for lab, href, subs in menu
    )
    return f"""<!doctype html>
<html lang="de">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>{esc(title)} &#8211; GRÜNE Kirchberg (Ems)</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="GRÜNE Kirchberg (Ems) &raquo; Feed" href="{WPH}/feed/" />
<link rel="alternate" type="application/rss+xml" title="GRÜNE Kirchberg (Ems) &raquo; Kommentar-Feed" href="{WPH}/comments/feed/" />
{head}<link rel='stylesheet' id='wp-block-library-css' href='{WPH}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='sunflower-style-css' href='{WPH}/wp-content/themes/sunflower/style.css?ver=2.1.4' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='{WPH}/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1714562187' media='all' />
<script src="{WPH}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{WPH}/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{WPH}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.3" />
</head>

<body class="{body_class} wp-embed-responsive">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Springe zum Inhalt</a>
	<header id="masthead" class="site-header">
		<nav class="navbar bg-darkgreen navbar-top navbar-expand-md"><div class="container"><div class="some-profiles d-flex">
		<a href="https://www.instagram.com/gruene_kirchberg_ems/" target="_blank" title="Instagram" class="social-media-profile" rel="me"><i class="fab fa-instagram"></i></a>
		<a href="https://gruene.social/@kirchberg_ems" target="_blank" title="Mastodon" class="social-media-profile" rel="me"><i class="fab fa-mastodon"></i></a></div>
		<div class="d-flex flex-row-reverse"><form class="form-inline my-2 my-md-0 search d-flex" action="{WPH}"><label for="topbar-search" class="visually-hidden">Suche</label><input class="form-control form-control-sm topbar-search-q" name="s" type="text" placeholder="Suche" aria-label="Suche" id="topbar-search"></form>
		<ul id="topmenu" class="navbar-nav small"><li class="menu-item nav-item"><a href="https://www.gruene.de/mitglied-werden" class="nav-link">Mitglied werden</a></li><li class="menu-item nav-item"><a href="{WPH}/kontakt/" class="nav-link">Kontakt</a></li></ul></div>
		</div></nav>
		<div class="container-fluid bloginfo bg-primary"><div class="container d-flex align-items-center"><div class="img-container"><a href="{WPH}/" rel="home"><img src="{WPH}/wp-content/themes/sunflower/assets/img/sunflower.svg" class="" alt="Sonnenblume - Logo"></a></div>
		<div><a href="{WPH}" class="d-block h5 text-white bloginfo-name no-link">GRÜNE Kirchberg (Ems)</a><a href="{WPH}" class="d-block h6 text-white bloginfo-description no-link">Ortsverband Kirchberg (Ems)</a></div></div></div>
	</header><!-- #masthead -->
	<div id="navbar-sticky-detector"></div>
	<nav class="navbar navbar-main navbar-expand-lg navbar-light bg-white"><div class="container">
	<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainmenu-container" aria-controls="mainmenu" aria-expanded="false" aria-label="Toggle navigation"><i class="fas fa-times close"></i><i class="fas fa-bars open"></i></button>
	<div class="collapse navbar-collapse" id="mainmenu-container"><ul id="mainmenu" class="navbar-nav mr-auto">
{items}</ul></div></div></nav>
	<div id="content" class="container container-narrow ">
		<div class="row"><div class="col-12">
{main}
		</div></div>
	</div><!-- #content -->
	<footer id="colophon" class="site-footer">
		<div class="container site-info"><div class="row">
			<div class="col-12 col-md-4 d-flex justify-content-center justify-content-md-start"><div class="social-media-profiles d-flex"><a href="https://www.instagram.com/gruene_kirchberg_ems/" target="_blank" title="Instagram" class="social-media-profile" rel="me"><i class="fab fa-instagram"></i></a></div></div>
			<div class="col-12 col-md-4 p-2 justify-content-center d-flex"><nav class="navbar navbar-top navbar-expand-md "><div class="text-center "><ul id="footer1" class="navbar-nav small">
			<li class="menu-item nav-item"><a href="{WPH}/kontakt/" class="nav-link">Kontakt</a></li><li class="menu-item nav-item"><a href="{WPH}/impressum/" class="nav-link">Impressum</a></li><li class="menu-item nav-item"><a href="{WPH}/datenschutz/" class="nav-link">Datenschutz</a></li><li class="menu-item nav-item"><a href="{WPH}/mitgliederbereich/" class="nav-link">Intern</a></li><li class="menu-item nav-item"><a href="{WPH}/wp-admin/" class="nav-link">Anmelden</a></li></ul></div></nav></div>
			<div class="col-12 col-md-4 d-flex justify-content-center justify-content-md-end"><ul class="navbar-nav small"><li><a href="{WPH}/feed/" class="nav-link">RSS-Feed</a></li></ul></div>
		</div>
		<div class="row"><div class="col-12 mt-3 mb-3 d-flex justify-content-center"><img class="img-fluid" src="{WPH}/wp-content/themes/sunflower/assets/img/logo-diegruenen.png" alt="Logo BÜNDNIS 90/DIE GRÜNEN"></div></div>
		<div class="row d-block d-lg-none mb-5"><div class="col-12"><p class="small text-center">BÜNDNIS 90/DIE GRÜNEN · Ortsverband Kirchberg (Ems) · Marktstraße 9 · 49744 Kirchberg</p></div></div>
		</div>
	</footer><!-- #colophon -->
</div><!-- #page -->
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Cookie-Zustimmung verwalten</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>Wir verwenden Cookies, um unsere Website und unseren Service zu optimieren.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Akzeptieren</button><button class="cmplz-btn cmplz-deny">Ablehnen</button></div>
<div class="cmplz-links cmplz-documents"><a href="{WPH}/datenschutz/" class="cmplz-link privacy-statement">Datenschutzerklärung</a><a href="{WPH}/impressum/" class="cmplz-link impressum">Impressum</a></div></div></div>
<script src="{WPH}/wp-content/themes/sunflower/assets/vndr/bootstrap/dist/js/bootstrap.bundle.min.js?ver=2.1.4" id="bootstrap-js"></script>
<script src="{WPH}/wp-includes/js/comment-reply.min.js?ver=6.5.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def wp_card(o: Release, link: str, heading: str = "h2") -> str:
    return (
        f'<article class="bg-white mb-4 has-shadow"><div class="p-45"><div class="entry-meta mb-2"><time class="entry-date published" '
        f'datetime="{o.iso}T{o.hour:02d}:{o.minute:02d}:00+02:00">{long_date(o.published)}</time></div>'
        f'<{heading} class="card-title h4 mb-3"><a href="{link}" rel="bookmark">{esc(o.title)}</a></{heading}>'
        f'<div class="entry-content"><p>{esc(o.teaser(30))}</p></div>'
        f'<div class="d-flex flex-row-reverse"><a href="{link}" class="continue-reading">weiterlesen</a></div></div></article>\n'
    )


def build_wp(state: int) -> Host:
    st = timeline(303, WP, WP_SEEDS, WP_NEW, date(2023, 3, 6), edited=5, removed=7, state=state)
    h = Host("www.gruene-kirchberg-ems.test")
    h.truth.update(
        organisation=WP.name,
        template="wordpress-sunflower",
        boilerplate=WP_BOILERPLATE,
        disallowed=["/wp-admin/", "/mitgliederbereich/"],
    )
    rels, newest = st.releases, st.releases[::-1]
    pid = {r.number: 1000 + 7 * r.number for r in rels + st.added + [st.removed]}
    author = {r.number: WP_AUTHORS[r.number % 3] for r in rels + st.added + [st.removed]}
    cat = {r.number: r.category.split(";")[0] for r in rels}
    tags = {r.number: r.category.split(";")[1].split(",") for r in rels}
    rng = random.Random(33)
    comments = {
        r.number: rng.sample(WP_COMMENTS, 2) if r.number % 3 == 0 else []
        for r in rels + st.added + [st.removed]
    }

    def link(r: Release) -> str:
        return f"/{r.slug}/"

    def stamp(r: Release) -> str:
        return f"{r.iso}T{r.hour:02d}:{r.minute:02d}:00+02:00"

    for i, r in enumerate(rels):
        related = [o for o in newest if o is not r and cat[o.number] == cat[r.number]][:2]
        related += [o for o in newest if o is not r and o not in related][: 3 - len(related)]
        prev, nxt = (rels[i - 1] if i else None), (rels[i + 1] if i + 1 < len(rels) else None)
        slug, (aslug, aname) = r.slug, author[r.number]
        updated = r.published + timedelta(days=2) if r.number % 4 == 0 else r.published
        quoted = f"{WPH}{link(r)}".replace(":", "%3A").replace("/", "%2F")
        thread = "".join(
            f'<li id="comment-{40 + r.number * 3 + k}" class="comment {"even" if k % 2 == 0 else "odd"} thread-even depth-1">'
            f'<article id="div-comment-{40 + r.number * 3 + k}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<b class="fn">{esc(who)}</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="{WPH}{link(r)}#comment-{40 + r.number * 3 + k}">'
            f'<time datetime="{(r.published + timedelta(days=k + 1)).isoformat()}T18:42:00+02:00">{long_date(r.published + timedelta(days=k + 1))} um 18:42 Uhr</time></a></div></footer>'
            f'<div class="comment-content"><p>{esc(text)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" '
            f'href="{WPH}{link(r)}?replytocom={40 + r.number * 3 + k}#respond" data-commentid="{40 + r.number * 3 + k}" data-postid="{pid[r.number]}" '
            f'aria-label="Antworte auf {attr(who)}">Antworten</a></div></article></li>\n'
            for k, (who, text) in enumerate(comments[r.number])
        )
        count = len(comments[r.number])
        title_block = (
            f'<h2 class="comments-title">{count} Kommentare zu „{esc(r.title)}“</h2>\n<ol class="comment-list">\n{thread}</ol>\n'
            if count
            else ""
        )
        main = f"""<main id="primary" class="site-main">
<article id="post-{pid[r.number]}" class="display-single post-{pid[r.number]} post type-post status-publish format-standard has-post-thumbnail hentry category-{slugify(cat[r.number])} {" ".join("tag-" + slugify(t) for t in tags[r.number])}">
	<header class="entry-header full-width has-post-thumbnail"><div class="container"><div class="row position-relative"><div class="col-12">
		<div class="entry-meta mb-3"><span class="posted-on"><time class="entry-date published" datetime="{stamp(r)}">{long_date(r.published)}</time><time class="updated" datetime="{updated.isoformat()}T09:00:00+02:00">{long_date(updated)}</time></span><span class="byline"> <span class="author vcard"><a class="url fn n" href="{WPH}/author/{aslug}/">{esc(aname)}</a></span></span></div>
		<h1 class="entry-title">{esc(r.title)}</h1>
	</div></div></div></header>
	<div class="post-thumbnail"><img width="1200" height="675" src="{WPH}/wp-content/uploads/{r.published.year}/{r.published.month:02d}/{slug[:30]}-1200x675.jpg" class="attachment-null size-null wp-post-image" alt="" decoding="async"></div>
	<div class="col-12">
	<div class="entry-content">
{"".join(f"<p>{esc(p)}</p>{chr(10)}" for p in r.paragraphs)}	</div><!-- .entry-content -->
	<footer class="entry-footer mt-5"><div class="d-flex flex-column flex-md-row justify-content-between">
		<div class="sharebuttons">Teilen auf <a href="https://twitter.com/intent/tweet?text={attr(r.title)}&amp;url={quoted}" target="_blank" title="Auf X (Twitter) teilen" class="sharebutton"><i class="fab fa-x-twitter"></i></a> <a href="https://www.facebook.com/sharer/sharer.php?u={quoted}" target="_blank" title="Auf Facebook teilen" class="sharebutton"><i class="fab fa-facebook-f"></i></a> <a href="mailto:?subject={attr(r.title)}&amp;body={quoted}" title="Per E-Mail teilen" class="sharebutton"><i class="fas fa-envelope"></i></a></div>
		<div><span class="cat-links small">Kategorie: <a href="{WPH}/category/{slugify(cat[r.number])}/" rel="category tag">{esc(cat[r.number])}</a></span>
		<span class="tags-links small">Schlagworte: {", ".join(f'<a href="{WPH}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in tags[r.number])}</span></div>
	</div></footer>
	</div>
</article><!-- #post-{pid[r.number]} -->
<nav class="navigation post-navigation" aria-label="Beiträge"><h2 class="screen-reader-text">Beitrags-Navigation</h2><div class="nav-links">
{f'<div class="nav-previous"><a href="{WPH}{link(prev)}" rel="prev"><span class="nav-subtitle">Vorheriger Beitrag:</span> <span class="nav-title">{esc(prev.title)}</span></a></div>' if prev else ""}
{f'<div class="nav-next"><a href="{WPH}{link(nxt)}" rel="next"><span class="nav-subtitle">Nächster Beitrag:</span> <span class="nav-title">{esc(nxt.title)}</span></a></div>' if nxt else ""}
</div></nav>
<div class="full-width bg-lightgreen pt-5 pb-5 mt-5 mb-0 related-posts"><div class="container"><div class="row"><div class="col-12"><h2 class="h1">Das könnte Dich auch interessieren</h2></div></div>
<div class="row">
{"".join('<div class="col-12 col-md-6 col-lg-4">' + wp_card(o, WPH + link(o), "h3") + "</div>" for o in related)}</div></div></div>
<div id="comments" class="comments-area">
{title_block}<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar <small><a rel="nofollow" id="cancel-comment-reply-link" href="{WPH}{link(r)}#respond" style="display:none;">Antworten abbrechen</a></small></h3>
<form action="{WPH}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Deine E-Mail-Adresse wird nicht veröffentlicht.</span> <span class="required-field-message">Erforderliche Felder sind mit <span class="required">*</span> markiert</span></p>
<p class="comment-form-comment"><label for="comment">Kommentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar abschicken" /> <input type='hidden' name='comment_post_ID' value='{pid[r.number]}' id='comment_post_ID' /></p></form>
</div><!-- #respond -->
</div><!-- #comments -->
</main>"""
        head = (
            f'<link rel="alternate" type="application/rss+xml" title="GRÜNE Kirchberg (Ems) &raquo; {attr(r.title)}-Kommentar-Feed" href="{WPH}{link(r)}feed/" />\n'
            f"<link rel=\"canonical\" href=\"{WPH}{link(r)}\" />\n<link rel='shortlink' href='{WPH}/?p={pid[r.number]}' />\n"
            f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{attr(r.title)}" />\n'
            f'<meta property="article:published_time" content="{stamp(r)}" />\n'
        )
        page = wp_page(
            r.title,
            main,
            f"post-template-default single single-post postid-{pid[r.number]} single-format-standard",
            head,
        )
        h.add(link(r), page)
        absent = (
            [o.title for o in related] + [o.teaser(30) for o in related] + [t for _, t in comments[r.number]]
        )
        absent += [o.title for o in (prev, nxt) if o]
        announce(h, h.url(link(r)), r, page, absent)
        h.add(f"/?p={pid[r.number]}", "", status=301, redirect=f"{WPH}{link(r)}", non=True)
        for k in range(count):
            h.variant(f"{link(r)}?replytocom={40 + r.number * 3 + k}", page, link(r))
        feed_items = "".join(
            f"<item><title>Von: {esc(w)}</title><link>{WPH}{link(r)}#comment-{40 + r.number * 3 + k}</link>"
            f"<description>{esc(t)}</description></item>"
            for k, (w, t) in enumerate(comments[r.number])
        )
        h.add(
            f"{link(r)}feed/",
            f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kommentare zu: {esc(r.title)}</title>'
            f"<link>{WPH}{link(r)}</link>{feed_items}</channel></rss>\n",
            ctype="application/rss+xml; charset=UTF-8",
            non=True,
        )
    if state == 2:
        gone(
            h,
            link(st.removed),
            wp_page(
                "Seite nicht gefunden",
                '<main id="primary" class="site-main"><section class="error-404 not-found">'
                '<h1 class="page-title">Hoppla! Diese Seite konnte nicht gefunden werden.</h1></section></main>',
                "error404",
            ),
        )
    for o in newest[:2]:
        h.variant(
            f"{link(o)}?utm_source=newsletter&utm_medium=email&utm_campaign=mai-2024",
            h.res[link(o)].body.decode(),
            link(o),
        )

    def archive(base: str, title: str, items: list[Release], body_class: str) -> None:
        chunks = [items[i : i + 6] for i in range(0, len(items), 6)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            target = base if n == 1 else f"{base}page/{n}/"
            pager = "".join(
                f'<a class="page-numbers{" current" if k == n else ""}" href="{WPH}{base if k == 1 else f"{base}page/{k}/"}">{k}</a> '
                for k in range(1, len(chunks) + 1)
            )
            nav = (
                f'<nav class="navigation pagination" aria-label="Seitennummerierung der Beiträge"><div class="nav-links">{pager}</div></nav>'
                if len(chunks) > 1
                else ""
            )
            main = (
                f'<main id="primary" class="site-main"><header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>\n'
                + "".join(wp_card(o, WPH + link(o)) for o in chunk)
                + nav
                + "</main>"
            )
            h.add(target, wp_page(title if n == 1 else f"{title} – Seite {n}", main, body_class), non=True)

    archive("/aktuelles/", "Aktuelles", newest, "blog")
    for c in sorted(set(cat.values())):
        archive(
            f"/category/{slugify(c)}/",
            f"Kategorie: {c}",
            [o for o in newest if cat[o.number] == c],
            "archive category",
        )
    for t in sorted({t for ts in tags.values() for t in ts}):
        archive(
            f"/tag/{slugify(t)}/",
            f"Schlagwort: {t}",
            [o for o in newest if t in tags[o.number]],
            "archive tag",
        )
    for aslug, aname in WP_AUTHORS:
        archive(
            f"/author/{aslug}/",
            f"Autor: {aname}",
            [o for o in newest if author[o.number][0] == aslug],
            "archive author",
        )
    for y, m in sorted({(o.published.year, o.published.month) for o in rels}):
        archive(
            f"/{y}/{m:02d}/",
            f"Monat: {MONTHS[m - 1]} {y}",
            [o for o in newest if (o.published.year, o.published.month) == (y, m)],
            "archive date",
        )
    hero = (
        f'<main id="primary" class="site-main"><div class="wp-block-group has-background hero"><h2 class="wp-block-heading">Grün wirkt – auch in Kirchberg</h2>'
        f'<p>Neu im Newsletter: <a href="{WPH}{link(newest[0])}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=mai-2024">{esc(newest[0].title)}</a> und '
        f'<a href="{WPH}{link(newest[1])}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=mai-2024">{esc(newest[1].title)}</a></p></div>'
        '<h2 class="wp-block-heading">Neueste Beiträge</h2>'
        + "".join(wp_card(o, WPH + link(o), "h3") for o in newest[:6])
        + f'<p><a class="wp-block-button__link" href="{WPH}/aktuelles/">Alle Beiträge</a></p></main>'
    )
    h.add("/", wp_page("GRÜNE Kirchberg (Ems)", hero, "home page-template-default page"), non=True)
    for slug, (title, paras) in WP_PAGES.items():
        main = (
            f'<main id="primary" class="site-main"><article class="page type-page status-publish hentry"><header class="entry-header">'
            f'<h1 class="entry-title">{esc(title)}</h1></header><div class="entry-content">'
            + "".join(f"<p>{esc(p)}</p>" for p in paras)
            + "</div></article></main>"
        )
        h.add(f"/{slug}/", wp_page(title, main, "page-template-default page"), non=True)
    h.add(
        "/mitgliederbereich/",
        wp_page(
            "Mitgliederbereich", "<main><h1>Mitgliederbereich</h1><p>Bitte melde dich an.</p></main>", "page"
        ),
    )
    h.add("/wp-admin/", "", status=302, redirect=f"{WPH}/wp-login.php?redirect_to=%2Fwp-admin%2F&reauth=1")
    feed = "".join(
        f"<item>\n<title>{esc(o.title)}</title>\n<link>{WPH}{link(o)}</link>\n<comments>{WPH}{link(o)}#respond</comments>\n"
        f"<dc:creator><![CDATA[{author[o.number][1]}]]></dc:creator>\n<pubDate>{rfc822(o)}</pubDate>\n<category><![CDATA[{cat[o.number]}]]></category>\n"
        f'<guid isPermaLink="false">{WPH}/?p={pid[o.number]}</guid>\n<description><![CDATA[{o.teaser(30)}]]></description>\n</item>\n'
        for o in newest[:10]
    )
    h.add(
        "/feed/",
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>GRÜNE Kirchberg (Ems)</title>\n'
        f'<atom:link href="{WPH}/feed/" rel="self" type="application/rss+xml" />\n<link>{WPH}</link>\n<description>Ortsverband Kirchberg (Ems)</description>\n'
        f"<language>de-DE</language>\n<generator>https://wordpress.org/?v=6.5.3</generator>\n{feed}</channel>\n</rss>\n",
        ctype="application/rss+xml; charset=UTF-8",
        non=True,
    )
    maps = {
        "posts-post-1": [link(o) for o in rels],
        "posts-page-1": ["/"] + [f"/{s}/" for s in WP_PAGES],
        "taxonomies-category-1": [f"/category/{slugify(c)}/" for c in sorted(set(cat.values()))],
        "users-1": [f"/author/{a}/" for a, _ in WP_AUTHORS],
    }
    xsl = f'<?xml-stylesheet type="text/xsl" href="{WPH}/wp-sitemap.xsl" ?>\n'
    h.add(
        "/wp-sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n{xsl}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<sitemap><loc>{WPH}/wp-sitemap-{k}.xml</loc></sitemap>" for k in maps)
        + "</sitemapindex>\n",
        non=True,
    )
    for k, urls in maps.items():
        h.add(
            f"/wp-sitemap-{k}.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n{xsl}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{WPH}{u}</loc></url>" for u in urls)
            + "</urlset>\n",
            non=True,
        )
    h.add(
        "/robots.txt",
        f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /mitgliederbereich/\n\nSitemap: {WPH}/wp-sitemap.xml\n",
    )
    finish(h, st, lambda r: h.url(link(r)))
    return h


# ================================================================================================
# 4. a municipal portal ("Stadtportal"): a city press office
# ================================================================================================
CITY = Org(
    "Stadt Auenbrück",
    "Die Stadtverwaltung",
    "der Rat der Stadt",
    "des Rates der Stadt",
    ["Südheide", "Nordhafen", "Weidenau", "Brückfeld", "Lohmühle", "Ostertor", "Kleinauen"],
    [
        ("Katrin Vossberg", "Bürgermeisterin"),
        ("Dr. Jan-Hendrik Olthoff", "Stadtbaurat"),
        ("Murat Yılmaz", "Erster Beigeordneter"),
        ("Svenja Lüttmann", "Leiterin des Fachbereichs Bildung und Soziales"),
    ],
    ["Ratssaal des Rathauses", "Bürgerzentrum Südheide", "Forum der Stadtbibliothek"],
    ["Stadtentwicklung und Umwelt", "Bildung und Soziales", "Finanzen und Wirtschaft"],
)
CITY_SEEDS = seeds("""
I | Bildung | Neue Kita an der Weidenauer Straße öffnet im August | die neue Kindertagesstätte an der Weidenauer Straße
I | Verkehr | Sperrung der Hafenbrücke ab 18. März | die Sanierung der Hafenbrücke
I | Stadtentwicklung | Stadt startet Bürgerbeteiligung zum Mobilitätskonzept | die Bürgerbeteiligung zum Mobilitätskonzept 2035
I | Wirtschaft | Wochenmarkt zieht vorübergehend auf den Rathausplatz | die vorübergehende Verlegung des Wochenmarktes
I | Finanzen | Grundsteuerbescheide 2024 werden verschickt | die Versendung der Grundsteuerbescheide 2024
I | Rathaus | Bürgermeisterin Vossberg ehrt Lebensretter aus Südheide | die Ehrung von drei Ersthelfern aus Südheide
I | Kultur | Stadtbücherei verlängert Öffnungszeiten am Samstag | die Verlängerung der Öffnungszeiten der Stadtbücherei
I | Umwelt | Baumfällungen im Stadtpark Lohmühle: Ersatzpflanzungen geplant | die Pflegemaßnahme im Stadtpark Lohmühle
I | Umwelt | Förderprogramm für Dachbegrünung geht in die zweite Runde | die zweite Runde des Förderprogramms für Dach- und Fassadenbegrünung
I | Bildung | Ferienspiele 2024: Anmeldung ab 2. April | die Anmeldung zu den Ferienspielen 2024
I | Stadtentwicklung | Neues Wohnquartier Nordhafen: Bebauungsplan liegt aus | die öffentliche Auslegung des Bebauungsplans Nr. 117 „Nordhafen“
I | Verkehr | Auenbrück ist fahrradfreundliche Kommune | die Auszeichnung als fahrradfreundliche Kommune
I | Bildung | Sanierung der Grundschule Brückfeld beginnt in den Osterferien | die Sanierung der Grundschule Brückfeld
I | Rathaus | Ehrenamtspreis 2024: Vorschläge bis 30. Juni einreichen | die Ausschreibung des Ehrenamtspreises 2024
I | Verkehr | Neue Buslinie 7 bindet Weidenau an den Bahnhof an | die neue Stadtbuslinie 7
I | Umwelt | Hitzeschutzplan: Stadt richtet kühle Orte ein | die Umsetzung des städtischen Hitzeschutzplans
I | Stadtentwicklung | Erweiterung des Friedhofs Südheide: Arbeiten beginnen | die Erweiterung des Friedhofs Südheide
I | Rathaus | Digitales Bürgerbüro: Termine jetzt online buchbar | die Online-Terminvergabe im Bürgerbüro
""")
CITY_NEW = seeds("""
I | Kultur | Stadtfest 2024: Programm steht fest | das Programm des Stadtfestes 2024
I | Kultur | Freibad Weidenau startet in die Saison | die Saisoneröffnung im Freibad Weidenau
""")
SERVICES = [
    "Abfallberatung",
    "Abfallkalender",
    "Abmeldung",
    "Altkleidercontainer",
    "Anwohnerparkausweis",
    "Aufenthaltstitel",
    "Ausweisverlust",
    "Bauantrag",
    "Baugenehmigung",
    "Baulastenverzeichnis",
    "Beglaubigung",
    "Behindertenparkausweis",
    "Bewohnerparken",
    "Briefwahl",
    "Bürgerbüro",
    "Eheschließung",
    "Einbürgerung",
    "Elterngeld",
    "Fischereischein",
    "Fundbüro",
    "Führungszeugnis",
    "Gaststättenerlaubnis",
    "Geburtsurkunde",
    "Gewerbeanmeldung",
    "Gewerbeabmeldung",
    "Grundsteuer",
    "Grünschnitt",
    "Hausnummernvergabe",
    "Hundesteuer",
    "Jugendschutz",
    "Kindertagespflege",
    "Kita-Platz",
    "Lebenspartnerschaft",
    "Marktstandvergabe",
    "Meldebescheinigung",
    "Namensänderung",
    "Parkerleichterung",
    "Personalausweis",
    "Plakatierung",
    "Reisepass",
    "Schwerbehindertenausweis",
    "Sondernutzung",
    "Sperrmüll",
    "Sterbeurkunde",
    "Straßenreinigung",
    "Umzug",
    "Wohnberechtigungsschein",
    "Wohngeld",
    "Zweitwohnungssteuer",
]
CITY_SECTIONS = {
    "Verwaltung": (
        "/rathaus/verwaltung",
        [
            "Bürgermeisterin",
            "Fachbereich Zentrale Dienste",
            "Fachbereich Finanzen",
            "Fachbereich Bildung und Soziales",
            "Fachbereich Planen und Bauen",
            "Ordnungsamt",
            "Standesamt",
            "Stellenangebote",
        ],
    ),
    "Politik": ("/rathaus/politik", ["Rat der Stadt", "Ausschüsse", "Fraktionen", "Ortsräte", "Wahlen"]),
    "Stadtteile": ("/leben/stadtteile", CITY.places),
    "Kultur & Freizeit": (
        "/kultur",
        ["Stadtbücherei", "Museum Alte Schmiede", "Freibad Weidenau", "Sportstätten"],
    ),
}
CITY_LIST = "/rathaus/presse/pressemitteilungen"
CITY_BOILERPLATE = [
    "Zum Inhalt springen",
    "Sie befinden sich hier:",
    "Bürgerservice A–Z",
    "Anwohnerparkausweis – Antrag",
    "Weitere Meldungen",
    "Alle Pressemitteilungen der Stadt Auenbrück im Überblick",
    "Häufig gesucht",
    "Rathausplatz 1",
    "Wir setzen auf dieser Website nur technisch notwendige Cookies ein.",
    "Öffnungszeiten Bürgerbüro",
    "Pressekontakt",
    "Letzte Aktualisierung",
]
CITY_EVENTS = [
    "Wochenmarkt auf dem Rathausplatz",
    "Orgelmusik zur Marktzeit, St. Nikolai",
    "Führung durch die Alte Schmiede",
    "Lesecafé in der Stadtbücherei",
    "Repair-Café im Bürgerzentrum Südheide",
    "Seniorentanz im Forum",
    "Stadtführung: Auenbrück im Mittelalter",
    "Kinderkino in der Stadtbücherei",
]


def city_menu() -> str:
    services = "".join(
        f'<li><a href="https://service.auenbrueck.test/leistung/{slugify(s)}-{100 + i}{k}">{esc(s)} – {kind}</a></li>'
        for i, s in enumerate(SERVICES)
        for k, kind in enumerate(("Antrag", "Auskunft", "Gebühren"))
    )
    cols = "".join(
        f'<div class="col"><h3>{esc(name)}</h3><ul>'
        + "".join(f'<li><a href="{base}/{slugify(x)}">{esc(x)}</a></li>' for x in items)
        + "</ul></div>"
        for name, (base, items) in CITY_SECTIONS.items()
    )
    return (
        f'<nav id="hauptnavigation" class="megamenu" aria-label="Hauptnavigation"><ul class="level-1">\n'
        f'<li class="has-sub"><a href="/rathaus">Rathaus &amp; Politik</a><div class="megamenu-panel">'
        f'<div class="col col-wide"><h3>Bürgerservice A–Z</h3><ul class="az">{services}</ul></div>\n{cols}\n'
        f'<div class="col"><h3>Presse</h3><ul><li><a href="{CITY_LIST}">Pressemitteilungen</a></li><li><a href="/ratsinfo/">Ratsinformationssystem</a></li></ul></div>'
        f'</div></li>\n<li><a href="/leben">Leben in Auenbrück</a></li>\n<li><a href="/kultur">Kultur &amp; Freizeit</a></li>\n'
        f'<li><a href="/veranstaltungen">Veranstaltungen</a></li>\n<li><a href="https://www.wfg-auenbrueck.test/">Wirtschaft</a></li>\n</ul></nav>'
    )


CITY_MENU = city_menu()


def city_page(
    title: str, main: str, crumbs: list[tuple[str, str]], head: str = "", cls: str = "standard"
) -> str:
    trail = "".join(f'<li><a href="{u}">{esc(lab)}</a></li>' for lab, u in crumbs)
    return f"""<!DOCTYPE html>
<html lang="de" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Stadt Auenbrück</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Stadtportal 4.12">
{head}<link rel="stylesheet" href="/static/css/portal.min.css?v=4.12.1">
<link rel="icon" href="/static/img/favicon.ico">
<script src="/static/js/portal.min.js?v=4.12.1" defer></script>
</head>
<body class="portal template-{cls}">
<div id="skiplinks"><a href="#inhalt">Zum Inhalt springen</a> <a href="#hauptnavigation">Zur Hauptnavigation</a> <a href="#suche">Zur Suche</a></div>
<header class="portal-header">
<div class="servicebar"><ul><li><a href="/leichte-sprache">Leichte Sprache</a></li><li><a href="/gebaerdensprache">Gebärdensprache</a></li><li><a href="https://service.auenbrueck.test/">Online-Dienste</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>
<a class="logo" href="/"><img src="/static/img/logo-auenbrueck.svg" alt="Stadt Auenbrück – zur Startseite" width="220" height="64"></a>
<form id="suche" action="/suche" method="get" role="search"><label for="q">Suchbegriff</label> <input id="q" name="q" type="search"> <button type="submit">Suchen</button></form>
{CITY_MENU}
</header>
<nav class="breadcrumb" aria-label="Brotkrumen"><span>Sie befinden sich hier:</span> <ol><li><a href="/">Startseite</a></li>{trail}<li aria-current="page">{esc(title)}</li></ol></nav>
<div class="content-wrapper">
<main id="inhalt" class="main-content">
{main}
</main>
<aside class="sidebar">
<div class="box"><h2>Häufig gesucht</h2><ul><li><a href="/suche?q=Personalausweis">Personalausweis</a></li><li><a href="/suche?q=Kita">Kita</a></li><li><a href="/suche?q=Wohngeld">Wohngeld</a></li><li><a href="/suche?q=Stellenangebote">Stellenangebote</a></li></ul></div>
<div class="box"><h2>Veranstaltungen</h2><p><a href="/veranstaltungen/kalender">Zum Veranstaltungskalender der Stadt</a></p></div>
</aside>
</div>
<footer class="portal-footer">
<div class="footer-col"><h2>Stadt Auenbrück</h2><p>Rathausplatz 1<br>25813 Auenbrück<br>Telefon 04651 802-0<br>stadt@auenbrueck.test</p></div>
<div class="footer-col"><h2>Öffnungszeiten Bürgerbüro</h2><p>Mo–Mi 8–16 Uhr<br>Do 8–18 Uhr<br>Fr 8–12 Uhr</p></div>
<div class="footer-col"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li><li><a href="/intranet/">Intranet</a></li></ul></div>
</footer>
<div id="cookie-hinweis" class="cookie-notice" role="dialog" aria-live="polite"><p>Wir setzen auf dieser Website nur technisch notwendige Cookies ein. Für Statistiken nutzen wir Matomo ohne Cookies.</p><button type="button">OK</button> <a href="/datenschutz">Mehr zum Datenschutz</a></div>
</body>
</html>
"""


def build_city(state: int) -> Host:
    st = timeline(404, CITY, CITY_SEEDS, CITY_NEW, date(2023, 10, 2), edited=8, removed=2, state=state)
    h = Host("www.auenbrueck.test")
    h.truth.update(
        organisation=CITY.name,
        template="municipal-portal-stadtportal",
        boilerplate=CITY_BOILERPLATE,
        disallowed=["/ratsinfo/", "/intranet/"],
        traps=[{"prefix": "/veranstaltungen/kalender", "max_requests": 30}],
    )
    rels, newest = st.releases, st.releases[::-1]

    def pm(r: Release) -> str:
        return f"{CITY_LIST}/{104500 + 13 * r.number}"

    crumbs = [
        ("Rathaus & Politik", "/rathaus"),
        ("Presse", "/rathaus/presse"),
        ("Pressemitteilungen", CITY_LIST),
    ]
    for r in rels:
        others = [o for o in newest if o is not r][:4]
        text = f'<p class="lead"><strong>{esc(r.paragraphs[0])}</strong></p>\n' + "".join(
            f"<p>{esc(p)}</p>\n" for p in r.paragraphs[1:]
        )
        teasers = "".join(
            f'<li><a href="{pm(o)}"><span class="datum">{dmy(o.published)}</span> <span class="titel">{esc(o.title)}</span></a>'
            f"<p>{esc(o.teaser(20))}</p></li>\n"
            for o in others
        )
        main = f"""<article class="pressemitteilung">
<header><p class="kicker">Pressemitteilung</p><h1>{esc(r.title)}</h1>
<p class="meta"><span class="datum">Veröffentlicht am {dmy(r.published)}</span> · <span class="kategorie">{esc(r.category)}</span></p></header>
<figure class="bild"><img src="/medien/bilder/pm-{104500 + 13 * r.number}.jpg" alt="" width="800" height="450"><figcaption>Foto: Stadt Auenbrück</figcaption></figure>
<div class="text">
{text}</div>
<div class="ansprechpartner"><h2>Pressekontakt</h2><p>Stadt Auenbrück<br>Presse- und Öffentlichkeitsarbeit<br>Rathausplatz 1, Zimmer 104<br>Telefon 04651 802-1101<br>pressestelle@auenbrueck.test</p></div>
<div class="toolbar"><a href="{pm(r)}?druck=1" rel="nofollow" class="print" target="_blank">Drucken</a> <a href="mailto:?subject={attr(r.title)}&amp;body=http://www.auenbrueck.test{pm(r)}" class="mail">Seite weiterempfehlen</a></div>
<p class="stand">Letzte Aktualisierung: {dmy(r.published + timedelta(days=1))}</p>
</article>
<section class="teaserbox weitere-meldungen"><h2>Weitere Meldungen</h2><ul>
{teasers}</ul><p><a href="{CITY_LIST}" class="mehr">Alle Pressemitteilungen der Stadt Auenbrück im Überblick</a></p></section>"""
        head = (
            f'<meta name="description" content="{attr(r.teaser(20))}">\n<link rel="canonical" href="http://www.auenbrueck.test{pm(r)}">\n'
            f'<link rel="amphtml" href="http://www.auenbrueck.test{pm(r)}/amp">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{attr(r.title)}">\n'
        )
        page = city_page(r.title, main, crumbs, head, "pressemitteilung")
        h.add(pm(r), page)
        announce(h, h.url(pm(r)), r, page, [o.title for o in others] + [o.teaser(20) for o in others])
        paras = "".join(f"<p>{esc(p)}</p>\n" for p in r.paragraphs)
        h.variant(
            f"{pm(r)}/amp",
            f"""<!doctype html>
<html ⚡ lang="de">
<head>
<meta charset="utf-8">
<title>{esc(r.title)} | Stadt Auenbrück</title>
<link rel="canonical" href="http://www.auenbrueck.test{pm(r)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Arial,sans-serif;margin:0 1rem}}h1{{color:#004f8b}}.datum{{color:#666}}</style>
</head>
<body>
<header class="amp-header"><a href="/">Stadt Auenbrück</a></header>
<article><h1>{esc(r.title)}</h1><p class="datum">Veröffentlicht am {dmy(r.published)}</p>
{paras}</article>
<footer><a href="{pm(r)}">Zur Standardansicht</a> · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
            pm(r),
        )
        h.variant(
            f"{pm(r)}?druck=1",
            f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{esc(r.title)} | Stadt Auenbrück</title><meta name="robots" content="noindex">
<link rel="stylesheet" href="/static/css/print.css?v=4.12.1"></head>
<body class="druckansicht" onload="window.print()">
<p class="druckkopf"><img src="/static/img/logo-auenbrueck-sw.svg" alt="Stadt Auenbrück" width="180"> Stadt Auenbrück · Pressestelle · Rathausplatz 1 · 25813 Auenbrück</p>
<h1>{esc(r.title)}</h1>
<p class="meta">Pressemitteilung vom {dmy(r.published)}</p>
{paras}<p class="quelle">Quelle: http://www.auenbrueck.test{pm(r)}</p>
</body></html>
""",
            pm(r),
        )
    if state == 2:
        gone(
            h,
            pm(st.removed),
            city_page(
                "Seite nicht gefunden",
                "<h1>Seite nicht gefunden</h1><p>Die Seite ist nicht (mehr) vorhanden.</p>",
                [],
            ),
        )

    def results(items: list[Release]) -> str:
        return "".join(
            f'<li class="treffer"><a href="{pm(o)}"><span class="datum">{dmy(o.published)}</span> <strong>{esc(o.title)}</strong></a>'
            f"<p>{esc(o.teaser(24))}</p></li>\n"
            for o in items
        )

    cats = sorted({r.category for r in rels})
    filt = (
        '<form class="filter" action="'
        + CITY_LIST
        + '" method="get"><p>Filtern nach Thema: '
        + " · ".join(f'<a href="{CITY_LIST}?kategorie={slugify(c)}">{esc(c)}</a>' for c in cats)
        + "</p><p>Jahrgang: "
        + " · ".join(f'<a href="{CITY_LIST}?jahr={y}">{y}</a>' for y in (2024, 2023))
        + "</p></form>"
    )
    chunks = [newest[i : i + 8] for i in range(0, len(newest), 8)]
    for n, chunk in enumerate(chunks, 1):
        current = ' aria-current="page"'
        pager = " ".join(
            f'<a href="{CITY_LIST}{"" if k == 1 else f"?seite={k}"}"{current if k == n else ""}>{k}</a>'
            for k in range(1, len(chunks) + 1)
        )
        target = CITY_LIST if n == 1 else f"{CITY_LIST}?seite={n}"
        h.add(
            target,
            city_page(
                "Pressemitteilungen",
                f'<h1>Pressemitteilungen</h1>{filt}<ul class="ergebnisliste">{results(chunk)}</ul>'
                f'<nav class="pagination" aria-label="Seiten">{pager}</nav>',
                crumbs[:2],
            ),
            non=True,
        )
    for c in cats:
        h.add(
            f"{CITY_LIST}?kategorie={slugify(c)}",
            city_page(
                f"Pressemitteilungen: {c}",
                f"<h1>Pressemitteilungen: {esc(c)}</h1>{filt}"
                f'<ul class="ergebnisliste">{results([o for o in newest if o.category == c])}</ul>',
                crumbs[:2],
            ),
            non=True,
        )
    for y in (2024, 2023):
        h.add(
            f"{CITY_LIST}?jahr={y}",
            city_page(
                f"Pressemitteilungen {y}",
                f"<h1>Pressemitteilungen {y}</h1>{filt}"
                f'<ul class="ergebnisliste">{results([o for o in newest if o.published.year == y])}</ul>',
                crumbs[:2],
            ),
            non=True,
        )
    search = '<h1>Suche</h1><form action="/suche" method="get"><input name="q" type="search"> <button>Suchen</button></form>'
    h.add("/suche", city_page("Suche", search, []), non=True)
    for q in ("Personalausweis", "Kita", "Wohngeld", "Stellenangebote"):
        hits = [o for o in newest if q.lower() in " ".join(o.paragraphs).lower()][:10]
        h.add(
            f"/suche?q={q}",
            city_page(
                f"Suchergebnisse für „{q}“",
                f"{search}<h2>{len(hits)} Treffer für „{esc(q)}“</h2>"
                f'<ol class="suchergebnisse">{results(hits)}</ol>',
                [],
            ),
            non=True,
        )
    home = (
        f'<section class="buehne"><h1 class="visually-hidden">Stadt Auenbrück</h1><p class="claim">Willkommen in Auenbrück – Stadt am Fluss</p></section>'
        f'<section class="aktuelles"><h2>Aktuelles aus dem Rathaus</h2><ul class="ergebnisliste">{results(newest[:5])}</ul>'
        f'<p><a href="{CITY_LIST}">Alle Pressemitteilungen</a></p></section>'
    )
    h.add("/", city_page("Startseite", home, [], cls="startseite"), non=True)
    overview = {
        "/rathaus": "Rathaus & Politik",
        "/rathaus/presse": "Presse",
        "/leben": "Leben in Auenbrück",
        "/kultur": "Kultur & Freizeit",
    }
    for target, title in overview.items():
        h.add(
            target,
            city_page(
                title,
                f"<h1>{esc(title)}</h1><p>Hier finden Sie alle Informationen zum Bereich {esc(title)}.</p>"
                f'<p><a href="{CITY_LIST}">Pressemitteilungen</a></p>',
                [],
            ),
            non=True,
        )
    for name, (base, items) in CITY_SECTIONS.items():
        for x in items:
            t = f"{base}/{slugify(x)}"
            if t not in h.res:
                h.add(
                    t,
                    city_page(
                        x,
                        f"<h1>{esc(x)}</h1><p>{esc(x)} – Informationen, Ansprechpersonen und Öffnungszeiten.</p>"
                        f"<p>Ansprechperson: Bürgerservice, Telefon 04651 802-{2000 + len(t)}, Rathausplatz 1.</p>",
                        [(name, base)],
                    ),
                    non=True,
                )
    statics = {
        "impressum": (
            "Impressum",
            "Stadt Auenbrück, vertreten durch die Bürgermeisterin Katrin Vossberg, Rathausplatz 1, 25813 Auenbrück. Telefon 04651 802-0, stadt@auenbrueck.test.",
        ),
        "datenschutz": (
            "Datenschutz",
            "Die Stadt Auenbrück verarbeitet personenbezogene Daten nur im Rahmen der gesetzlichen Vorgaben. Datenschutzbeauftragte: datenschutz@auenbrueck.test.",
        ),
        "kontakt": (
            "Kontakt",
            "Rathaus Auenbrück, Rathausplatz 1, 25813 Auenbrück. Zentrale: 04651 802-0. Pressestelle: 04651 802-1101.",
        ),
        "barrierefreiheit": (
            "Erklärung zur Barrierefreiheit",
            "Diese Website ist teilweise barrierefrei. Barrieren melden Sie bitte an barrierefreiheit@auenbrueck.test.",
        ),
        "leichte-sprache": (
            "Leichte Sprache",
            "Hier finden Sie Informationen über die Stadt in Leichter Sprache.",
        ),
        "gebaerdensprache": (
            "Gebärdensprache",
            "Videos in Deutscher Gebärdensprache über die Angebote der Stadt.",
        ),
    }
    for slug, (title, text) in statics.items():
        h.add(f"/{slug}", city_page(title, f"<h1>{esc(title)}</h1><p>{esc(text)}</p>", []), non=True)

    # the event calendar: month pages from 2023 to 2026, each linking to the next and previous month
    def month_page(y: int, m: int) -> str:
        prev = (y, m - 1) if m > 1 else (y - 1, 12)
        nxt = (y, m + 1) if m < 12 else (y + 1, 1)
        days = [date(y, m, d) for d in range(1, 29) if date(y, m, d).weekday() in (2, 5)]
        rows = "".join(
            f'<tr><td><time datetime="{d.isoformat()}">{DAYS[d.weekday()][:2]}, {dmy(d)}</time></td><td>'
            f"{esc(CITY_EVENTS[(d.day + m) % len(CITY_EVENTS)])}</td></tr>"
            for d in days
        )
        return city_page(
            f"Veranstaltungskalender {MONTHS[m - 1]} {y}",
            f"<h1>Veranstaltungskalender {MONTHS[m - 1]} {y}</h1>"
            f'<p class="monatsnavigation"><a href="/veranstaltungen/kalender?monat={prev[0]}-{prev[1]:02d}">« {MONTHS[prev[1] - 1]}</a> '
            f'<a href="/veranstaltungen/kalender?monat={nxt[0]}-{nxt[1]:02d}">{MONTHS[nxt[1] - 1]} »</a></p>'
            f'<table class="kalender">{rows}</table>',
            [("Veranstaltungen", "/veranstaltungen")],
            cls="kalender",
        )

    h.add(
        "/veranstaltungen",
        city_page(
            "Veranstaltungen",
            '<h1>Veranstaltungen</h1><p><a href="/veranstaltungen/kalender">Veranstaltungskalender</a></p>',
            [],
        ),
        non=True,
    )
    h.add("/veranstaltungen/kalender", month_page(2024, 5), non=True)
    for y in range(2023, 2026):
        for m in range(1, 13):
            h.add(f"/veranstaltungen/kalender?monat={y}-{m:02d}", month_page(y, m), non=True)
    h.add("/ratsinfo/", "<html><body><h1>SessionNet</h1></body></html>")
    h.add("/intranet/", "<html><body><h1>Anmeldung Intranet</h1></body></html>")
    h.add("/robots.txt", "User-agent: *\nDisallow: /ratsinfo/\nDisallow: /intranet/\nDisallow: /static/\n")
    finish(h, st, lambda r: h.url(pm(r)))
    return h


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


# ================================================================================================
# entry points
# ================================================================================================
BUILDERS = (build_zv, build_kt, build_wp, build_city, build_dr)


def generate(first: Path = BLIND, second: Path = BLIND_CHANGED) -> dict[str, tuple[Host, Host]]:
    out = {}
    for build in BUILDERS:
        night1, night2 = build(1), build(2)
        write_host(night1, first / night1.name)
        write_host(night2, second / night2.name, previous=night1)
        out[night1.name] = (night1, night2)
    return out


def write(outputs: dict[str, Path]) -> dict[str, dict[str, str]]:
    """The committed suite: both nights of the five blind sites (``first``, ``second``)."""
    nights = generate(outputs["first"], outputs["second"])
    return {name: {"template": one.truth["template"]} for name, (one, _) in nights.items()}
