"""Shared helpers for the labelled German corpus: loading pages and their truth, scoring fields.

Used by ``tests/test_corpus.py`` and ``benchmarks/extraction_quality.py`` (``from tests import
corpuslib``). The pages are read by the one fixture loader (``tests/truth.py``) from
``tests/fixtures/pages/corpus{,_heldout}/``; the scoring conventions are documented in the README
there.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from tests.truth import page_fixtures

LABELLED = "corpus"  # suite names below tests/fixtures/pages/
HELDOUT = "corpus_heldout"


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


def load_cases(suite: str = LABELLED) -> list[Case]:
    """All pages of a corpus suite with their truth, sorted by id (``template/name``)."""
    return [
        Case(page.id, page.id.split("/")[0], page.html, page.truth["url"], page.truth)
        for page in page_fixtures(suite)
    ]


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
    """No expectation (the page gives none), or one (normalised) contains the other."""
    p, e = _norm_place(predicted), _norm_place(expected)
    if not e:
        return True
    return bool(p) and (p in e or e in p)


def event_problems(predicted: Any, expected: dict | None) -> list[str]:
    """What is wrong with a predicted event (an ``Event`` or dict) against the truth; [] if right.

    ``start``/``end`` must be equal ISO strings; ``venue``/``address`` match when one contains the
    other after casefolding and dropping punctuation (``Stadthalle Kleve`` vs ``Foyer der Stadthalle
    Kleve`` both pass); an expected ``null`` venue/address (the text names none) accepts anything,
    an expected ``null`` end (no end time given) only a missing one.
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


# --- readable diffs of a predicted body against the truth --------------------------------------

_WORD = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    toks = _WORD.findall(text)
    return {tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1))} if toks else set()


def body_diff(paragraphs: list[str], predicted: str, limit: int = 5) -> tuple[list[str], list[str]]:
    """Truth paragraphs mostly missing from the prediction, and predicted paragraphs (split on blank
    lines, else lines) mostly absent from the truth — both shortened for messages."""
    pred_sh = _shingles(predicted)
    truth_sh = _shingles(" ".join(paragraphs))
    missing = []
    for para in paragraphs:
        sh = _shingles(para)
        if sh and len(sh & pred_sh) / len(sh) < 0.5:
            missing.append(para)
    chunks = [c for c in re.split(r"\n\s*\n", predicted or "") if c.strip()]
    if len(chunks) <= 1:
        chunks = [c for c in (predicted or "").splitlines() if c.strip()]
    extra = []
    for chunk in chunks:
        sh = _shingles(chunk)
        if sh and len(sh & truth_sh) / len(sh) < 0.5:
            extra.append(chunk)

    def short(s: str) -> str:
        s = norm_space(s)
        return s if len(s) <= 100 else s[:97] + "..."

    return [short(s) for s in missing[:limit]], [short(s) for s in extra[:limit]]


def get_field(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


def field_report(cases: list[Case], results: dict[str, Any]) -> dict[str, Any]:
    """Accuracy of the fields without acceptance floors (title, parties, contacts, dateline) and
    the people/event figures, over pages whose extraction did not raise."""
    rep: dict[str, Any] = {}
    ok = [(c, results[c.id]) for c in cases if not isinstance(results.get(c.id), BaseException)]
    n = len(ok) or 1
    rep["title_exact"] = (
        sum(norm_space(get_field(a, "title")) == norm_space(c.truth["title"]) for c, a in ok) / n
    )
    rep["published_exact"] = sum(get_field(a, "published") == c.truth["published"] for c, a in ok) / n
    tp = fp = fn = 0
    for c, a in ok:
        pred, exp = set(get_field(a, "parties") or []), set(c.truth["parties"])
        tp, fp, fn = tp + len(pred & exp), fp + len(pred - exp), fn + len(exp - pred)
    rep["parties_precision"] = tp / (tp + fp) if tp + fp else None
    rep["parties_recall"] = tp / (tp + fn) if tp + fn else None
    pairs = correct = 0
    expected_pairs = found = 0
    for c, a in ok:
        people = [p for p in (get_field(a, "people") or []) if get_field(p, "role")]
        pairs += len(people)
        correct += sum(
            person_pair_correct(get_field(p, "name"), get_field(p, "role"), c.truth["people"]) for p in people
        )
        for exp in c.truth["people"]:
            if exp["role"]:
                expected_pairs += 1
                found += any(
                    norm_name(get_field(p, "name")) == norm_name(exp["name"])
                    and role_matches(get_field(p, "role"), exp["role"])
                    for p in people
                )
    rep["people_role_precision"] = correct / pairs if pairs else None
    rep["people_role_recall"] = found / expected_pairs if expected_pairs else None
    with_event = [(c, a) for c, a in ok if c.truth["event"]]
    rep["events_correct"] = sum(
        not event_problems(get_field(a, "event"), c.truth["event"]) for c, a in with_event
    )
    rep["events_total"] = len(with_event)
    rep["events_spurious"] = sum(
        1 for c, a in ok if not c.truth["event"] and get_field(a, "event") is not None
    )
    exp_contacts = [(x, a) for c, a in ok for x in c.truth["contacts"]]
    rep["contacts_recall"] = (
        sum(any(contact_matches(p, x) for p in get_field(a, "contacts") or []) for x, a in exp_contacts)
        / len(exp_contacts)
        if exp_contacts
        else None
    )
    rep["dateline_exact"] = (
        sum(
            (get_field(a, "dateline_place") or None) == c.truth["dateline_place"]
            and (get_field(a, "dateline_agency") or None) == c.truth["dateline_agency"]
            for c, a in ok
        )
        / n
    )
    rep["pages"] = len(cases)
    rep["errors"] = len(cases) - len(ok)
    return rep
