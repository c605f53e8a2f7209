"""Body-extraction quality of pressarchive and trafilatura, measured the same way in one run.

    .venv/bin/python benchmarks/extraction_quality.py            # print the table
    .venv/bin/python benchmarks/extraction_quality.py --write    # also update docs/benchmarks.md

Datasets (rows):

1. the labelled German corpus ``tests/fixtures/pages/corpus/`` (truth: its paragraphs joined by blank lines);
2. the public Zyte article-extraction benchmark, ``shared/benchmarks/zyte-article-extraction/``
   beside the repository (181 mostly English news pages);
3. the held-out German pages ``tests/fixtures/pages/corpus_heldout/`` (three CMS families nobody tunes on).

Metric: ``benchmarks/metric.py`` (the Zyte benchmark's own definition). Inputs are identical for
both extractors: the page bytes for the German sets, the page decoded as UTF-8 for the Zyte set
(as the benchmark's runners do). trafilatura runs with its defaults (``favor_precision=False``)
and ``include_comments=False``, as in the benchmark's own trafilatura runner.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import json
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ZYTE_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "zyte-article-extraction"
DOC = REPO / "docs" / "benchmarks.md"
if str(REPO) not in sys.path:  # run as a script: make benchmarks/ and tests/ importable
    sys.path.insert(0, str(REPO))

from benchmarks.metric import Scores, evaluate, page_scores  # noqa: E402

Extractor = Callable[[str | bytes, str], str]


@dataclass(frozen=True)
class Page:
    id: str
    html: str | bytes
    url: str
    truth: str


# --- datasets ----------------------------------------------------------------------------------


def corpus_pages(heldout: bool = False) -> list[Page]:
    from tests import corpuslib

    root = corpuslib.HELDOUT if heldout else corpuslib.LABELLED
    return [Page(c.id, c.html, c.url, c.body) for c in corpuslib.load_cases(root)]


def zyte_pages(directory: Path = ZYTE_DIR) -> list[Page]:
    truth_file = directory / "ground-truth.json"
    if not truth_file.exists():
        raise FileNotFoundError(
            f"the Zyte benchmark is not at {directory} (expected ground-truth.json and html/*.html.gz "
            "in shared/benchmarks/zyte-article-extraction/ beside the repository)"
        )
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        with gzip.open(directory / "html" / f"{key}.html.gz", "rt", encoding="utf8") as fh:
            html = fh.read()
        pages.append(Page(key, html, truth[key].get("url", ""), truth[key].get("articleBody", "")))
    return pages


DATASETS: dict[str, tuple[str, Callable[[], list[Page]]]] = {
    "corpus": ("German corpus, labelled (tests/corpus)", corpus_pages),
    "zyte": ("Zyte article-extraction benchmark", zyte_pages),
    "heldout": ("German pages, held out (tests/corpus/heldout)", lambda: corpus_pages(heldout=True)),
}


# --- extractors --------------------------------------------------------------------------------


def load_pressarchive() -> Extractor:
    from crawler.extraction import extract

    def run(html: str | bytes, url: str) -> str:
        return extract(html, url).text or ""

    return run


def load_trafilatura() -> Extractor:
    import trafilatura

    def run(html: str | bytes, url: str) -> str:
        return trafilatura.extract(html, url=url or None, favor_precision=False, include_comments=False) or ""

    return run


EXTRACTORS: dict[str, Callable[[], Extractor]] = {
    "pressarchive": load_pressarchive,
    "trafilatura": load_trafilatura,
}


# --- running -----------------------------------------------------------------------------------


@dataclass
class Row:
    dataset: str
    extractor: str
    scores: Scores | None
    errors: int = 0
    seconds: float = 0.0
    note: str = ""


def run_one(pages: list[Page], extract: Extractor) -> tuple[Scores, int, float, list[str]]:
    preds, errors = [], 0
    start = time.perf_counter()
    for page in pages:
        try:
            preds.append(extract(page.html, page.url))
        except Exception:
            preds.append("")
            errors += 1
    seconds = time.perf_counter() - start
    scores = evaluate(zip((p.truth for p in pages), preds, strict=True))
    return scores, errors, seconds, preds


def measure(datasets: list[str], extractors: list[str], verbose: bool = False) -> list[Row]:
    loaded: dict[str, Extractor | str] = {}
    for name in extractors:
        try:
            loaded[name] = EXTRACTORS[name]()
        except Exception as exc:
            loaded[name] = f"not importable: {type(exc).__name__}: {exc}"
    rows: list[Row] = []
    for ds in datasets:
        label, loader = DATASETS[ds]
        try:
            pages = loader()
        except FileNotFoundError as exc:
            print(f"[{ds}] skipped: {exc}", file=sys.stderr)
            rows.extend(Row(label, name, None, note="dataset missing") for name in extractors)
            continue
        for name in extractors:
            ext = loaded[name]
            if isinstance(ext, str):
                rows.append(Row(label, name, None, note=ext))
                continue
            scores, errors, seconds, preds = run_one(pages, ext)
            rows.append(Row(label, name, scores, errors, seconds))
            if verbose:
                worst = sorted(
                    zip(pages, preds, strict=True), key=lambda pp: page_scores(pp[0].truth, pp[1])[2]
                )
                for page, pred in worst[:5]:
                    p, r, f1 = page_scores(page.truth, pred)
                    print(
                        f"  [{ds} / {name}] {page.id[:60]}: P {p:.3f} R {r:.3f} F1 {f1:.3f}", file=sys.stderr
                    )
    return rows


def field_reports() -> dict[str, dict]:
    """Beyond the body: title, date, people, event, contacts, parties, dateline accuracy of
    pressarchive on the labelled and held-out German pages (corpuslib's matching rules)."""
    from crawler.extraction import extract
    from tests import corpuslib

    reports = {}
    for name, root in (("labelled", corpuslib.LABELLED), ("heldout", corpuslib.HELDOUT)):
        cases = corpuslib.load_cases(root)
        results: dict[str, object] = {}
        for case in cases:
            try:
                results[case.id] = extract(case.html, case.url)
            except Exception as exc:
                results[case.id] = exc
        reports[name] = corpuslib.field_report(cases, results)
    return reports


def table(rows: list[Row]) -> str:
    out = [
        "| dataset | pages | extractor | precision | recall | F1 | accuracy | errors |",
        "|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        if r.scores is None:
            out.append(f"| {r.dataset} | – | {r.extractor} | – | – | – | – | {r.note} |")
            continue
        s = r.scores
        out.append(
            f"| {r.dataset} | {s.pages} | {r.extractor} | {s.precision:.3f} | {s.recall:.3f} | "
            f"**{s.f1:.3f}** | {s.accuracy:.3f} | {r.errors} |"
        )
    return "\n".join(out)


# --- docs/benchmarks.md ------------------------------------------------------------------------


def git_revision() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()
    except Exception:
        return "unknown"


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = [f"Python {platform.python_version()}"]
    for pkg in ("trafilatura", "lxml", "pressarchive"):
        with contextlib.suppress(PackageNotFoundError):
            parts.append(f"{pkg} {version(pkg)}")
    return ", ".join(parts)


def write_section(doc: Path, key: str, body: str, heading: str) -> None:
    """Replace the text between ``<!-- key:start -->`` and ``<!-- key:end -->`` in ``doc``
    (appending a new section with ``heading`` if the markers are missing); other text is kept."""
    start, end = f"<!-- {key}:start -->", f"<!-- {key}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        text = head + block + tail
    else:
        text = text.rstrip() + f"\n\n## {heading}\n\n{block}\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")


def section_text(rows: list[Row], command: str) -> str:
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    return (
        f"Measured {today} at commit `{git_revision()}` ({versions()}).\n\n"
        f"Command: `{command}`\n\n"
        "Metric: the Zyte article-extraction benchmark's shingle metric (`benchmarks/metric.py`): word "
        "4-grams of `\\w+` tokens, TP/FP/FN normalised per page, precision and recall averaged over "
        "pages, F1 of the averages; accuracy = share of pages whose token lists equal the truth. "
        "Both extractors get identical inputs in the same run; trafilatura with its defaults "
        "(`favor_precision=False`) and `include_comments=False`.\n\n" + table(rows) + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", default="corpus,zyte,heldout", help="comma-separated: corpus,zyte,heldout")
    ap.add_argument("--extractors", default="pressarchive,trafilatura", help="comma-separated")
    ap.add_argument("--write", action="store_true", help="update the section in docs/benchmarks.md")
    ap.add_argument("--doc", type=Path, default=DOC, help="the markdown file --write updates")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="show the five worst pages per row")
    ap.add_argument("--fields", action="store_true", help="also report pressarchive's other fields")
    args = ap.parse_args(argv)
    datasets = [d for d in args.datasets.split(",") if d]
    extractors = [e for e in args.extractors.split(",") if e]
    unknown = [d for d in datasets if d not in DATASETS] + [e for e in extractors if e not in EXTRACTORS]
    if unknown:
        ap.error(f"unknown dataset/extractor: {', '.join(unknown)}")
    rows = measure(datasets, extractors, verbose=args.verbose)
    print(table(rows))
    for r in rows:
        if r.scores is None and r.note != "dataset missing":
            print(f"note: {r.extractor}: {r.note}", file=sys.stderr)
    if args.fields:
        for name, rep in field_reports().items():
            shown = ", ".join(
                f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                for k, v in rep.items()
                if v is not None
            )
            print(f"pressarchive fields, {name}: {shown}")
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {"dataset": r.dataset, "extractor": r.extractor, "errors": r.errors, "note": r.note}
                    | (r.scores.as_dict() if r.scores else {})
                    for r in rows
                ],
                indent=2,
            )
        )
    if args.write:
        command = "python benchmarks/extraction_quality.py --write"
        write_section(args.doc, "extraction-quality", section_text(rows, command), "Extraction quality")
        print(f"updated {args.doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
