"""Extraction speed and peak memory of pressarchive and trafilatura on the same pages.

    .venv/bin/python benchmarks/extraction_speed.py              # print the table
    .venv/bin/python benchmarks/extraction_speed.py --write      # also update docs/benchmarks.md

Pages: the Zyte benchmark set (if present beside the repository) plus the labelled and held-out
German corpus. Each extractor runs in its own fresh subprocess (same interpreter, same inputs,
one warm-up pass over all pages, then ``--rounds`` timed passes), so imports, caches and memory
of one cannot help or hurt the other. Memory is the process's peak resident set size
(``resource.getrusage(...).ru_maxrss``) at the end, and its growth over the baseline measured after
the pages were read but before the extractor was imported.

The machine may be shared, so load can change while the benchmark runs. The workers therefore run
``--repeats`` times each, alternating (A B, B A, A B …), and the table reports each extractor's
median run (its pages/s; the peak RSS is the highest of its runs); the per-run figures are listed
below the table.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.extraction_quality import (  # noqa: E402
    DOC,
    EXTRACTORS,
    corpus_pages,
    git_revision,
    versions,
    write_section,
    zyte_pages,
)


def load_inputs() -> tuple[list[tuple[str | bytes, str]], list[str]]:
    pages, sets = [], []
    try:
        zyte = zyte_pages()
        pages += [(p.html, p.url) for p in zyte]
        sets.append(f"Zyte {len(zyte)}")
    except FileNotFoundError as exc:
        print(f"note: {exc}", file=sys.stderr)
    german = corpus_pages() + corpus_pages(heldout=True)
    pages += [(p.html, p.url) for p in german]
    sets.append(f"German corpus {len(german)}")
    return pages, sets


def maxrss_mib() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def worker(name: str, rounds: int) -> dict:
    pages, sets = load_inputs()
    base = maxrss_mib()
    extract = EXTRACTORS[name]()
    errors = 0
    for html, url in pages:  # warm-up: lazy imports, compiled regexes, caches
        try:
            extract(html, url)
        except Exception:
            errors += 1
    start = time.perf_counter()
    for _ in range(rounds):
        for html, url in pages:
            with contextlib.suppress(Exception):
                extract(html, url)
    seconds = time.perf_counter() - start
    n = len(pages) * rounds
    return {
        "extractor": name,
        "pages": len(pages),
        "sets": sets,
        "rounds": rounds,
        "seconds": seconds,
        "pages_per_second": n / seconds if seconds else 0.0,
        "ms_per_page": 1000 * seconds / n if n else 0.0,
        "peak_rss_mib": maxrss_mib(),
        "rss_growth_mib": maxrss_mib() - base,
        "errors": errors,
    }


def run_worker(name: str, rounds: int) -> dict:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--rounds", str(rounds)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"extractor": name, "error": last}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def table(results: list[dict]) -> str:
    out = [
        "| extractor | pages × rounds | pages/s (median run) | ms/page | peak RSS (MiB) | RSS growth (MiB) "
        "| errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if "error" in r:
            out.append(f"| {r['extractor']} | – | – | – | – | – | {r['error']} |")
            continue
        out.append(
            f"| {r['extractor']} | {r['pages']} × {r['rounds']} | **{r['pages_per_second']:.1f}** | "
            f"{r['ms_per_page']:.1f} | {r['peak_rss_mib']:.0f} | {r['rss_growth_mib']:.0f} | {r['errors']} |"
        )
    ok = {r["extractor"]: r for r in results if "error" not in r}
    if "pressarchive" in ok and "trafilatura" in ok:
        pa, tr = ok["pressarchive"], ok["trafilatura"]
        out.append("")
        out.append(
            f"pressarchive / trafilatura: speed {pa['pages_per_second'] / tr['pages_per_second']:.2f}×, "
            f"peak RSS {pa['peak_rss_mib'] / tr['peak_rss_mib']:.2f}×, "
            f"RSS growth {pa['rss_growth_mib'] / max(tr['rss_growth_mib'], 1e-9):.2f}×"
        )
    return "\n".join(out)


def median_run(runs: list[dict]) -> dict:
    """The run with the median pages/s (peak RSS and growth: the highest of all runs)."""
    failed = [r for r in runs if "error" in r]
    if failed:
        return failed[0]
    ordered = sorted(runs, key=lambda r: r["pages_per_second"])
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    chosen["peak_rss_mib"] = max(r["peak_rss_mib"] for r in runs)
    chosen["rss_growth_mib"] = max(r["rss_growth_mib"] for r in runs)
    chosen["runs"] = [round(r["pages_per_second"], 1) for r in runs]
    return chosen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3, help="timed passes over all pages per run (default 3)")
    ap.add_argument(
        "--repeats", type=int, default=3, help="fresh worker runs per extractor, alternating (default 3)"
    )
    ap.add_argument("--extractors", default="pressarchive,trafilatura", help="comma-separated")
    ap.add_argument("--write", action="store_true", help="update the section in docs/benchmarks.md")
    ap.add_argument("--doc", type=Path, default=DOC, help="the markdown file --write updates")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.rounds)))
        return 0
    names = [name for name in args.extractors.split(",") if name]
    runs: dict[str, list[dict]] = {name: [] for name in names}
    for repeat in range(max(1, args.repeats)):
        for name in names if repeat % 2 == 0 else names[::-1]:
            runs[name].append(run_worker(name, args.rounds))
    results = [median_run(runs[name]) for name in names]
    text = table(results)
    per_run = "; ".join(f"{r['extractor']} {', '.join(map(str, r['runs']))}" for r in results if "runs" in r)
    if per_run:
        text += f"\n\npages/s of each run (in order): {per_run}"
    print(text)
    if args.write:
        import datetime as dt

        sets: list[Any] = next((r["sets"] for r in results if "sets" in r), [])
        today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
        body = (
            f"Measured {today} at commit `{git_revision()}` ({versions()}; load average {load} at the "
            f"end), one fresh subprocess per extractor and run, same pages ({', '.join(sets)}), one "
            f"warm-up pass, then {args.rounds} timed passes; {args.repeats} runs per extractor, "
            "alternating, the median run reported.\n\n"
            f"Command: `python benchmarks/extraction_speed.py --write`\n\n{text}\n"
        )
        write_section(args.doc, "extraction-speed", body, "Extraction speed and memory")
        print(f"updated {args.doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
