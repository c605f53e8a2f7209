"""Event details (*Termin*) from German running text: date, time, venue, address.

Why: a large share of regional political announcements are invitations — "lädt … am Donnerstag,
02. Juli 2015, von 18:00 bis 20:00 Uhr, in das Foyer der Stadthalle Kleve, Lohstätte 7, … ein".
No peer tool stores the event apart from the publication date. We only report an event when the
sentence with the date invites or announces (einladen, findet … statt, Veranstaltung, Termin,
diskutieren, Sitzung…) and the date is not before publication: a past date mentioned in passing
("verhinderten Mitte März 2015 …") is not an event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from crawler.extraction.german_dates import DateMention, TimeMention, find_dates, find_times, parse_date_value
from crawler.extraction.jsonld import types_of
from crawler.extraction.sentences import sentences
from crawler.items import Event

TRIGGER = re.compile(
    r"\b(?:lädt|laden|lud|einlad\w*|eingeladen|Einladung|findet|finden|stattfinden|statt\b|veranstalt\w*|"
    r"Veranstaltung\w*|\w*veranstaltung\w*|Termin\w*|diskutier\w*|Diskussion\w*|\w*diskussion\b|Sitzung\w*|"
    r"\w*sitzung\b|\w*versammlung\w*|Vortrag|Vortrags|Infostand|Informationsstand|\w*sprechstunde\w*|"
    r"Stammtisch\w*|Treffen|trifft sich|treffen sich|Empfang|\w*fest\b|Feier\w*|Workshop\w*|Seminar\w*|"
    r"\w*konferenz\w*|Tagung|\w*gespräch\w*|Anmeldung\w*|\w*dialog\b|Frühschoppen|Besichtigung|Exkursion|"
    r"Radtour|Wanderung|Kundgebung|Demonstration|Mahnwache|informiert|spricht|referiert|Lesung|Forum)\b",
    re.I,
)
_CAP = r"[A-ZÄÖÜ][\w'’.&-]*"
_CONNECT = r"(?:der|des|dem|den|im|am|zum|zur|von|vom|in|an der|auf dem|für|und|beim)"
_VENUE = rf"{_CAP}(?:\s+(?:{_CONNECT}\s+)?{_CAP}){{0,6}}"
_VENUE_INTRO = re.compile(
    rf"(?:^|[\s,])(?P<intro>in\s+(?:das|die|den|der|dem)|ins|im|in|auf\s+(?:dem|den|der|das)|beim|bei\s+der|vor\s+dem|"
    rf"vor\s+der)\s+(?P<venue>{_VENUE})"
)
_ADDRESS = re.compile(
    r"^\s*,\s*(?P<street>[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,2}\s+\d{1,4}\s?[a-z]?(?:\s*-\s*\d{1,4})?)"
    r"(?:\s*,\s*(?P<zip>\d{5})?\s*(?P<city>[A-ZÄÖÜ][\w-]+)(?=[\s,.]))?"
)
_PLACE_NOUN = re.compile(
    r"(?:halle|saal|säle|foyer|haus|rathaus|gaststätte|restaurant|hotel|zentrum|center|forum|kirche|aula|"
    r"schule|museum|bibliothek|bücherei|raum|räume|café|cafe|kneipe|park|platz|treff|zelt|hof|mensa|arena|"
    r"theater|kino|pavillon|scheune|mühle|gasthof|gasthaus|brauhaus|stube|keller|büro|geschäftsstelle|"
    r"markt|kreishaus|bahnhof|stadion|garten|ufer|stätte|werk|zeche|villa|schloss|burg|bad)\b",
    re.I,
)
_NOT_VENUE = re.compile(
    r"^(?:Kreis|Land|Bund|Rahmen|Zusammenarbeit|Anschluss|Vorfeld|Namen|Auftrag|Jahr|Monat)\b"
)


@dataclass
class _Candidate:
    sentence: str
    offset: int
    mention: DateMention
    day: date


def _trigger_near(sentence: str, mention: DateMention) -> bool:
    return bool(TRIGGER.search(sentence))


def _candidates(text: str, published: date | None) -> Iterable[_Candidate]:
    for offset, sentence in sentences(text):
        for mention in find_dates(sentence):
            if published is not None:
                day = mention.resolve_after(published)
                if day is None or day < published or day > published + timedelta(days=550):
                    continue
            elif mention.year:
                day = mention.resolve()
                if day is None:
                    continue
            else:
                continue
            if _trigger_near(sentence, mention):
                yield _Candidate(sentence, offset, mention, day)


def _time_for(candidate: _Candidate, text: str) -> TimeMention | None:
    after = [t for t in find_times(candidate.sentence) if t.start >= candidate.mention.start]
    if after:
        return after[0]
    inside = list(find_times(candidate.sentence))
    if inside:
        return inside[0]
    for _, sentence in sentences(text[candidate.offset + len(candidate.sentence) :]):
        for mention in find_times(sentence):
            if mention.finish or mention.prep in ("um", "ab", "beginn", "beginn um", "einlass"):
                return mention
    return None


def _venue_in(fragment: str, require_place_noun: bool) -> tuple[str | None, str | None]:
    for match in _VENUE_INTRO.finditer(fragment):
        venue = match["venue"].rstrip(".,")
        # dates and times are not places: "am Mittwoch", "in der Zeit"
        if _NOT_VENUE.match(venue) or re.match(
            r"^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)", venue
        ):
            continue
        if require_place_noun and not _PLACE_NOUN.search(venue):
            continue
        address = None
        city = re.search(r"\s+in\s+(?P<city>[A-ZÄÖÜ][\w-]+)$", venue)
        if city and _PLACE_NOUN.search(venue[: city.start()]):
            venue, address = venue[: city.start()], city["city"]
        elif (tail := _ADDRESS.match(fragment[match.end() :])) is not None:
            address = tail["street"]
            if tail["city"]:
                address += ", " + " ".join(p for p in (tail["zip"], tail["city"]) if p)
        return venue, address
    return None, None


def _iso(day: date, clock: str | None) -> str:
    return f"{day.isoformat()}T{clock}" if clock else day.isoformat()


def find_event(title: str | None, text: str, published: date | None) -> Event | None:
    """The event the text invites to, or None when it announces nothing datable."""
    candidates = list(_candidates(text, published)) or list(_candidates(title or "", published))
    if not candidates:
        return None
    best = candidates[0]
    time = _time_for(best, text)
    rest = best.sentence[best.mention.end :]
    if time and time.start >= best.mention.end:
        rest = best.sentence[time.end :] if time.start - best.mention.end < 40 else rest
    venue, address = _venue_in(rest, require_place_noun=False)
    if venue is None:
        venue, address = _venue_in(best.sentence, require_place_noun=True)
    return Event(
        start=_iso(best.day, time.begin if time else None),
        end=_iso(best.day, time.finish) if time and time.finish else None,
        venue=venue,
        address=address,
    )


def event_from_jsonld(objects: list[dict[str, Any]]) -> Event | None:
    """A schema.org Event on the page (WordPress event plugins write one)."""
    for obj in objects:
        if not any(t.endswith("event") for t in types_of(obj)) or not obj.get("startDate"):
            continue
        start, end = str(obj.get("startDate")), obj.get("endDate")
        location = obj.get("location")
        venue = address = None
        if isinstance(location, dict):
            venue = location.get("name")
            raw = location.get("address")
            if isinstance(raw, dict):
                parts = [
                    raw.get("streetAddress"),
                    " ".join(filter(None, [raw.get("postalCode"), raw.get("addressLocality")])),
                ]
                address = ", ".join(p for p in parts if p) or None
            elif isinstance(raw, str):
                address = raw
        return Event(
            start=_clock_iso(start), end=_clock_iso(str(end)) if end else None, venue=venue, address=address
        )
    return None


def _clock_iso(value: str) -> str | None:
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", value.strip())
    if match:
        return match.group(1) + (f"T{match.group(2)}" if match.group(2) else "")
    parsed = parse_date_value(value)
    return parsed.isoformat() if parsed else None
