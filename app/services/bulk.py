"""Acting on many releases at once through one send-task factory (docs/API.md live-8 to live-10).

A factory for N products x M DSPs is one POST, after at most two look-ups (the DSPs and their
upload identifications), so 500 products x 3 DSPs take 3 requests, not 1,500. Its tasks are then
listed by factory (one request per 200) and watched with the dashboard's batched
:class:`~app.services.delivery.StatusPoller`. Stuck and failed tasks come back with their reason and
are redelivered one by one, or all at once through another factory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from app.domain.errors import UsageError, UserError
from app.domain.messages import msg
from app.domain.resources import (
    DELIVERY_TYPES,
    Dsp,
    DspUploadIdentification,
    Product,
    SendTask,
    SendTaskFactory,
)
from app.services.delivery import NEXT_DAILY_QUOTA, StatusPoller, task_reason

PROBLEM_STATUSES = ("error", "stuck")
_BATCH = 200


from app.services.delivery import Client  # noqa: E402 - one protocol of the client for both services


@dataclass(frozen=True)
class BulkTarget:
    dsp_name: str
    dui_id: str


@dataclass
class BulkPlan:
    """Exactly what one factory will send: every product x every DSP, one task each."""

    products: list[Product]
    targets: list[BulkTarget]
    delivery_type: str
    priority: str = "normal"
    comments: str | None = None
    send_date: str | None = None

    @property
    def task_count(self) -> int:
        return len(self.products) * len(self.targets)

    def lines(self) -> list[tuple[str, str, str, str]]:
        """(product id, product name, UPC, DSP) for each task the factory will create."""
        return [(str(p.id), p.name or "", p.upc_code or "", t.dsp_name)
                for p in self.products for t in self.targets]


@dataclass
class ProductResult:
    product_id: str
    name: str
    tasks: list[SendTask] = field(default_factory=list)

    @property
    def status(self) -> str:
        """completed when every task completed; the worst status otherwise."""
        statuses = {t.status or "pending" for t in self.tasks}
        for worst in ("stuck", "error"):
            if worst in statuses:
                return worst
        if statuses == {"completed"}:
            return "completed"
        return "sending" if statuses & {"procesing", "processing"} else "waiting"


class BulkService:
    """Factories, their tasks, stuck and failed tasks and one-click redelivery."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self._duis: list[DspUploadIdentification] | None = None
        self._dsps: list[Dsp] | None = None

    # ---- what will be sent

    def products_with_tag(self, name: str) -> list[Product]:
        return list(self.client.list(Product, filters={"tag": name}))

    def products(self, ids: Sequence[str]) -> list[Product]:
        wanted = [str(i) for i in dict.fromkeys(ids)]
        found: dict[str, Product] = {}
        for start in range(0, len(wanted), _BATCH):
            chunk = wanted[start:start + _BATCH]
            for product in self.client.list(Product, filters={"id": ",".join(chunk)}, page_size=_BATCH):
                found[str(product.id)] = product
        missing = [i for i in wanted if i not in found]
        if missing:
            raise UserError(msg("bulk.unknown_products", n=len(missing), ids=", ".join(missing[:10])))
        return [found[i] for i in wanted]

    def targets(self, names: Sequence[str]) -> list[BulkTarget]:
        """Each DSP name (or id) to its upload identification: two requests for any number of DSPs."""
        if not names:
            raise UsageError(msg("delivery.no_dsp"))
        if self._dsps is None:
            self._dsps = list(self.client.list(Dsp))
        if self._duis is None:
            self._duis = list(self.client.list(DspUploadIdentification))
        out: list[BulkTarget] = []
        for name in names:
            wanted = name.strip().lower()
            dsp = next((d for d in self._dsps if (d.name or "").lower() == wanted or d.id == name.strip()),
                       None)
            if dsp is None:
                known = ", ".join(sorted(d.name or "" for d in self._dsps))
                raise UsageError(msg("delivery.unknown_dsp", name=name, known=known))
            own = [u for u in self._duis if u.dsp_id == dsp.id]
            if not own:  # fed through another DSP's channel (iTunes through Apple's): ask the server
                own = list(self.client.list(DspUploadIdentification, filters={"dsp-id": str(dsp.id)}))
            if not own:
                raise UserError(msg("delivery.no_upload_identification", dsp=dsp.name or str(dsp.id)))
            if str(own[0].id) not in {t.dui_id for t in out}:
                out.append(BulkTarget(dsp.name or str(dsp.id), str(own[0].id)))
        return out

    def plan(self, products: Sequence[Product], dsp_names: Sequence[str], delivery_type: str, *,
             priority: str = "normal", comments: str | None = None,
             send_date: str | None = None) -> BulkPlan:
        if delivery_type not in DELIVERY_TYPES:
            raise UsageError(msg("bulk.bad_type", type=delivery_type, known=", ".join(DELIVERY_TYPES)))
        if not products:
            raise UsageError(msg("bulk.no_products"))
        return BulkPlan(list(products), self.targets(dsp_names), delivery_type, priority, comments, send_date)

    # ---- sending and watching

    def create(self, plan: BulkPlan) -> SendTaskFactory:
        """One request: the factory, which creates one task per product and DSP."""
        if plan.priority == "next" and plan.task_count > NEXT_DAILY_QUOTA:
            raise UserError(msg("bulk.over_quota", n=plan.task_count, quota=NEXT_DAILY_QUOTA))
        factory: SendTaskFactory = self.client.create(SendTaskFactory(
            delivery_type=plan.delivery_type, priority=plan.priority, comments=plan.comments,
            send_date=plan.send_date, product_ids=[str(p.id) for p in plan.products],
            dsp_upload_identification_ids=[t.dui_id for t in plan.targets]))
        return factory

    def factory(self, factory_id: str) -> SendTaskFactory:
        found: SendTaskFactory = self.client.get(SendTaskFactory, str(factory_id))
        return found

    def tasks(self, factory_id: str) -> list[SendTask]:
        return list(self.client.list(SendTask, filters={"send-task-factory-id": str(factory_id)},
                                     page_size=_BATCH))

    def poller(self, tasks: Iterable[SendTask], *, min_interval: float = 2.0,
               max_interval: float = 60.0) -> StatusPoller:
        return StatusPoller(self.client, tasks, min_interval=min_interval, max_interval=max_interval)

    @staticmethod
    def results(products: Sequence[Product], tasks: Iterable[SendTask]) -> list[ProductResult]:
        by_product = {str(p.id): ProductResult(str(p.id), p.name or "") for p in products}
        for task in tasks:
            entry = by_product.setdefault(str(task.product_id), ProductResult(str(task.product_id), ""))
            entry.tasks.append(task)
        return list(by_product.values())

    # ---- what needs attention

    def problem_tasks(self, product_ids: Sequence[str] = ()) -> list[SendTask]:
        """Stuck and failed tasks (newest first), leaving out those a later task of the same
        product, DSP and type already replaced."""
        filters = {"status": ",".join(PROBLEM_STATUSES)}
        if product_ids:
            filters["product-id"] = ",".join(str(p) for p in product_ids)
        problems = list(self.client.list(SendTask, filters=filters, page_size=_BATCH))
        if not problems:
            return []
        ids = sorted({str(t.product_id) for t in problems})
        later: dict[tuple[str, str, str], int] = {}
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start:start + _BATCH]
            for task in self.client.list(SendTask, filters={"product-id": ",".join(chunk)},
                                         page_size=_BATCH):
                key = (str(task.product_id), str(task.dsp_upload_identification_id), task.delivery_type or "")
                later[key] = max(later.get(key, 0), int(task.id or 0))
        kept = [t for t in problems
                if later.get((str(t.product_id), str(t.dsp_upload_identification_id),
                              t.delivery_type or ""), 0) <= int(t.id or 0)]
        return sorted(kept, key=lambda t: -int(t.id or 0))

    @staticmethod
    def reason(task: SendTask) -> str:
        return task_reason(task) or (task.error_message or "")

    def redeliver(self, task: SendTask, redeliver: Callable[[SendTask], SendTask]) -> SendTask:
        """One click: a new task like the stuck or failed one (``DeliveryService.redeliver``)."""
        if task.status not in PROBLEM_STATUSES:
            raise UserError(msg("bulk.not_a_problem", task=str(task.id), status=str(task.status)))
        return redeliver(task)
