"""The one fixture generator package: every generated test site and page comes from here.

Not part of the wheel (``pyproject.toml`` packages only ``crawler``, ``storage`` and
``schedules``); the only generated files that ship are the seed replica hosts the demo serves
(``crawler/replicas/hosts/``, plain data). :data:`SUITES` lists every committed suite; the
layout and the truth format are described in ``tests/fixtures/README.md``::

    python -m tests.generators                 # regenerate every suite
    python -m tests.generators blind heldout   # only these
    python -m tests.generators --check         # exit 1 if a committed suite is stale
"""
