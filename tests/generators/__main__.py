"""``python -m tests.generators [--check] [SUITE ...]``: regenerate or verify committed fixtures."""

from __future__ import annotations

import argparse
import sys

from tests.generators.layout import check, generate
from tests.generators.suites import SUITES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.generators", description=__doc__)
    parser.add_argument("suites", nargs="*", metavar="SUITE", help=f"default: all of {', '.join(SUITES)}")
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if a suite is stale")
    args = parser.parse_args(argv)
    unknown = [name for name in args.suites if name not in SUITES]
    if unknown:
        parser.error(f"unknown suite {unknown[0]!r}; known: {', '.join(SUITES)}")
    stale = 0
    for name in args.suites or list(SUITES):
        if args.check:
            problems = check(SUITES[name])
            for problem in problems:
                print(problem)
            print(f"{name}: " + ("up to date" if not problems else f"{len(problems)} stale file(s)"))
            stale += len(problems)
        else:
            print(f"{name}: {len(generate(SUITES[name]))} fixtures")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
