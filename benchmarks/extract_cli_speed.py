"""`pressarchive extract` against the `trafilatura` command over the same real pages, process start included.

    .venv/bin/python benchmarks/extract_cli_speed.py [--rounds 3] [--write]

The pages: fundus-de and the Zyte set (``shared/benchmarks/`` beside the repository), written
once as plain ``.html`` files into a temporary directory. Each round runs both commands as fresh
processes, alternating which goes first, and times the whole process (interpreter start, imports,
model loading, every page, JSON output to a file). trafilatura runs single-process
(``--parallel 1``) with JSON output and metadata, like ``extract`` (which also classifies every
page and reads people, events and contacts). The table reports the median round of each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.extraction_quality import git_revision, write_section  # noqa: E402
from benchmarks.real_pages import DOC, fundus_pages, zyte_pages  # noqa: E402

BIN = Path(sys.executable).parent


def write_pages(directory: Path) -> list[Path]:
    paths = []
    for index, page in enumerate(fundus_pages() + zyte_pages()):
        path = directory / f"{index:04d}.html"
        path.write_bytes(page.html)
        paths.append(path)
    return paths


def timed(cmd: list[str], out: Path) -> float:
    started = time.perf_counter()
    with out.open("wb") as fh:
        subprocess.run(cmd, stdout=fh, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        pages = base / "pages"
        pages.mkdir()
        paths = write_pages(pages)
        ours = [str(BIN / "pressarchive"), "extract", *map(str, paths)]
        theirs = [str(BIN / "trafilatura"), "--input-dir", str(pages), "-o", str(base / "out"), "--json"]
        theirs += ["--parallel", "1", "--no-comments", "--with-metadata"]
        times: dict[str, list[float]] = {"pressarchive extract": [], "trafilatura": []}
        for round_ in range(args.rounds):
            order = [("pressarchive extract", ours), ("trafilatura", theirs)]
            for name, cmd in order if round_ % 2 == 0 else order[::-1]:
                times[name].append(timed(cmd, base / "stdout.jsonl"))
                print(f"round {round_ + 1}: {name} {times[name][-1]:.1f} s", file=sys.stderr)
    medians = {name: statistics.median(values) for name, values in times.items()}
    lines = [
        "| command | pages | median s (process start included) | pages/s | rounds (s) |",
        "|---|--:|--:|--:|---|",
    ]
    for name, median in medians.items():
        rounds = ", ".join(f"{t:.1f}" for t in times[name])
        lines.append(f"| {name} | {len(paths)} | {median:.1f} | **{len(paths) / median:.1f}** | {rounds} |")
    ratio = medians["trafilatura"] / medians["pressarchive extract"]
    table = (
        "\n".join(lines) + f"\n\nRatio: pressarchive extract runs at **{ratio:.2f}×** trafilatura's pages/s."
    )
    print(table)
    if args.write:
        body = (
            "Both commands as fresh processes over the real pages of fundus-de and the Zyte set; see\n"
            "the docstring of `benchmarks/extract_cli_speed.py`.\n\n"
            f"{table}\n\nCommand: `python benchmarks/extract_cli_speed.py --rounds {args.rounds} --write` · "
            f"date {dt.date.today().isoformat()} · commit {git_revision()}.\n"
        )
        heading = "`pressarchive extract` against the `trafilatura` command"
        write_section(DOC, "extract-cli-speed", body, heading)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
