"""Delivering a product: the documented sequence, done for the user, safe to run twice.

The documented order (docs/API.md#the-release-flow) is kept: rights → update and validate the default offer →
activate the product (after the readiness check and the artist preview) → DSP-specific offer → one
send task per DSP. Every step first looks at what the server already has and skips itself when its
work is done, so a second run (or a run after a crash half-way) is harmless.

:class:`DeliveryService` is pure Python over an :class:`~app.api.client.ApiClient`: the CLI calls it on
its own thread, the GUI from a worker. :class:`StatusPoller` watches send tasks with one batched list
request per refresh (``filter[id]=a,b,c``) and backs off while nothing changes.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from app.domain.errors import UsageError, UserError
from app.domain.findings import Finding, Fix
from app.domain.messages import Message, joined, msg
from app.domain.readiness import Release, blocking, check_release, default_offer, right_covers
from app.domain.resources import (
    Continent,
    Dsp,
    DspUploadIdentification,
    Language,
    Offer,
    Product,
    ProductType,
    Record,
    Resource,
    Right,
    SendTask,
    Subgenre,
    Territory,
    Track,
    full_usage,
)
from app.domain.style_rules import language_code
from app.services.artists import ArtistMatch, preview_artists

if TYPE_CHECKING:
    from app.store.catalog import CatalogCache

NEXT_DAILY_QUOTA = 1000  # the sandbox and Labelcamp's "next" priority allowance per day
WORLDWIDE = "WW"


class Client(Protocol):
    """The part of ApiClient the service uses (typed so tests and benchmarks read clearly)."""

    def list(self, cls: Any, *, filters: Mapping[str, str] | None = None, include: Any = None,
             sort: Any = None, page_size: int = 200, prefetch: int = 4) -> Any: ...

    def get(self, cls: Any, id: str, include: Any = None) -> Any: ...

    def related(self, cls: Any, id: str, relationship: str) -> Any: ...

    def create(self, obj: Any) -> Any: ...

    def update(self, obj: Any, fields: Iterable[str] | None = None) -> Any: ...

    def delete(self, cls: Any, id: str) -> None: ...

    def whoami(self) -> Any: ...


# --------------------------------------------------------------------------- requests and results

@dataclass
class DeliveryRequest:
    product_id: str
    dsps: list[str]  # DSP names (case-insensitive) or ids
    release_date: str | None = None
    preorder_date: str | None = None
    subgenre: str | None = None  # name, key or id
    subgenre2: str | None = None
    territories: list[str] = field(default_factory=lambda: [WORLDWIDE])  # "WW" or ISO codes
    delivery_type: str = "delivery"
    priority: str = "normal"
    send_date: str | None = None  # "YYYY-MM-DD HH:MM:SS" or a date
    usage: dict[str, bool] | None = None
    offer_options: dict[str, dict[str, Any]] = field(default_factory=dict)  # DUI id -> options
    confirm_next: bool = False  # priority "next" skips checks and spends quota: asked explicitly


@dataclass(frozen=True)
class Step:
    name: str  # "rights", "default offer", "validate offer", "activate", "DSP offer", "send task"
    outcome: str  # "done" | "skipped" | "blocked"
    detail: Message

    @property
    def title(self) -> Message:
        """The step's name as a message ("default offer" -> ``delivery.step.default_offer``)."""
        return msg("delivery.step." + self.name.lower().replace(" ", "_"))

    @property
    def sentence(self) -> Message:
        """``rights: done - added a right for Spotify in WW``, for a face to render."""
        return msg("delivery.step", step=self.title, outcome=msg(f"delivery.outcome.{self.outcome}"),
                   detail=self.detail)

    def line(self) -> str:
        return str(self.sentence)


@dataclass
class Target:
    dsp: Dsp
    dui: DspUploadIdentification

    @property
    def name(self) -> str:
        return self.dsp.name or self.dui.dsp_name or f"DSP {self.dsp.id}"


