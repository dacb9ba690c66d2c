"""The Sync button, its progress, the pending count and the online/offline state.

A sync is one :class:`Job` under the key "sync" running :meth:`SyncService.run` (send the outbox,
then refresh the catalog: the policy the CLI shares) on a worker thread with the job's cancel
event. Progress reports are throttled by the job, so a 500 MB upload never floods the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from app.api.errors import AuthExpired, NotLoggedIn, Offline
from app.platform.messages import render_error, render_text
from app.services.drafts import DraftsService
from app.services.sync import SyncOutcome, SyncProgress, SyncService
from app.ui.sync.status import SyncStatus
from app.workers.jobs import Job, JobManager
from app.workers.runner import Runner

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.store.catalog_store import CatalogStore

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class SyncController(QObject):
    message = Signal(str)
    finished = Signal(object)  # SyncOutcome
    failed = Signal(object)  # the exception
    login_needed = Signal()
    catalog_refreshed = Signal()
    _store_changed = Signal()

    def __init__(
        self, store: CatalogStore, runner: Runner, jobs: JobManager, status: SyncStatus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.client: ApiClient | None = None
        self.runner = runner
        self.jobs = jobs
        self.status = status
        # run first: the editors commit what is typed
        self.before_sync: list[Callable[[], object]] = []
        status.sync_clicked.connect(self.sync)
        status.cancel_clicked.connect(self.cancel)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(150)
        self._count_timer.timeout.connect(self._count_pending)
        self._store_changed.connect(self.refresh_count)
        store.db.add_listener(self._on_store_change)
        self.set_client(None)

    def close(self) -> None:
        self.store.db.remove_listener(self._on_store_change)
        self._count_timer.stop()
        status = self.status
        for signal, slot in ((status.sync_clicked, self.sync), (status.cancel_clicked, self.cancel)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    def set_client(self, client: ApiClient | None, *, online: bool | None = None) -> None:
        self.client = client
        if client is None:
            self.status.set_connection("local", translate("Sync", "Offline — working locally"))
            self.status.sync.setEnabled(False)
            self.status.sync.setToolTip(translate("Sync", "Sign in to a distributor to send your changes."))
            return
        self.status.sync.setEnabled(True)
        host = getattr(client, "host", "")
        if online is None:
            self.status.set_connection(
                "connecting", translate("Sync", "Connecting to %1…").replace("%1", host)
            )
        elif online:
            self.status.set_connection("online", translate("Sync", "Online · %1").replace("%1", host))
        else:
            self.status.set_connection(
                "offline", translate("Sync", "Offline · %1 — edits are kept").replace("%1", host)
            )

    def set_online(self, online: bool) -> None:
        self.set_client(self.client, online=online)

    # -- pending count -----------------------------------------------------------------------------
    def _on_store_change(self, kind: str, local_ids: list[str]) -> None:
        self._store_changed.emit()  # any thread: queued over to the GUI thread

    @Slot()
    def refresh_count(self) -> None:
        self._count_timer.start()

    @Slot()
    def _count_pending(self) -> None:
        drafts = DraftsService(self.store.catalog, self.store.drafts, self.store.outbox)

        def work() -> tuple[int, int]:
            return drafts.pending_count(), drafts.problem_count()

        def done(result: tuple[int, int] | None, error: BaseException | None) -> None:
            if result is not None:
                self.status.set_pending(*result)

        self.runner.run_task(work, done)

    # -- sync --------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.jobs.running("sync") is not None

    @Slot()
    def sync(self, *, refresh: bool = True, send: bool = True) -> Job | None:
        if self.client is None:
            self.message.emit(translate("Sync", "Sign in to a distributor first (File ▸ Sign In…)."))
            return None
        if self.running:
            return self.jobs.running("sync")
        for hook in self.before_sync:
            hook()
        service = SyncService(self.store.catalog, self.store.drafts, self.store.outbox, self.client)

        def work(report: Callable[[int, int, str], None], cancel: threading.Event) -> SyncOutcome:
            def progress(p: SyncProgress) -> None:
                total = max(int(p.total), 1)
                part = (p.bytes_done / p.bytes_total) if p.bytes_total else 0.0
                text = render_text(p.description)
                if p.bytes_total:
                    text += f" — {p.bytes_done / 1e6:.0f} / {p.bytes_total / 1e6:.0f} MB"
                report(int(1000 * (min(p.done, total) + part) / total), 1000, text)

            def refreshing() -> None:
                report(0, 0, QCoreApplication.translate("Sync", "Refreshing the catalog…"))

            return service.run(send=send, refresh=refresh, progress=progress, cancel=cancel,
                               refreshing=refreshing,
                               refresh_progress=lambda what, n: report(0, 0, f"{what}: {n}"))

        job = Job(translate("Sync", "Sync"), work, self)
        job.progress.connect(self.status.set_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        self.status.set_syncing(True)
        return self.jobs.start("sync", job)

    @Slot()
    def cancel(self) -> None:
        self.jobs.cancel("sync")

    def _end(self) -> None:
        self.status.set_syncing(False)
        self.refresh_count()

    @Slot(object)
    def _on_finished(self, outcome: SyncOutcome) -> None:
        self._end()
        report = outcome.report
        if report is not None and report.paused == "login":
            self.set_online(True)
            self.message.emit(translate("Sync", "Your session expired; sign in again to send the rest."))
            self.login_needed.emit()
        elif report is not None and report.paused == "offline":
            self.set_online(False)
            self.message.emit(translate("Sync", "The server cannot be reached; your changes stay queued."))
        elif outcome.refresh_error is not None:
            self._on_failed(outcome.refresh_error, ended=True)
        else:
            self.set_online(True)
            parts = []
            if report is not None:
                parts.append(translate("Sync", "%1 sent").replace("%1", str(report.sent)))
                if report.rejected:
                    parts.append(translate("Sync", "%1 rejected").replace("%1", str(report.rejected)))
                if report.conflicts:
                    parts.append(translate("Sync", "%1 in conflict").replace("%1", str(report.conflicts)))
                if report.remaining:
                    parts.append(translate("Sync", "%1 still queued").replace("%1", str(report.remaining)))
            if outcome.refreshed is not None:
                parts.append(translate("Sync", "catalog refreshed"))
            self.message.emit(translate("Sync", "Sync finished: %1.").replace("%1", ", ".join(parts)))
        if outcome.refreshed is not None:
            self.catalog_refreshed.emit()
        self.finished.emit(outcome)

    @Slot(object)
    def _on_failed(self, error: BaseException, ended: bool = False) -> None:
        if not ended:
            self._end()
        if isinstance(error, (AuthExpired, NotLoggedIn)):
            self.message.emit(translate("Sync", "Sign in again to sync: %1")
                              .replace("%1", render_error(error)))
            self.login_needed.emit()
        elif isinstance(error, Offline):
            self.set_online(False)
            self.message.emit(render_error(error))
        else:
            log.error("sync failed", exc_info=error)
            self.message.emit(translate("Sync", "Sync stopped: %1").replace("%1", render_error(error)))
        self.failed.emit(error)

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        self.message.emit(translate("Sync", "Sync cancelled; what was not sent stays queued."))
        self.finished.emit(SyncOutcome(report=None))
