"""Language of the body text (ISO 639-1), via py3langid restricted to likely languages.

Why restricted: the archive is German-first; unrestricted langid mislabels short German texts full
of names as Luxembourgish or Dutch. The model loads lazily (it takes a moment) and once per process.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGUAGES = ("de", "en", "fr", "nl", "tr", "pl", "it", "es", "da", "ru", "ar", "uk")
MIN_CHARS = 40
MAX_CHARS = 800  # enough to tell German from English; langid cost grows with length


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect_language(text: str) -> str | None:
    """ISO code of ``text``'s language, or None for texts too short to tell."""
    sample = text[:MAX_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    language, _ = _identifier().classify(sample)
    return str(language)
