"""The after-delivery area's controller: every server call on a worker, results back as signals.

It runs :class:`app.services.live.LiveService` (live states, artist places, DSP artist links, the
next quota) and :class:`app.services.bulk.BulkService` (factories, their tasks, stuck and failed
tasks). A factory's tasks are watched with the dashboard's batched ``StatusPoller``: one refresh on a
worker at a time, the next one after the poller's own interval.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.platform.messages import render_error

if TYPE_CHECKING:
    from app.domain.resources import Product, SendTask, SendTaskFactory
    from app.services.bulk import BulkPlan, BulkService
    from app.services.delivery import DeliveryService, StatusPoller
    from app.services.live import LiveService
    from app.workers.runner import Runner


class LiveController(QObject):
    states_ready = Signal(object)  # LiveReport
    artist_ready = Signal(str, object, bool)  # artist id, [ArtistPlace], from the cache
    artist_linked = Signal(str, str)  # artist id, the profile's link
    badges_ready = Signal(object)  # {product server id: (live, known)}
    quota_ready = Signal(object)  # QuotaView
    plan_ready = Signal(object)  # BulkPlan
    factory_started = Signal(object, object)  # SendTaskFactory, [SendTask]
    tasks_changed = Signal(object)  # [SendTask] (the whole factory's, latest)
    factory_done = Signal()
    problems_ready = Signal(object)  # [SendTask]
    redelivered = Signal(object, object)  # old task, new task
    failed = Signal(str)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.live: LiveService | None = None
        self.bulk: BulkService | None = None
        self.delivery: DeliveryService | None = None
        self.dsp_names_by_dui: dict[str, str] = {}
        self.product_names: dict[str, str] = {}
        self._poller: StatusPoller | None = None
        self._tasks: dict[str, SendTask] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)

    def set_services(self, live: LiveService, bulk: BulkService | None,
                     delivery: DeliveryService | None) -> None:
        self.live, self.bulk, self.delivery = live, bulk, delivery

    def _run(self, fn: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.failed.emit(render_error(error))
            else:
                on_result(result)

        self.runner.run_task(fn, done)

    # ---- live states and artists

    def load_live(self, product_id: str, name: str = "") -> None:
        live = self.live
        if live is None:
            return
        self._run(lambda: live.live(product_id, product_name=name), self.states_ready.emit)

    def load_badges(self, product_ids: Callable[[], Sequence[str]] | None = None) -> None:
        """The catalog's "live on n/m" badges, on the runner: from the cache, after reading the states
        of ``product_ids()`` (called on the runner: it reads the store) when signed in."""
        live = self.live
        if live is None:
            return

        def work() -> dict[str, tuple[int, int]]:
            ids = list(product_ids()) if product_ids is not None and live.client is not None else []
            if ids:
                live.refresh(ids, with_places=False)
            return live.badges()

        self._run(work, self.badges_ready.emit)

    def load_artist(self, artist_id: str) -> None:
        live = self.live
        if live is not None:
            self._run(lambda: live.artist_places(artist_id),
                      lambda result: self.artist_ready.emit(artist_id, result[0], result[1]))

    def link_artist(self, artist_id: str, service: str, value: str) -> None:
        live = self.live
        if live is None:
            return

        def linked(url: str) -> None:
            self.artist_linked.emit(artist_id, url)
            self.load_artist(artist_id)

        self._run(lambda: live.link_artist(artist_id, service, value), linked)

    def load_quota(self) -> None:
        live = self.live
        if live is not None and live.client is not None:
            self._run(live.next_quota, self.quota_ready.emit)

    # ---- bulk work

    def plan(self, product_ids: Sequence[str], tag: str, dsps: Sequence[str], delivery_type: str,
             priority: str, comments: str | None) -> None:
        bulk = self.bulk
        if bulk is None:
            return
        ids = list(product_ids)

        def work() -> BulkPlan:
            products: list[Product] = bulk.products(ids) if ids else []
            if tag.strip():
                known = {str(p.id) for p in products}
                products += [p for p in bulk.products_with_tag(tag.strip()) if str(p.id) not in known]
            return bulk.plan(products, list(dsps), delivery_type, priority=priority, comments=comments)

        self._run(work, self.plan_ready.emit)

    def send(self, plan: BulkPlan, *, min_interval: float = 2.0) -> None:
        bulk = self.bulk
        if bulk is None:
            return
        self.product_names.update({str(p.id): p.name or "" for p in plan.products})
        self.dsp_names_by_dui.update({t.dui_id: t.dsp_name for t in plan.targets})

        def work() -> tuple[SendTaskFactory, list[SendTask]]:
            factory = bulk.create(plan)
            return factory, bulk.tasks(str(factory.id))

        def started(result: tuple[SendTaskFactory, list[SendTask]]) -> None:
            factory, tasks = result
            self._tasks = {str(t.id): t for t in tasks}
            self._poller = bulk.poller(tasks, min_interval=min_interval)
            self.factory_started.emit(factory, tasks)
            self._schedule()

        self._run(work, started)

    def _schedule(self) -> None:
        poller = self._poller
        if poller is None:
            return
        if poller.done:
            self._poller = None
            self.factory_done.emit()
            return
        self._timer.start(int(poller.interval * 1000))

    def _poll(self) -> None:
        poller = self._poller
        if poller is None:
            return

        def refreshed(changes: list[Any]) -> None:
            for change in changes:
                self._tasks[str(change.task.id)] = change.task
            if changes:
                self.tasks_changed.emit(list(self._tasks.values()))
            self._schedule()

        self._run(poller.refresh, refreshed)

    def stop(self) -> None:
        self._timer.stop()
        self._poller = None

    def load_problems(self, product_ids: Sequence[str] = ()) -> None:
        bulk = self.bulk
        if bulk is None:
            return
        ids = list(product_ids)

        def work() -> list[SendTask]:
            tasks = bulk.problem_tasks(ids)
            if not self.dsp_names_by_dui and self.delivery is not None:
                self.dsp_names_by_dui = self.delivery.dsp_names_by_dui()
            missing = sorted({str(t.product_id) for t in tasks} - set(self.product_names))
            if missing:
                self.product_names.update({str(p.id): p.name or "" for p in bulk.products(missing)})
            return tasks

        self._run(work, self.problems_ready.emit)

    def redeliver(self, task: SendTask) -> None:
        bulk, delivery = self.bulk, self.delivery
        if bulk is None or delivery is None:
            return

        def done(new: SendTask) -> None:
            self.redelivered.emit(task, new)
            if self._poller is None and self.bulk is not None:
                self._poller = self.bulk.poller([new])
                self._tasks[str(new.id)] = new
                self._schedule()
            elif self._poller is not None:
                self._poller.add([new])
                self._tasks[str(new.id)] = new

        self._run(lambda: bulk.redeliver(task, delivery.redeliver), done)
