"""Parties and organisations mentioned in an announcement.

Why canonical short names: analysts count mentions per party across thousands of releases, and
"Bündnis 90/Die Grünen", "GRÜNE", "die Grünen" and "Grünen-Fraktion" must count as one. Matching
is word-boundary safe ("SPD-Kreistagsfraktion" is SPD, "AfDler" is not a word boundary problem we
accept), and the words that are also ordinary German ("Grüne", "Linke", "Volt", "Piraten") only
count in party positions (after an article, before a hyphen compound, in capitals).
"""

from __future__ import annotations

import re

_PARTY_PATTERNS: tuple[tuple[str, str], ...] = (
    ("SPD", r"\bSPD\b|Sozialdemokratische[n]? Partei Deutschlands"),
    ("CDU", r"\bCDU\b|Christlich Demokratische[n]? Union"),
    ("CSU", r"\bCSU\b|Christlich-Soziale[n]? Union"),
    (
        "GRÜNE",
        r"Bündnis\s*90\s*/\s*Die\s+Grünen|BÜNDNIS\s*90\s*/\s*DIE\s+GRÜNEN|\bB'?90\s*/\s*(?:Die\s+)?Grüne\b|"
        r"\bGRÜNEN?\b|\bGrünen-|(?<=\b[Dd]ie )Grünen?\b(?!\s+[A-ZÄÖÜ])|(?<=\bden )Grünen\b|"
        r"(?<=\bder )Grünen\b(?!\s+[A-ZÄÖÜ])",
    ),
    ("FDP", r"\bFDP\b|\bF\.D\.P\.|\bFreie[n]? Demokraten\b"),
    (
        "DIE LINKE",
        r"\bDIE LINKE\b|\bDie Linke\b(?!\s+[a-zäöü])|\bLinkspartei\b|\bLINKE\b|\bLinken-|"
        r"(?<=\b[Dd]ie )Linke\b(?!\s+[A-ZÄÖÜa-z]\w*(?:hand|seite))|(?<=\bder )Linken\b(?!\s+[A-ZÄÖÜ])",
    ),
    ("AfD", r"\bAfD\b|Alternative für Deutschland"),
    ("BSW", r"\bBSW\b|Bündnis Sahra Wagenknecht"),
    ("FREIE WÄHLER", r"\bFREIE WÄHLER\b|\bFreie[n]? Wähler(?:n)?\b|\bFWG\b"),
    ("ÖDP", r"\bÖDP\b|Ökologisch-Demokratische[n]? Partei"),
    (
        "PIRATEN",
        r"\bPIRATEN\b|\bPiratenpartei\b|(?<=\b[Dd]ie )Piraten\b(?=\s+(?:im|in|fordern|haben|sind|wollen))",
    ),
    ("Volt", r"(?<!\d )(?<!\d)(?<!\d\.\d )\bVolt\b(?![\s-]*(?:Spannung|Strom|Batterie|Akku|Leitung))"),
    ("NPD", r"\bNPD\b"),
    ("Die PARTEI", r"\bDie PARTEI\b"),
    ("Tierschutzpartei", r"\bTierschutzpartei\b|Partei Mensch Umwelt Tierschutz"),
    ("SSW", r"\bSSW\b|Südschleswigscher Wählerverband"),
    ("DKP", r"\bDKP\b"),
    ("MLPD", r"\bMLPD\b"),
    ("dieBasis", r"\bdieBasis\b"),
    ("WerteUnion", r"\bWerteUnion\b"),
)
_COMPILED = tuple((name, re.compile(pattern)) for name, pattern in _PARTY_PATTERNS)
# Substrings one of which must occur before a party's regex is worth running (most texts name
# two or three parties; twenty regexes with look-behinds over every text were the slowest step).
_KEYS = {
    "SPD": ("SPD", "Sozialdemokratische"), "CDU": ("CDU", "Christlich Demokratische"),
    "CSU": ("CSU", "Christlich-Soziale"), "GRÜNE": ("Grün", "GRÜN", "B90", "B'90"),
    "FDP": ("FDP", "F.D.P.", "Freie Demokraten", "Freien Demokraten"),
    "DIE LINKE": ("Linke", "LINKE", "Linkspartei"), "AfD": ("AfD", "Alternative für"),
    "BSW": ("BSW", "Wagenknecht"), "FREIE WÄHLER": ("Wähler", "WÄHLER", "FWG"),
    "ÖDP": ("ÖDP", "Ökologisch"), "PIRATEN": ("PIRATEN", "Piraten"), "Volt": ("Volt",), "NPD": ("NPD",),
    "Die PARTEI": ("PARTEI",), "Tierschutzpartei": ("Tierschutz",), "SSW": ("SSW", "Südschleswig"),
    "DKP": ("DKP",), "MLPD": ("MLPD",), "dieBasis": ("dieBasis",), "WerteUnion": ("WerteUnion",),
}  # fmt: skip


