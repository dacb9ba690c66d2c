"""Crash points for the kill tests: a sync that dies exactly where it hurts most.

``RELEASEDESK_KILL_AT=<point>[:<n>]`` makes the process SIGKILL itself the n-th time (default 1st)
it passes ``<point>``. Points: ``inflight`` (an operation is marked in flight, nothing sent yet),
``acted`` (the server answered, the local commit has not happened) and ``import_track`` (an
import has written a track of its draft, inside its transaction). Unset, this costs one
dictionary lookup; the tests in tests/sync drive it from a child process.
"""

from __future__ import annotations

import os
import signal

ENV = "RELEASEDESK_KILL_AT"
_hits: dict[str, int] = {}


def crash_point(name: str) -> None:
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    point, _, count = wanted.partition(":")
    if point != name:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] >= int(count or "1"):
        os.kill(os.getpid(), signal.SIGKILL)
