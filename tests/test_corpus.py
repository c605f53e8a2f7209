"""Acceptance test: ``crawler.extraction.extract`` over the labelled German corpus
(tests/fixtures/pages/corpus/).

Floors (from the issue), over all labelled pages:

* body F1 >= 0.97 with the Zyte benchmark metric (``benchmarks/metric.py``), truth = paragraphs
  joined by blank lines;
* no boilerplate string of a page's ``absent`` list in its extracted body, on any page;
* ``published`` exact on >= 98 % of pages;
* precision of the extracted (name, role) pairs >= 0.9 (a pair is right if the page's truth has
  that person with that role; see tests/fixtures/pages/corpus/README.md for the matching rules);
* the event right on every page that announces one.

Per-page tests (boilerplate, event, a lenient body floor) name the page and show what is wrong.
The held-out pages (tests/fixtures/pages/corpus_heldout/) are not used here: they are for measuring only.

Another extractor can be tested with ``PRESSARCHIVE_EXTRACTOR=module:function`` (e.g.
``tests.corpus_stubs:oracle`` or ``tests.corpus_stubs:baseline``). If the extractor cannot be
imported, every test here fails with the import error: nothing is skipped.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

import pytest

from benchmarks.metric import evaluate, page_scores
from tests import corpuslib
from tests.generators.layout import check
from tests.generators.suites import SUITES

BODY_F1_FLOOR = 0.97
PUBLISHED_FLOOR = 0.98
PEOPLE_PRECISION_FLOOR = 0.9
PAGE_F1_FLOOR = 0.85  # per page: no single page may be badly broken even when the average holds
MIN_PAGES, MIN_TEMPLATES = 80, 8

EXTRACTOR_ENV = "PRESSARCHIVE_EXTRACTOR"
DEFAULT_EXTRACTOR = "crawler.extraction:extract"

CASES = corpuslib.load_cases(corpuslib.LABELLED)
EVENT_CASES = [c for c in CASES if c.truth["event"]]


def _ids(case: corpuslib.Case) -> str:
    return case.id


def _load_extractor():
    spec = os.environ.get(EXTRACTOR_ENV, DEFAULT_EXTRACTOR)
    module_name, _, attr = spec.partition(":")
    try:
        return getattr(importlib.import_module(module_name), attr or "extract")
    except Exception as exc:
        pytest.fail(
            f"cannot load the extractor {spec!r}: {type(exc).__name__}: {exc}\n"
            f"The corpus test needs {DEFAULT_EXTRACTOR}(html, url) -> Announcement "
            f"(or set {EXTRACTOR_ENV}=module:function).",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def results() -> dict[str, Any]:
    """The extractor's Announcement (or the exception it raised) for every labelled page."""
    extract = _load_extractor()
    out: dict[str, Any] = {}
    for case in CASES:
        try:
            out[case.id] = extract(case.html, case.url)
        except Exception as exc:
            out[case.id] = exc
    return out


def _get(results: dict[str, Any], case: corpuslib.Case) -> Any:
    ann = results[case.id]
    if isinstance(ann, BaseException):
        pytest.fail(f"{case.id}: extract() raised {type(ann).__name__}: {ann}", pytrace=False)
    return ann


def _require(ok: bool, message: str) -> None:
    """Fail with just the message (no traceback of the large ``results`` fixture)."""
    if not ok:
        pytest.fail(message, pytrace=False)


def _text(ann: Any) -> str:
    return "" if isinstance(ann, BaseException) else (corpuslib.get_field(ann, "text") or "")


# --- the corpus itself -------------------------------------------------------------------------


def test_corpus_is_built_from_its_data():
    """The pages and truth (labelled and held out) are exactly what the generators make of their
    data; building also validates truth against the rendered pages. Nothing here reads extraction."""
    for name in ("corpus", "corpus_heldout"):
        assert check(SUITES[name]) == [], f"run: python -m tests.generators {name}"
    assert len(CASES) >= MIN_PAGES
    assert len({c.template for c in CASES}) >= MIN_TEMPLATES


# --- per page ----------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_page_has_no_boilerplate(results, case):
    text = _text(_get(results, case))
    hits = corpuslib.absent_hits(text, case.truth["absent"])
    _require(not hits, f"{case.id}: boilerplate in the body: {hits}")


