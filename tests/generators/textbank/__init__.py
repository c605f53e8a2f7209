"""German phrase lists and the seeded text factory behind the generated replica sites.

The generators import everything from here: the word lists (``words.py``), who writes and what
(``model.py``), the sentences of a release (``texts.py``) and the :class:`Newsroom` that puts them
together, deterministic given a :class:`random.Random` (``newsroom.py``).
"""

from tests.generators.textbank.model import Org, Person, Release
from tests.generators.textbank.newsroom import Newsroom
from tests.generators.textbank.words import (
    COMMITTEES,
    DISTRICTS,
    FEMALE,
    GROUPS,
    MALE,
    MONTHS,
    PHOTOGRAPHERS,
    QUOTES,
    SAYS,
    STREETS,
    SURNAMES,
    TOPICS,
    TOWNS,
    VENUES,
    WEEKDAYS,
    Topic,
    german_date,
    slugify,
)

__all__ = [
    "COMMITTEES",
    "DISTRICTS",
    "FEMALE",
    "GROUPS",
    "MALE",
    "MONTHS",
    "PHOTOGRAPHERS",
    "QUOTES",
    "SAYS",
    "STREETS",
    "SURNAMES",
    "TOPICS",
    "TOWNS",
    "VENUES",
    "WEEKDAYS",
    "Newsroom",
    "Org",
    "Person",
    "Release",
    "Topic",
    "german_date",
    "slugify",
]
