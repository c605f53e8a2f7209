"""Crawl throughput: pressarchive's full pipeline against a bare Scrapy spider, same site, same run.

    .venv/bin/python benchmarks/crawl_throughput.py                  # 10,000 pages, print the table
    .venv/bin/python benchmarks/crawl_throughput.py --write          # also update docs/benchmarks.md
    .venv/bin/python benchmarks/crawl_throughput.py --pages 2000     # a quicker look
    .venv/bin/python benchmarks/crawl_throughput.py --rounds 3       # alternate 3 times, median ratio

1. ``python -m tests.generators.dev DIR --big N`` writes a WordPress-like site with N announcements (plus
   N/10 listing pages, static pages, wp-sitemap.xml, robots.txt) into a temporary directory.
2. The replica server serves it from a separate process (so serving never competes with the
   crawler for the GIL); its access log counts every request by status.
3. Crawls, each its own child process started from the bare start URL:
   ``pressarchive crawl --url … --db … --replica-proxy … --replica-host …`` (classification,
   extraction, SQLite archive, WARC) and ``benchmarks/bare_spider.py`` (links only, nothing
   stored), alternating ``--rounds`` times (pressarchive into a fresh archive each round), then
   ``pressarchive crawl`` again on the unchanged site into the last archive (the re-crawl). The
   ratio reported is the median of the rounds' ratios, so a burst of load on a shared machine
   during one crawl does not decide it. CharSplit's compact model (``storage/charsplit.py``) is
   built beforehand if missing: a one-time cost per machine, not a crawl's.

Measured per crawl: wall time (process start to exit, imports included), requests the server
answered, pages/s (= requests / wall time), peak RSS and CPU time of the crawl process
(``os.wait4`` rusage), and for pressarchive the announcements stored. ``--write`` replaces the
``<!-- crawl-throughput:start -->`` … ``end`` section of docs/benchmarks.md (other sections kept).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DOC = REPO / "docs" / "benchmarks.md"
SECTION = "crawl-throughput"
PROGRESS_EVERY = 10.0  # seconds
FULL = "pressarchive (full pipeline, SQLite)"
BARE = "bare Scrapy spider (links only)"
AGAIN = "pressarchive re-crawl (unchanged site)"


# -- the replica server in its own process -----------------------------------------------------
def serve(root: Path) -> int:
    """``--serve ROOT``: print the proxy URL, then answer ``count`` on stdin with the access log."""
    from crawler.replicas.server import ReplicaServer

    with ReplicaServer([root], include_builtin=False) as server:
        print(f"PROXY {server.proxy_url}", flush=True)
        for line in sys.stdin:
            if line.strip() == "count":
                statuses = Counter(str(r.status) for r in list(server.requests))
                print(json.dumps({"total": sum(statuses.values()), "status": statuses}), flush=True)
    return 0


class ServerProcess:
    def __init__(self, root: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve", str(root)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        line = self.proc.stdout.readline().strip()  # type: ignore[union-attr]
        if not line.startswith("PROXY "):
            raise RuntimeError(f"replica server did not start: {line!r}")
        self.proxy = line.split(" ", 1)[1]

    def count(self) -> dict[str, Any]:
        self.proc.stdin.write("count\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        return json.loads(self.proc.stdout.readline())  # type: ignore[union-attr]

    def close(self) -> None:
        self.proc.stdin.close()  # type: ignore[union-attr]
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# -- one measured crawl ---------------------------------------------------------------------------
def tree_rss(root: int) -> tuple[int, int]:
    """RSS in bytes of ``root`` alone, and summed over it and all its descendants (the
    extraction worker included). Sampled, because ``ru_maxrss`` of a forked child starts at
    its parent's peak (this script's, with the generated site in memory)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * page
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return rss.get(root, 0), sum(rss.get(pid, 0) for pid in tree)


