"""People named with a role: ``Staatssekretär Dr. Markus Kerber aus dem Bundesinnenministerium``,
``Jürgen Franken, Vorsitzender der SPD-Kreistagsfraktion Kleve``.

Why role-anchored: analysts follow office holders across sites and years; a person list that
contains "Stadthalle Kleve" or "Lohstätte" is worse than none. So a name is only taken next to a
role from :mod:`roles` (before it, or after it following a comma), must look like a name (two
capitalised tokens, optional academic titles and particles, no noun endings), and the organisation
is read from the few German constructions that carry it (der/des/im/aus dem/von …).
"""

from __future__ import annotations

import re

from crawler.extraction.roles import ROLE_TOKEN, is_role, role_like
from crawler.items import Person

_TITLES = (
    r"(?:(?:Prof\.|Dr\.(?:\s?(?:med|phil|rer\.\s?nat|jur|h\.\s?c)\.)?|Dr\.-Ing\.|Dipl\.-[A-Z][a-z]+\.)\s+)*"
)
_GIVEN = r"[A-ZÄÖÜ][a-zäöüßéèáàçñëïşğı'’]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàçñëïşğı'’]+)?"
_SURNAME = r"[A-ZÄÖÜ][a-zäöüßéèáàçñëïşğı'’]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàçñëïşğı'’]+)?"
_PARTICLES = r"(?:(?:von|van|de|der|den|zu|vom|ten|ter|da|di|le|la|el|al)\s+){0,2}"
NAME = rf"(?P<titles>{_TITLES})(?P<given>{_GIVEN})\s+(?:[A-Z]\.\s+)?{_PARTICLES}(?P<surname>{_SURNAME})"
_NAME_AFTER = re.compile(rf"^\s+{NAME}(?![\w-])")
_NAME_BEFORE = re.compile(rf"{NAME}(?:\s+\((?:[A-ZÄÖÜ][\w/ ]{{1,20}})\))?,\s+(?:(?:der|die)\s+)?$")
_NOUN_ENDINGS = re.compile(
    r"(?:ung|heit|keit|schaft|tion|sion|tät|ismus|ium|zentrum|halle|straße|str|platz|weg|allee|gasse|"
    r"verband|fraktion|partei|amt|kreis|ring|damm|ufer|stätte|haus|hof|werk|bund|land|verein|rat|tag|"
    r"ministerium|ische|ischen|liche|lichen|ige|igen)$",
    re.I,
)
_NOT_NAMES_TEXT = """
    Herr Frau Herrn Kreis Stadt Land Bund Kommune Gemeinde Rathaus Montag Dienstag
    Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli
    August September Oktober November Dezember Sehr Liebe Lieber Die Der Das Den
    Dem Des Ein Eine Einen Und Oder Aber Mit Bei Auch Wir
    Sie Er Es Ihr Im Am In Zum Zur Vom Von Nach
    Vor Über Unter Für Gegen Ohne Durch Heute Morgen Gestern Deutschland Europa
    Nordrhein Westfalen Bayern Berlin Bundesrepublik Staatssekretär Minister Landrat
    Gast Gäste Bürgerinnen Bürger
    Mitglieder Fraktion Partei Kreistag Stadtrat Rat Landtag Bundestag Kommunale Kommunalen Neue Neuen
    Alte Alten Große Großen Erste Ersten Zweite Herzlich Herzlichen
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_STOP_PHRASES = re.compile(
    r"^\s+(?:im Rahmen|auf Einladung|in Zusammenarbeit|im Gespräch|im Anschluss|in Vertretung)\b"
)
_CAP = r"[A-ZÄÖÜ][\w.'’&-]*"
_ORG_WORD = re.compile(
    rf"^\s+(?P<word>{_CAP}|für|und|der|des|im|in|von|zu|am|an|e\.\s?V\.)(?=[\s,.;:!?)“”\"]|$)"
)
_GENERIC_ROLES = frozenset({"leiter", "leiterin"})
_NAME_AFTER_ORG = re.compile(
    rf"^\s+(?:der|des)\s+(?P<org>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?),\s+{NAME}(?=\s*[,.;:!?“”\"]|\s+[a-zäöü])"
)
_GENITIVE = {"Kreises": "Kreis", "Landes": "Land", "Bundes": "Bund", "Rates": "Rat", "Vereins": "Verein"}


_SURNAME_NOUN_ENDINGS = re.compile(
    r"(?:ung|heit|keit|schaft|tion|sion|tät|ismus|ium|zentrum|halle|straße|verband|fraktion|partei|"
    r"ministerium|ische|ischen|liche|lichen)$",
    re.I,
)


def _nominative(role: str) -> str:
    """ "Fraktionsvorsitzenden" (after "der"/"dem") → "Fraktionsvorsitzende"."""
    if role.endswith(("enden", "neten", "tragten")):
        return role[:-1]
    return role


def _plausible(given: str, surname: str) -> bool:
    """Both tokens look like name parts. Surnames may end like places (Hollweg, Neuhaus, Osthof),
    given names may not."""
    for token, endings in ((given, _NOUN_ENDINGS), (surname, _SURNAME_NOUN_ENDINGS)):
        if token in _NOT_NAMES or token.isupper() or any(ch.isdigit() for ch in token):
            return False
        if endings.search(token.split("-")[-1]) or role_like(token):
            return False
    return True


def _full_name_of(match: re.Match[str]) -> str:
    titles = " ".join(match["titles"].split())
    particles = match.group(0)[match.end("given") : match.start("surname")]
    return " ".join(f"{titles} {match['given']}{particles}{match['surname']}".split())


def _full_name(match: re.Match[str]) -> str:
    return " ".join(match.group(0).split()).rstrip(", ").removesuffix(" der").removesuffix(" die")


def _organisation(after: str) -> tuple[str | None, int]:
    """An organisation at the start of ``after`` (capitalised words and connectors); (org, length)."""
    words: list[str] = []
    pos = 0
    ministry = False
    while len(words) < 14:
        match = _ORG_WORD.match(after[pos:])
        comma = re.match(rf"^,\s+(?P<word>{_CAP})(?=[\s,])", after[pos:]) if ministry else None
        if comma and not role_like(comma["word"]):
            words.append(",")
            words.append(comma["word"])
            pos += comma.end()
            continue
        if not match:
            break
        word = match["word"]
        if word[0].isupper() and words and role_like(word):
            break  # "… Kleve und SPD-Landratskandidat": a second role starts here
        if word[0].isupper() and _STOP_PHRASES.match(after[pos:]):
            break
        words.append(word)
        pos += match.end()
        if word == "für" and words[-2:-1] and words[-2].lower().endswith("ministerium"):
            ministry = True
    while words and not words[-1][0].isupper():  # trailing connectors belong to the next phrase
        words.pop()
    if not words:
        return None, 0
    text = " ".join(words).replace(" ,", ",")
    if text.endswith(".") and not re.search(r"\be\.\s?V\.$", text):
        text = text.rstrip(".")
    consumed = after.find(words[-1], 0, pos + 1) + len(words[-1]) if words else 0
    first, _, rest = text.partition(" ")
    if first in _GENITIVE:
        text = f"{_GENITIVE[first]} {rest}".strip()
    return text, consumed


def _after_role(after: str) -> tuple[str | None, str | None]:
    """(role qualifier, organisation) from the text following a role or a role+name."""
    qualifier = None
    if match := re.match(rf"^\s+für\s+(?P<q>{_CAP})(?=\s+(?:im|beim|des|der|in)\s)", after):
        qualifier = f"für {match['q']}"
        after = after[match.end() :]
    if _STOP_PHRASES.match(after):
        return qualifier, None
    match = re.match(r"^\s+(?:aus\s+(?:dem|der|den)|der|des|im|beim|vom|von\s+der|von\s+dem)(?=\s)", after)
    if match:
        org, _ = _organisation(after[match.end() :])
        return qualifier, org
    if match := re.match(rf"^\s+(?:aus|von|in)\s+(?P<place>{_CAP})(?=[\s,.;:!?]|$)", after):
        place = match["place"]
        return qualifier, place if not role_like(place) and place not in _NOT_NAMES else None
    if re.match(r"^\s+[A-ZÄÖÜ]", after):
        org, _ = _organisation(after)
        return qualifier, org
    return qualifier, None


def find_people(text: str) -> list[Person]:
    """People with roles, in order of first mention, one entry per name."""
    if not _mentions_role(text):
        return []
    people: dict[str, Person] = {}
    for role_match in ROLE_TOKEN.finditer(text):
        role_word = role_match["role"]
        generic = role_word.lower() in _GENERIC_ROLES  # "Leiter": only as "Name, Leiter des …"
        if not is_role(role_word) and not generic:
            continue
        prefix = (role_match["prefix"] or "").rstrip("-")
        modifier = " ".join((role_match["modifier"] or "").split())
        if prefix and f"({prefix})" not in text:
            # "NRW-Staatssekretärin", "IGA-Projektleiterin": the prefix belongs to the role unless
            # the text defines it as an organisation ("Regionalverband Ruhr (RVR)" → RVR)
            role_word, prefix = f"{prefix}-{role_word}", ""
        role = f"{modifier} {_nominative(role_word)}".strip()
        after = text[role_match.end() : role_match.end() + 240]
        before = text[max(0, role_match.start() - 90) : role_match.start()]
        person: Person | None = None
        if generic:
            name = _NAME_BEFORE.search(before)
            if name and _plausible(name["given"], name["surname"]) and re.match(r"^\s+(?:des|der)\s", after):
                _, org = _after_role(after)
                _merge(people, Person(name=_full_name(name).strip(), role=role, organisation=org))
            continue
        if (name := _NAME_AFTER.match(after)) and _plausible(name["given"], name["surname"]):
            qualifier, org = _after_role(after[name.end() :])
            person = Person(name=_full_name(name).strip(), role=role, organisation=org or prefix or None)
        elif (
            (name := _NAME_BEFORE.search(before))
            and _plausible(name["given"], name["surname"])
            and not re.match(r"^\s+(?:ist|war|wird|bleibt|sind|wurde)\b", after)  # "…, Sprecherin ist Lamers"
        ):
            qualifier, org = _after_role(after)
            if qualifier:
                role = f"{role} {qualifier}"
            if not org and prefix:
                org = prefix
            full = re.sub(r"\s+\([^)]*\)", "", _full_name(name)).strip()
            person = Person(name=full, role=role, organisation=org)
        elif (late := _NAME_AFTER_ORG.match(after)) and _plausible(late["given"], late["surname"]):
            # "der Vorsitzende der Verbandsversammlung, Heinz-Werner Stollberg"
            person = Person(name=_full_name_of(late), role=role, organisation=late["org"])
        if person is not None:
            _merge(people, person)
    return list(people.values())


_CAPITALISED = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")


def _mentions_role(text: str) -> bool:
    """Cheap test before the role scan: some capitalised word is a role (or "Leiter"), or an MdB."""
    if "MdB" in text or "MdL" in text or "MdEP" in text:
        return True
    return any(is_role(w) or w.lower() in _GENERIC_ROLES for w in set(_CAPITALISED.findall(text)))


def _merge(people: dict[str, Person], person: Person) -> None:
    """Dedupe by name without academic titles; keep the first role, fill gaps from later mentions."""
    key = re.sub(_TITLES, "", person.name).strip().casefold()
    known = people.get(key)
    if known is None:
        people[key] = person
        return
    if len(person.name) > len(known.name):
        known.name = person.name  # "Dr. Markus Kerber" beats "Markus Kerber"
    if known.organisation is None:
        known.organisation = person.organisation
    if (
        known.role
        and person.role
        and person.role.startswith(known.role)
        and len(person.role) > len(known.role)
    ):
        known.role = person.role
