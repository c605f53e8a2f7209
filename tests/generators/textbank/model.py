"""Who writes and what: a person, an organisation, one release as the generator knows it (the truth)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tests.generators.textbank.words import Topic


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