@dataclass
class Measure:
    label: str
    seconds: float = 0.0
    requests: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    maxrss_mib: float = 0.0
    tree_rss_mib: float = 0.0  # peak of the summed RSS of the crawl process and its descendants
    cpu_seconds: float = 0.0
    returncode: int = 0
    stored: int | None = None
    log: str = ""

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def measured(label: str, cmd: list[str], server: ServerProcess, log: Path, timeout: float) -> Measure:
    """Run ``cmd`` to completion, printing progress; wall time, requests, peak RSS, CPU."""
    print(f"[{label}] {' '.join(cmd[1:3])} …", flush=True)
    before = server.count()
    started = time.monotonic()
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
    last = started
    peak_own = peak_tree = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            break
        now = time.monotonic()
        if now - started > timeout:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            print(f"[{label}] killed after {timeout:.0f} s", flush=True)
            break
        if now - last >= PROGRESS_EVERY:
            done = server.count()["total"] - before["total"]
            print(
                f"[{label}] {now - started:5.0f} s: {done} requests ({done / (now - started):.0f}/s)",
                flush=True,
            )
            last = now
        own, whole = tree_rss(proc.pid)
        peak_own, peak_tree = max(peak_own, own), max(peak_tree, whole)
        time.sleep(0.2)
    seconds = time.monotonic() - started
    after = server.count()
    statuses = {
        k: after["status"].get(k, 0) - before["status"].get(k, 0)
        for k in after["status"]
        if after["status"].get(k, 0) - before["status"].get(k, 0)
    }
    result = Measure(
        label=label,
        seconds=seconds,
        requests=after["total"] - before["total"],
        statuses=dict(sorted(statuses.items())),
        maxrss_mib=peak_own / 2**20,
        tree_rss_mib=peak_tree / 2**20,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        returncode=proc.returncode,
        log=log.read_text(errors="replace")[-3000:],
    )
    print(
        f"[{label}] done in {seconds:.1f} s: {result.requests} requests ({result.rate:.0f}/s), "
        f"statuses {result.statuses}, peak RSS {result.maxrss_mib:.0f} MiB "
        f"({result.tree_rss_mib:.0f} MiB with its workers), exit {proc.returncode}",
        flush=True,
    )
    if proc.returncode != 0:
        print(result.log, file=sys.stderr)
    return result


