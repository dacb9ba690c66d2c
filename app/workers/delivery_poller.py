"""The send-task status poller as a Job: a worker thread does the HTTP, the GUI gets signals.

:class:`DeliveryPollerJob` wraps :class:`app.services.delivery.StatusPoller` (one batched list
request per refresh, back-off while nothing changes, stop at terminal states). It runs on the job
manager's pool like every other job; the changed tasks come back through :attr:`changed` (queued to
the GUI thread, the job object lives there), one signal per refresh, never one per task, so a
thousand tasks finishing at once cost the GUI one model update. :meth:`watch` adds tasks while it
runs (a redelivery) and wakes it for a prompt first look.

Qt core only (docs/ARCHITECTURE.md#background-work): the dashboard decides what to show and whether to notify.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.domain.resources import SendTask
from app.services.delivery import StatusChange, StatusPoller
from app.workers.jobs import Job, ProgressFn


class DeliveryPollerJob(Job):
    changed = Signal(object)  # list[StatusChange], emitted from the worker thread (queued)
    refreshed = Signal(int, float)  # requests so far, next interval in seconds

    def __init__(self, poller: StatusPoller, parent: QObject | None = None) -> None:
        super().__init__(QCoreApplication.translate("DeliveryPollerJob", "Watching deliveries"),
                         self._poll, parent)
        self.poller = poller
        self._wake = threading.Event()

    def watch(self, tasks: Iterable[SendTask]) -> None:
        """Follow more tasks; safe from the GUI thread while the job runs."""
        self.poller.add(tasks)
        self._wake.set()

    def cancel(self) -> None:
        super().cancel()
        self._wake.set()

    def _poll(self, report: ProgressFn, cancel: threading.Event) -> dict[str, Any]:
        def wait(seconds: float) -> bool:
            self._wake.wait(seconds)
            self._wake.clear()
            return cancel.is_set()

        def on_changes(changes: list[StatusChange]) -> None:
            self.changed.emit(changes)

        def on_refresh() -> None:
            self.refreshed.emit(self.poller.requests, self.poller.interval)

        self.poller.run(on_changes, cancel, wait=wait, on_refresh=on_refresh)
        return {"requests": self.poller.requests, "left": sorted(self.poller.watching)}
