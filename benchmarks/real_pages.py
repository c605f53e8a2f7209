"""Zero-configuration reading of real article pages: pressarchive against trafilatura, one run.

    .venv/bin/python benchmarks/real_pages.py              # print the table
    .venv/bin/python benchmarks/real_pages.py --write      # also update docs/benchmarks.md
    .venv/bin/python benchmarks/real_pages.py --misses     # list the pages each figure misses

Our own fixtures said 100 % while real pages said 44 %: this benchmark measures on pages nobody
here built. Every page of both sets is an article, so the share a crawl would store as an
announcement is recall of the page classifier.

Datasets (``shared/benchmarks/`` beside the repository):

* ``fundus-de``: 99 German, Austrian and Swiss news articles with title, date and body as the
  Fundus project's hand-written parsers return them;
* ``zyte``: the Zyte article-extraction benchmark (181 pages, mostly English; body only).

Per extractor: *announcement* — the share of pages the zero-config verdict calls an announcement
(pressarchive: ``crawler.reading.saved.read_saved_page``, what ``pressarchive extract`` runs: the
crawl's own ``crawler.reading.page`` with the ad hoc profile a ``crawl --url`` gets, then
``crawler.reading.classify.classify``; trafilatura has no page classifier, so its
column counts pages where it returns a title, a date and ≥ 250 characters of text); *title* —
exact title after whitespace normalisation (invisible soft hyphens and zero-width
characters dropped); *date* — the publication date's day; *body F1* — the
Zyte shingle metric (``benchmarks/metric.py``). Both extractors get the same bytes and URL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "benchmarks"
DOC = REPO / "docs" / "benchmarks.md"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.extraction_quality import git_revision, write_section  # noqa: E402
from benchmarks.metric import evaluate, page_scores  # noqa: E402


@dataclass(frozen=True)
class Page:
    id: str
    html: bytes
    url: str
    title: str | None
    published: str | None  # YYYY-MM-DD
    body: str


@dataclass(frozen=True)
class Reading:
    """What one extractor made of one page."""

    announcement: bool
    title: str | None
    published: str | None
    body: str


def fundus_pages(directory: Path = SHARED / "fundus-de") -> list[Page]:
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(
            key,
            gzip.decompress((directory / "html" / key).read_bytes()),
            item.get("url") or "",
            item.get("title"),
            (item.get("published") or "")[:10] or None,
            item.get("body") or "",
        )
        for key, item in sorted(truth.items())
    ]


def zyte_pages(directory: Path = SHARED / "zyte-article-extraction") -> list[Page]:
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(
            key,
            gzip.decompress((directory / "html" / f"{key}.html.gz").read_bytes()),
            item.get("url") or "",
            None,
            None,
            item.get("articleBody") or "",
        )
        for key, item in sorted(truth.items())
    ]


DATASETS: dict[str, tuple[str, Callable[[], list[Page]]]] = {
    "fundus-de": ("fundus-de (99 real German/Austrian/Swiss articles)", fundus_pages),
    "zyte": ("Zyte article-extraction benchmark (181 pages)", zyte_pages),
}


def load_pressarchive() -> Callable[[Page], Reading]:
    from crawler.reading.saved import read_saved_page

    def run(page: Page) -> Reading:
        got = read_saved_page(page.html, page.url or "http://example.test/article", "text/html")
        return Reading(
            got.get("page_type") == "announcement",
            got.get("title"),
            got.get("published"),
            got.get("text") or "",
        )

    return run


def load_trafilatura() -> Callable[[Page], Reading]:
    import trafilatura

    def run(page: Page) -> Reading:
        doc = trafilatura.bare_extraction(
            page.html, url=page.url or None, favor_precision=False, include_comments=False, with_metadata=True
        )
        if doc is None:
            return Reading(False, None, None, "")
        data = doc if isinstance(doc, dict) else doc.as_dict()
        title, date, text = data.get("title"), (data.get("date") or "")[:10] or None, data.get("text") or ""
        return Reading(bool(title and date and len(text) >= 250), title, date, text)

    return run


EXTRACTORS = {"pressarchive": load_pressarchive, "trafilatura": load_trafilatura}


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _norm(text: str | None) -> str:
    """Whitespace runs as one space; invisible characters (soft hyphen, zero-width) dropped."""
    return " ".join((text or "").translate(_INVISIBLE).split()).strip()


@dataclass
class Row:
    dataset: str
    extractor: str
    pages: int = 0
    announcements: int = 0
    titles: int = 0
    dates: int = 0
    with_truth: int = 0  # pages with a true title/date
    f1: float = 0.0
    seconds: float = 0.0
    errors: int = 0
    misses: dict[str, list[str]] = field(default_factory=dict)


def measure(dataset: str, pages: list[Page], extractor: str, run: Callable[[Page], Reading]) -> Row:
    row = Row(dataset, extractor, pages=len(pages))
    results = []
    started = time.perf_counter()
    for page in pages:
        try:
            got = run(page)
        except Exception as exc:  # a crash is a miss of every figure, and counted
            row.errors += 1
            row.misses.setdefault("errors", []).append(f"{page.id}: {type(exc).__name__}: {exc}")
            got = Reading(False, None, None, "")
        results.append((page, got))
    row.seconds = time.perf_counter() - started
    for page, got in results:
        if got.announcement:
            row.announcements += 1
        else:
            row.misses.setdefault("announcement", []).append(page.id)
        if page.title is not None:
            row.with_truth += 1
            if _norm(got.title) == _norm(page.title):
                row.titles += 1
            else:
                row.misses.setdefault("title", []).append(f"{page.id}: {got.title!r} != {page.title!r}")
            if got.published == page.published:
                row.dates += 1
            else:
                row.misses.setdefault("date", []).append(f"{page.id}: {got.published} != {page.published}")
    row.f1 = evaluate((p.body, g.body) for p, g in results).f1
    for page, got in results:
        precision, recall, f1 = page_scores(page.body, got.body)
        if f1 < 0.9:
            row.misses.setdefault("body", []).append(f"{page.id}: P {precision:.2f} R {recall:.2f}")
    return row


def _share(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.1f} %)" if d else "–"


def table(rows: list[Row]) -> str:
    lines = [
        "| dataset | extractor | announcement | exact title | date | body F1 | pages/s | errors |",
        "|---|---|--:|--:|--:|--:|--:|--:|",
    ]
    for r in rows:
        lines.append(
            f"| {DATASETS[r.dataset][0]} | {r.extractor} | {_share(r.announcements, r.pages)} | "
            f"{_share(r.titles, r.with_truth)} | {_share(r.dates, r.with_truth)} | **{r.f1:.3f}** | "
            f"{r.pages / r.seconds:.1f} | {r.errors} |"
        )
    return "\n".join(lines)


def write_doc(rows: list[Row], command: str) -> None:
    body = (
        "Pages nobody here built, every one an article: the share the zero-config classifier calls an\n"
        "announcement (what a crawl would store), exact titles, publication dates and body F1, against\n"
        "trafilatura in the same run (trafilatura has no classifier: its column counts pages with a\n"
        "title, a date and ≥ 250 characters). See the docstring of `benchmarks/real_pages.py`.\n\n"
        f"{table(rows)}\n\n"
        f"Command: `{command}` · date {dt.date.today().isoformat()} · commit {git_revision()}.\n"
    )
    write_section(DOC, "real-pages", body, "Real article pages (zero configuration)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=sorted(DATASETS), action="append")
    parser.add_argument("--extractor", choices=sorted(EXTRACTORS), action="append")
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--misses", action="store_true", help="list the pages each figure misses")
    args = parser.parse_args(argv)
    rows = []
    for name in args.dataset or list(DATASETS):
        pages = DATASETS[name][1]()
        for extractor in args.extractor or list(EXTRACTORS):
            row = measure(name, pages, extractor, EXTRACTORS[extractor]())
            rows.append(row)
            print(f"{name} {extractor}: done in {row.seconds:.1f} s", file=sys.stderr)
            if args.misses:
                for figure, items in row.misses.items():
                    print(f"  {figure} misses ({len(items)}):", *items[:200], sep="\n    ")
    print(table(rows))
    if args.write:
        write_doc(rows, "python benchmarks/real_pages.py --write")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
