"""Helper processes die with the crawl that started them, however the crawl ends.

A crawl's extraction pool (``crawler.reading.pool``) is a forkserver process, its worker processes and
multiprocessing's resource tracker. A crawl that exits normally shuts them down; a crawl that is
SIGKILLed (an OOM kill, a scheduler timeout, a queue's hard time limit) runs no code at all, and
without help its helpers would live on, parented to init, holding 200 MB each night after night.

Two guards, so that neither a missed signal nor a platform without ``prctl`` leaves a survivor:

* on Linux, ``PR_SET_PDEATHSIG``: the kernel sends SIGKILL to the helper when its parent dies
  (the forkserver's parent is the crawl; a worker's parent is the forkserver);
* everywhere, a daemon thread in each worker that checks every half second whether its parent
  is still the process that started it and the crawl process still exists, and ends the worker
  otherwise.

Both check once right after they are installed, for a parent that died before they took effect.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading

CRAWL_PID_ENV = "PRESSARCHIVE_CRAWL_PID"  # set by the crawl before it starts its helpers
_PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5


def die_with_parent() -> bool:
    """Ask the kernel to SIGKILL this process when its parent dies (Linux); False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def alive(pid: int) -> bool:
    """Whether a process with this id exists (a zombie counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError), open(f"/proc/{pid}/stat", "rb") as fh:
        return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    return True


def crawl_pid() -> int | None:
    value = os.environ.get(CRAWL_PID_ENV, "")
    return int(value) if value.isdigit() else None


def _orphaned(parent: int, crawl: int | None) -> bool:
    return os.getppid() != parent or (crawl is not None and not alive(crawl))


def guard_forkserver() -> None:
    """In the forkserver (imported as its preload module): die with the crawl."""
    die_with_parent()
    crawl = crawl_pid()
    if crawl is not None and os.getppid() != crawl:
        os._exit(1)  # the crawl died before the guard was set


def guard_worker() -> None:
    """In an extraction worker (its pool initializer): die with the forkserver and the crawl."""
    die_with_parent()
    parent, crawl = os.getppid(), crawl_pid()
    if _orphaned(parent, crawl):
        os._exit(1)

    def watch() -> None:
        event = threading.Event()
        while not event.wait(POLL_SECONDS):
            if _orphaned(parent, crawl):
                os._exit(1)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()
