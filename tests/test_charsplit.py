"""storage.charsplit gives CharSplit's own best split, from the memory-mapped copy of its model.

The reference is CharSplit itself (``split_words.Splitter``, its 40 MB JSON model loaded as it
loads it), on every capitalised word of 8 letters or more in the demo's bundled replicas
(``crawler/replicas``) and in ``tests/`` (fixtures, seed and benchmark generators, the tests'
own compounds), on compounds made from them, and on short words, umlauts, ß and Fugen-s endings.
"""

from __future__ import annotations

import html
import json
import random
import re
from pathlib import Path

import pytest

from storage import charsplit, german

TESTS = Path(__file__).resolve().parent
WORD = re.compile(r"[^\W_]+")
EDGES = [
    "Kreisstraße", "KREISSTRASSE", "Oberbürgermeisters", "Integrationszentren", "Straßenbahn",
    "Kaßstraße", "Redaktionen", "Haushalt", "Kreistag", "BürgerInnen", "Sitzungsgeldes",
    "Arbeitsgruppen", "Verkehrsausschusses", "Spielplatz", "Fußgängerzone", "ẞtraße",
    "Ab", "Abc", "Abcde", "Abcdef", "Ggggggggggg", "Äöüäöüäöü", "Zeitungs", "Rats", "Kindergartens",
]  # fmt: skip


def nouns() -> list[str]:
    found: set[str] = set()
    for root in (TESTS.parent / "crawler" / "replicas", TESTS):  # the demo's sites, the tests'
        for path in root.rglob("*"):
            if path.suffix in {".html", ".py", ".json", ".xml", ".txt", ".toml", ".php"} and path.is_file():
                text = html.unescape(path.read_text(encoding="utf-8", errors="ignore"))
                found.update(w for w in WORD.findall(text) if len(w) >= 8 and w[0].isupper() and w.isalpha())
    return sorted(found)


@pytest.fixture(scope="module")
def reference():
    from split_words import Splitter

    splitter = Splitter()
    return lambda word: (float(splitter.split_compound(word)[0][0]), splitter.split_compound(word)[0][2])


def test_the_split_is_charsplits_on_the_fixtures_words_and_compounds_of_them(reference):
    words = nouns()
    assert len(words) > 2000
    rng = random.Random(10)
    made = [rng.choice(words) + rng.choice(words).lower() for _ in range(3000)]
    checked = [(w, charsplit.split(w), reference(w)) for w in [*EDGES, *words, *made]]
    assert [c for c in checked if c[1] != c[2]] == []


def test_heads_come_from_the_compact_model():
    assert german.heads("Kreisstraßen") == ("strass",)
    assert german.heads("Oberbürgermeisters") == ("burgermeist", "meist")
    assert german.heads("Integrationszentren") == ("zentr",)
    assert german.heads("Kaßstraße") == german.heads("Haushalt") == german.heads("Kreistag") == ()


SMALL = {
    "prefix": {"strasse": 0.9, "stras": 0.2, "zentrum": 0.8, "bahn": 0.7},
    "infix": {"sst": 0.1, "ssstr": 0.05, "isst": 0.3, "str": 0.4, "stra": 0.6, "straße": 1.0},
    "suffix": {"kreis": 0.7, "krei": 0.1, "integration": 0.8, "kre": 0.2},
}


def test_the_cache_is_built_once_and_memory_mapped(tmp_path):
    model = tmp_path / "ngram_probs.json"
    model.write_text(json.dumps(SMALL))
    directory = tmp_path / "cache" / "charsplit-test"
    in_memory = charsplit.build(model)
    built = charsplit.open_model(model, directory)
    assert sorted(p.name for p in directory.iterdir()) == sorted(
        f"{t}.{x}" for t in charsplit.TABLES for x in ("marisa", "f64")
    )
    stamp = {p.name: p.stat().st_mtime_ns for p in directory.iterdir()}
    again = charsplit.open_model(model, directory)
    assert {p.name: p.stat().st_mtime_ns for p in directory.iterdir()} == stamp
    for word in ["Kreisstraße", "Kreisstrasse", "Integrationszentrum", "Straßenbahn", "Abc", "Kreisbahnen"]:
        expected = charsplit.split(word, in_memory)
        assert charsplit.split(word, built) == charsplit.split(word, again) == expected
    assert charsplit.split("Kreisstrasse", built) == (0.9 - 0.4 + 0.7, "Strasse")


def test_an_unwritable_cache_builds_the_model_in_memory(tmp_path):
    model = tmp_path / "ngram_probs.json"
    model.write_text(json.dumps(SMALL))
    (tmp_path / "cache").write_text("a file where the cache directory would go")
    opened = charsplit.open_model(model, tmp_path / "cache" / "charsplit-test")
    assert charsplit.split("Kreisstrasse", opened) == charsplit.split("Kreisstrasse", charsplit.build(model))
