"""The one way to run work off the GUI thread.

``run_task(fn, on_done)`` runs ``fn()`` on a pool thread and calls ``on_done(result, error)`` back on
the thread that owns the runner (the GUI thread): exactly one of the two is ``None`` unless ``fn``
returned ``None``. Writes that must stay in order (draft saves, uploads) go through
``run_task(..., ordered=True)``: a pool of one thread, so they run one after another in the order
they were asked for. Tests pass :class:`SyncRunner`, which runs everything at once on the caller's
thread, so a test reads top-down without waiting; an item model's own reads go through
``app/ui/common/model_tasks.py``, which applies such an at-once result on the next turn of the event
loop (a model must not change its rows inside a view's call into it).

Qt core only: no widgets here (docs/ARCHITECTURE.md#layers-and-imports).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any, BaseException | None], None]


class Runner(Protocol):
    def run_task(self, fn: Callable[[], Any], on_done: DoneCallback | None = None, *,
                 ordered: bool = False) -> int: ...

    def wait_idle(self, timeout_ms: int = -1) -> bool: ...


class _Task(QRunnable):
    """Runs one function and hands its outcome to the relay; never lets an exception escape."""

    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = task_id
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the GUI thread as the error
            self._relay.done.emit(self._id, None, exc)
        else:
            self._relay.done.emit(self._id, result, None)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from pool threads arrive here queued."""

    done = Signal(int, object, object)


class TaskRunner(QObject):
    """Thread-pool runner. Create it on the GUI thread; callbacks run there."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if max_threads is not None:
            self._pool.setMaxThreadCount(max_threads)
        self._ordered = QThreadPool(self)
        self._ordered.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._callbacks: dict[int, DoneCallback | None] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def run_task(self, fn: Callable[[], Any], on_done: DoneCallback | None = None, *,
                 ordered: bool = False) -> int:
        task_id = next(self._ids)
        with self._lock:
            self._callbacks[task_id] = on_done
        (self._ordered if ordered else self._pool).start(_Task(task_id, fn, self._relay))
        return task_id

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._callbacks)

    def wait_idle(self, timeout_ms: int = -1) -> bool:
        """Block until both pools are idle (shutdown and tests); callbacks still need the event loop."""
        ok = self._ordered.waitForDone(timeout_ms)
        return self._pool.waitForDone(timeout_ms) and ok

    @Slot(int, object, object)
    def _finished(self, task_id: int, result: Any, error: BaseException | None) -> None:
        with self._lock:
            callback = self._callbacks.pop(task_id, None)
        if error is not None and callback is None:
            log.error("background task failed", exc_info=error)
        if callback is not None:
            try:
                callback(result, error)
            except Exception:  # a broken callback must not take the event loop down
                log.exception("task callback failed")


class SyncRunner:
    """Runs every task at once on the calling thread: for tests and scripted use."""

    def __init__(self) -> None:
        self.ran = 0

    def run_task(self, fn: Callable[[], Any], on_done: DoneCallback | None = None, *,
                 ordered: bool = False) -> int:
        self.ran += 1
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - same contract as TaskRunner
            if on_done is None:
                raise
            on_done(None, exc)
        else:
            if on_done is not None:
                on_done(result, None)
        return self.ran

    def wait_idle(self, timeout_ms: int = -1) -> bool:
        return True