def stored_announcements(db: Path) -> int | None:
    try:
        con = sqlite3.connect(db)
        try:
            return int(con.execute("select count(*) from announcements").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return None


# -- report ------------------------------------------------------------------------------------
def git_revision() -> str:
    out = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return out.stdout.strip() or "unknown"


def versions() -> str:
    import scrapy

    return f"Python {platform.python_version()}, Scrapy {scrapy.__version__}, {os.cpu_count()} CPUs"


def table(rows: list[Measure]) -> str:
    lines = [
        "| crawl | requests (by status) | announcements stored | wall s | pages/s | peak RSS MiB "
        "| peak RSS with workers MiB | CPU s |",
        "|---|---|--:|--:|--:|--:|--:|--:|",
    ]
    for m in rows:
        statuses = ", ".join(f"{k}: {v}" for k, v in m.statuses.items())
        stored = "–" if m.stored is None else f"{m.stored:,}"
        lines.append(
            f"| {m.label} | {m.requests:,} ({statuses}) | {stored} | {m.seconds:.1f} | {m.rate:.0f} "
            f"| {m.maxrss_mib:.0f} | {m.tree_rss_mib:.0f} | {m.cpu_seconds:.1f} |"
        )
    return "\n".join(lines)


def summary(pairs: list[tuple[Measure, Measure]], again: Measure) -> str:
    ratios = sorted(full.rate / bare.rate if bare.rate else 0.0 for full, bare in pairs)
    ratio = statistics.median(ratios)
    full = pairs[-1][0]
    share = again.requests / full.requests if full.requests else 0.0
    rounds = (
        f" (median of {len(pairs)} alternating rounds: {', '.join(f'{r:.2f}' for r in ratios)})"
        if len(pairs) > 1
        else ""
    )
    return (
        f"pressarchive crawls at {ratio:.2f}× the bare spider's pages/s{rounds}. "
        f"The unchanged re-crawl made {again.requests:,} requests, {share:.1%} of the first crawl's "
        f"{full.requests:,}."
    )


def section_text(
    pages: int,
    host: str,
    site_mb: float,
    listings: int,
    load: float,
    pairs: list[tuple[Measure, Measure]],
    again: Measure,
    command: str,
) -> str:
    rows = [m for pair in pairs for m in pair] + [again]
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    return (
        f"Measured {today} at commit `{git_revision()}` ({versions()}; 1-minute load average "
        f"{load:.1f} at the start).\n\n"
        f"Command: `{command}`\n\n"
        f"Site: `{host}`, generated by `python -m tests.generators.dev DIR --big {pages}` into a temporary "
        f"directory: {pages:,} announcements (WordPress-like, 10 per listing page), {listings:,} listing "
        "and static pages (paginated start page, yearly archives linked from every page), "
        f"wp-sitemap.xml and robots.txt, {site_mb:.0f} MB. Served by the replica server in its own "
        "process; every crawl starts from the bare start URL in a fresh process, through the same "
        "proxy, with the replica-mode settings of `pressarchive crawl` (no delay, no autothrottle, "
        "8 requests per host, robots.txt obeyed). Wall time includes process start and imports; "
        "pages/s = requests the server answered / wall time (for the re-crawl dominated by start-up); "
        "CPU time from `os.wait4`; peak RSS of the crawl process, and with workers = the largest "
        "sum over the crawl process and its descendants (the extraction worker), both sampled "
        "every 0.2 s from /proc (shared pages count once per process, so this overstates)."
        "\n\n" + table(rows) + "\n\n" + summary(pairs, again) + "\n"
    )


def write_section(doc: Path, body: str, heading: str = "Crawl throughput") -> None:
    """Replace the marker section in ``doc`` (or append it); everything else is kept."""
    start, end = f"<!-- {SECTION}:start -->", f"<!-- {SECTION}:end -->"
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


# -- main --------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10_000, help="announcements on the generated site")
    ap.add_argument("--write", action="store_true", help="update the section in docs/benchmarks.md")
    ap.add_argument("--doc", type=Path, default=DOC, help="the markdown file --write updates")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds allowed per crawl")
    ap.add_argument("--rounds", type=int, default=1, help="alternate pressarchive and bare this often")
    ap.add_argument("--keep", type=Path, help="work in this directory and keep it (site, archive, logs)")
    ap.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.serve:
        return serve(args.serve)

    from tests.generators.dev import generate_big

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="crawl-throughput-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        root = work / "site"
        print(f"generating a {args.pages:,}-page site in {root} …", flush=True)
        started = time.monotonic()
        host, truth = generate_big(root, args.pages)
        site_mb = sum(p.stat().st_size for p in (root / host).rglob("*") if p.is_file()) / 1e6
        print(f"  {host}: {len(truth['announcements']):,} announcements, {site_mb:.0f} MB "
              f"in {time.monotonic() - started:.1f} s", flush=True)  # fmt: skip
        from storage.charsplit import open_model

        open_model()  # CharSplit's compact model built once per machine, not inside a measured crawl
        server = ServerProcess(root)
        print(f"replica server (own process) at {server.proxy}", flush=True)
        url = f"http://{host}/"
        db = work / "archive.sqlite"
        for stale in work.glob("archive.sqlite*"):
            stale.unlink()
        pressarchive = [
            sys.executable, "-m", "pressarchive", "crawl", "--url", url, "--db", str(db),
            "--replica-proxy", server.proxy, "--replica-host", host, "--quiet",
        ]  # fmt: skip
        bare = [
            sys.executable, str(REPO / "benchmarks" / "bare_spider.py"), "--url", url,
            "--proxy", server.proxy, "--stats", str(work / "bare-stats.json"),
        ]  # fmt: skip
        pairs: list[tuple[Measure, Measure]] = []
        try:
            for number in range(1, args.rounds + 1):
                suffix = f" #{number}" if args.rounds > 1 else ""
                for stale in work.glob("archive.sqlite*"):
                    stale.unlink()
                shutil.rmtree(work / "warc", ignore_errors=True)  # WARC files sit in per-site folders
                full = measured(FULL + suffix, pressarchive, server, work / "full.log", args.timeout)
                full.stored = stored_announcements(db)
                baseline = measured(BARE + suffix, bare, server, work / "bare.log", args.timeout)
                pairs.append((full, baseline))
            again = measured(AGAIN, pressarchive, server, work / "again.log", args.timeout)
            again.stored = stored_announcements(db)
        finally:
            server.close()
    rows = [m for pair in pairs for m in pair] + [again]
    print()
    print(table(rows))
    print()
    print(summary(pairs, again))
    if args.json:
        args.json.write_text(
            json.dumps([{**m.__dict__, "rate": m.rate, "log": None} for m in rows], indent=1),
            encoding="utf-8",
        )
    if args.write:
        command = ".venv/bin/python benchmarks/crawl_throughput.py" + (
            f" --pages {args.pages}" if args.pages != 10_000 else ""
        )
        listings = len(truth["non_announcements"])
        if args.rounds > 1:
            command += f" --rounds {args.rounds}"
        text = section_text(args.pages, host, site_mb, listings, load, pairs, again, command + " --write")
        write_section(args.doc, text)
        print(f"updated {args.doc}")
    return 0 if all(m.returncode == 0 for m in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
