"""CharSplit's best split of a German compound, from a compact copy of its n-gram model.

CharSplit (PyPI ``split-words``, MIT) ships its model as one 40 MB JSON file of 1.9 million
n-gram probabilities (``prefix``: how likely a noun starts with the n-gram, ``suffix``: ends with
it, ``infix``: has it inside) and reads it into three dicts on first use: about 5 s and 330 MB
in every process that indexes announcements (the crawl, ``reparse``, the queue's workers),
which cost the crawl a third of its speed and more than doubled its memory (issue 10).

Here the same probabilities are three MARISA tries (``marisa-trie``: a static, compressed trie
whose key ids number the keys 0…n-1; 3.7 MB) beside three arrays of the float64 values in key-id
order (15 MB), memory-mapped: opening them takes under a millisecond, and a process holds only
the pages its lookups touched, shared with every other process through the page cache.
The files are derived from the installed model once, on first use, into the user's cache
directory (``~/.cache/pressarchive/``, or ``$XDG_CACHE_HOME/pressarchive``; about 15 s), under a
lock so parallel processes build them once; where that directory cannot be written, the process
builds the tries in memory instead (slow start, same results).

:func:`split` is CharSplit's ``Splitter.split_compound(word)[0]`` — the same score, the same
head, the same tie order — computed with the lookups that decide it (tests/test_charsplit.py
compares the two on every noun of the fixtures). CharSplit's loop asks the dicts for n-grams it
then discards: at a split position ``n`` of the lower-cased word only ``suffix[word[:n]]``
(after cutting a Fugen-s), ``prefix[word[n:]]`` (likewise) and the smallest
``infix[word[n:n+k]]`` over k ≥ 3 count, missing n-grams scoring -1, -1 and 1. The infix
minimum is one prefix search in the trie (every key that is a prefix of ``word[n:]``).
"""

from __future__ import annotations

import fcntl
import json
import logging
import mmap
import os
import shutil
import tempfile
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import marisa_trie

log = logging.getLogger(__name__)

TABLES = ("prefix", "infix", "suffix")
FORMAT = 1  # bump when the files' layout changes: a new cache directory is built
_FUGEN = ("ts", "gs", "ks", "hls", "ns")


@dataclass(frozen=True)
class Table:
    """One n-gram table: key → id in the trie, id → probability in ``values``."""

    trie: marisa_trie.Trie
    values: Sequence[float]


@dataclass(frozen=True)
class Model:
    prefix: Table
    infix: Table
    suffix: Table


def source() -> Path:
    """CharSplit's own model file, as installed."""
    from split_words import splitter

    return Path(splitter.NGRAM_PATH)


def cache_dir(model: Path) -> Path:
    """Where the compact copy of ``model`` lives: named by split-words' version, the model's size
    and :data:`FORMAT`, so an upgrade of either builds a new one."""
    import split_words
    from platformdirs import user_cache_path

    name = f"charsplit-{split_words.__version__}-{model.stat().st_size}-v{FORMAT}"
    return user_cache_path("pressarchive") / name


def build(model: Path) -> Model:
    """The tries and value arrays of CharSplit's JSON model, in memory."""
    with model.open(encoding="utf-8") as fh:
        probs: dict[str, dict[str, float]] = json.load(fh)
    tables = []
    for name in TABLES:
        trie = marisa_trie.Trie(probs[name])
        values = array("d", bytes(8 * len(trie)))
        for key, value in probs[name].items():
            values[trie[key]] = float(value)
        tables.append(Table(trie, values))
    return Model(*tables)


def save(model: Model, target: Path) -> None:
    """Write ``model`` into a new directory ``target`` (all files, then one rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    try:
        for name in TABLES:
            table: Table = getattr(model, name)
            table.trie.save(str(tmp / f"{name}.marisa"))
            assert isinstance(table.values, array)
            with (tmp / f"{name}.f64").open("wb") as fh:
                table.values.tofile(fh)
        os.rename(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def load(directory: Path) -> Model:
    """Memory-map a saved model (under a millisecond; pages are read as lookups touch them)."""
    tables = []
    for name in TABLES:
        trie = marisa_trie.Trie()
        trie.mmap(str(directory / f"{name}.marisa"))
        with (directory / f"{name}.f64").open("rb") as fh:
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        tables.append(Table(trie, memoryview(mapped).cast("d")))
    return Model(*tables)


def open_model(model: Path | None = None, directory: Path | None = None) -> Model:
    """The compact copy of ``model`` (default: CharSplit's, :func:`source`) from ``directory``
    (default: :func:`cache_dir`), built there first if missing (once, under a lock); built in
    memory when the directory cannot be made or written."""
    model = model or source()
    directory = directory or cache_dir(model)
    try:
        if not directory.exists():
            directory.parent.mkdir(parents=True, exist_ok=True)
            with (directory.parent / (directory.name + ".lock")).open("w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # others wait here, then find it built
                if not directory.exists():
                    log.info("building CharSplit's compact model in %s (once)", directory)
                    save(build(model), directory)
        return load(directory)
    except OSError as exc:
        log.warning("CharSplit's model cache %s unusable (%s): building it in memory", directory, exc)
        return build(model)


_MODEL: Model | None = None


def split(word: str, model: Model | None = None) -> tuple[float, str]:
    """CharSplit's best (score, head) for ``word``: ``split_compound(word)[0][0]`` and ``[2]``
    (the head title-cased as CharSplit gives it), with ``model`` or CharSplit's own (opened on
    the first call). Words with a hyphen are not handled (CharSplit splits them at the hyphen;
    the search never passes one)."""
    global _MODEL
    if model is None:
        if _MODEL is None:
            _MODEL = open_model()
        model = _MODEL
    prefix, infix, suffix = model.prefix, model.infix, model.suffix
    word = word.lower()
    best: tuple[float, str, str] | None = None
    for n in range(3, len(word) - 2):
        before, rest = word[:n], word[n:]
        if before.endswith(_FUGEN) and n - 1 > 2:
            before = word[: n - 1]
        start = rest[:-1] if rest.endswith(_FUGEN) and len(rest) - 1 > 2 else rest
        found = infix.trie.iter_prefixes_with_ids(rest)  # word[n:n+k] for every k in the model
        inside = [infix.values[i] for key, i in found if len(key) >= 3]
        missing = len(inside) < len(rest) - 2  # an n-gram CharSplit asks for is not in the model
        lowest = min([*inside, 1.0]) if missing else min(inside)
        score = _get(prefix, start, -1.0) - lowest + _get(suffix, before, -1.0)
        candidate = (score, word[:n].title(), rest.title())
        if best is None or candidate > best:
            best = candidate
    if best is None:
        return 0.0, word.title()
    return float(best[0]), best[2]


def _get(table: Table, key: str, default: float) -> float:
    i = table.trie.get(key)
    return default if i is None else table.values[i]
