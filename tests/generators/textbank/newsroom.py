"""The seeded text factory behind the generated replica sites: a :class:`Newsroom` per site.

Everything here is deterministic given a :class:`random.Random`: the same seed yields the same
people, titles and paragraphs, so the generators reproduce the committed sites byte for byte.
Texts read like the press releases of local parties, council factions, city press offices and
associations: a demand or a decision, numbers, a quote with the speaker's role, sometimes an
invitation with date, time and venue, sometimes a contact line."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.generators.textbank.model import Org, Person, Release
from tests.generators.textbank.texts import ReleaseTexts
from tests.generators.textbank.words import FEMALE, MALE, PHOTOGRAPHERS, SURNAMES, TOPICS, german_date


class Newsroom(ReleaseTexts):
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
