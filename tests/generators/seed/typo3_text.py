"""How the TYPO3 seed site writes times and text: Berlin local time without tzdata, the RTE's
links in body text, the tt_news teaser (helpers of ``render_typo3.py``)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

from tests.generators.seed.common import (
    esc,
)

_LINKS = re.compile(
    r"(?P<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?P<web>www\.[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*[\w/])?)"
)


def berlin_offset(moment: datetime) -> timedelta:
    """UTC offset of Europe/Berlin at a naive local time (EU rule), without needing tzdata."""

    def last_sunday(month: int) -> int:
        day = 31
        while datetime(moment.year, month, day).weekday() != 6:
            day -= 1
        return day

    start = datetime(moment.year, 3, last_sunday(3), 2)
    end = datetime(moment.year, 10, last_sunday(10), 3)
    return timedelta(hours=2 if start <= moment < end else 1)


def local_time(article: dict[str, Any]) -> datetime:
    """Publication moment in German local time (``+0100``/``+0200``), as TYPO3 prints it in feeds."""
    naive = datetime.fromisoformat(f"{article['published']}T{article.get('time', '12:00')}")
    return naive.replace(tzinfo=timezone(berlin_offset(naive)))


def linkify(text: str) -> str:
    """Escaped text with e-mail addresses and www. addresses as links, as the TYPO3 RTE writes them."""

    def repl(match: re.Match[str]) -> str:
        if match.group("mail"):
            return f'<a href="mailto:{match.group("mail")}" class="mail">{match.group("mail")}</a>'
        web = match.group("web")
        return f'<a href="http://{web}" target="_blank" class="external-link-new-window">{web}</a>'

    return _LINKS.sub(repl, esc(text))


def teaser_of(paragraphs: list[str]) -> str:
    """The tt_news teaser as the idr fills it: the whole text run together.

    Paragraphs are joined by a space, except that a closing ``Pressekontakt:`` line is glued on
    without one (``…teilnehmen werden.Pressekontakt: …``), exactly as seed 000 shows it.
    """
    if paragraphs[-1].startswith("Pressekontakt:"):
        return " ".join(paragraphs[:-1]) + paragraphs[-1]
    return " ".join(paragraphs)
