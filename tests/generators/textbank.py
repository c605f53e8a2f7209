"""German phrase lists and the seeded text factory behind the generated replica sites.

Everything here is deterministic given a :class:`random.Random`: the same seed yields the same
people, titles and paragraphs, so ``generate.py`` reproduces the committed sites byte for byte.
Texts read like the press releases of local parties, council factions, city press offices and
associations: a demand or a decision, numbers, a quote with the speaker's role, sometimes an
invitation with date, time and venue, sometimes a contact line.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")

FEMALE = (
    "Anna", "Birgit", "Claudia", "Dagmar", "Elke", "Franziska", "Gabriele", "Heike", "Ines", "Julia",
    "Karin", "Lena", "Maria", "Nadine", "Petra", "Renate", "Sabine", "Tanja", "Ulrike", "Yvonne",
)  # fmt: skip
MALE = (
    "Andreas", "Bernd", "Christian", "Dirk", "Frank", "Georg", "Heinz", "Jens", "Klaus", "Lars",
    "Markus", "Norbert", "Oliver", "Peter", "Ralf", "Stefan", "Thomas", "Uwe", "Volker", "Wolfgang",
)  # fmt: skip
SURNAMES = (
    "Albers", "Becker", "Brinkmann", "Dahmen", "Ebert", "Fischer", "Gerdes", "Hansen", "Hoffmann",
    "Janssen", "Kaiser", "Klute", "Krämer", "Lammers", "Meyer", "Möller", "Nowak", "Özdemir",
    "Peters", "Richter", "Schäfer", "Schulte", "Terhoeven", "Vogel", "Wagner", "Weber", "Zimmermann",
)  # fmt: skip
PHOTOGRAPHERS = ("Wilfried Meyer", "Jutta Brandt", "Karl-Heinz Rösler", "Privat", "Ortsverein")
TOWNS = ("Altenberg", "Birkenfeld", "Eichstede", "Grünwalde", "Hohenbrück", "Lindau am See", "Rosendorf")
STREETS = (
    "Bahnhofstraße", "Marktstraße", "Lindenallee", "Kirchplatz", "Schulweg", "Am Stadtpark",
    "Hauptstraße", "Mühlenweg", "Goethestraße", "Ringstraße", "Wallgraben", "Hafenstraße",
)  # fmt: skip
VENUES = (
    "das Bürgerhaus",
    "den Ratssaal des Rathauses",
    "die Aula der Gesamtschule",
    "das Gemeindezentrum St. Martin",
    "die Gaststätte „Zur Linde“",
    "das Foyer der Stadthalle",
    "das Vereinsheim des TuS",
    "die Alte Feuerwache",
)
COMMITTEES = (
    "Ausschuss für Stadtentwicklung",
    "Finanzausschuss",
    "Schulausschuss",
    "Jugendhilfeausschuss",
    "Umweltausschuss",
    "Sozialausschuss",
    "Bau- und Verkehrsausschuss",
    "Kreisausschuss",
)
GROUPS = (
    "dem Seniorenbeirat",
    "Eltern der Grundschule am Wall",
    "der Freiwilligen Feuerwehr",
    "dem Einzelhandelsverband",
    "Vertreterinnen und Vertretern der Sportvereine",
    "dem Integrationsrat",
    "Anwohnerinnen und Anwohnern",
    "dem Stadtjugendring",
)


@dataclass(frozen=True)
class Topic:
    label: str
    tag: str
    demands: tuple[str, ...]
    facilities: tuple[str, ...]


TOPICS = (
    Topic("Kinderbetreuung", "kita", (
        "zusätzliche Kita-Plätze", "längere Öffnungszeiten der Kindertagesstätten",
        "eine bessere Bezahlung der Erzieherinnen und Erzieher",
    ), ("Kita am Lindenhof", "Familienzentrum Regenbogen")),
    Topic("Radverkehr", "radverkehr", (
        "sichere Radwege an den Hauptstraßen", "ein durchgängiges Radwegenetz",
        "mehr Fahrradabstellanlagen am Bahnhof",
    ), ("Radstation am Bahnhof", "Fahrradstraße am Wall")),
    Topic("Nahverkehr", "oepnv", (
        "einen dichteren Bustakt", "ein günstiges Sozialticket", "eine bessere Anbindung der Ortsteile",
    ), ("Busbahnhof", "Mobilstation Nord")),
    Topic("Schulen", "schulen", (
        "die Sanierung der Grundschulen", "schnelles Internet für alle Schulen", "mehr Ganztagsplätze",
    ), ("Grundschule am Wall", "Gesamtschule Nord")),
    Topic("Wohnen", "wohnen", (
        "mehr bezahlbaren Wohnraum", "eine Quote für geförderte Wohnungen", "die Aktivierung von Baulücken",
    ), ("Neubaugebiet Mühlenfeld", "Quartier an der Ringstraße")),
    Topic("Klimaschutz", "klimaschutz", (
        "ein kommunales Klimaschutzkonzept", "Photovoltaik auf allen öffentlichen Dächern",
        "mehr Stadtbäume",
    ), ("Klimaschutzagentur", "Solarpark an der Deponie")),
    Topic("Haushalt", "haushalt", (
        "einen ausgeglichenen Haushalt ohne Steuererhöhungen", "mehr Investitionen in Straßen und Brücken",
        "eine gerechte Verteilung der Kreisumlage",
    ), ("Kämmerei", "Rechnungsprüfungsamt")),
    Topic("Feuerwehr", "feuerwehr", (
        "ein neues Gerätehaus für die Löschgruppe", "eine bessere Ausstattung der Freiwilligen Feuerwehr",
        "mehr Nachwuchsarbeit bei der Jugendfeuerwehr",
    ), ("Feuerwache Süd", "Gerätehaus der Löschgruppe Ost")),
    Topic("Digitalisierung", "digitalisierung", (
        "ein digitales Bürgerbüro", "freies WLAN in der Innenstadt", "Glasfaser für die Außenbereiche",
    ), ("Bürgerbüro", "Stadtbibliothek")),
    Topic("Gesundheit", "gesundheit", (
        "den Erhalt des Krankenhauses", "mehr Hausärztinnen und Hausärzte auf dem Land",
        "eine Gemeindeschwester für ältere Menschen",
    ), ("Kreiskrankenhaus", "Gesundheitszentrum am Markt")),
    Topic("Integration", "integration", (
        "ein Kommunales Integrationszentrum", "mehr Sprachkurse für Zugewanderte",
        "Unterstützung der Ehrenamtlichen in der Flüchtlingshilfe",
    ), ("Integrationszentrum", "Begegnungscafé International")),
    Topic("Sport", "sport", (
        "die Sanierung der Sporthallen", "einen Kunstrasenplatz", "mehr Schwimmzeiten für die Vereine",
    ), ("Sportpark West", "Hallenbad am Stadtgarten")),
    Topic("Senioren", "senioren", (
        "barrierefreie Bushaltestellen", "einen Seniorenbeirat mit Rederecht",
        "mehr Sitzbänke in der Innenstadt",
    ), ("Seniorenzentrum Abendrot", "Mehrgenerationenhaus")),
    Topic("Innenstadt", "innenstadt", (
        "ein Konzept gegen Leerstand", "die Belebung des Marktplatzes", "mehr Grün in der Fußgängerzone",
    ), ("Marktplatz", "Alte Post")),
    Topic("Umwelt", "umwelt", (
        "den Schutz der Auen", "Blühstreifen an den Kreisstraßen", "saubere Badeseen",
    ), ("Naturschutzzentrum", "Biologische Station")),
)  # fmt: skip

QUOTES = (
    "Wir dürfen hier keine Zeit mehr verlieren",
    "Das ist eine Frage der Gerechtigkeit",
    "Die Menschen in {district} haben ein Recht auf eine verlässliche Lösung",
    "Gute Politik beginnt vor Ort",
    "Wir haben lange für diesen Schritt gekämpft",
    "Jetzt kommt es darauf an, dass die Mittel auch schnell ankommen",
    "Ohne das Ehrenamt wäre vieles in {town} nicht möglich",
    "Wir werden genau hinschauen, ob die Zusagen eingehalten werden",
    "Das ist ein guter Tag für {town}",
    "Wer heute spart, zahlt morgen doppelt",
    "Wir wollen die Bürgerinnen und Bürger von Anfang an beteiligen",
    "Hier geht es um die Zukunft unserer Kinder",
)
SAYS = ("sagt", "erklärt", "betont", "unterstreicht", "so")
DISTRICTS = (
    "Oberdorf",
    "Altenhof",
    "Südfeld",
    "Neustadt",
    "Buchholz",
    "Westerholt",
    "Kirchhellen",
    "Ostheide",
)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool
    role: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Org:
    """Who publishes: a party branch, a council faction, a city press office, an association."""

    kind: str  # party | faction | city | association
    name: str  # "SPD Musterstadt"
    subject: str  # "Die SPD Musterstadt" (sentence subject)
    short: str  # "SPD" (titles)
    town: str
    email_domain: str
    phone: str  # "05431 9876"
    euro: str = "Euro"
    roles: tuple[tuple[str, str], ...] = ()  # (male, female) role names


@dataclass(frozen=True)
class Release:
    """One announcement as the generator knows it (the truth)."""

    index: int
    uid: int
    title: str
    slug: str
    published: date
    hour: int
    minute: int
    topic: Topic
    category: int
    paragraphs: tuple[str, ...]
    people: tuple[Person, ...]
    photo_credit: str = ""
    comments: tuple[tuple[int, str, str], ...] = field(default=())  # (id, author, text)

    def teaser(self, limit: int = 180) -> str:
        text = self.paragraphs[0]
        if len(text) <= limit:
            return text
        cut = text[:limit].rsplit(" ", 1)[0]
        return cut.rstrip(",;:") + " …"


def german_date(day: date, weekday: bool = False, year: bool = True) -> str:
    text = f"{day.day}. {MONTHS[day.month - 1]}" + (f" {day.year}" if year else "")
    return f"{WEEKDAYS[day.weekday()]}, {text}" if weekday else text


def slugify(text: str, limit: int = 70) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
    text = "".join(table.get(c, c) for c in text).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:limit].rstrip("-")


class Newsroom:
    """Writes a site's press releases from the phrase lists, seeded and collision-free."""

    def __init__(self, rng: random.Random, org: Org, *, strict: bool = True) -> None:
        self.rng = rng
        self.org = org
        # strict: titles, slugs and paragraphs never repeat (small test sites). The benchmark's
        # 10,000-page site repeats titles like real blogs do and gets WordPress-style "-2" slugs.
        self.strict = strict
        self.people = self._staff()
        self._titles: set[str] = set()
        self._slugs: set[str] = set()
        self._paragraphs: set[str] = set()

    # -- people --------------------------------------------------------------------------------
    def _staff(self) -> list[Person]:
        rng = self.rng
        staff: list[Person] = []
        names: set[tuple[str, str]] = set()
        for male_role, female_role in self.org.roles:
            while True:
                female = rng.random() < 0.5
                first = rng.choice(FEMALE if female else MALE)
                last = rng.choice(SURNAMES)
                if (first, last) not in names and all(p.last != last for p in staff):
                    break
            names.add((first, last))
            staff.append(Person(first, last, female, female_role if female else male_role))
        return staff

    def guest(self) -> Person:
        rng = self.rng
        female = rng.random() < 0.5
        role = rng.choice(
            (
                ("Landtagsabgeordneter", "Landtagsabgeordnete"),
                ("Bundestagsabgeordneter", "Bundestagsabgeordnete"),
                ("Vorsitzender des Seniorenbeirats", "Vorsitzende des Seniorenbeirats"),
                ("Leiter der Kreisverwaltung", "Leiterin der Kreisverwaltung"),
            )
        )
        return Person(
            rng.choice(FEMALE if female else MALE),
            rng.choice(SURNAMES),
            female,
            role[1] if female else role[0],
        )

    # -- numbers and dates ---------------------------------------------------------------------
    def amount(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            value = f"{rng.randint(1, 9)},{rng.randint(1, 9)} Millionen"
        else:
            value = f"{rng.randint(12, 950)}.000"
        return f"{value} {self.org.euro}"

    def phone(self) -> str:
        return f"{self.org.phone}-{self.rng.randint(10, 99)}"

    def email(self, person: Person) -> str:
        local = slugify(f"{person.first}.{person.last}").replace("-", ".")
        return f"{local}@{self.org.email_domain}"

    # -- texts ---------------------------------------------------------------------------------
    def _fill(self, template: str, **slots: str) -> str:
        rng = self.rng
        committee = rng.choice(COMMITTEES)
        values = {
            "subj": self.org.subject,
            "subj_l": self.org.subject[0].lower() + self.org.subject[1:],
            "town": self.org.town,
            "district": rng.choice(DISTRICTS),
            "district2": rng.choice(DISTRICTS),
            "street": rng.choice(STREETS),
            "committee": committee,
            "committee_gen": committee.replace("ausschuss", "ausschusses", 1).replace(
                "Ausschuss ", "Ausschusses ", 1
            ),
            "group": rng.choice(GROUPS),
            "n": str(rng.randint(12, 480)),
            "months": str(rng.randint(3, 30)),
            "amount": self.amount(),
            "town1": rng.choice(TOWNS[:3]),
            "town2": rng.choice(TOWNS[3:]),
            "year2": str(rng.randint(2021, 2024)),
        }
        values.update(slots)
        if values["district2"] == values["district"]:
            values["district2"] = DISTRICTS[(DISTRICTS.index(values["district"]) + 1) % len(DISTRICTS)]
        return template.format(**values)

    def title(self, topic: Topic, demand: str, facility: str, speaker: Person, day: date) -> str:
        org = self.org
        if org.kind == "city":
            templates: tuple[str, ...] = (
                "Stadt startet Bürgerbeteiligung: {label}",
                "Bürgermeister{in} {last} besucht {facility}",
                "{label}: Verwaltung legt Konzept vor",
                "Sperrung der {street} ab {date}",
                "Neue Öffnungszeiten: {facility}",
                "Rat beschließt {demand}",
                "{label} in {district}: Arbeiten beginnen",
                "Ferienprogramm und {label}: Anmeldung ab {date}",
                "Förderbescheid für {facility} übergeben",
                "Stadt informiert über {demand}",
            )
        elif org.kind == "association":
            templates = (
                "Verbandsversammlung berät über {demand}",
                "{short} legt Jahresbericht {label} vor",
                "Fachtagung {label}: Anmeldung bis {date}",
                "{short} begrüßt Landesförderung für {facility}",
                "Neue Studie: {label} in der Region",
                "{short} fordert {demand}",
                "{label}: Kommunen ziehen an einem Strang",
                "Regionalforum in {district} zum Thema {label}",
            )
        else:
            templates = (
                "{short} fordert {demand}",
                "{short} setzt sich für {demand} ein",
                "{label}: {short} legt Antrag vor",
                "Vor Ort: {short} besucht „{facility}“",
                "{label} in {district}: Jetzt handeln",
                "Einladung zum Bürgerdialog: {label}",
                "{last}: „{quote}“",
                "Haushalt {year}: {short} will {demand}",
                "{short} im Gespräch mit {group}",
                "Antrag zum Thema {label}: {short} sieht dringenden Handlungsbedarf",
                "Ortstermin in {district}: {label} auf dem Prüfstand",
                "Anfrage der {short}: Wie geht es weiter mit dem Projekt „{facility}“?",
            )
        rng = self.rng
        if org.kind == "city":
            speaker = self.people[0]  # "Bürgermeister(in) <Name>" is the mayor
        for _ in range(200):
            template = rng.choice(templates)
            quote = self._fill(rng.choice(QUOTES[:6]))
            title = self._fill(
                template,
                short=org.short,
                demand=demand,
                label=topic.label,
                facility=facility,
                last=speaker.last,
                quote=quote,
                year=str(day.year + (1 if day.month >= 10 else 0)),
                date=f"{day.day + 3 if day.day < 25 else 2}. {MONTHS[day.month % 12]}",
                **{"in": "in" if speaker.female else ""},
            )
            if title not in self._titles and slugify(title) not in self._slugs:
                self._titles.add(title)
                return title
            if not self.strict:
                return title
        raise RuntimeError("could not find a fresh title")

    def slug(self, title: str) -> str:
        base = slugify(title)
        if not self.strict:
            slug, n = base, 1
            while slug in self._slugs:
                n += 1
                slug = f"{base}-{n}"
            self._slugs.add(slug)
            return slug
        self._slugs.add(base)
        return base

    def _unique(self, make: Callable[[], str]) -> str:
        if not self.strict:
            return make()
        for _ in range(100):
            text = make()
            if text not in self._paragraphs:
                self._paragraphs.add(text)
                return text
        raise RuntimeError("could not write a fresh paragraph")

    def lead(self, topic: Topic, demand: str, facility: str) -> str:
        rng = self.rng
        if self.org.kind == "city":
            first: tuple[str, ...] = (
                "{subj} informiert über {demand} im Stadtteil {district}.",
                "Im Rathaus haben Verwaltung und Fachleute über {demand} beraten.",
                "Die Verwaltung hat dem {committee} ein Konzept für {demand} vorgelegt.",
                "Für {demand} stellt {subj_l} in diesem Jahr {amount} bereit.",
            )
        else:
            first = (
                "{subj} fordert {demand} im Stadtteil {district}.",
                "{subj} hat in der Sitzung des {committee_gen} einen Antrag für {demand} eingebracht.",
                "Für {demand} will sich {subj_l} in den kommenden Monaten besonders einsetzen.",
                "{subj} begrüßt die Entscheidung des {committee_gen}, {demand} auf den Weg zu bringen.",
                "Mit einem Positionspapier zum Thema {label} meldet sich {subj_l} zu Wort.",
            )
        second = (
            "Nach Angaben der Verwaltung würde das Vorhaben rund {amount} kosten.",
            "Betroffen sind vor allem die Menschen in {district} und {district2}.",
            "In {district} warten viele Familien seit {months} Monaten auf eine Lösung.",
            "Gespräche mit {group} haben gezeigt, dass der Bedarf groß ist.",
            "Auch die Einrichtung „{facility}“ soll davon profitieren.",
        )
        return self._unique(
            lambda: (
                self._fill(rng.choice(first), demand=demand, facility=facility, label=topic.label)
                + " "
                + self._fill(rng.choice(second), demand=demand, facility=facility, label=topic.label)
            )
        )

    def details(self, topic: Topic, facility: str, count: int = 1) -> list[str]:
        """``count`` paragraphs of background, no sentence template used twice in one release."""
        rng = self.rng
        pool = (
            "Eine entsprechende Vorlage soll bis zum Sommer erarbeitet werden.",
            "Die Verwaltung prüft derzeit, ob Fördermittel des Landes genutzt werden können.",
            "Ein erster Bauabschnitt könnte nach Einschätzung der Fachleute {year2} beginnen.",
            "Auch die Nachbarkommunen {town1} und {town2} haben ähnliche Projekte bereits umgesetzt.",
            "Insgesamt {n} Bürgerinnen und Bürger haben sich an einer Umfrage zum Thema {label} beteiligt.",
            "Der {committee} wird sich nach der Sommerpause erneut mit dem Thema befassen.",
            "Für die Planung sind im Haushalt bereits {amount} vorgesehen.",
            "Die Gespräche mit der Einrichtung „{facility}“ sollen im Herbst fortgesetzt werden.",
            "Kritik gab es an der langen Bearbeitungszeit: Seit {months} Monaten liegt der Antrag vor.",
            "Als Pilotstrecke sollen zunächst {n} Meter im Bereich {street} entstehen.",
        )
        used: set[str] = set()
        out = []
        for _ in range(count):
            for _attempt in range(100):
                picks = rng.sample([t for t in pool if t not in used], rng.randint(2, 3))
                text = " ".join(self._fill(t, label=topic.label, facility=facility) for t in picks)
                if not self.strict or text not in self._paragraphs:
                    break
            else:
                raise RuntimeError("could not write a fresh paragraph")
            self._paragraphs.add(text)
            used.update(picks)
            out.append(text)
        return out

    def quote(self, speaker: Person) -> str:
        rng = self.rng
        closing = (
            "{last} kündigte an, das Thema auch in den kommenden Sitzungen auf die Tagesordnung zu setzen.",
            "Nach Ansicht von {last} ist jetzt vor allem die Verwaltung gefordert.",
            "{last} dankte allen Beteiligten für die konstruktive Zusammenarbeit.",
            "Ein erstes Gespräch mit dem Landrat habe es bereits gegeben, so {last}.",
            "{last} lädt alle Interessierten ein, sich mit Ideen und Hinweisen zu melden.",
        )
        return self._unique(
            lambda: (
                "„"
                + self._fill(rng.choice(QUOTES))
                + f"“, {rng.choice(SAYS)} {speaker.name}, {speaker.role}. "
                + self._fill(rng.choice(closing), last=speaker.last)
            )
        )

    def invitation(self, day: date, guest: Person) -> str:
        rng = self.rng
        when = day + timedelta(days=rng.randint(5, 20))
        hour = rng.choice((10, 11, 15, 17, 18, 19, 19, 20))
        extra = (
            "Eine Anmeldung ist nicht erforderlich.",
            "Der Eintritt ist frei.",
            f"Um Anmeldung per E-Mail an info@{self.org.email_domain} wird gebeten.",
        )
        return self._unique(
            lambda: self._fill(
                "Zu einer öffentlichen Informationsveranstaltung lädt {subj_l} am {when}, um {hour} Uhr in "
                "{venue}, {street} {no}, ein. Als Gast wird {guest}, {role}, erwartet. {extra}",
                when=german_date(when, weekday=True),
                hour=str(hour),
                venue=rng.choice(VENUES),
                no=str(rng.randint(1, 80)),
                guest=guest.name,
                role=guest.role,
                extra=rng.choice(extra),
            )
        )

    def contact(self, topic: Topic, person: Person) -> str:
        return self._unique(
            lambda: (
                f"Rückfragen zum Thema {topic.label} beantwortet {person.name} unter Telefon "
                f"{self.phone()} oder per E-Mail an {self.email(person)}."
            )
        )

    def comment(self) -> tuple[str, str]:
        rng = self.rng
        texts = (
            "Endlich tut sich etwas, vielen Dank für Ihren Einsatz!",
            "Und wer soll das alles bezahlen? Das frage ich mich schon lange.",
            "Bei uns im Viertel ist es genauso, bitte bleiben Sie dran.",
            "Gute Initiative. Wann gibt es die nächste Sitzung dazu?",
        )
        author = f"{rng.choice(FEMALE + MALE)} {rng.choice(SURNAMES)[0]}."
        return author, self._unique(lambda: f"{rng.choice(texts)} ({rng.choice(DISTRICTS)})")

    # -- whole releases ------------------------------------------------------------------------
    def releases(self, count: int, first: date, last: date, *, uid_start: int = 1) -> list[Release]:
        """``count`` releases on distinct days between ``first`` and ``last``, oldest first."""
        rng = self.rng
        span = (last - first).days + 1
        offsets = rng.sample(range(span), count) if count <= span else rng.choices(range(span), k=count)
        days = sorted(first + timedelta(days=d) for d in offsets)
        out = []
        uid = uid_start
        for index, day in enumerate(days):
            out.append(self.release(index, uid, day))
            uid += rng.randint(1, 4)
        return out

    def release(self, index: int, uid: int, day: date) -> Release:
        rng = self.rng
        topic = rng.choice(TOPICS)
        demand = rng.choice(topic.demands)
        facility = rng.choice(topic.facilities)
        speaker = rng.choice(self.people)
        title = self.title(topic, demand, facility, speaker, day)
        background = self.details(topic, facility, 2 if rng.random() < 0.3 else 1)
        paragraphs = [self.lead(topic, demand, facility), background[0], self.quote(speaker), *background[1:]]
        people = [speaker]
        if rng.random() < 0.35:
            guest = self.guest()
            paragraphs.append(self.invitation(day, guest))
            people.append(guest)
        if rng.random() < 0.4:
            contact = rng.choice(self.people)
            paragraphs.append(self.contact(topic, contact))
        comments: tuple[tuple[int, str, str], ...] = ()
        if rng.random() < 0.25:
            comments = tuple((uid * 10 + k, *self.comment()) for k in range(rng.randint(1, 3)))
        return Release(
            index=index,
            uid=uid,
            title=title,
            slug=self.slug(title),
            published=day,
            hour=rng.randint(7, 19),
            minute=rng.randrange(0, 60),
            topic=topic,
            category=rng.randrange(3),
            paragraphs=tuple(paragraphs),
            people=tuple(people),
            photo_credit=f"{speaker.name}, Foto {rng.choice(PHOTOGRAPHERS)}",
            comments=comments,
        )

    def edited(self, release: Release, when: date) -> Release:
        """The second-night version: a dated addendum opens the first paragraph (teasers change)."""
        note = (
            f"Ergänzung vom {german_date(when)}: Die Verwaltung hat inzwischen eine schriftliche "
            f"Stellungnahme zum Thema {release.topic.label} angekündigt."
        )
        return replace(release, paragraphs=(note + " " + release.paragraphs[0], *release.paragraphs[1:]))
