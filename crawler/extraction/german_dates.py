"""German date and time expressions: ``27.11.2019``, ``23.06.``, ``2. Juli 2015``,
``Mittwoch, 27. November``, ``von 18:00 bis 20:00 Uhr``, ``ab 19 Uhr``, ``19.30 Uhr``.

Why our own parser: ``dateparser`` is slow and eager (it happily reads "Mai" in a sentence as a
date), htmldate only looks for publication dates. Publication dates, listing dates and event dates
all need the same small grammar, with the year optional and supplied by context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "maerz": 3,
    "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
_WEEKDAY_INDEX = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)"
_WEEKDAY_PREFIX = rf"(?:(?P<wd>{WEEKDAYS})\.?,?\s+(?:den\s+)?)?"

NAMED_DATE = re.compile(
    _WEEKDAY_PREFIX
    + rf"(?<![\d.])(?P<d>[0-3]?\d)\.\s*(?P<mname>{_MONTH_ALT})\b\.?(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
    re.I,
)
NUMERIC_DATE = re.compile(
    _WEEKDAY_PREFIX
    + r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.(?:\s?(?P<y>(?:19|20)\d\d|\d\d)(?![\d.]))?(?!\d)"
)
# The same patterns without the weekday prefix, and the prefix on its own (anchored at the end of
# the text before a date). Scanning for the date first and then looking back for a weekday finds
# exactly the matches of the full patterns, but the scan can jump from digit to digit instead of
# trying the weekday alternatives at every character.
_NAMED_CORE = re.compile(
    rf"(?<![\d.])(?P<d>[0-3]?\d)\.\s*(?P<mname>{_MONTH_ALT})\b\.?(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", re.I
)
_NUMERIC_CORE = re.compile(
    r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.(?:\s?(?P<y>(?:19|20)\d\d|\d\d)(?![\d.]))?(?!\d)"
)
_PREFIX_NAMED = re.compile(rf"(?P<wd>{WEEKDAYS})\.?,?\s+(?:den\s+)?\Z", re.I)
_PREFIX_NUMERIC = re.compile(rf"(?P<wd>{WEEKDAYS})\.?,?\s+(?:den\s+)?\Z")
_PREFIX_WINDOW = 64  # a weekday prefix has at most 15 characters besides white space
_NAMED_HINT = re.compile(r"\d\.\s*[A-Za-zÄä]")
# A listing entry or title that starts with its date: ``23.06.: Sozialkonferenz``, ``1.2.2019: …``
# (yearly archive pages of WebSoziCMS sites; the year comes from the page's heading).
DATE_PREFIX = re.compile(r"^\s*(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)?\d\d)?\s*:\s*")
HAS_DATE_DIGITS = re.compile(r"\d\.|\d{4}-\d")  # cheap pre-check: most sentences have no date
ISO_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")

_TIME = r"(?P<{h}>[0-2]?\d)(?:[:.](?P<{mi}>[0-5]\d))?"
TIME_RANGE = re.compile(
    r"(?:\bvon\s+)?"
    + _TIME.format(h="h1", mi="m1")
    + r"\s*(?:Uhr\s*)?(?:bis|-|–|—)\s*(?:ca\.\s*)?"
    + _TIME.format(h="h2", mi="m2")
    + r"\s*Uhr\b",
    re.I,
)
TIME_SINGLE = re.compile(
    r"(?:\b(?P<prep>um|ab|gegen|Beginn(?::|\s+um)?|Einlass(?::|\s+um)?)\s+)?"
    + _TIME.format(h="h1", mi="m1")
    + r"\s*Uhr\b",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text; ``year`` is None when the text gives none."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: str | None = None

    def resolve(self, year: int | None = None) -> date | None:
        """The calendar date, with ``year`` for year-less mentions; None if impossible."""
        return make_date(self.year or year, self.month, self.day)

    def resolve_after(self, reference: date) -> date | None:
        """Year-less mention → the next such date on/after ``reference`` (events after publication)."""
        if self.year:
            return self.resolve()
        options = [make_date(y, self.month, self.day) for y in (reference.year, reference.year + 1)]
        later = [d for d in options if d and d >= reference]
        if self.weekday:  # "Mittwoch, 27. November": prefer the year in which that day is a Wednesday
            key = "sa" if self.weekday.lower().startswith("sonnab") else self.weekday.lower()[:2]
            matching = [d for d in later if _WEEKDAY_INDEX.get(key) == d.weekday()]
            if matching:
                return matching[0]
        return later[0] if later else None


@dataclass(frozen=True)
class TimeMention:
    """A clock time or range: ``von 18:00 bis 20:00 Uhr`` → ("18:00", "20:00")."""

    start: int
    end: int
    begin: str
    finish: str | None = None
    prep: str | None = None


def make_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    if year < 100:
        year += 2000 if year <= (date.today().year % 100) + 1 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> Iterator[DateMention]:
    """All date mentions in ``text`` in order of appearance (named, numeric and ISO forms)."""
    if not HAS_DATE_DIGITS.search(text):
        return
    found: list[DateMention] = []
    if _NAMED_HINT.search(text):
        for match, start, weekday in _with_weekdays(_NAMED_CORE, _PREFIX_NAMED, text):
            found.append(
                DateMention(
                    start,
                    match.end(),
                    int(match["d"]),
                    MONTHS[match["mname"].lower()],
                    int(match["y"]) if match["y"] else None,
                    weekday,
                )
            )
    for match, start, weekday in _with_weekdays(_NUMERIC_CORE, _PREFIX_NUMERIC, text):
        month = int(match["m"])
        if 1 <= month <= 12:
            year = int(match["y"]) if match["y"] else None
            found.append(DateMention(start, match.end(), int(match["d"]), month, year, weekday))
    for match in ISO_DATE.finditer(text):
        found.append(
            DateMention(match.start(), match.end(), int(match["d"]), int(match["m"]), int(match["y"]))
        )
    found.sort(key=lambda m: (m.start, -m.end))
    last_end = -1
    for mention in found:
        if mention.start >= last_end and 1 <= mention.day <= 31:
            last_end = mention.end
            yield mention


def _with_weekdays(
    core: re.Pattern[str], prefix: re.Pattern[str], text: str
) -> Iterator[tuple[re.Match[str], int, str | None]]:
    """The matches of ``prefix + core`` as (core match, start, weekday): each date, and the weekday
    written right before it if one is (never reaching back into the previous date)."""
    previous_end = 0
    for match in core.finditer(text):
        start, weekday = match.start(), None
        if start - previous_end >= 3:  # "Mo " at least
            low = max(previous_end, start - _PREFIX_WINDOW)
            if low > previous_end and len("".join(text[low:start].split())) <= 15:
                low = previous_end  # a long run of white space: the prefix may begin further back
            if (before := prefix.search(text, low, start)) is not None:
                start, weekday = before.start(), before["wd"]
        previous_end = match.end()
        yield match, start, weekday


def first_date(text: str, year: int | None = None) -> date | None:
    """The first complete date in ``text`` (year-less ones completed with ``year``)."""
    for mention in find_dates(text):
        resolved = mention.resolve(year)
        if resolved:
            return resolved
    return None


def _clock(hour: str, minute: str | None) -> str | None:
    h, m = int(hour), int(minute or 0)
    if h > 24 or m > 59 or (h == 24 and m):
        return None
    return f"{h % 24:02d}:{m:02d}"


def find_times(text: str) -> Iterator[TimeMention]:
    """Clock times and ranges that carry ``Uhr`` (a bare ``19.30`` is too ambiguous)."""
    taken: list[tuple[int, int]] = []
    for match in TIME_RANGE.finditer(text):
        begin, finish = _clock(match["h1"], match["m1"]), _clock(match["h2"], match["m2"])
        if begin and finish:
            taken.append((match.start(), match.end()))
            yield TimeMention(match.start(), match.end(), begin, finish)
    for match in TIME_SINGLE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        begin = _clock(match["h1"], match["m1"])
        if begin:
            yield TimeMention(match.start(), match.end(), begin, None, (match["prep"] or "").lower() or None)


def parse_date_value(value: str | None) -> date | None:
    """A machine-readable date (meta content, JSON-LD, ``datetime`` attribute, RSS pubDate).

    ISO timestamps with a zone are converted to Berlin time first: ``2019-11-26T23:30:00Z`` was
    published on the 27th for the readers of a German site.
    """
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        try:
            stamp = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            match = ISO_DATE.match(value)
            return make_date(int(match["y"]), int(match["m"]), int(match["d"])) if match else None
        return _berlin(stamp)
    if re.match(r"^\d{4}/\d{1,2}/\d{1,2}", value):
        y, m, d = (int(p) for p in re.findall(r"\d+", value)[:3])
        return make_date(y, m, d)
    if re.match(r"^[A-Za-z]{3},?\s+\d", value):
        try:
            return _berlin(parsedate_to_datetime(value))
        except (TypeError, ValueError, IndexError):
            return None
    if re.match(r"^\d{8}$", value):
        return make_date(int(value[:4]), int(value[4:6]), int(value[6:]))
    return first_date(value)


def _berlin(stamp: datetime) -> date:
    if stamp.tzinfo is None:
        return stamp.date()
    try:
        from zoneinfo import ZoneInfo

        return stamp.astimezone(ZoneInfo("Europe/Berlin")).date()
    except Exception:  # no tz database: CET is close enough for a date
        return (stamp - (stamp.utcoffset() or timedelta()) + timedelta(hours=1)).date()
