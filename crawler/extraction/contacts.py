"""Press contacts: ``Pressekontakt: RVR, Pressestelle, Barbara Klask, Telefon: 0201/2069-201,
E-Mail: klask@rvr.ruhr`` → name, organisation, e-mail, phone in E.164.

Why structured: journalists and analysts want to reach the sender, and the contact line is the
one place where a release names its organisation's press office. Phones are only read where a
label or a contact block says they are phones (a bare "18-20" is a time); e-mail addresses are
unambiguous and are collected anywhere in the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

from crawler.extraction.people import NAME, _plausible
from crawler.items import Contact

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w-])")
_LABEL = re.compile(
    r"(?:Pressekontakt|Presse-Kontakt|Medienkontakt|Kontakt für (?:die )?Medien|Ansprechpartner(?:in)?|"
    r"Ansprechperson|(?:Für )?Rückfragen(?: an)?|Pressestelle|Kontakt|Anmeldung(?:en)?(?: bei| an)?)\s*:\s*",
    re.I,
)
# lower-case words without which _LABEL cannot match (a cheap test before scanning every paragraph)
_LABEL_WORDS = ("kontakt", "ansprech", "rückfrage", "pressestelle", "anmeldung")
_PHONE_LABEL = re.compile(r"^(?:Telefon|Tel\.?|Fon|Phone|Mobil|Handy|Mobiltelefon|T\.)\s*:?\s*", re.I)
_EMAIL_LABEL = re.compile(r"^(?:E-?Mail|Mail|email|E\.)\s*:?\s*", re.I)
_SKIP_PIECE = re.compile(
    r"^(?:Fax|Telefax|Internet|Web|www\.|https?://)|\d{5}\s+[A-ZÄÖÜ]|straße|str\.|weg\s+\d|platz\s+\d", re.I
)
_LABELLED_PHONE = re.compile(r"\b(?:Telefon|Tel\.|Rufnummer|Hotline)\s*:?\s*(\+?[\d][\d /()-]{5,}\d)")
_NAME_PIECE = re.compile(rf"^(?:(?:Herr|Frau)\s+)?{NAME}$")


def normalise_phone(raw: str) -> str | None:
    """E.164 for a German (or international) number; None if it does not parse as a phone."""
    digits = re.sub(r"[^\d+]", "", raw)
    if len(digits) < 6:
        return None
    try:
        number = phonenumbers.parse(raw, "DE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _pieces(rest: str) -> list[str]:
    return [p.strip(" .;") for p in re.split(r",\s*|\n|\s+[|/–-]\s+|;\s*", rest) if p.strip(" .;")]


def parse_contact(rest: str) -> Contact | None:
    """A contact from the text after a label (or from a whole contact box)."""
    contact = Contact()
    orgs: list[str] = []
    for piece in _pieces(rest):
        if contact.email is None and (email := EMAIL.search(piece)):
            contact.email = email.group(0).rstrip(".").lower()
            continue
        if _PHONE_LABEL.match(piece) or (
            re.fullmatch(r"[+\d][\d /()-]{5,}", piece) and contact.phone is None
        ):
            if contact.phone is None:
                contact.phone = normalise_phone(_PHONE_LABEL.sub("", piece))
            continue
        if _EMAIL_LABEL.match(piece) or _SKIP_PIECE.search(piece):
            continue
        name = _NAME_PIECE.match(piece)
        if contact.name is None and name and _plausible(name["given"], name["surname"]):
            contact.name = re.sub(r"^(?:Herr|Frau)\s+", "", piece)
            continue
        if contact.name is None and len(piece) < 80 and piece[:1].isupper():
            orgs.append(piece)
    contact.organisation = ", ".join(orgs[:3]) or None
    if not (contact.email or contact.phone or contact.name):
        return None
    return contact


def find_contacts(text: str, boxes: Iterable[str] = ()) -> list[Contact]:
    """Labelled contacts in the body, then contact boxes, then bare e-mail addresses."""
    contacts: list[Contact] = []
    low = text.lower()
    labelled = ":" in text and any(word in low for word in _LABEL_WORDS)
    for paragraph in text.split("\n\n") if labelled else ():
        for match in _LABEL.finditer(paragraph):
            if (contact := parse_contact(paragraph[match.end() :])) is not None:
                contacts.append(contact)
            break
    for box in boxes:
        label = _LABEL.search(box)
        if (contact := parse_contact(box[label.end() :] if label else box)) is not None:
            contacts.append(contact)
    phones = {c.phone for c in contacts if c.phone}
    # "Anmeldung unter Telefon 0208/8833-483"
    phone_labelled = "Tel" in text or "Rufnummer" in text or "Hotline" in text
    for match in _LABELLED_PHONE.finditer(text) if phone_labelled else ():
        phone = normalise_phone(match.group(1))
        if phone and phone not in phones:
            phones.add(phone)
            contacts.append(Contact(phone=phone))
    known = {c.email for c in contacts if c.email}
    for match in EMAIL.finditer(text) if "@" in text else ():
        email = match.group(0).rstrip(".").lower()
        if email not in known:
            known.add(email)
            contacts.append(Contact(email=email))
    return _dedupe(contacts)


def _dedupe(contacts: list[Contact]) -> list[Contact]:
    seen: set[tuple[str | None, str | None, str | None]] = set()
    result = []
    for contact in contacts:
        key = (contact.name, contact.email, contact.phone)
        if key not in seen:
            seen.add(key)
            result.append(contact)
    return result
