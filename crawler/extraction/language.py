"""Language of the body text (ISO 639-1), via py3langid restricted to likely languages.

Why restricted: the archive is German-first; unrestricted langid mislabels short German texts full
of names as Luxembourgish or Dutch. The model loads lazily (it takes a moment) and once per process.

Most texts are plainly German or English: a sample with many German function words and hardly an
English one (or the reverse) is labelled without running the model, which costs about a
millisecond per page. The word lists avoid words shared with Dutch, Danish, French or the other
language (``der``/``dem``/``mit`` are Danish, ``die``/``wie`` Dutch, ``des`` French, ``an``/``was``/``will``
German as well as English), and the margin required is wide.
"""

from __future__ import annotations

import re
import threading
from typing import Any

LANGUAGES = ("de", "en", "fr", "nl", "tr", "pl", "it", "es", "da", "ru", "ar", "uk")
MIN_CHARS = 40
MAX_CHARS = 800  # enough to tell German from English; langid cost grows with length
_GERMAN = frozenset({
    "und", "nicht", "ist", "für", "auf", "werden", "wird", "wurde", "sich", "auch", "eine", "einer",
    "einem", "eines", "zu", "sie", "wir", "ihr", "sind", "haben", "hat", "dass", "oder", "aber", "noch",
    "nach", "bei", "aus", "über", "vom", "zum", "zur",
})  # fmt: skip
_ENGLISH = frozenset({
    "the", "and", "of", "to", "is", "that", "for", "with", "are", "this", "have", "has", "from",
    "which", "their", "they", "would", "been", "not", "but",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
# letters of other scripts (Cyrillic, Greek, Arabic, CJK…): such samples go to the model
_OTHER_SCRIPT = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\W\d_]")


_MODEL_LOCK = threading.Lock()
_MODEL: list[Any] = []  # the identifier, once loaded


def _identifier() -> Any:
    """py3langid's identifier, restricted to :data:`LANGUAGES`: loaded once per process, here or
    by :func:`preload`'s thread (a caller then waits until that load is done)."""
    with _MODEL_LOCK:
        if not _MODEL:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
            identifier.set_languages(list(LANGUAGES))
            _MODEL.append(identifier)
        return _MODEL[0]


def preload() -> None:
    """Start loading the model in a background thread. Loading it costs 0.5–1 s of CPU (68 MB of
    LZMA-compressed arrays, decompressed with the GIL released), which a run over many pages
    (``pressarchive extract``) otherwise pays on its main thread at the first page whose language
    is not obvious; this way the load overlaps the reading of the first pages."""
    if not _MODEL:
        threading.Thread(target=_identifier, name="langid-model", daemon=True).start()


def detect_language(text: str) -> str | None:
    """ISO code of ``text``'s language, or None for texts too short to tell."""
    sample = text[:MAX_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    if (shortcut := _obvious(sample)) is not None:
        return shortcut
    language, _ = _identifier().classify(sample)
    return str(language)


def _obvious(sample: str) -> str | None:
    """ "de" or "en" when the function words leave no doubt, else None (ask the model)."""
    words = _WORD.findall(sample.lower())
    if len(words) < 30 or len(_OTHER_SCRIPT.findall(sample)) > 5:
        return None
    german = sum(1 for w in words if w in _GERMAN)
    english = sum(1 for w in words if w in _ENGLISH)
    if german >= 0.06 * len(words) and english <= 0.01 * len(words):
        return "de"
    if english >= 0.08 * len(words) and german <= 0.01 * len(words):
        return "en"
    return None
