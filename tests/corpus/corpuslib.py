"""Shared helpers for the labelled German corpus: loading pages and their truth, scoring fields.

Used by ``tests/test_corpus.py`` and ``benchmarks/extraction_quality.py``. Import it by putting this
directory on ``sys.path`` (both callers do). Scoring conventions are documented in README.md here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent
LABELLED = CORPUS_DIR
HELDOUT = CORPUS_DIR / "heldout"


@dataclass(frozen=True)
class Case:
    """One corpus page: its id (``template/name``), raw bytes, URL and truth dict."""

    id: str
    template: str
    html: bytes
    url: str
    truth: dict[str, Any]

    @property
    def body(self) -> str:
        return "\n\n".join(self.truth["paragraphs"])


def load_cases(root: Path = LABELLED) -> list[Case]:
    """All pages under ``root/pages`` with their ``root/expected`` truth, sorted by id."""
    cases = []
    for exp_path in sorted((root / "expected").glob("*/*.json")):
        template = exp_path.parent.name
        truth = json.loads(exp_path.read_text(encoding="utf-8"))
        page = root / "pages" / template / (exp_path.stem + ".html")
        cases.append(Case(f"{template}/{exp_path.stem}", template, page.read_bytes(), truth["url"], truth))
    return cases


# --- normalisation -----------------------------------------------------------------------------

_TITLES = re.compile(r"^(?:(?:Prof|Dr|Dipl|Ing|h\.\s?c|med|rer\.\s?nat|phil|jur)\.?[-\s]*)+", re.I)


def norm_space(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def norm_name(name: str | None) -> str:
    """Casefolded name without academic titles (``Dr.``, ``Prof. Dr.``) and honorifics."""
    name = norm_space(name)
    name = re.sub(r"^(?:Frau|Herr|Herrn)\s+", "", name)
    return _TITLES.sub("", name).strip().casefold()


def norm_role(role: str | None) -> str:
    return norm_space(role).strip(" ,.:;").casefold()


def role_matches(predicted: str | None, expected: str | None) -> bool:
    """Equal after normalisation, or the prediction is the expected role plus a qualifier
    (``Vorsitzende der SPD-Kreistagsfraktion`` for ``Vorsitzende``)."""
    p, e = norm_role(predicted), norm_role(expected)
    return bool(p) and bool(e) and (p == e or p.startswith(e + " "))


def person_pair_correct(name: str, role: str, expected_people: list[dict]) -> bool:
    return any(
        norm_name(name) == norm_name(exp["name"]) and role_matches(role, exp.get("role"))
        for exp in expected_people
    )


def _norm_place(text: str | None) -> str:
    text = norm_space(text).casefold()
    return re.sub(r"[^\w]+", " ", text).strip()


def _loose_equal(predicted: str | None, expected: str | None) -> bool:
    """Both missing, or one (normalised) contains the other."""
    p, e = _norm_place(predicted), _norm_place(expected)
    if not e:
        return not p
    return bool(p) and (p in e or e in p)


def event_problems(predicted: Any, expected: dict | None) -> list[str]:
    """What is wrong with a predicted event (an ``Event`` or dict) against the truth; [] if right.

    ``start``/``end`` must be equal ISO strings; ``venue``/``address`` match when one contains the
    other after casefolding and dropping punctuation (``Stadthalle Kleve`` vs ``Foyer der Stadthalle
    Kleve`` both pass); an expected ``null`` field accepts a missing prediction only.
    """
    if expected is None:
        return []
    if predicted is None:
        return ["no event extracted"]
    get = predicted.get if isinstance(predicted, dict) else lambda k: getattr(predicted, k, None)
    problems = []
    for key in ("start", "end"):
        if (get(key) or None) != expected.get(key):
            problems.append(f"{key}: expected {expected.get(key)!r}, got {get(key)!r}")
    for key in ("venue", "address"):
        if not _loose_equal(get(key), expected.get(key)):
            problems.append(f"{key}: expected {expected.get(key)!r}, got {get(key)!r}")
    return problems


def phone_digits(phone: str | None) -> str:
    return re.sub(r"\D", "", phone or "")


def contact_matches(predicted: Any, expected: dict) -> bool:
    get = predicted.get if isinstance(predicted, dict) else lambda k: getattr(predicted, k, None)
    email = (get("email") or "").casefold()
    if email and expected.get("email") and email == expected["email"].casefold():
        return True
    phone = phone_digits(get("phone"))
    return bool(phone) and phone == phone_digits(expected.get("phone"))


def absent_hits(text: str, absent: list[str]) -> list[str]:
    """The boilerplate strings that occur in ``text`` (whitespace-normalised, case-sensitive)."""
    flat = norm_space(text)
    return [s for s in absent if norm_space(s) in flat]
