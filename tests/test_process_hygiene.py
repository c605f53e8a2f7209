"""A crawl's helper processes (extraction forkserver, workers, resource tracker) end with the crawl,
however it ends: SIGKILL at random moments leaves no survivor after 5 s (issue 13)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, replica_args

SITE = "spd_kreistagsfraktion_kleve"


def _stat(pid: int) -> tuple[int, bytes, int] | None:
    """(parent pid, state, start time) of a process, or None if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), fields[0], int(fields[19])


def descendants(pid: int) -> dict[int, int]:
    """Every process below ``pid``: pid → start time (to tell a survivor from a reused pid)."""
    parents: dict[int, list[int]] = {}
    starts: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (stat := _stat(int(entry))) is not None:
            parents.setdefault(stat[0], []).append(int(entry))
            starts[int(entry)] = stat[2]
    found: dict[int, int] = {}
    todo = [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            if child not in found:
                found[child] = starts[child]
                todo.append(child)
    return found


def survivors(seen: dict[int, int]) -> list[int]:
    alive = []
    for pid, start in seen.items():
        stat = _stat(pid)
        if stat is not None and stat[2] == start and stat[1] != b"Z":
            alive.append(pid)
    return alive


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigkill_at_random_moments_leaves_no_helper_process(replicas, tmp_path):
    rng = random.Random(13)
    moments = [rng.uniform(0.3, 9.0) for _ in range(4)]
    for round_, moment in enumerate(moments):
        db = tmp_path / f"a{round_}.sqlite"
        cmd = [
            sys.executable,
            "-m",
            "pressarchive",
            "crawl",
            SITE,
            "--db",
            str(db),
            *replica_args(replicas),
        ]
        cmd += ["-s", "DOWNLOAD_DELAY=0.3", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen: dict[int, int] = {}
        deadline = time.monotonic() + moment
        while time.monotonic() < deadline and proc.poll() is None:
            seen.update(descendants(proc.pid))
            time.sleep(0.05)
        seen.update(descendants(proc.pid))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        time.sleep(5)
        left = survivors(seen)
        for pid in left:  # do not leak them into the rest of the suite
            os.kill(pid, signal.SIGKILL)
        assert not left, f"kill {round_} after {moment:.1f}s: {len(left)} of {len(seen)} helpers survived"
        if round_ == len(moments) - 1:
            assert seen, "the crawl never started its extraction worker"


def test_in_process_pool_workers_die_with_their_parent(tmp_path):
    """The same guard in a pool started from any Python process (here: a child we SIGKILL)."""
    script = (
        "import time\n"
        "from crawler.reading.pool import Offload\n"
        "pool = Offload(2)\n"
        "pool.pool.submit(int, 1).result(timeout=120)\n"
        "print('ready', flush=True)\n"
        "time.sleep(600)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    seen = descendants(proc.pid)
    assert len(seen) >= 3, seen  # forkserver, two workers (and the resource tracker)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(5)
    left = survivors(seen)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left
