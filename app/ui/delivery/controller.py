"""What the delivery widgets do, decided in one place (views lay out; controllers decide).

:class:`DeliveryController` owns the dashboard's models and the status poller job. Every server call
goes through the task runner (``run_task``), so the GUI thread never waits on the network; results
come back as signals. Widgets (dashboard, deliver dialog, checklist, editors) only call its methods
and listen to its signals, so tests drive the same code paths the user does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from app.domain.findings import Fix
from app.domain.messages import msg
from app.domain.readiness import Release, check_release
from app.domain.resources import Label, Product, SendTask
from app.platform.messages import render, render_error
from app.services.artists import ArtistMatch, create_artist, prefer, preview_artists
from app.services.delivery import (
    DeliveryRequest,
    DeliveryResult,
    DeliveryService,
    StatusChange,
    StatusPoller,
    Step,
    task_reason,
)
from app.workers.delivery_poller import DeliveryPollerJob
from app.workers.jobs import JobManager
from app.workers.runner import Runner

if TYPE_CHECKING:
    from app.store.catalog import CatalogCache


log = logging.getLogger(__name__)

POLLER_KEY = "delivery-poller"
NOTIFY_EACH_UP_TO = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("DeliveryController", text)


class Notifier(Protocol):
    def notify(self, title: str, text: str, *, error: bool = False) -> None: ...


class TrayNotifier:
    """A desktop notification through the system tray, when the desktop has one."""

    def __init__(self) -> None:
        self._tray: Any = None

    def notify(self, title: str, text: str, *, error: bool = False) -> None:
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
            return
        if self._tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            self._tray = QSystemTrayIcon(icon)
            self._tray.show()
        kind = (QSystemTrayIcon.MessageIcon.Warning if error
                else QSystemTrayIcon.MessageIcon.Information)
        self._tray.showMessage(title, text, kind, 8000)


def _id_key(ident: str | None) -> tuple[int, str]:
    text = ident or ""
    return (int(text), "") if text.isdigit() else (1 << 62, text)


def _chunks(ids: Sequence[str], size: int = 200) -> list[list[str]]:
    return [list(ids[i:i + size]) for i in range(0, len(ids), size)]


class DeliveryController(QObject):
    tasks_loaded = Signal()
    failed = Signal(str)  # one sentence for the user
    notified = Signal(str, str, bool)  # title, text, is_error
    step = Signal(object)  # Step, live while delivering
    delivered = Signal(object)  # DeliveryResult
    readiness_ready = Signal(object, object)  # Release, list[Finding]
    artists_ready = Signal(str, object)  # product id, list[ArtistMatch]
    busy_changed = Signal(bool)
    product_changed = Signal(str)  # something of this product changed on the server
    refreshed = Signal(int, float)  # poller requests so far, next interval

    def __init__(self, service: DeliveryService, runner: Runner, *, jobs: JobManager | None = None,
                 notifier: Notifier | None = None, poll_min: float = 2.0, poll_max: float = 60.0,
                 catalog: CatalogCache | None = None, parent: QObject | None = None) -> None:
        """``catalog``: the local catalog, when there is one: readiness then folds in the media QC
        of the masters it holds, and each product's delivery state is written back to it (the
        catalog shows it)."""
        super().__init__(parent)
        from app.ui.delivery.models import SendTaskFilter, SendTaskModel

        self.service = service
        self.runner = runner
        self.jobs = jobs if jobs is not None else JobManager(runner, self)
        self.notifier = notifier
        self.poll_min = poll_min
        self.poll_max = poll_max
        self.model = SendTaskModel(self)
        self.proxy = SendTaskFilter(self)
        self.proxy.setSourceModel(self.model)
        self.catalog = catalog
        self.poller_job: DeliveryPollerJob | None = None
        self.product_id: str | None = None
        self._busy = 0
        self._stopping = False
        self._poller_count = 0
        self._poller_keys: list[str] = []

    # ---- plumbing

    def _run(self, fn: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        self._set_busy(+1)

        def done(result: Any, error: BaseException | None) -> None:
            self._set_busy(-1)
            if error is not None:
                self._fail(error)
            else:
                on_result(result)

        self.runner.run_task(fn, done)

    def _set_busy(self, delta: int) -> None:
        before = self._busy > 0
        self._busy = max(0, self._busy + delta)
        if (self._busy > 0) != before:
            self.busy_changed.emit(self._busy > 0)

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def _fail(self, error: BaseException) -> None:
        from app.domain.errors import UserError

        if isinstance(error, UserError):
            self.failed.emit(render_error(error))
        else:
            log.error("delivery action failed", exc_info=error)
            self.failed.emit(tr("Something unexpected went wrong ({name}); details are in the log.")
                             .format(name=type(error).__name__))

    # ---- dashboard

    def load(self, product_id: str | None = None) -> None:
        """(Re)read the send tasks (of one product, or all) and follow the unfinished ones."""
        self.product_id = product_id
        service = self.service

        def fetch() -> tuple[list[SendTask], dict[str, str], dict[str, str], dict[str, str]]:
            tasks = service.send_tasks(product_id)
            dsps = service.dsp_names_by_dui()
            pids = sorted({str(t.product_id) for t in tasks if t.product_id})
            products: dict[str, str] = {}
            label_of: dict[str, str] = {}
            for chunk in _chunks(pids):
                for p in service.client.list(Product, filters={"id": ",".join(chunk)}):
                    products[str(p.id)] = p.name or ""
                    if p.label_id:
                        label_of[str(p.id)] = str(p.label_id)
            label_names: dict[str, str] = {}
            for chunk in _chunks(sorted(set(label_of.values()))):
                for lab in service.client.list(Label, filters={"id": ",".join(chunk)}):
                    label_names[str(lab.id)] = lab.name or ""
            labels = {pid: label_names.get(lid, lid) for pid, lid in label_of.items()}
            return tasks, dsps, products, labels

        def loaded(result: Any) -> None:
            tasks, dsps, products, labels = result
            self.model.set_names(products=products, labels=labels, dsps=dsps)
            self.model.set_tasks(tasks)
            self.tasks_loaded.emit()
            self._write_states({str(t.product_id) for t in tasks if t.product_id})
            self.watch(tasks)

        self._run(fetch, loaded)

    def watch(self, tasks: Sequence[SendTask]) -> None:
        """Follow ``tasks`` until terminal on the poller job (started when needed)."""
        unfinished = [t for t in tasks if not t.is_terminal]
        if not unfinished or self._stopping:
            return
        job = self.poller_job
        if job is not None and job.running:
            job.watch(unfinished)
            return
        poller = StatusPoller(self.service.client, unfinished, min_interval=self.poll_min,
                              max_interval=self.poll_max)
        job = DeliveryPollerJob(poller, self)
        self._poller_count += 1
        key = f"{POLLER_KEY}-{self._poller_count}"  # a stopping job never blocks its successor
        self._poller_keys.append(key)
        job.changed.connect(self._on_changes)
        job.refreshed.connect(self.refreshed)
        job.finished.connect(self._on_poller_ended)
        job.failed.connect(self._on_poller_failed)
        self.poller_job = job
        self.jobs.start(key, job)

    def delivery_states(self, product_ids: set[str]) -> dict[str, str]:
        """Each product's delivery in a few words, from the latest task per DSP."""
        latest: dict[tuple[str, str], SendTask] = {}
        for task in self.model.tasks():
            pid = str(task.product_id)
            if pid not in product_ids:
                continue
            key = (pid, str(task.dsp_upload_identification_id))
            old = latest.get(key)
            if old is None or _id_key(task.id) > _id_key(old.id):
                latest[key] = task
        states: dict[str, str] = {}
        for pid in product_ids:
            mine = [t for (p, _), t in latest.items() if p == pid]
            if not mine:
                continue
            failed = sum(1 for t in mine if t.status in ("error", "stuck"))
            done = sum(1 for t in mine if t.status == "completed")
            if failed:
                states[pid] = render(msg("count.deliveries_failed_short", n=failed))
            elif done < len(mine):
                states[pid] = tr("delivering {done}/{total}").format(done=done, total=len(mine))
            else:
                states[pid] = tr("delivered to {n}").format(n=len(mine))
        return states

    def _write_states(self, product_ids: set[str]) -> None:
        """Write the products' delivery states to the local store (ordered, off the GUI thread)."""
        catalog = self.catalog
        if catalog is None or not product_ids:
            return
        states = self.delivery_states(product_ids)

        def write() -> None:
            local = {}
            for pid, state in states.items():
                local_id = catalog.local_id_for("product", pid)
                if local_id is not None:
                    local[local_id] = state
            if local:
                catalog.set_delivery_states(local)

        self.runner.run_task(write, None, ordered=True)

    @Slot(object)
    def _on_changes(self, changes: list[StatusChange]) -> None:
        self.model.update_tasks([c.task for c in changes])
        self._write_states({str(c.task.product_id) for c in changes if c.task.product_id})
        done = [c.task for c in changes if c.task.status == "completed"]
        failed = [c.task for c in changes if c.task.status in ("error", "stuck")]
        # One notification per task while they are few; a summary when a batch finishes many
        # (a thousand tasks landing must not mean a thousand desktop pop-ups).
        messages: list[tuple[str, str, bool]] = []
        if len(done) + len(failed) <= NOTIFY_EACH_UP_TO:
            for task in done + failed:
                product = self.model.product_names.get(str(task.product_id), str(task.product_id))
                dsp = self.model.dsp_name(task)
                if task.status == "completed":
                    messages.append((tr("Delivered"), tr("{product} reached {dsp}.").format(
                        product=product, dsp=dsp), False))
                else:
                    messages.append((tr("Delivery failed"), tr("{product} to {dsp}: {reason}").format(
                        product=product, dsp=dsp, reason=task_reason(task) or task.status), True))
        else:
            if done:
                messages.append((tr("Delivered"), render(msg("count.deliveries_completed", n=len(done))),
                                 False))
            if failed:
                messages.append((tr("Delivery failed"), render(msg("count.deliveries_failed", n=len(failed))),
                                 True))
        for title, text, error in messages:
            self.notified.emit(title, text, error)
            if self.notifier is not None:
                self.notifier.notify(title, text, error=error)

    @Slot(object)
    def _on_poller_ended(self, _result: Any) -> None:
        job = self.poller_job
        if job is not None and not job.poller.done and not self._stopping:
            left = list(job.poller.watching.values())
            self.poller_job = None
            self.watch(left)  # tasks were added as it was finishing

    @Slot(object)
    def _on_poller_failed(self, error: BaseException) -> None:
        self.poller_job = None
        self._fail(error)

    def redeliver(self, task: SendTask) -> None:
        def done(new: SendTask) -> None:
            self.model.update_tasks([new])
            self.watch([new])
            self.notified.emit(tr("Redelivery started"),
                               tr("Task {id} replaces task {old}.").format(id=new.id, old=task.id),
                               False)

        self._run(lambda: self.service.redeliver(task), done)

    def stop(self) -> None:
        self._stopping = True
        for key in self._poller_keys:
            self.jobs.cancel(key)
        self._poller_keys = [k for k in self._poller_keys if self.jobs.running(k) is not None]

    def restart(self, service: DeliveryService) -> None:
        """Switch to another server connection (a new sign-in) and reload."""
        self.stop()
        self.service = service
        self.poller_job = None
        self._stopping = False
        self.load(None)

    # ---- deliver

    def deliver(self, request: DeliveryRequest, *, media: Mapping[str, Any] | None = None) -> None:
        """Run the whole sequence on a worker; steps arrive live on :attr:`step`."""
        def work() -> DeliveryResult:
            return self.service.deliver(request, on_step=self.step.emit,
                                        media=self._media(request.product_id, media))

        def done(result: DeliveryResult) -> None:
            if result.tasks:
                self.model.update_tasks(result.tasks)
                self.watch(result.tasks)
            self.delivered.emit(result)
            self.product_changed.emit(str(request.product_id))

        self._run(work, done)

    def next_quota(self, on_result: Callable[[int], None]) -> None:
        self._run(self.service.next_quota_used, on_result)

    # ---- readiness

    def _media(self, product_id: str, given: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
        """On a worker: the given reports, else the local store's masters' QC."""
        if given or self.catalog is None:
            return given
        from app.services.delivery import local_media

        return local_media(self.catalog, product_id)

    def check(self, product_id: str, *, target_dsp_ids: Sequence[str] = (),
              media: Mapping[str, Any] | None = None) -> None:
        def done(result: tuple[Release, list[Any]]) -> None:
            self.readiness_ready.emit(*result)

        self._run(lambda: self.service.readiness(product_id, target_dsp_ids=target_dsp_ids,
                                                 media=self._media(product_id, media)), done)

    def apply_fix(self, release: Release, fix: Fix) -> None:
        """Send the fix, then check again (the checklist refreshes itself)."""
        def work() -> tuple[Release, list[Any]]:
            self.service.apply_fix(release, fix)
            fresh = self.service.load_release(str(release.product.id),
                                              target_dsp_ids=release.target_dsp_ids,
                                              media=release.media)
            return fresh, check_release(fresh)

        self._run(work, lambda result: self.readiness_ready.emit(*result))

    def activate(self, product_id: str) -> None:
        def work() -> tuple[Release, list[Any]]:
            product: Product = self.service.client.get(Product, product_id)
            if product.status != "active":
                product.status = "active"
                self.service.client.update(product, fields=["status"])
            return self.service.readiness(product_id)

        self._run(work, lambda result: self.readiness_ready.emit(*result))

    # ---- artists

    def preview_artists(self, product_id: str) -> None:
        def work() -> list[ArtistMatch]:
            release = self.service.load_release(product_id)
            return preview_artists(self.service.client, release.product, release.tracks)

        self._run(work, lambda matches: self.artists_ready.emit(product_id, matches))

    def create_artist(self, product_id: str, name: str, priority: int) -> None:
        def work() -> list[ArtistMatch]:
            create_artist(self.service.client, name, priority=priority)
            release = self.service.load_release(product_id)
            return preview_artists(self.service.client, release.product, release.tracks)

        self._run(work, lambda matches: self.artists_ready.emit(product_id, matches))

    def prefer_artist(self, product_id: str, match: ArtistMatch, artist_id: str) -> None:
        def work() -> list[ArtistMatch]:
            artist = next(a for a in match.candidates if a.id == artist_id)
            prefer(self.service.client, match, artist)
            release = self.service.load_release(product_id)
            return preview_artists(self.service.client, release.product, release.tracks)

        self._run(work, lambda matches: self.artists_ready.emit(product_id, matches))

    # ---- helper for the dialogs: reference lists, fetched once on a worker

    def reference(self, on_result: Callable[[dict[str, Any]], None]) -> None:
        service = self.service

        def work() -> dict[str, Any]:
            from app.domain.resources import Continent, PriceCode, Territory

            return {
                "dsps": service.dsps(),
                "subgenres": service.subgenres(),
                "continents": list(service.client.list(Continent)),
                "territories": list(service.client.list(Territory)),
                "price_codes": list(service.client.list(PriceCode)),
            }

        self._run(work, on_result)

    def call(self, fn: Callable[[], Any], on_result: Callable[[Any], None], *,
             changes: str | None = None) -> None:
        """Run any service call off the GUI thread (the editors' saves). ``changes``: the product id
        whose server state the call changes, announced on :attr:`product_changed` afterwards."""
        def done(result: Any) -> None:
            on_result(result)
            if changes is not None:
                self.product_changed.emit(str(changes))

        self._run(fn, done)


__all__ = ["DeliveryController", "Notifier", "TrayNotifier", "Step"]
