"""Datelines: ``Oberhausen/Metropole Ruhr (idr).``, ``Essen (dpa).``, ``KLEVE –`` at the body start.

Why: the dateline tells where the news comes from and which service distributed it (the RVR's
releases go out through the idr); syndicated copies keep it, so it helps to group them. We are
conservative: a bare ``Kleve.`` opening a sentence is not a dateline, only a place followed by an
agency in parentheses, or an upper-case place (optionally with a date) followed by a dash.
"""

from __future__ import annotations

import re

_PLACE = r"[A-ZÄÖÜ][\w'’.-]*(?:(?:\s|/|\s/\s)(?:an der |am |im |in der )?[A-ZÄÖÜ][\w'’.-]*){0,3}"
_KNOWN_AGENCIES = {"AFP", "AP", "KNA", "EPD", "DPA", "OTS", "IDR", "DDP", "DAPD", "EB", "PM"}
_WITH_AGENCY = re.compile(
    rf"^(?P<place>{_PLACE})\s*\((?P<agency>[A-Za-z]{{2,6}}(?:/[A-Za-z]{{2,6}})*)\)\s*[.:,–—-]"
)
_CAPS_DASH = re.compile(
    r"^(?P<place>[A-ZÄÖÜ]{2,}(?:[ /-][A-ZÄÖÜ]{2,}){0,3})"
    r"(?:\s*,\s*(?:den\s+)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-Za-zä]+)\s?\d{2,4})?\s*[–—-]\s+\S"
)
_PLACE_DATE_DASH = re.compile(
    rf"^(?P<place>{_PLACE}),\s*(?:den\s+)?\d{{1,2}}\.\s?(?:\d{{1,2}}\.|[A-Za-zä]+)\s?\d{{2,4}}\s*[–—-]\s+\S"
)


def _agency_ok(agency: str) -> bool:
    return all(part.islower() or part.upper() in _KNOWN_AGENCIES for part in agency.split("/"))


def _tidy_place(place: str) -> str:
    place = place.strip()
    if place.isupper():  # "KLEVE" → "Kleve", "BEDBURG-HAU" → "Bedburg-Hau"
        return re.sub(r"[A-ZÄÖÜ]+", lambda m: m.group(0).capitalize(), place)
    return place


def find_dateline(text: str) -> tuple[str | None, str | None]:
    """(place, agency) of a dateline at the start of ``text``; (None, None) if there is none."""
    head = text.lstrip()[:160]
    if match := _WITH_AGENCY.match(head):
        if _agency_ok(match["agency"]):
            return _tidy_place(match["place"]), match["agency"]
        return None, None
    if match := _CAPS_DASH.match(head):
        return _tidy_place(match["place"]), None
    if match := _PLACE_DATE_DASH.match(head):
        return _tidy_place(match["place"]), None
    return None, None
