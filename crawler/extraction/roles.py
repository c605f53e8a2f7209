"""The lexicon of public roles in German politics and administration, with female forms.

Why a lexicon: people are only reported when the text gives them a role ("Landrat Wolfgang
Spreen", "Jürgen Franken, Vorsitzender der SPD-Kreistagsfraktion Kleve"). Anchoring on roles keeps
precision high — street names, venues and capitalised nouns never carry one. Compounds count
("Fraktionsvorsitzender", "Landtagsabgeordnete", "Regionaldirektorin"), as do prefixes ("NRW-",
"RVR-", "SPD-") and modifiers ("stellv.", "stellvertretende").
"""

from __future__ import annotations

import re

_MASCULINE_WITH_FEMININE = (
    "bürgermeister", "oberbürgermeister", "staatssekretär", "minister", "ministerpräsident", "sprecher",
    "direktor", "regionaldirektor", "dezernent", "geschäftsführer", "präsident", "vizepräsident",
    "kanzler", "senator", "schatzmeister", "generalsekretär", "kandidat", "referent", "leiter",
    "ortsvorsteher", "bezirksvorsteher", "kassierer", "schriftführer", "beisitzer", "koordinator",
    "moderator", "redner", "superintendent", "pfarrer", "rektor", "dekan", "vorstand", "projektleiter",
    "förster", "professor", "wissenschaftler", "historiker", "architekt", "journalist",
)  # fmt: skip
_ADJECTIVAL = ("vorsitzende", "abgeordnete", "beigeordnete", "beauftragte", "bevollmächtigte", "angestellte")
_OTHER = (
    "landrat", "landrätin", "ratsherr", "ratsfrau", "ratsmitglied", "kreistagsmitglied", "mitglied",
    "stadtrat", "stadträtin", "kämmerer", "kämmerin", "mdb", "mdl", "mdep", "soziologe", "soziologin",
)  # fmt: skip
_NOT_ROLES = frozenset(
    {
        "lautsprecher",
        "leiter",
        "leiterin",
        "vorstand",
        "kandidat",
        "kandidatin",
        "mitglied",
        "redner",
        "rednerin",
    }
)


def _forms() -> tuple[str, ...]:
    forms: set[str] = set(_OTHER)
    for word in _MASCULINE_WITH_FEMININE:
        forms.update({word, word + "in"})
    for word in _ADJECTIVAL:  # "Vorsitzende", "Vorsitzender", "Vorsitzenden"
        forms.update({word, word + "r", word + "n"})
    return tuple(sorted(forms, key=len, reverse=True))


ROLE_FORMS = _forms()
MODIFIER = (
    r"(?:(?:stellv\.|stv\.|[Ss]tellvertretende[rn]?|[Kk]ommissarische[rn]?|[Ee]hemalige[rn]?|"
    r"[Dd]esignierte[rn]?|[Pp]arlamentarische[rn]?|[Tt]echnische[rn]?|[Ee]rste[rn]?|"
    r"[a-zäöü]+politische[rn]?)\s+)"
)
ROLE_TOKEN = re.compile(
    rf"(?<![\w-])(?P<modifier>{MODIFIER})?(?P<prefix>(?:[A-ZÄÖÜ][\wÄÖÜäöüß]*-)+)?(?P<role>[A-ZÄÖÜ][a-zäöüß]+|MdB|MdL|MdEP)(?![\w-])"
)


def is_role(word: str) -> bool:
    """Whether ``word`` (without prefix) is a role: a lexicon form or a compound ending in one.

    Bare generic words ("Mitglied", "Leiter", "Vorstand", "Kandidat") count only inside compounds
    ("Kreistagsmitglied", "Amtsleiter", "Landratskandidat"), where they are unambiguous.
    """
    lower = word.lower()
    if lower in _NOT_ROLES:
        return False
    return lower.endswith(ROLE_FORMS)  # a lexicon form or a compound ending in one


def role_like(word: str) -> bool:
    """Like :func:`is_role` but also true for a hyphen-prefixed role ("SPD-Landratskandidat")."""
    return is_role(word.rsplit("-", 1)[-1])
