"""Long work as QObjects with signals, run by a manager that knows nothing about widgets.

A :class:`Job` wraps a function ``fn(report, cancel)``: ``report(done, total, text)`` posts progress
(throttled, so a 500 MB upload reporting every chunk cannot flood the GUI thread) and ``cancel`` is a
``threading.Event`` the function checks. The :class:`JobManager` starts jobs on its runner's pool,
keeps the ones in flight, and cancels them on request or at shutdown (Vorta ``jobs_manager.py``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.workers.runner import Runner

ProgressFn = Callable[[int, int, str], None]
JobFn = Callable[[ProgressFn, threading.Event], Any]

_PROGRESS_INTERVAL_S = 0.05


class Job(QObject):
    """One piece of long work. Signals arrive on the GUI thread (the job object lives there)."""

    progress = Signal(int, int, str)  # done, total (0 = unknown), text
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, title: str, fn: JobFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._fn = fn
        self.cancel_event = threading.Event()
        self._last_emit = 0.0
        self.running = False
        self.done = False

    def cancel(self) -> None:
        self.cancel_event.set()

    def _report(self, done: int, total: int, text: str = "") -> None:
        """Called on the worker thread; drops reports closer together than the interval."""
        now = time.monotonic()
        if now - self._last_emit < _PROGRESS_INTERVAL_S and done < total:
            return
        self._last_emit = now
        self.progress.emit(int(done), int(total), text)

    def execute(self) -> Any:
        return self._fn(self._report, self.cancel_event)


class JobManager(QObject):
    """Runs jobs through the runner; at most one job per key (e.g. "sync") at a time."""

    job_started = Signal(object)
    job_ended = Signal(object)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._jobs: dict[str, Job] = {}

    def running(self, key: str) -> Job | None:
        return self._jobs.get(key)

    def jobs(self) -> list[Job]:
        return list(self._jobs.values())

    def start(self, key: str, job: Job, *, ordered: bool = False) -> Job | None:
        """Start ``job`` under ``key``; None (and nothing started) when one with that key is running."""
        if key in self._jobs:
            return None
        self._jobs[key] = job
        job.running = True
        self.job_started.emit(job)

        def done(result: Any, error: BaseException | None) -> None:
            self._end(key, job, result, error)

        self._runner.run_task(job.execute, done, ordered=ordered)
        return job

    def cancel(self, key: str) -> None:
        job = self._jobs.get(key)
        if job is not None:
            job.cancel()

    def cancel_all(self) -> None:
        for job in list(self._jobs.values()):
            job.cancel()

    def _end(self, key: str, job: Job, result: Any, error: BaseException | None) -> None:
        self._jobs.pop(key, None)
        job.running = False
        job.done = True
        if error is not None:
            if job.cancel_event.is_set():
                job.cancelled.emit()
            else:
                job.failed.emit(error)
        elif job.cancel_event.is_set():
            job.cancelled.emit()
        else:
            job.finished.emit(result)
        self.job_ended.emit(job)
