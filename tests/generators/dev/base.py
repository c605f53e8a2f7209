"""The base of the development sites: paths and dates, one site's releases in both states,
and the small helpers every site template uses."""

from __future__ import annotations

import email.utils
import html
import random
import re
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from tests.generators.hostwriter import HostBuilder
from tests.generators.layout import SITES as SITES_DIR
from tests.generators.textbank import Newsroom, Org, Release

HOSTS = SITES_DIR / "dev"
HOSTS_CHANGED = SITES_DIR / "dev_changed"
FIRST_DAY = date(2018, 1, 8)
LAST_DAY = date(2020, 5, 29)
NEW_DAYS = (date(2020, 6, 2), date(2020, 6, 3))
EDIT_DAY = date(2020, 6, 2)
HUGE_BYTES = 26 * 1024 * 1024
HUGE_FILE = "_r/huge-haushaltsplan.html"
IGNORED = re.compile(r"(^|/)_r/huge-[^/]*$")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def dmy(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def rfc822(r: Release) -> str:
    moment = datetime(r.published.year, r.published.month, r.published.day, r.hour, r.minute, tzinfo=UTC)
    return email.utils.format_datetime(moment)


class Site:
    """One generated website: its releases in both states and how to render them."""

    host: ClassVar[str] = ""
    template: ClassVar[str] = ""
    org: ClassVar[Org]
    count: int = 30  # a class default; an instance may be given its own
    removed_status: ClassVar[int] = 404
    encoding: ClassVar[str] = "utf-8"
    content_types: ClassVar[dict[str, str]] = {}
    uid_start: ClassVar[int] = 1

    def __init__(self, count: int | None = None, strict: bool = True) -> None:
        self.count = count or type(self).count
        rng = random.Random(f"pressarchive-sites/{self.host}")
        self.rng = rng
        self.news = Newsroom(rng, self.org, strict=strict)
        first = FIRST_DAY if strict else date(2005, 1, 1)
        self.base = self.news.releases(self.count, first, LAST_DAY, uid_start=self.uid_start)
        uid = self.base[-1].uid + 7
        self.added = [self.news.release(self.count + k, uid + 3 * k, NEW_DAYS[k]) for k in range(2)]
        self.edited_index = self.count - 2
        self.removed_index = self.count - 4
        self.edited = self.news.edited(self.base[self.edited_index], EDIT_DAY)

    def releases(self, changed: bool) -> list[Release]:
        """Oldest first."""
        if not changed:
            return list(self.base)
        out = [self.edited if r.index == self.edited_index else r for r in self.base]
        return [r for r in out if r.index != self.removed_index] + self.added

    def build(self, changed: bool) -> HostBuilder:
        out = HostBuilder(self.host, encoding=self.encoding, content_types=dict(self.content_types))
        out.truth = {
            "host": self.host,
            "start_url": out.url("/"),
            "template": self.template,
            "organisation": self.org.name,
            "encoding": self.encoding,
            "announcements": [],
            "non_announcements": [],
            "variants": {},
            "disallowed": [],
            "boilerplate": [],
            "traps": [],
            "special": {},
        }
        self.render(out, self.releases(changed), changed)
        truth = out.truth
        truth["announcements"].sort(key=lambda a: (a["published"], a["url"]))
        truth["non_announcements"] = sorted(set(truth["non_announcements"]))
        if changed:
            removed = self.base[self.removed_index]
            truth["changes"] = {
                "edited": self.url_of(out, self.edited),
                "removed": {self.url_of(out, removed): self.removed_status},
                "added": [self.url_of(out, r) for r in self.added],
            }
        self.check(out)
        return out

    # -- to implement per template ---------------------------------------------------------
    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        raise NotImplementedError

    def url_of(self, out: HostBuilder, release: Release) -> str:
        raise NotImplementedError

    # -- helpers ---------------------------------------------------------------------------
    def announce(self, out: HostBuilder, release: Release, absent: list[str] | None = None) -> None:
        out.truth["announcements"].append(
            {
                "url": self.url_of(out, release),
                "title": release.title,
                "published": release.published.isoformat(),
                "paragraphs": list(release.paragraphs),
                "absent": sorted(set(absent or [])),
            }
        )

    def check(self, out: HostBuilder) -> None:
        """The truth must be self-consistent: no boilerplate string inside a true body."""
        for item in out.truth["announcements"]:
            body = "\n\n".join(item["paragraphs"])
            for needle in out.truth["boilerplate"] + item["absent"]:
                if needle in body:
                    raise AssertionError(f"{item['url']}: {needle!r} is both body and boilerplate")

    @staticmethod
    def pages(items: list[Any], per_page: int) -> list[list[Any]]:
        return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]
