"""Parquet export and cluster build at scale, each against a baseline in the same run.

Takes an archive written by ``benchmarks/synthetic_archive.py`` (``search_scale.py
--load-only`` is enough: neither needs the German search index) and measures, each in a child
process (its own peak RSS and CPU seconds from ``wait4``, start-up included):

- export: ``storage.export.write_parquet`` of every row, against (a) the export code of a given
  earlier commit (``--baseline``, default the commit before this work) and (b) bare ``sqlite3``
  reads with no Arrow and no Parquet, of the statement the export runs now (plain columns and
  the record as bytes: the ceiling of this design on this disk and CPU) and of the SQL
  flattening the baseline ran;
- clusters: ``storage.clusters.update`` from scratch on the whole archive (a copy of it), and on
  a sample of its first ``--sample`` announcements the same against the baseline commit's code.

    .venv/bin/python benchmarks/export_clusters_scale.py --db /tmp/scale.sqlite --write
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.extraction_quality import git_revision, write_section  # noqa: E402

BASELINE = "8ed8c8e"  # main before the JSON flattening moved to Arrow

EXPORT = """
import sys, time
sys.path.insert(0, {repo!r})
{swap}
from storage import export
from storage.db import make_engine
engine = make_engine({db!r})
started = time.perf_counter()
n = export.write_parquet(engine, {out!r})
print(n, time.perf_counter() - started)
"""
RAW = """
import sqlite3, sys, time
sys.path.insert(0, {repo!r})
from storage import export, parquet_export
started = time.perf_counter()
con = sqlite3.connect({db!r})
cur = con.execute({sql})
n = 0
while rows := cur.fetchmany(5000):
    n += len(rows)
print(n, time.perf_counter() - started)
"""
CLUSTERS = """
import sys, time
sys.path.insert(0, {repo!r})
{swap}
from storage import clusters
from storage.db import make_engine
engine = make_engine({db!r})
with engine.begin() as conn:
    conn.exec_driver_sql("DELETE FROM cluster_bands")
    conn.exec_driver_sql("DELETE FROM cluster_members")