def find_parties(text: str) -> list[str]:
    """Canonical short names of the parties mentioned, in order of first mention."""
    found: list[tuple[int, str]] = []
    for name, pattern in _COMPILED:
        if not any(key in text for key in _KEYS[name]):
            continue
        if match := pattern.search(text):
            found.append((match.start(), name))
    return [name for _, name in sorted(found)]


_ACRONYM = re.compile(r"\((?P<acr>[A-ZÄÖÜ][A-Za-zÄÖÜ&.-]{1,9})\)")
_CONNECTORS = frozenset({"für", "der", "des", "und", "von", "im", "in", "zur", "zum", "e.V.", "&"})
_ORG_WORDS = re.compile(
    r"\b(?:[A-ZÄÖÜ]{2,}-)?[A-ZÄÖÜ][a-zäöüß]*(?:ministerium|fraktion|verband|verein|gemeinschaft|ortsverein|"
    r"kreisverband|landesverband|bezirk|stiftung|kammer|gewerkschaft|vereinigung|genossenschaft|"
    r"arbeitsgemeinschaft|initiative|bündnis)\b(?:\s+(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?))?"
)
# the nouns _ORG_WORDS ends in (always lower case there: "Kreisverband"): tested before the scan
_ORG_NOUNS = (
    "ministerium", "fraktion", "verband", "verein", "gemeinschaft", "ortsverein", "bezirk", "stiftung",
    "kammer", "gewerkschaft", "vereinigung", "genossenschaft", "initiative", "bündnis",
)  # fmt: skip
_MINISTRY = re.compile(
    r"\bMinisterium für [A-ZÄÖÜ][\wäöüß-]*(?:(?:, | und | sowie )[A-ZÄÖÜ][\wäöüß-]*)*"
    r"(?: des Landes [A-ZÄÖÜ][\w-]+)?"
)
_GENERIC_ORG = re.compile(r"^(?:Verband|Verein|Fraktion|Gemeinschaft|Bündnis|Initiative|Stiftung)$")


def find_organisations(text: str, extra: list[str] | None = None) -> list[str]:
    """Named organisations, best effort: "Long Name (ACR)", ministries, *-fraktion/-verband… words,
    plus organisations already found next to people. Deduplicated, first mention first."""
    found: list[tuple[int, str]] = []
    acronyms: set[str] = set()
    for match in _ACRONYM.finditer(text):
        name = _name_before_acronym(text[max(0, match.start() - 120) : match.start()], match["acr"])
        if name and match["acr"] not in acronyms:
            acronyms.add(match["acr"])
            found.append((match.start() - len(name) - 1, f"{name} ({match['acr']})"))
    for pattern in (_MINISTRY, _ORG_WORDS) if any(w in text for w in _ORG_NOUNS) else (_MINISTRY,):
        for match in pattern.finditer(text):
            value = match.group(0).strip()
            if not _GENERIC_ORG.match(value):
                found.append((match.start(), value))
    offset = len(text)
    for org in extra or []:
        found.append((text.find(org) if org in text else offset, org))
    result: list[str] = []
    keys: list[str] = []
    for _, name in sorted(found, key=lambda item: (item[0] if item[0] >= 0 else offset, -len(item[1]))):
        key = name.casefold()
        if any(key in k for k in keys) or len(name) < 3 or (name.isupper() and len(name) < 4):
            continue
        for index, known in enumerate(keys):
            if known in key:  # "Regionalverband Ruhr" then "Regionalverband Ruhr (RVR)": keep the longer
                keys[index], result[index] = key, name
                break
        else:
            keys.append(key)
            result.append(name)
    return result


def _name_before_acronym(before: str, acronym: str) -> str | None:
    """The long name written before "(ACR)": capitalised words and connectors on the same line,
    trimmed to start with the acronym's first letter ("auf Einladung der Sozialdemokratischen
    Gemeinschaft für Kommunalpolitik (SGK)" → "Sozialdemokratischen Gemeinschaft für Kommunalpolitik")."""
    line = before.rsplit("\n", 1)[-1]
    words: list[str] = []
    for word in reversed(line.split()):
        if (word[0].isupper() and word[-1] not in ".,;:!?") or word in _CONNECTORS:
            words.insert(0, word)
            if len(words) >= 8:
                break
        else:
            break
    while words and (words[0] in _CONNECTORS or words[0][0] != acronym[0]):
        words.pop(0)
    if not words or (len(words) == 1 and len(words[0]) < 6):
        return None
    return " ".join(words)
