"""The sentences of a release: titles, slugs, leads, details, quotes, invitations, contact lines,
comments — each filled from the phrase lists, and (when strict) never the same twice."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from tests.generators.textbank.model import Org, Person
from tests.generators.textbank.words import (
    COMMITTEES,
    DISTRICTS,
    FEMALE,
    GROUPS,
    MALE,
    MONTHS,
    QUOTES,
    SAYS,
    STREETS,
    SURNAMES,
    TOWNS,
    VENUES,
    Topic,
    german_date,
    slugify,
)


class ReleaseTexts:
    """The text methods of :class:`~tests.generators.textbank.newsroom.Newsroom` (which sets the state)."""

    rng: random.Random
    org: Org
    strict: bool  # titles, slugs and paragraphs never repeat
    people: list[Person]
    _titles: set[str]
    _slugs: set[str]
    _paragraphs: set[str]

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