@pytest.mark.parametrize("case", EVENT_CASES, ids=_ids)
def test_page_event(results, case):
    ann = _get(results, case)
    problems = corpuslib.event_problems(corpuslib.get_field(ann, "event"), case.truth["event"])
    _require(not problems, f"{case.id}: event wrong: " + "; ".join(problems))


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_page_body(results, case):
    text = _text(_get(results, case))
    p, r, f1 = page_scores(case.body, text)
    if f1 < PAGE_F1_FLOOR:
        missing, extra = corpuslib.body_diff(case.truth["paragraphs"], text)
        lines = [f"{case.id}: body F1 {f1:.3f} (P {p:.3f}, R {r:.3f}) < {PAGE_F1_FLOOR}"]
        lines += [f"  missing: {m}" for m in missing]
        lines += [f"  extra:   {e}" for e in extra]
        pytest.fail("\n".join(lines), pytrace=False)


# --- the acceptance floors, over the whole corpus ---------------------------------------------


def test_body_f1_floor(results):
    scores = evaluate((c.body, _text(results[c.id])) for c in CASES)
    if scores.f1 < BODY_F1_FLOOR:
        worst = sorted(CASES, key=lambda c: page_scores(c.body, _text(results[c.id]))[2])[:10]
        detail = "\n".join(
            "  {}: P {:.3f} R {:.3f} F1 {:.3f}".format(c.id, *page_scores(c.body, _text(results[c.id])))
            for c in worst
        )
        pytest.fail(
            f"body F1 {scores.f1:.4f} (P {scores.precision:.4f}, R {scores.recall:.4f}) "
            f"< {BODY_F1_FLOOR} over {len(CASES)} pages; worst pages:\n{detail}",
            pytrace=False,
        )


def test_published_floor(results):
    wrong = []
    for c in CASES:
        ann = results[c.id]
        got = None if isinstance(ann, BaseException) else corpuslib.get_field(ann, "published")
        if got != c.truth["published"]:
            wrong.append(f"  {c.id}: expected {c.truth['published']}, got {got!r}")
    share = 1 - len(wrong) / len(CASES)
    _require(
        share >= PUBLISHED_FLOOR,
        f"published exact on {share:.1%} of {len(CASES)} pages (< {PUBLISHED_FLOOR:.0%}):\n"
        + "\n".join(wrong),
    )


def test_people_with_role_precision_floor(results):
    pairs, wrong = 0, []
    for c in CASES:
        ann = results[c.id]
        if isinstance(ann, BaseException):
            continue
        for person in corpuslib.get_field(ann, "people") or []:
            name, role = corpuslib.get_field(person, "name"), corpuslib.get_field(person, "role")
            if not role:
                continue
            pairs += 1
            if not corpuslib.person_pair_correct(name, role, c.truth["people"]):
                wrong.append(f"  {c.id}: ({name!r}, {role!r})")
    expected = sum(1 for c in CASES for p in c.truth["people"] if p["role"])
    _require(pairs > 0, f"no (name, role) pairs extracted at all; the truth has {expected}")
    precision = 1 - len(wrong) / pairs
    _require(
        precision >= PEOPLE_PRECISION_FLOOR,
        f"people-with-role precision {precision:.3f} < {PEOPLE_PRECISION_FLOOR} "
        f"({len(wrong)} of {pairs} pairs wrong):\n" + "\n".join(wrong[:40]),
    )


def test_events_on_every_event_page(results):
    bad = []
    for c in EVENT_CASES:
        ann = results[c.id]
        if isinstance(ann, BaseException):
            bad.append(f"  {c.id}: extract() raised {ann!r}")
            continue
        problems = corpuslib.event_problems(corpuslib.get_field(ann, "event"), c.truth["event"])
        if problems:
            bad.append(f"  {c.id}: " + "; ".join(problems))
    _require(not bad, f"event wrong on {len(bad)} of {len(EVENT_CASES)} event pages:\n" + "\n".join(bad))


def test_no_page_raises(results):
    errors = [
        f"  {cid}: {type(a).__name__}: {a}" for cid, a in results.items() if isinstance(a, BaseException)
    ]
    _require(not errors, "extract() raised on:\n" + "\n".join(errors))
