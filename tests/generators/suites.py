"""Every committed fixture suite, by name: what ``python -m tests.generators`` regenerates.

Each date is the day the suite's pages show: the simulated night of a generated site, else the
newest publication date in the suite. Fixed, so that a regeneration is byte-identical.
"""

from __future__ import annotations

from tests.generators import blind, dev, heldout
from tests.generators.corpus import build as corpus
from tests.generators.corpus import heldout as corpus_heldout
from tests.generators.dev import IGNORED
from tests.generators.layout import DEMO_HOSTS, PAGES, SITES, Suite
from tests.generators.seed import build as seed

SUITES: dict[str, Suite] = {
    suite.name: suite
    for suite in (
        Suite(
            "seed",
            "tests.generators.seed.build",
            {"truth": SITES / "seed", "hosts": DEMO_HOSTS},
            {"truth": "2020-10-27"},
            seed.write,
        ),
        Suite(
            "dev",
            "tests.generators.dev",
            {"first": SITES / "dev", "second": SITES / "dev_changed"},
            {"first": "2020-05-31", "second": "2020-06-03"},
            dev.write,
            ignore=IGNORED,
        ),
        Suite(
            "heldout",
            "tests.generators.heldout",
            {"first": SITES / "heldout"},
            {"first": "2025-05-28"},
            heldout.write,
        ),
        Suite(
            "blind",
            "tests.generators.blind",
            {"first": SITES / "blind", "second": SITES / "blind_changed"},
            {"first": blind.TODAY.isoformat(), "second": blind.TOMORROW.isoformat()},
            blind.write,
        ),
        Suite(
            "corpus",
            "tests.generators.corpus.build",
            {"pages": PAGES / "corpus"},
            {"pages": "2024-06-03"},
            corpus.write,
        ),
        Suite(
            "corpus_heldout",
            "tests.generators.corpus.heldout",
            {"pages": PAGES / "corpus_heldout"},
            {"pages": "2023-07-04"},
            corpus_heldout.write,
        ),
    )
}
