"""German phrase lists and the seeded text factory behind the generated replica sites.

The sites import what they use from here: the word lists are ``words.py``, who writes and what
``model.py``, the sentences of a release ``texts.py``, and the :class:`Newsroom` that puts them
together, deterministic given a :class:`random.Random`, ``newsroom.py``.
"""

from tests.generators.textbank.model import Org, Person, Release
from tests.generators.textbank.newsroom import Newsroom
from tests.generators.textbank.words import MONTHS, TOPICS, WEEKDAYS, Topic, german_date, slugify

__all__ = [
    "MONTHS",
    "TOPICS",
    "WEEKDAYS",
    "Newsroom",
    "Org",
    "Person",
    "Release",
    "Topic",
    "german_date",
    "slugify",
]