@dataclass
class DeliveryResult:
    product: Product
    steps: list[Step] = field(default_factory=list)
    tasks: list[SendTask] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # the blocking ones when activation stopped
    artists: list[ArtistMatch] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return any(s.outcome == "blocked" for s in self.steps)


StepCallback = Callable[[Step], None]
ConfirmActivation = Callable[[list[ArtistMatch]], bool]


def _date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` checked; a plain sentence otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise UsageError(msg("delivery.bad_date", value=value)) from None


# --------------------------------------------------------------------------- the service

class DeliveryService:
    def __init__(self, client: Client, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.client = client
        self._today = today
        self._dsps: list[Dsp] | None = None
        self._subgenres: list[Subgenre] | None = None

    # ---- look-ups

    def dsps(self) -> list[Dsp]:
        if self._dsps is None:
            self._dsps = list(self.client.list(Dsp))
        return self._dsps

    def subgenres(self) -> list[Subgenre]:
        if self._subgenres is None:
            self._subgenres = list(self.client.list(Subgenre))
        return self._subgenres

    def dsp_names_by_dui(self) -> dict[str, str]:
        """dsp-upload-identification id -> the DSP's name (for tables of send tasks)."""
        names = {str(d.id): d.name or "" for d in self.dsps()}
        return {str(u.id): names.get(str(u.dsp_id), "") or u.dsp_name or f"upload id {u.id}"
                for u in self.client.list(DspUploadIdentification)}

    def resolve_dsps(self, names: Sequence[str]) -> list[Target]:
        """Each name (case-insensitive, or an id) to its DSP and its dsp-upload-identification."""
        if not names:
            raise UsageError(msg("delivery.no_dsp"))
        dsps = self.dsps()
        targets: list[Target] = []
        for name in names:
            wanted = name.strip().lower()
            dsp = next((d for d in dsps if (d.name or "").lower() == wanted), None) or next(
                (d for d in dsps if d.id == name.strip()), None)
            if dsp is None:
                known = ", ".join(sorted(d.name or "" for d in dsps))
                raise UsageError(msg("delivery.unknown_dsp", name=name, known=known))
            # filter[dsp-id] is the documented reliable look-up; one identification may feed
            # several DSPs (Apple's feeds Apple Music and iTunes), so trust the server's answer.
            duis = list(self.client.list(DspUploadIdentification, filters={"dsp-id": str(dsp.id)}))
            if not duis:
                raise UserError(msg("delivery.no_upload_identification", dsp=dsp.name or str(dsp.id)))
            own = [u for u in duis if u.dsp_id == dsp.id] or duis
            if own[0].id not in {t.dui.id for t in targets}:  # one send task per identification
                targets.append(Target(dsp, own[0]))
        return targets

    def resolve_subgenre(self, value: str) -> Subgenre:
        wanted = value.strip().lower()
        for sub in self.subgenres():
            if wanted in ((sub.name or "").lower(), (sub.key or "").lower(), sub.id or ""):
                return sub
        raise UsageError(msg("delivery.unknown_subgenre", value=value,
                             examples=", ".join(s.name or "" for s in self.subgenres()[:5])))

    def resolve_territories(self, values: Sequence[str]) -> tuple[list[str], list[str]]:
        """``WW``/continent names to continent ids and ISO alpha-2 codes to territory ids."""
        continents: list[str] = []
        territories: list[str] = []
        for raw in values:
            for value in (v.strip() for v in raw.split(",")):
                if not value:
                    continue
                found_c = [c for c in self.client.list(Continent, filters={"name": value})
                           if (c.name or "").lower() == value.lower()]
                if found_c:
                    continents.append(str(found_c[0].id))
                    continue
                found_t = [t for t in self.client.list(Territory, filters={"code-alpha-2": value.upper()})
                           if (t.code_alpha_2 or "").upper() == value.upper()]
                if not found_t:
                    raise UsageError(msg("delivery.unknown_territory", value=value))
                territories.append(str(found_t[0].id))
        return continents, territories

    # ---- the snapshot readiness works on

    def catalog_isrcs(self, tracks: Sequence[Track]) -> dict[str, set[str]]:
        """For each ISRC of ``tracks``: the products on the server whose tracks use it."""
        from app.domain.codes import isrc_problem, normalize_isrc

        index: dict[str, set[str]] = {}
        for code in sorted({normalize_isrc(t.isrc_code or "") for t in tracks if t.isrc_code}):
            if isrc_problem(code):
                continue
            for other in self.client.list(Track, filters={"isrc-code": code}, prefetch=1):
                if other.product_id and normalize_isrc(other.isrc_code or "") == code:
                    index.setdefault(code, set()).add(str(other.product_id))
        return index

    def load_release(self, product_id: str, *, target_dsp_ids: Sequence[str] = (),
                     media: Mapping[str, Any] | None = None,
                     delivery_date: dt.date | None = None) -> Release:
        client = self.client
        product: Product = client.get(Product, product_id)
        tracks: list[Track] = sorted(client.list(Track, filters={"product-id": product_id}),
                                     key=lambda t: (t.volume_number or 1, t.track_number or 0))
        records: list[Record] = []
        if tracks:
            ids = ",".join(str(t.id) for t in tracks)
            records = list(client.list(Record, filters={"track-id": ids}))
        offers: list[Offer] = list(client.list(Offer, filters={"product-id": product_id}))
        rights = self.rights(product_id)
        type_name = None
        if product.product_type_id:
            try:
                type_name = client.get(ProductType, product.product_type_id).name
            except UserError:
                type_name = None
        language = None  # for the language-aware title case (docs/STYLE-RULES.md#title-case)
        if product.language_id:
            try:
                language = language_code(client.get(Language, product.language_id).name)
            except UserError:
                language = None
        return Release(product=product, tracks=tracks, records=records, offers=offers, rights=rights,
                       product_type_name=type_name, media=dict(media or {}), language=language,
                       catalog_isrcs=self.catalog_isrcs(tracks),
                       target_dsp_ids=list(target_dsp_ids), delivery_date=delivery_date,
                       today=self._today())

    def rights(self, product_id: str) -> list[Right]:
        found = self.client.related(Product, product_id, "rights")
        return [r for r in (found or []) if isinstance(r, Right)]

    def readiness(self, product_id: str, *, target_dsp_ids: Sequence[str] = (),
                  media: Mapping[str, Any] | None = None) -> tuple[Release, list[Finding]]:
        release = self.load_release(product_id, target_dsp_ids=target_dsp_ids, media=media)
        return release, check_release(release)

    # ---- one-click fixes

    def apply_fix(self, release: Release, fix: Fix) -> None:
        """Send a finding's fix to the server (field updates, or the create of a right)."""
        for edit in fix.edits:
            if edit.create and edit.kind == "right":
                changes = dict(edit.changes)
                names = changes.pop("continent_names", [])
                continents, territories = self.resolve_territories(names) if names else ([], [])
                self.create_right(str(changes.get("distributed_id") or release.product.id),
                                  list(changes.get("dsp_ids") or []),
                                  continents or list(changes.get("continent_ids") or []),
                                  territories or list(changes.get("territory_ids") or []))
                continue
            obj = self._object_for(release, edit.kind, edit.ref)
            for name, value in edit.changes.items():
                setattr(obj, name, value)
            self.client.update(obj, fields=list(edit.changes))

    @staticmethod
    def _object_for(release: Release, kind: str, ref: str | None) -> Resource:
        if kind == "product":
            return release.product
        pools: dict[str, list[Resource]] = {"track": list(release.tracks),
                                            "offer": list(release.offers),
                                            "right": list(release.rights)}
        pool = pools.get(kind, [])
        for obj in pool:
            if obj.id == ref:
                return obj
        raise UserError(msg("delivery.gone", kind=kind, ref=str(ref)))

    # ---- the steps

    def create_right(self, product_id: str, dsp_ids: list[str], continent_ids: list[str],
                     territory_ids: list[str]) -> Right:
        who = self.client.whoami()
        right = Right(action="add",
                      user_email=getattr(who.user, "email", None),
                      distributor_id=getattr(who.distributor, "id", None),
                      distributed_id=product_id, dsp_ids=dsp_ids,
                      continent_ids=continent_ids, territory_ids=territory_ids)
        created: Right = self.client.create(right)
        return created

    def delete_rights(self, product_id: str, rights: Iterable[Right]) -> list[Right]:
        """Delete these rights on the server; returns the product's rights left."""
        for right in rights:
            self.client.delete(Right, str(right.id))
        return self.rights(product_id)

    def deliver(self, request: DeliveryRequest, *, on_step: StepCallback | None = None,
                confirm_activation: ConfirmActivation | None = None,
                media: Mapping[str, Any] | None = None) -> DeliveryResult:
        """Run every missing step for ``request``; see the module docstring."""
        if request.delivery_type not in ("delivery", "update", "redelivery", "delete"):
            raise UsageError(msg("delivery.bad_type", value=request.delivery_type))
        if request.priority not in ("normal", "urgent", "next"):
            raise UsageError(msg("delivery.bad_priority", value=request.priority))
        if request.priority == "next" and not request.confirm_next:
            raise UsageError(msg("delivery.next_unconfirmed", quota=NEXT_DAILY_QUOTA))
        release_date = _date(request.release_date)
        preorder_date = _date(request.preorder_date)

        client = self.client
        steps: list[Step] = []

        def step(name: str, outcome: str, detail: Message) -> None:
            s = Step(name, outcome, detail)
            steps.append(s)
            if on_step is not None:
                on_step(s)

        product: Product = client.get(Product, request.product_id)
        result = DeliveryResult(product=product, steps=steps)
        targets = self.resolve_dsps(request.dsps)
        names = ", ".join(t.name for t in targets)

        if request.delivery_type != "delete":
            # 1. rights: one right for the DSPs no right covers yet.
            rights = self.rights(request.product_id)
            missing = [t for t in targets if not any(right_covers(r, str(t.dsp.id)) for r in rights)]
            if missing:
                continents, territories = self.resolve_territories(request.territories)
                self.create_right(request.product_id, [str(t.dsp.id) for t in missing],
                                  continents, territories)
                step("rights", "done", msg("delivery.rights.added", dsps=", ".join(t.name for t in missing),
                                           territories=", ".join(request.territories)))
            else:
                step("rights", "skipped", msg("delivery.rights.covered", dsps=names))

            # 2. default offer: release date and subgenres, then validate (status active).
            offers: list[Offer] = list(client.list(Offer, filters={"product-id": request.product_id}))
            offer = default_offer(offers)
            if offer is None:
                raise UserError(msg("delivery.no_default_offer", product=request.product_id))
            changed: dict[str, Any] = {}
            shown: dict[str, str] = {}  # what the step line says (names, not ids), by domain field
            want_date = release_date or offer.release_date or (
                product.release_date[:10] if product.release_date else None)
            if want_date and (offer.release_date or "")[:10] != want_date:
                changed["release_date"] = want_date
            if preorder_date and (offer.preorder_date or "")[:10] != preorder_date:
                changed["preorder_date"] = preorder_date
            if request.subgenre:
                sub = self.resolve_subgenre(request.subgenre)
                if offer.subgenre_id != sub.id:
                    changed["subgenre_id"] = sub.id
                    shown["subgenre_id"] = sub.name or str(sub.id)
            if request.subgenre2:
                sub2 = self.resolve_subgenre(request.subgenre2)
                if offer.subgenre2_id != sub2.id:
                    changed["subgenre2_id"] = sub2.id
                    shown["subgenre2_id"] = sub2.name or str(sub2.id)
            if not (changed.get("subgenre_id") or offer.subgenre_id):
                raise UsageError(msg("delivery.no_subgenre"))
            if not (changed.get("release_date") or offer.release_date):
                raise UsageError(msg("delivery.no_release_date"))
            if changed:
                for name, value in changed.items():
                    setattr(offer, name, value)
                offer = client.update(offer, fields=list(changed))
                for key in ("release_date", "preorder_date"):
                    if key in changed:
                        shown[key] = str(changed[key])
                changes = [msg("delivery.offer.change", field=msg(f"field.{k}"), value=v)
                           for k, v in shown.items()]
                step("default offer", "done",
                     msg("delivery.offer.set", changes=joined(changes, "list.comma")))
            else:
                step("default offer", "skipped", msg("delivery.offer.already_set"))
            if offer.status != "active":
                offer.status = "active"
                offer = client.update(offer, fields=["status"])
                step("validate offer", "done", msg("delivery.offer.activated"))
            else:
                step("validate offer", "skipped", msg("delivery.offer.already_active"))

            # 3. activation, after readiness and the artist preview.
            if product.status != "active":
                release = self.load_release(request.product_id,
                                            target_dsp_ids=[str(t.dsp.id) for t in targets],
                                            media=media)
                blockers = blocking(check_release(release))
                if blockers:
                    result.findings = blockers
                    step("activate", "blocked", msg("delivery.activate.blocked", n=len(blockers),
                                                    problems=joined([f.sentence for f in blockers[:3]],
                                                                    "list.space")))
                    return result
                result.artists = preview_artists(client, release.product, release.tracks)
                credits = [msg("delivery.artist.existing", name=m.name, id=str(m.chosen.id),
                               priority=str(m.chosen.priority)) if m.chosen is not None
                           else msg("delivery.artist.new", name=m.name) for m in result.artists]
                step("artists", "done", joined(credits, "list.join") if credits
                     else msg("delivery.artists.none"))
                if confirm_activation is not None and not confirm_activation(result.artists):
                    step("activate", "blocked", msg("delivery.activate.not_confirmed"))
                    return result
                product.status = "active"
                product = client.update(product, fields=["status"])
                result.product = product
                new = [m.name for m in result.artists if m.creates_new]
                step("activate", "done", msg("delivery.activate.done_new", artists=", ".join(new)) if new
                     else msg("delivery.activate.done"))
            else:
                step("activate", "skipped", msg("delivery.activate.already"))

            # 4. DSP-specific offers: one per DSP not covered by an active non-default offer.
            offers = list(client.list(Offer, filters={"product-id": request.product_id}))
            covered = {d for o in offers if not o.is_default and o.status == "active"
                       for d in o.dsp_upload_identification_ids}
            base = default_offer(offers) or offer
            for target in targets:
                dui_id = str(target.dui.id)
                if dui_id in covered:
                    step("DSP offer", "skipped", msg("delivery.dsp_offer.exists", dsp=target.name))
                    continue
                client.create(Offer(
                    is_default=False, status="active", release_date=base.release_date,
                    preorder_date=base.preorder_date, usage=request.usage or full_usage(),
                    options=request.offer_options.get(dui_id) or None,
                    product_id=request.product_id, subgenre_id=base.subgenre_id,
                    subgenre2_id=base.subgenre2_id, dsp_upload_identification_ids=[dui_id]))
                step("DSP offer", "done", msg("delivery.dsp_offer.created", dsp=target.name))

        # 5. send tasks: one per DSP, unless one is in flight (or already delivered).
        existing: list[SendTask] = list(client.list(
            SendTask, filters={"product-id": request.product_id,
                               "delivery-type": request.delivery_type}))
        for target in targets:
            dui_id = str(target.dui.id)
            same = [t for t in existing if t.dsp_upload_identification_id == dui_id
                    and t.delivery_type == request.delivery_type]
            in_flight = [t for t in same if not t.is_terminal]
            if in_flight:
                result.tasks.append(in_flight[-1])
                step("send task", "skipped",
                     msg("delivery.task.in_flight", dsp=target.name, task=str(in_flight[-1].id),
                         status=str(in_flight[-1].status)))
                continue
            if request.delivery_type == "delivery" and any(t.status == "completed" for t in same):
                done = [t for t in same if t.status == "completed"][-1]
                result.tasks.append(done)
                step("send task", "skipped",
                     msg("delivery.task.delivered", dsp=target.name, task=str(done.id)))
                continue
            task = client.create(SendTask(
                deliverable=True, delivery_type=request.delivery_type, priority=request.priority,
                send_date=request.send_date, product_id=request.product_id,
                dsp_upload_identification_id=dui_id))
            result.tasks.append(task)
            step("send task", "done", msg("delivery.task.created", dsp=target.name, task=str(task.id),
                                          type=request.delivery_type, priority=request.priority))
        return result

    def redeliver(self, task: SendTask, *, priority: str | None = None) -> SendTask:
        """A new task for a failed (or finished) one: same product, DSP and type."""
        if not task.is_terminal:
            raise UserError(msg("delivery.task_running", task=str(task.id), status=str(task.status)))
        created: SendTask = self.client.create(SendTask(
            deliverable=True, delivery_type=task.delivery_type or "delivery",
            priority=priority or task.priority or "normal", product_id=task.product_id,
            dsp_upload_identification_id=task.dsp_upload_identification_id))
        return created

    def send_tasks(self, product_id: str | None = None, *, status: str | None = None) -> list[SendTask]:
        filters: dict[str, str] = {}
        if product_id:
            filters["product-id"] = product_id
        if status:
            filters["status"] = status
        tasks: list[SendTask] = list(self.client.list(SendTask, filters=filters or None))
        return tasks

    def next_quota_used(self) -> int:
        """How many "next" priority tasks were created today (the daily quota's use)."""
        today = self._today().isoformat()
        return sum(1 for task in self.client.list(SendTask, filters={"priority": "next"})
                   if (task.created_at or "")[:10] == today)


def local_media(catalog: CatalogCache, product_id: str, *, full: bool = True) -> dict[str, Any]:
    """Media QC reports of the masters the local store holds for server product ``product_id``,
    keyed by the track's server id (what readiness folds in). Empty when the store does not know
    the product or its masters are not on this machine any more."""
    from pathlib import Path

    from app.media.check import inspect_file

    local = catalog.local_id_for("product", str(product_id))
    if local is None:
        return {}
    reports: dict[str, Any] = {}
    for row in catalog.tracks(local):
        if row.server_id and row.master_path and Path(row.master_path).is_file():
            reports[str(row.server_id)] = inspect_file(Path(row.master_path), full=full)
    return reports


def profile_media(profile: str, product_id: str) -> dict[str, Any]:
    """:func:`local_media` from the profile's catalog file, if there is one (the CLI's case)."""
    from app.platform.paths import profile_dir

    path = profile_dir(profile) / "catalog.sqlite3"
    if not path.is_file():
        return {}
    from app.store.catalog_store import open_catalog

    with open_catalog(path) as store:
        return local_media(store.catalog, product_id)


def task_reason(task: SendTask) -> str:
    """The plain sentence a failed task carries (``error-message``, else the ack's Reason)."""
    if task.error_message:
        return str(task.error_message)
    ack = task.ack_status_message
    if isinstance(ack, dict):
        for key in ("Reason", "reason", "Message", "message"):
            if ack.get(key):
                value = ack[key]
                return "; ".join(map(str, value)) if isinstance(value, list) else str(value)
        status = ack.get("FileStatus")
        if status and task.status == "error":
            return "; ".join(map(str, status)) if isinstance(status, list) else str(status)
    elif isinstance(ack, str) and task.status == "error":
        return ack
    return ""


# --------------------------------------------------------------------------- the status poller

@dataclass(frozen=True)
class StatusChange:
    task: SendTask
    old_status: str | None

    @property
    def line(self) -> str:
        reason = task_reason(self.task) if self.task.status in ("error", "stuck") else ""
        return (f"task {self.task.id}: {self.old_status or 'new'} -> {self.task.status}"
                + (f" ({reason})" if reason else ""))


class StatusPoller:
    """Watches send tasks until each reaches a terminal status.

    One refresh = one ``filter[id]=a,b,c`` list request per ``batch`` ids (one page each), never a
    GET per task. The interval starts at ``min_interval``, grows by ``factor`` after each refresh in
    which nothing changed, up to ``max_interval``, and drops back to ``min_interval`` on a change.
    Terminal tasks leave the watch list; the poller is done when the list is empty.
    """

    def __init__(self, client: Client, tasks: Iterable[SendTask] = (), *, min_interval: float = 2.0,
                 max_interval: float = 60.0, factor: float = 2.0, batch: int = 200) -> None:
        self.client = client
        self.min_interval = min_interval
        self.max_interval = max_interval
        self.factor = factor
        self.batch = max(1, min(batch, 200))
        self.interval = min_interval
        self.requests = 0
        self._lock = threading.Lock()
        self.watching: dict[str, SendTask] = {}
        self.add(tasks)

    def add(self, tasks: Iterable[SendTask]) -> None:
        """Watch more tasks (a redelivery); the next refresh comes soon again."""
        with self._lock:
            for task in tasks:
                if task.id and not task.is_terminal:
                    self.watching[str(task.id)] = task
            self.interval = self.min_interval

    @property
    def done(self) -> bool:
        with self._lock:
            return not self.watching

    def refresh(self) -> list[StatusChange]:
        """One round of batched requests; returns the tasks whose status (or reason) changed."""
        with self._lock:
            ids = list(self.watching)
        changes: list[StatusChange] = []
        seen: set[str] = set()
        for start in range(0, len(ids), self.batch):
            chunk = ids[start:start + self.batch]
            self.requests += 1
            for fresh in self.client.list(SendTask, filters={"id": ",".join(chunk)},
                                          page_size=self.batch, prefetch=1):
                key = str(fresh.id)
                seen.add(key)
                with self._lock:
                    old = self.watching.get(key)
                    if old is None:
                        continue
                    if old.status != fresh.status or task_reason(old) != task_reason(fresh):
                        changes.append(StatusChange(fresh, old.status))
                    if fresh.is_terminal:
                        del self.watching[key]
                    else:
                        self.watching[key] = fresh
        with self._lock:
            for key in set(ids) - seen:  # deleted on the server: nothing more to watch
                self.watching.pop(key, None)
            if changes:
                self.interval = self.min_interval
            else:
                self.interval = min(self.max_interval, self.interval * self.factor)
        return changes

    def run(self, on_changes: Callable[[list[StatusChange]], None], cancel: threading.Event, *,
            wait: Callable[[float], bool] | None = None, on_refresh: Callable[[], None] | None = None,
            ) -> None:
        """Refresh until done or cancelled; ``wait(seconds)`` returns True to stop (Event.wait)."""
        waiter = wait if wait is not None else cancel.wait
        while not cancel.is_set() and not self.done:
            changes = self.refresh()
            if on_refresh is not None:
                on_refresh()
            if changes:
                on_changes(changes)
            if self.done or waiter(self.interval):
                break


def wait_for(poller: StatusPoller, on_change: Callable[[StatusChange], None], *,
             cancel: threading.Event | None = None, clock: Callable[[], float] = time.monotonic,
             timeout: float | None = None) -> None:
    """Block (CLI ``--wait``) until every watched task is terminal, or ``timeout`` seconds pass."""
    stop = cancel or threading.Event()
    start = clock()

    def waiter(seconds: float) -> bool:
        if timeout is not None and clock() - start + seconds > timeout:
            return True
        return stop.wait(seconds)

    def each(changes: list[StatusChange]) -> None:
        for change in changes:
            on_change(change)

    poller.run(each, stop, wait=waiter)
