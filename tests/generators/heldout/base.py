"""The base of the held-out sites: Berlin local time, digests, and :class:`HeldoutSite`."""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import ClassVar
from zoneinfo import ZoneInfo

from tests.generators.dev.base import Site, attr, esc
from tests.generators.hostwriter import HostBuilder
from tests.generators.layout import SITES as SITES_DIR
from tests.generators.textbank import Newsroom, Release, german_date

HELDOUT = SITES_DIR / "heldout"
BERLIN = ZoneInfo("Europe/Berlin")


def local_moment(r: Release) -> datetime:
    return datetime(r.published.year, r.published.month, r.published.day, r.hour, r.minute, tzinfo=BERLIN)


def iso_local(moment: datetime) -> str:
    """``2024-03-05T10:15:00+01:00`` (ISO 8601 with the Berlin offset of that day)."""
    return moment.isoformat(timespec="seconds")


def iso_utc(moment: datetime) -> str:
    """``2024-03-05T09:15:00Z``: how Drupal's timestamp formatter writes ``<time datetime>``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def digest(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


class HeldoutSite(Site):
    """One held-out site: the releases of one state only (no second night)."""

    first_day: ClassVar[date]
    last_day: ClassVar[date]

    def __init__(self) -> None:  # deliberately not Site.__init__: own dates, no changed state
        self.count = type(self).count
        self.rng = random.Random(f"pressarchive-heldout/{self.host}")
        self.news = Newsroom(self.rng, self.org)
        self.base = self.news.releases(self.count, self.first_day, self.last_day, uid_start=self.uid_start)
        self.prepare()

    def prepare(self) -> None:
        """Per-site derived data (numbers, cross references), deterministic from ``self.rng``."""

    def releases(self, changed: bool = False) -> list[Release]:
        return list(self.base)

    def build(self, changed: bool = False) -> HostBuilder:
        return super().build(changed=False)

    def cross_reference(self, index: int, older: Release) -> str:
        """A paragraph pointing back to an older release (its title quoted, linked on the page)."""
        return (
            f"Bereits am {german_date(older.published)} hatte {self.org.subject[0].lower()}"
            f"{self.org.subject[1:]} dazu Stellung genommen (siehe „{older.title}“)."
        )

    def with_cross_references(self, indexes: tuple[int, ...]) -> dict[int, Release]:
        """Append a cross reference to the releases at ``indexes``; returns index → referenced."""
        refs: dict[int, Release] = {}
        out = []
        for r in self.base:
            if r.index in indexes and r.index >= 3:
                older = self.base[r.index - 1 - r.index % 3]
                refs[r.index] = older
                r = replace(r, paragraphs=(*r.paragraphs, self.cross_reference(r.index, older)))
            out.append(r)
        self.base = out
        return refs

    @staticmethod
    def linked_paragraph(paragraph: str, older: Release, href: str) -> str:
        quoted = esc(f"„{older.title}“")
        return esc(paragraph).replace(quoted, f'<a href="{attr(href)}">{quoted}</a>')
