"""German word analysis for search: Snowball German stems (PyStemmer) plus folding.

One function, :func:`stem`, turns a word into its search form, the same for the index and for
queries, on every back end (the shadow index is written in Python, so SQLite and PostgreSQL
see identical tokens):

- lower case, then Snowball German: ``Kreistages`` → ``kreistag``, ``Grünen``/``Gruenen`` →
  ``grun``, ``Straße``/``Strasse`` → ``strass`` (Snowball folds ä/ö/ü, ae/oe/ue and ß);
- three rules for loan-word plurals Snowball leaves alone: ``Zentrum``/``Zentren`` and
  ``Museum``/``Museen`` (``-um``), ``Thema``/``Themen`` and ``Firma``/``Firmen`` (``-a``),
  ``Kita``/``Kitas``, ``Auto``/``Autos`` (``-s`` after a, o, y).

Words are runs of letters and digits (``[^\\W_]+``): ``SPD-Kreistagsfraktion`` is two words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import Stemmer

WORD = re.compile(r"[^\W_]+")
_STEMMER = Stemmer.Stemmer("german")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ẞ": "ss"})
_DIGRAPH = re.compile(r"(?<!q)(?:ae|oe|ue)")


def _rules(word: str) -> str:
    if len(word) >= 5 and word[-1] == "s" and word[-2] in "aoy":
        word = word[:-1]
    if len(word) >= 5 and word.endswith("um"):
        word = word[:-2]
    elif len(word) >= 4 and word[-1] == "a":
        word = word[:-1]
    return word


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The search form of one word (see the module docstring)."""
    return _rules(_STEMMER.stemWord(word.lower()))


def fold(word: str) -> str:
    """Lower case with umlauts, ae/oe/ue and ß folded, without stemming (for prefixes)."""
    return _DIGRAPH.sub(lambda m: m.group()[0], word.lower().translate(_FOLD))


def prefix_form(word: str) -> str:
    """The search form of a prefix (``Integrationszentren*``, ``Grüne*``): the stem when it is
    a prefix of the folded word, else the folded word. Stems are what the index holds, so a
    prefix longer than its stem (``Integrationszentren`` → ``integrationszentr``) still finds
    every form."""
    folded = fold(word)
    stemmed = stem(word)
    return stemmed if folded.startswith(stemmed) else folded


def words(text: str | None) -> list[str]:
    return WORD.findall(text or "")


def stems(text: str | None) -> str:
    """A text as space-separated stems, in order (positions kept, so phrases still work)."""
    if not text:
        return ""
    return " ".join([stem(w) for w in WORD.findall(text)])


def spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stem) of every word of ``text``."""
    for match in WORD.finditer(text):
        yield match.start(), match.end(), stem(match.group())
