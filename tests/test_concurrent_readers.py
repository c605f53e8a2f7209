"""Analysts read the archive while a crawl writes it: never "database is locked", never a gap.

A crawl of the seed replicas runs in a child process (slowed down, so it writes for several
seconds); meanwhile this process searches, counts and exports the same SQLite file in a loop,
through the archive API as the CLI does, and a second process exports with the CLI.
"""

from __future__ import annotations

import io
import subprocess
import sys

from storage.archive import Archive
from storage.export import write_jsonl
from storage.search import search
from tests.conftest import REPO, replica_args, run_cli


def test_readers_never_see_a_locked_database_while_a_crawl_writes(replicas, tmp_path):
    db = tmp_path / "archive.sqlite"
    Archive(str(db)).close()  # the schema exists before the first reader opens it
    cmd = [
        sys.executable, "-m", "pressarchive", "crawl", "spd_kreistagsfraktion_kleve", "--db", str(db),
        *replica_args(replicas), "-s", "DOWNLOAD_DELAY=0.05", "-s", "ARCHIVE_FLUSH_SECONDS=0.2", "--quiet",
    ]  # fmt: skip
    crawl = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen: list[int] = []
    reads = 0
    try:
        while crawl.poll() is None:
            archive = Archive(str(db))
            try:
                count = sum(archive.counts().values())
                search(archive, "Kreis", limit=5)
                write_jsonl(archive, io.StringIO())
                reads += 1
            finally:
                archive.close()
            assert not seen or count >= seen[-1], "announcements vanished while the crawl wrote"
            seen.append(count)
            if reads % 5 == 0:
                out = tmp_path / f"export-{reads}.jsonl"
                exported = run_cli("export", "--format", "jsonl", "--db", str(db), "--output", str(out))
                assert exported.returncode == 0, exported.stderr
                assert "locked" not in exported.stderr
    finally:
        _, stderr = crawl.communicate(timeout=120)
    assert crawl.returncode == 0, stderr
    assert "locked" not in stderr
    assert reads >= 3, "the crawl ended before the readers got going"
    assert len(set(seen)) > 1, "no reader saw the archive grow"
    final = Archive(str(db))
    try:
        assert sum(final.counts().values()) >= seen[-1]
        assert final.integrity_check() == "ok"
    finally:
        final.close()
