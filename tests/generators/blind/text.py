# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""The blind sites' text: escaping and dates, the phrase banks, releases and their composition,
the timeline of both nights."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.generators.blind.site import TODAY, TOMORROW, Host
from tests.generators.textbank import MONTHS
from tests.generators.textbank import WEEKDAYS as DAYS


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


def seeds(text: str) -> list[Release]:
    """``kind | category | title | subject`` per line."""
    out = []
    for line in text.strip().splitlines():
        kind, category, title, subject = (part.strip() for part in line.split("|"))
        out.append(Release(title, subject, kind, category))
    return out


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


def finish(host: Host, st: State, url_of: Callable[[Release], str]) -> None:
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