started = time.perf_counter()
stats = clusters.update(engine)
print(stats["clustered"], time.perf_counter() - started, stats["clusters"])
"""


def baseline_module(commit: str, path: str, into: Path) -> str:
    """Code that makes ``storage.<module>`` the file as it was at ``commit``."""
    source = subprocess.run(["git", "-C", str(REPO), "show", f"{commit}:{path}"], capture_output=True,
                            text=True, check=True).stdout  # fmt: skip
    target = into / Path(path).name
    target.write_text(source, encoding="utf-8")
    name = Path(path).stem
    return (
        "import importlib.util, storage\n"
        f"spec = importlib.util.spec_from_file_location('storage.{name}', {str(target)!r})\n"
        f"module = importlib.util.module_from_spec(spec); sys.modules['storage.{name}'] = module\n"
        f"spec.loader.exec_module(module); storage.{name} = module\n"
    )


def child(code: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter: its printed figures, wall time and peak RSS."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read() if proc.stdout else ""
    err = proc.stderr.read() if proc.stderr else ""
    if status != 0:
        raise SystemExit(f"child failed: {err.strip().splitlines()[-1] if err.strip() else status}")
    values = [float(v) for v in out.split()]
    wall = time.perf_counter() - started
    return {"n": values[0], "inner_s": values[1], "extra": values[2:], "wall_s": wall,
            "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024}  # fmt: skip


def sample_copy(db: Path, into: Path, n: int | None) -> Path:
    """A copy of the archive (``n`` None), or its first ``n`` announcements written anew by the
    same generator (same seed: the same texts), without the search index."""
    target = into / f"copy-{n or 'all'}.sqlite"
    if n is None:
        shutil.copyfile(db, target)
        return target
    # in a child: the parent stays small, so the children it forks start small (their peak RSS)
    code = f"import sys; sys.path.insert(0, {str(REPO)!r}); from benchmarks.synthetic_archive import build; "
    code += f"build(__import__('pathlib').Path({str(target)!r}), {n}, index=False)"
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, capture_output=True)
    return target


def measure(db: Path, baseline: str, sample: int, work: Path, what: set[str]) -> dict:
    figures: dict = {"date": date.today().isoformat(), "commit": git_revision(), "baseline": baseline,
                     "load": os.getloadavg()}  # fmt: skip
    if "export" in what:
        swap = baseline_module(baseline, "storage/export.py", work)
        out = str(work / "x.parquet")
        for name, sql in [("raw", "parquet_export._sqlite_sql(None, None)"),
                          ("raw_flat", "export.flat_sql('sqlite', None, None, as_bytes=True)")]:  # fmt: skip
            figures[name] = child(RAW.format(repo=str(REPO), db=str(db), sql=sql))
            print(name, figures[name], flush=True)
        figures["export"] = child(EXPORT.format(repo=str(REPO), swap="", db=str(db), out=out))
        figures["export"]["size_bytes"] = Path(out).stat().st_size
        print("export", figures["export"], flush=True)
        figures["export_baseline"] = child(EXPORT.format(repo=str(REPO), swap=swap, db=str(db), out=out))
        print("export at baseline", figures["export_baseline"], flush=True)
    if "clusters" in what:
        swap = baseline_module(baseline, "storage/clusters.py", work)
        small = sample_copy(db, work, sample)
        figures["clusters_sample"] = child(CLUSTERS.format(repo=str(REPO), swap="", db=str(small)))
        print("clusters, sample", figures["clusters_sample"], flush=True)
        figures["clusters_sample_baseline"] = child(CLUSTERS.format(repo=str(REPO), swap=swap, db=str(small)))
        print("clusters, sample, baseline", figures["clusters_sample_baseline"], flush=True)
        small.unlink()
    if "clusters-all" in what:  # the whole archive, the current code only
        whole = sample_copy(db, work, None)
        figures["clusters_all"] = child(CLUSTERS.format(repo=str(REPO), swap="", db=str(whole)))
        print("clusters, all", figures["clusters_all"], flush=True)
        whole.unlink()
    figures["load_end"] = os.getloadavg()
    return figures


def markdown(f: dict, command: str) -> str:
    lines = [
        f"Measured {f['date']} at commit `{f['commit']}` against `{f['baseline']}` in the same run "
        f"(2 CPUs shared with other work: load average {f['load'][0]:.1f} at the start, "
        f"{f['load_end'][0]:.1f} at the end). Command: `{command}`",
        "",
    ]
    if "export" in f:
        e, b, r, q = f["export"], f["export_baseline"], f["raw"], f["raw_flat"]
        rate = e["n"] / e["wall_s"]
        lines += [
            "Parquet export of every row (a child process each, start-up included; its own peak RSS; "
            "CPU seconds of all its threads, which the load of other work does not inflate as it "
            "does the wall time):",
            "",
            "| what | rows | seconds | rows/s | CPU s | rows per CPU s | peak RSS MiB |",
            "|---|--:|--:|--:|--:|--:|--:|",
        ]
        for label, x in [("`write_parquet` now", e), (f"`write_parquet` at `{f['baseline']}`", b),
                         ("bare `sqlite3` read of what the export reads (plain columns, record bytes)", r),
                         ("bare `sqlite3` read of the SQL flattening (the baseline's)", q)]:  # fmt: skip
            cpu = x.get("cpu_s") or float("nan")
            lines.append(f"| {label} | {x['n']:,.0f} | {x['wall_s']:.1f} | {x['n'] / x['wall_s']:,.0f} | "
                         f"{cpu:.1f} | {x['n'] / cpu:,.0f} | {x['peak_mib']:.0f} |")  # fmt: skip
        cpu_ratio = (b.get("cpu_s") or float("nan")) / (e.get("cpu_s") or float("nan"))
        lines += [
            "",
            f"Ratios: {rate / (b['n'] / b['wall_s']):.2f}× the baseline's rows/s, {cpu_ratio:.2f}× its "
            f"rows per CPU second; "
            f"{rate / (r['n'] / r['wall_s']):.2f}× the bare read. File {e['size_bytes'] / 2**30:.2f} GiB.",
            "",
        ]
    if "clusters_sample" in f or "clusters_all" in f:
        lines += [
            "Cluster build from scratch (`clusters.update`, a child process each):",
            "",
            "| what | announcements | seconds | CPU s | ms per announcement (CPU) | peak RSS MiB |",
            "|---|--:|--:|--:|--:|--:|",
        ]
        rows = [("clusters_sample", "now, first {n:,.0f}"),
                ("clusters_sample_baseline", f"at `{f['baseline']}`, same {{n:,.0f}}"),
                ("clusters_all", "now, the whole archive ({n:,.0f})")]  # fmt: skip
        for key, label in rows:
            if key in f:
                x = f[key]
                cpu = x.get("cpu_s") or float("nan")
                lines.append(f"| {label.format(n=x['n'])} | {x['n']:,.0f} | {x['inner_s']:.0f} | {cpu:.0f} | "
                             f"{cpu / x['n'] * 1000:.2f} | {x['peak_mib']:.0f} |")  # fmt: skip
        if "clusters_sample_baseline" in f:
            ratio = f["clusters_sample_baseline"]["inner_s"] / f["clusters_sample"]["inner_s"]
            lines += ["", f"Ratio on the sample: {ratio:.1f}× faster than the baseline."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--sample", type=int, default=20_000)
    parser.add_argument("--what", default="export,clusters,clusters-all")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--from-json", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    command = f".venv/bin/python benchmarks/export_clusters_scale.py --db {args.db} --what {args.what}"
    if args.from_json:
        figures = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        with tempfile.TemporaryDirectory(dir=args.db.parent) as work:
            figures = measure(args.db, args.baseline, args.sample, Path(work), set(args.what.split(",")))
        figures["command"] = command
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    text = markdown(figures, figures.get("command", command))
    print(text)
    if args.write:
        write_section(REPO / "docs" / "benchmarks.md", "export-clusters-scale", text,
                      "Parquet export and cluster build at 1,000,000 announcements")  # fmt: skip


if __name__ == "__main__":
    main()
