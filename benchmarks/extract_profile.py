"""Where the time of ``pressarchive extract`` goes, per page and by stage.

    .venv/bin/python benchmarks/extract_profile.py [--rounds 3]

The pages of ``extract_cli_speed.py`` (fundus-de and the Zyte set), read in one process with
``crawler.reading.saved.read_saved`` after one warm-up pass; the stages are timed by wrapping the
functions that do them (inclusive CPU time of this process, so that other load on the machine
counts as little as it can; best of the rounds). A stage this revision does not have is left
out. The URL caches are emptied before each round (one command resolves each page's links
once). Process start is measured apart: the CPU time of ``pressarchive extract`` over the
smallest page.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.extract_cli_speed import BIN, write_pages  # noqa: E402

# (label, module, function): each wraps the named function; nested ones are subtracted below.
STAGES = [
    ("read_saved_page", "crawler.reading.saved", "read_saved_page"),
    ("reading: decode (Scrapy's rules)", "crawler.reading.page", "response_text"),
    ("reading: decode (Scrapy response)", "crawler.reading.page", "page_response"),
    ("reading: parse (shared with extraction)", "crawler.reading.page", "_document"),
    ("reading: parse (own selector)", "crawler.reading.page", "_selector"),
    ("reading: teaser links", "crawler.reading.classify", "teaser_anchors"),
    ("reading: classification evidence", "crawler.reading.classify", "page_evidence"),
    ("reading: classification signals", "crawler.reading.classify", "page_signals"),
    ("extraction", "crawler.extraction.core", "_extract"),
    ("  decode", "crawler.extraction.core", "decode_html"),
    ("  parse", "crawler.extraction.core", "parse_html"),
    ("  parse (finishing the shared tree)", "crawler.extraction.dom:Document", "for_extraction"),
    ("  title", "crawler.extraction.core", "find_title"),
    ("  body (semantic)", "crawler.extraction.generic_body", "semantic_body"),
    ("  body (trafilatura)", "crawler.extraction.generic_body", "trafilatura_body"),
    ("  dates", "crawler.extraction.core", "find_dates_of_page"),
    ("  cleaning", "crawler.extraction.core", "clean_blocks"),
    ("  analysis (people, events, contacts…)", "crawler.extraction.core", "_analyse"),
    ("  hashes", "crawler.extraction.core", "_finish"),
]


def _wrap(totals: dict[str, float], label: str, module: str, name: str) -> bool:
    """Time calls of ``module.name`` (``module:Class`` for a method) under ``label``; False when
    this revision has no such function."""
    module, _, cls = module.partition(":")
    owner: Any = importlib.import_module(module)
    owner = getattr(owner, cls, None) if cls else owner
    original = getattr(owner, name, None)
    if original is None:
        return False

    @functools.wraps(original)
    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            totals[label] += time.process_time() - started

    setattr(owner, name, timed)
    return True


def _clear_url_caches() -> None:
    for module, name in (("crawler.urls", "canonicalize"), ("crawler.reading.classify", "_resolved")):
        cached: Any = getattr(importlib.import_module(module), name, None)
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--stages", default="", help="extra label=module:function stages, comma-separated")
    args = parser.parse_args(argv)
    stages = list(STAGES)
    for spec in filter(None, args.stages.split(",")):
        label, target = spec.split("=")
        module, name = target.split(":")
        stages.append((label, module, name))
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_pages(Path(tmp))
        from crawler.reading.saved import read_saved

        best: dict[str, float] = {}
        totals: dict[str, float] = defaultdict(float)
        stages = [stage for stage in stages if _wrap(totals, *stage)]
        import crawler.reading.saved as offline

        for round_ in range(args.rounds + 1):
            _clear_url_caches()  # (each round resolves the pages' links afresh, as one command does)
            totals.clear()
            started = time.process_time()
            out = io.StringIO()
            for record in offline.read_saved(paths):
                t = time.process_time()
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                totals["json output"] += time.process_time() - t
            totals["total"] = time.process_time() - started
            if round_ and (not best or totals["total"] < best["total"]):
                best = dict(totals)
        del read_saved
        small = min(paths, key=lambda p: p.stat().st_size)
        starts = []
        for _ in range(5):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(
                [str(BIN / "pressarchive"), "extract", str(small)], capture_output=True, check=False
            )
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            starts.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    n = len(paths)
    ms = {label: 1000 * value / n for label, value in best.items()}
    print(f"{n} pages; CPU ms per page (best of {args.rounds} rounds, in one process)")
    reading = ms.get("read_saved_page", 0) - ms.get("extraction", 0)
    rows = [("reading, classification (all but extraction)", reading)]
    rows += [(label, ms.get(label, 0)) for label, _, _ in stages if label != "read_saved_page"]
    rows += [("json output", ms.get("json output", 0)), ("total per page", ms["total"])]
    for label, value in rows:
        print(f"| {label} | {value:.1f} |")
    start = min(starts)
    print(f"| process start (CPU of `extract` over the smallest page, best of 5) | {start * 1000:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
