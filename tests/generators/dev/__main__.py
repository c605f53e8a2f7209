"""``python -m tests.generators.dev DIR [--changed] [--huge] [--big N]``: write the sites elsewhere."""

from tests.generators.dev import main

raise SystemExit(main())
