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

from crawler.extraction.german_dates import (
    HAS_DATE_DIGITS,
    DateMention,
    TimeMention,
    find_dates,
    find_times,
    parse_date_value,
)
from crawler.extraction.jsonld import types_of
from crawler.extraction.sentences import sentences
from crawler.items import Event

TRIGGER = re.compile(  # substrings, no word boundaries: "einlädt", "Fachtagung", "Bürgersprechstunde"
    r"(?:lädt|laden|einlad|Einladung|veranstalt|diskussion|diskutier|sitzung|versammlung|sprechstunde|"
    r"stammtisch|konferenz|tagung|gespräch|dialog|messe|fest\b|feier|eröffnung|empfang|workshop|seminar|"
    r"vortrag|lesung|forum|gipfel|treffen|trifft|führung|rundgang|besichtigung|exkursion|wanderung|radtour|"
    r"kundgebung|demonstration|mahnwache|infostand|informationsstand|termin|findet|stattfinden|beginnt|"
    r"startet|öffnet|Los geht|Eintritt|informiert|referiert|spricht|ausstellung|zu sehen)",
    re.I,
)
_STRONG = re.compile(
    r"lädt|laden|einlad|Einladung|eingeladen|findet|stattfinden|veranstaltung|ausstellung|Termin|"
    r"Los geht|Eintritt|öffnet|eröffnung|\bzu sehen\b|\bstatt\b",
    re.I,
)
_DEADLINE = re.compile(
    r"(?:\bbis\s+(?:zum\s+|spätestens\s+|einschließlich\s+|einschl\.\s+)?|Anmeldeschluss\s*:?\s*|Frist\s*:?\s*)$",
    re.I,
)
_NOT_A_VENUE = re.compile(r"^(?:Internet|Netz|Web|Livestream|Stream|Video|Zoom|Online)$", re.I)
_FIELD = re.compile(
    r"^(?P<label>Datum|Wann|Termin|Uhrzeit|Zeit|Beginn|Ort|Wo|Veranstaltungsort|Treffpunkt|Adresse)\s*:\s*(?P<value>.+)$",
    re.I | re.M,
)
_STREET = re.compile(
    r"^[A-ZÄÖÜ][\w.'’ -]*?(?:straße|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt|stätte|chaussee|"
    r"promenade|"
    r"wall|graben|steig|pfad|berg|feld|kamp|tor|brücke|hof|park|bogen|zeile|gang)\s+\d{1,4}\s?[a-z]?(?:\s*-\s*\d{1,4})?$",
    re.I,
)
_PARTS = re.compile(r"(?:\s*[,(]\s*(?:[A-ZÄÖÜ„]|\d{5}\s)[^,.;()]{0,60}\)?)+")
_HOUSE_NUMBER = re.compile(r"^[A-ZÄÖÜ][\w.'’ -]*\s\d{1,4}\s?[a-z]?(?:\s*-\s*\d{1,4})?$")
_ROOM = re.compile(
    r"(?:raum|räume|saal|zimmer|etage|halle|gebäude|stock|ebene|block|trakt|geschoss|tisch)\s", re.I
)
_ZIP_CITY = re.compile(r"^\d{5}\s+[A-ZÄÖÜ][\w .-]+$")
_CAP = r"(?:[A-ZÄÖÜ][\w'’.&-]*|„[^“”\n]{1,40}[“”])"
_CONNECT = r"(?:der|des|dem|den|im|am|zum|zur|von|vom|in|an der|auf dem|für|und|beim)"
_VENUE = rf"{_CAP}(?:\s+(?:{_CONNECT}\s+)?{_CAP}){{0,6}}"
_VENUE_INTRO = re.compile(
    rf"(?:^|[\s,])(?P<intro>in\s+(?:das|die|den|der|dem)|ins|im|in|auf\s+(?:dem|den|der|das)|beim|bei\s+der|vor\s+dem|"
    rf"vor\s+der|an\s+der|an\s+dem|am)\s+(?P<venue>{_VENUE})"
)
_ADDRESS = re.compile(
    r"^\s*(?:,|\()\s*(?P<street>[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,2}\s+\d{1,4}\s?[a-z]?(?:\s*-\s*\d{1,4})?)"
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
    """The sentence invites/announces, or gives a clock time right after the date (a *Termin*)."""
    if TRIGGER.search(sentence):
        return True
    return any(0 <= t.start - mention.end < 40 for t in find_times(sentence))


def _concrete(sentence: str, mention: DateMention) -> bool:
    """An invitation word, a clock time or a place: "für die Sitzung des Kreisausschusses am
    5. Februar" (a decision date) and "die Kreistagswahl am 13. September" are not events."""
    if _STRONG.search(sentence) or any(True for _ in find_times(sentence)):
        return True
    venue, _ = _venue_in(sentence[mention.end :], require_place_noun=True)
    return venue is not None


def _candidates(text: str, published: date | None) -> Iterable[_Candidate]:
    if not HAS_DATE_DIGITS.search(text):
        return  # no date anywhere: no sentence to split
    for offset, sentence in sentences(text):
        for mention in find_dates(sentence):
            if _DEADLINE.search(sentence[max(0, mention.start - 25) : mention.start]):
                continue  # "Anmeldung bis 14. September" is a deadline, not the event
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
            if _trigger_near(sentence, mention) and _concrete(sentence, mention):
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
        if _NOT_A_VENUE.match(venue):
            continue
        words = venue.split()
        if len(words) >= 3 and words[1][0].isupper() and _PLACE_NOUN.search(" ".join(words[1:3])):
            venue = " ".join(words[1:])  # "Besucherzentrum Haus Ripshorst" → the named place
        address = None
        city = re.search(r"\s+in\s+(?P<city>[A-ZÄÖÜ][\w-]+(?:\s+(?:an der|am|im)\s+[A-ZÄÖÜ][\w-]+)?)$", venue)
        parts = _PARTS.match(fragment[match.end() :])
        if city:  # "Halde Haniel in Bottrop", "Hochschule Ruhr West in Mülheim an der Ruhr"
            venue, address = venue[: city.start()], city["city"]
        elif parts and parts.group(0).strip(" ,("):
            # "Kreishaus Kleve, Großer Sitzungssaal, Nassauerallee 15-23, 47533 Kleve"
            full_venue, full_address = split_place(venue + ", " + parts.group(0).strip(" ,()"))
            if full_address:
                venue, address = full_venue or venue, full_address
        return venue, address
    return None, None


def _multi_day(best: _Candidate, end_day: date, end_at: int) -> Event:
    """ "vom 13. November, 10 Uhr, bis zum 14. November, 15 Uhr, in der Stadthalle …"."""
    times = list(find_times(best.sentence))
    begin = next((t.begin for t in times if best.mention.end <= t.start < end_at), None)
    after = [t for t in times if t.start >= end_at]
    finish = after[0].begin if after else None
    rest = best.sentence[after[0].end :] if after else best.sentence[end_at:]
    venue, address = _venue_in(rest, require_place_noun=False)
    return Event(start=_iso(best.day, begin), end=_iso(end_day, finish), venue=venue, address=address)


def _end_iso(day: date, begin: str | None, finish: str | None) -> str | None:
    """The end of a same-day range; "18 bis 2 Uhr" ends on the next day."""
    if not finish:
        return None
    if begin and finish < begin:
        day = day + timedelta(days=1)
    return _iso(day, finish)


def _iso(day: date, clock: str | None) -> str:
    return f"{day.isoformat()}T{clock}" if clock else day.isoformat()


def split_place(value: str) -> tuple[str | None, str | None]:
    """ "Stadthaus Rheinberg, Sitzungsraum 2, Kirchplatz 10, 47495 Rheinberg" → venue, address."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    for index, part in enumerate(parts):
        if _STREET.match(part) or (
            index + 1 < len(parts) and _ZIP_CITY.match(parts[index + 1]) and index > 0
        ):
            return ", ".join(parts[:index]) or None, ", ".join(parts[index:])
        if _ZIP_CITY.match(part) and index > 0:
            return ", ".join(parts[:index]) or None, ", ".join(parts[index:])
    for index, part in enumerate(parts[1:], start=1):  # "Kastell 5b": a street without a street word
        if _HOUSE_NUMBER.match(part) and not _ROOM.search(part):
            return ", ".join(parts[:index]), ", ".join(parts[index:])
    return value.strip() or None, None


def _from_fields(text: str, published: date | None) -> Event | None:
    """Labelled event details: "Datum: Montag, 2. Dezember 2019" / "Uhrzeit: …" / "Ort: …"."""
    fields: dict[str, str] = {}
    for match in _FIELD.finditer(text):
        key = match["label"].lower()
        key = {"wann": "datum", "termin": "datum", "zeit": "uhrzeit", "beginn": "uhrzeit"}.get(key, key)
        key = "ort" if key in ("wo", "veranstaltungsort", "treffpunkt", "adresse") else key
        fields.setdefault(key, match["value"].strip())
    if "datum" not in fields:
        return None
    mention = next(find_dates(fields["datum"]), None)
    if mention is None:
        return None
    day = mention.resolve_after(published) if published else mention.resolve()
    if day is None:
        return None
    times = list(find_times(fields.get("uhrzeit", "") or fields["datum"]))
    if not times and (clock := re.match(r"^\s*([0-2]?\d)[:.]([0-5]\d)", fields.get("uhrzeit", ""))):
        times = [TimeMention(0, 0, f"{int(clock.group(1)):02d}:{clock.group(2)}")]
    if "ort" in fields:
        venue, address = split_place(fields["ort"])
    else:  # "Termin: am 2. Juli im Rathaus Goch"
        venue, address = _venue_in(fields["datum"][mention.end :], require_place_noun=False)
    begin = times[0].begin if times else None
    finish = times[0].finish if times else None
    return Event(
        start=_iso(day, begin), end=_iso(day, finish) if finish else None, venue=venue, address=address
    )


def _end_day(candidate: _Candidate) -> tuple[date | None, int]:
    """A second date after "bis (zum)" in the same sentence: the last day of a multi-day event."""
    for mention in find_dates(candidate.sentence[candidate.mention.end :]):
        before = candidate.sentence[candidate.mention.end : candidate.mention.end + mention.start]
        if re.search(r"\bbis\s+(?:zum\s+)?(?:\w+,\s+)?$", before) or re.search(
            r"\bbis\s+(?:zum\s+)?$", before
        ):
            day = mention.resolve_after(candidate.day)
            if day and day >= candidate.day:
                return day, candidate.mention.end + mention.start
    return None, -1


def find_event(title: str | None, text: str, published: date | None) -> Event | None:
    """The event the text invites to, or None when it announces nothing datable."""
    if (fielded := _from_fields(text, published)) is not None:
        return fielded
    candidates = list(_candidates(text, published)) or list(_candidates(title or "", published))
    if not candidates:
        return None
    best = candidates[0]
    end_day, end_at = _end_day(best)
    if end_day is not None:
        return _multi_day(best, end_day, end_at)
    time = _time_for(best, text)
    rest = best.sentence[best.mention.end :]
    if time and time.start >= best.mention.end:
        rest = best.sentence[time.end :] if time.start - best.mention.end < 40 else rest
    venue, address = _venue_in(rest, require_place_noun=False)
    if venue is None:
        venue, address = _venue_in(best.sentence, require_place_noun=True)
    return Event(
        start=_iso(best.day, time.begin if time else None),
        end=_end_iso(best.day, time.begin, time.finish) if time else None,
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
