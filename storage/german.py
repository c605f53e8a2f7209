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

Compounds: :func:`heads` gives the stems of a compound noun's heads (``Kreisstraße`` →
``strass``; ``Oberbürgermeister`` → ``burgermeist``, ``meist``), which the index keeps beside the
word's own stem, so ``Straße`` finds ``Kreisstraße``. This is the decompounding step of the
search engines (Lucene's ``DictionaryCompoundWordTokenFilter``, Elasticsearch's
``dictionary_decompounder``/``hyphenation_decompounder``: parts indexed as extra tokens beside
the word), with the split taken from CharSplit (Tuggener 2016; PyPI ``split-words``, MIT; ~95 %
correct heads on GermaNet's compounds), an n-gram model of where German nouns begin and end.
Only heads are kept: the head says what a compound is (a Kreisstraße is a Straße, a
Kreisverband is no Kreis), and the modifiers are already reached by a prefix (``Kreis*``).
A split is taken when CharSplit's score is at least :data:`SPLIT_SCORE`, the word is a
capitalised noun of at least :data:`MIN_COMPOUND` letters and the head's stem has at least
:data:`MIN_HEAD` letters (``Kreistag``, ``BürgerInnen`` stay whole; ``Haushalt`` scores too low).
What the n-gram model misses stays unsplit (``Kaßstraße``: an unusual modifier), and a few
splits are wrong (``Redaktionen`` → ``Aktionen``). The split is CharSplit's, computed from a
memory-mapped copy of its model (:mod:`storage.charsplit`), so indexing costs no 5 s and 330 MB
of JSON per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import Stemmer

from storage import charsplit

WORD = re.compile(r"[^\W_]+")
_STEMMER = Stemmer.Stemmer("german")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ẞ": "ss"})
_DIGRAPH = re.compile(r"(?<!q)(?:ae|oe|ue)")
SPLIT_SCORE = 0.5
MIN_COMPOUND = 8
MIN_HEAD = 4


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


@lru_cache(maxsize=200_000)
def heads(word: str) -> tuple[str, ...]:
    """The stems of a compound noun's heads, longest first (``Oberbürgermeisters`` →
    ``("burgermeist", "meist")``); ``()`` for a word that is not split (see the module docstring)."""
    out: list[str] = []
    while len(word) >= MIN_COMPOUND and word[0].isupper() and word.isalpha():
        score, head = charsplit.split(word)
        form = stem(head)
        if score < SPLIT_SCORE or len(form) < MIN_HEAD:
            break
        out.append(form)
        word = head
    return tuple(out)


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


def parts(*texts: str | None) -> str:
    """The heads of every compound of the texts, space-separated (the index's ``parts`` column)."""
    return " ".join([h for t in texts if t for w in WORD.findall(t) for h in heads(w)])


def spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stem) of every word of ``text``."""
    for match in WORD.finditer(text):
        yield match.start(), match.end(), stem(match.group())
