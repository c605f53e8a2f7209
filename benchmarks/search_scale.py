"""Search, facets and export at scale: a synthetic archive of N announcements (default 1,000,000).

Builds the archive with ``benchmarks/synthetic_archive.py`` (the real schema through the
migrations, the exact FTS5 index through its triggers, the German shadow index written in bulk
and checked against the archive's own indexing code; its docstring describes the text), then
times, warm, each query kind over many distinct terms and reports p50 and p95 — beside the naive
FTS5 anchor (bm25 over every match of the exact index, then filter) in the same run. Export
throughput and peak memory come from ``pressarchive export`` in a child process.

    .venv/bin/python benchmarks/search_scale.py --n 1000000 --db /tmp/scale.sqlite --write
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.synthetic_archive import FUNCTION, build  # noqa: E402
from storage.api import Archive  # noqa: E402
from storage.search import Filters, facets, search  # noqa: E402


def pick_terms(db: Path) -> dict[str, list]:
    """Query words from the exact index's vocabulary (real word forms, as a user types them):
    rare (in 50–500 documents), common (in 10–40 % of documents, not function words). The same
    words go to pressarchive and to the naive anchor."""
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, announcements_fts, row)")
    total = con.execute("SELECT count(*) FROM search_keys").fetchone()[0]
    rows = con.execute("SELECT term, doc FROM temp.vocab").fetchall()
    con.close()
    function = {w.lower() for w in FUNCTION}
    rare = sorted(t for t, d in rows if 50 <= d <= 500 and t.isalpha())
    common = sorted(t for t, d in rows if 0.10 * total <= d <= 0.40 * total and t not in function)
    rng = np.random.default_rng(1)
    return {
        "rare": list(rng.choice(rare, size=min(40, len(rare)), replace=False)),
        "common": list(rng.choice(common, size=min(40, len(common)), replace=False)),
        "total": total,
    }


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered), p95


def timed(fn, args_list) -> tuple[float, float]:
    fn(args_list[0])  # warm
    samples = []
    for args in args_list:
        start = time.perf_counter()
        fn(args)
        samples.append((time.perf_counter() - start) * 1000)
    return percentiles(samples)


def naive(con: sqlite3.Connection, term: str, source: str | None = None, since: str | None = None) -> list:
    """The anchor: the exact FTS5 index, bm25 over every match, then filter, first page."""
    where = ["announcements_fts MATCH ?"]
    params: list = [f'"{term}"']
    if source:
        where.append("a.source_id = ?")
        params.append(source)
    if since:
        where.append("a.published >= ? AND a.published <= ?")
        params += [since, since[:4] + "-12-31"]
    sql = (
        "SELECT a.id, a.title, snippet(announcements_fts, 2, '[', ']', ' … ', 16), "
        "bm25(announcements_fts, 10.0, 3.0, 1.0) AS score FROM announcements_fts "
        f"JOIN announcements a ON a.id = announcements_fts.rowid WHERE {' AND '.join(where)} "
        "ORDER BY score LIMIT 20"
    )
    return con.execute(sql, params).fetchall()


def measure(db: Path, terms: dict[str, list]) -> list[tuple[str, str, float, float]]:
    archive = Archive(str(db))
    raw = sqlite3.connect(db)
    rare, common = terms["rare"], terms["common"]
    rng = np.random.default_rng(3)
    sources = [f"src{int(i):03d}" for i in rng.integers(0, 500, len(common))]
    years = [str(int(y)) for y in rng.integers(2006, 2025, len(common))]
    phrases = [f'"{a} {b}"' for a, b in zip(common, reversed(common), strict=True)]
    out: list[tuple[str, str, float, float]] = []

    def add(name: str, how: str, fn, args) -> None:
        p50, p95 = timed(fn, args)
        out.append((name, how, p50, p95))
        print(f"  {name:<40} {how:<32} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms", flush=True)

    add("rare term, first page", "pressarchive (newest)", lambda t: search(archive, t), rare)
    add("rare term, first page", "pressarchive (rank)", lambda t: search(archive, t, order="rank"), rare)
    add("rare term, first page", "naive FTS5 anchor", lambda t: naive(raw, t), rare)
    add("common term, first page (default)", "pressarchive (newest)", lambda t: search(archive, t), common)
    add("common term, first page", "pressarchive (rank)", lambda t: search(archive, t, order="rank"), common)
    add("common term, first page", "naive FTS5 anchor", lambda t: naive(raw, t), common)
    add("phrase of two common words", "pressarchive (newest)", lambda t: search(archive, t), phrases)
    add("phrase of two common words", "naive FTS5 anchor", lambda p: naive(raw, p.strip('"')), phrases)
    pairs = list(zip(common, sources, strict=True))
    add("common term + source filter", "pressarchive (newest)",
        lambda p: search(archive, p[0], filters=Filters.make(source=p[1])), pairs)  # fmt: skip
    add("common term + source filter", "naive FTS5 anchor", lambda p: naive(raw, p[0], source=p[1]), pairs)
    dated = list(zip(common, years, strict=True))
    add("common term + one year", "pressarchive (newest)",
        lambda p: search(archive, p[0], filters=Filters.make(since=f"{p[1]}-01-01", until=f"{p[1]}-12-31")),
        dated)  # fmt: skip
    add("common term + one year", "naive FTS5 anchor",
        lambda p: naive(raw, p[0], since=f"{p[1]}-01-01"), dated)  # fmt: skip
    add("facets by month, rare term", "pressarchive", lambda t: facets(archive, t, by=["month"]), rare)
    add("facets by month, common term", "pressarchive", lambda t: facets(archive, t, by=["month"]), common)
    add("facets by month, whole archive", "pressarchive",
        lambda _: facets(archive, "", by=["month"]), rare[:10])  # fmt: skip
    add("facets source/party/kind, common term", "pressarchive",
        lambda t: facets(archive, t, by=["source", "party", "kind"]), common[:20])  # fmt: skip
    raw.close()
    archive.close()
    return out


def export_run(db: Path, target: Path) -> dict[str, float]:
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "pressarchive", "export", "--db", str(db), "--format", "parquet",
           "-o", str(target)]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, _, usage = os.wait4(proc.pid, 0)  # this child's own peak RSS, not the largest of all children
    seconds = time.perf_counter() - started
    stderr = proc.stderr.read() if proc.stderr else ""
    peak_kib = usage.ru_maxrss
    count = int(stderr.split("exported ")[1].split()[0])
    return {"rows": count, "seconds": seconds, "rows_per_s": count / seconds, "peak_mib": peak_kib / 1024,
            "size_bytes": target.stat().st_size}  # fmt: skip


def cluster_run(db: Path) -> dict[str, object]:
    """Cluster every announcement from scratch, then re-cluster one changed announcement."""
    from storage import clusters

    archive = Archive(str(db))
    started = time.perf_counter()
    stats = clusters.update(archive)
    seconds = time.perf_counter() - started
    with archive.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE announcements SET content_hash = 'changed', text = text || ' Nachtrag.' WHERE id = 5"
        )
    started = time.perf_counter()
    clusters.update(archive)
    one = time.perf_counter() - started
    archive.close()
    total = stats["clustered"]
    return {"n": total, "seconds": seconds, "per_doc_ms": seconds / total * 1000, "one_changed_seconds": one,
            "load": os.getloadavg(), **stats}  # fmt: skip


def markdown(f: dict) -> str:
    """The figures as the docs/benchmarks.md section."""
    b = f.get("build") or {}
    lines = [
        f"Measured {f['date']} at commit `{f['commit']}` (Python {sys.version.split()[0]}, SQLite {f['sqlite']}, "  # noqa: E501
        f"2 CPUs shared with other work: load average {f['load'][0]:.1f} at the start, "
        f"{f['load_end'][0]:.1f} at the end).",
        "",
        f"Command: `{f.get('command') or 'benchmarks/search_scale.py'}`, then `--from-json JSON --write`",
        "",
    ]
    if b:
        lines += [
            f"Archive: {f['n']:,} synthetic announcements (`benchmarks/synthetic_archive.py`: German "
            f"inflection, Zipf vocabulary, 150–800 words, 500 sources), {b['size_bytes'] / 2**30:.1f} GiB. "
            + (
                f"Build: {b['load_s'] / 60:.1f} min for the announcements with the exact FTS5 index "
                f"(triggers) and the German shadow index (stems and compound heads per distinct word, "
                f"{b['analyse_s']:.0f} s; its FTS5 table through its triggers) in one pass."
                if "index_in_load" in b
                else f"Build: bulk insert {b['load_s'] / 60:.1f} min, index {b['index_s'] / 60:.1f} min."
            ),
            "",
        ]
    lines += [
        "Latency, warm, each kind over 40 distinct words (10–20 for the facet rows), first page of 20 "
        "with snippets; the naive anchor is the exact FTS5 index with bm25 over every match, then the "
        "filter, in the same run:",
        "",
        "| query | how | p50 ms | p95 ms |",
        "|---|---|--:|--:|",
    ]
    for name, how, p50, p95 in f["queries"]:
        lines.append(f"| {name} | {how} | {p50:,.1f} | {p95:,.1f} |")
    e = f.get("export")
    if e:
        lines += [
            "",
            f"Parquet export of all {e['rows']:,} rows (`pressarchive export --format parquet`, a child "
            f"process, start-up included): {e['seconds']:.0f} s, **{e['rows_per_s']:,.0f} rows/s**, peak RSS "
            f"**{e['peak_mib']:.0f} MiB**, file {e['size_bytes'] / 2**30:.2f} GiB.",
        ]
    sample = f.get("clusters_sample")
    if sample and "clusters_baseline" not in f:  # older runs; now benchmarks/export_clusters_scale.py
        lines += [
            "",
            f"Cluster build, measured on the first {sample['n']:,} announcements of the same generator "
            f"(`benchmarks/search_scale.py --n {sample['n']} --clusters`; load average "
            f"{sample['load'][0]:.0f} during it): {sample['seconds']:.0f} s from scratch, "
            f"{sample['per_doc_ms']:.1f} ms per announcement (MinHash of 5-word shingles dominates), "
            f"so about {sample['per_doc_ms'] * f['n'] / 60000:.0f} min for {f['n']:,} on one core at that "
            f"load — an extrapolation, not a measurement at {f['n']:,}. Afterwards one changed announcement "
            f"is re-clustered in {sample['one_changed_seconds']:.1f} s (indexed band lookups, independent "
            "of the archive's size apart from the scan for what changed).",
        ]
    return "\n".join(lines)


def write_doc(figures: dict) -> None:
    doc = REPO / "docs" / "benchmarks.md"
    text = doc.read_text(encoding="utf-8")
    block = f"<!-- search-scale:start -->\n{markdown(figures)}\n<!-- search-scale:end -->"
    if "<!-- search-scale:start -->" in text:
        head, rest = text.split("<!-- search-scale:start -->", 1)
        text = head + block + rest.split("<!-- search-scale:end -->", 1)[1]
    else:
        text = (
            text.rstrip() + "\n\n## Search, facets and export at 1,000,000 announcements\n\n" + block + "\n"
        )
    doc.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/pressarchive-scale.sqlite"))
    parser.add_argument("--reuse", action="store_true", help="Measure an archive built before.")
    parser.add_argument(
        "--load-only", action="store_true", help="Only write the announcements (no shadow index), then stop."
    )
    parser.add_argument("--clusters", action="store_true", help="Also time the cluster build.")
    parser.add_argument("--no-export", action="store_true", help="Skip the export.")
    parser.add_argument("--build-json", type=Path, help="Build figures measured apart (load_s, index_s).")
    parser.add_argument("--json", type=Path, help="Write the figures here as JSON.")
    parser.add_argument("--from-json", type=Path, help="Render figures measured before (with --write).")
    parser.add_argument("--write", action="store_true", help="Write the figures into docs/benchmarks.md.")
    args = parser.parse_args()
    if args.from_json:
        figures: dict[str, object] = json.loads(args.from_json.read_text(encoding="utf-8"))
        print(markdown(figures))
        if args.write:
            write_doc(figures)
        return
    figures = {"n": args.n, "date": date.today().isoformat()}
    figures["command"] = " ".join([".venv/bin/python benchmarks/search_scale.py", *sys.argv[1:]])
    figures["commit"] = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False
    ).stdout.strip()
    figures["sqlite"] = sqlite3.sqlite_version
    figures["load"] = os.getloadavg()
    if not args.reuse:
        print(f"building {args.n:,} announcements into {args.db}", flush=True)
        figures["build"] = build(args.db, args.n, index=not args.load_only)
        print(f"  built: {figures['build']}", flush=True)
        if args.load_only:
            if args.json:
                args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
            return
    if args.build_json:
        figures["build"] = json.loads(args.build_json.read_text(encoding="utf-8"))
    terms = pick_terms(args.db)
    figures["queries"] = measure(args.db, terms)
    if not args.no_export:
        print("exporting Parquet", flush=True)
        figures["export"] = export_run(args.db, args.db.with_suffix(".parquet"))
        print(f"  {figures['export']}", flush=True)
    if args.clusters:
        print("clusters", flush=True)
        figures["clusters_sample"] = cluster_run(args.db)
        print(f"  {figures['clusters_sample']}", flush=True)
    figures["load_end"] = os.getloadavg()
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    print(markdown(figures))
    if args.write:
        write_doc(figures)


if __name__ == "__main__":
    main()
