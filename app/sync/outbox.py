"""The one outbox engine: replaying any store's outbox, exactly once in effect, for every kind.

What is written once here (docs/ARCHITECTURE.md#the-outbox-engine-and-its-adapters has the picture):
- a run holds the store's sync lock and first puts operations left in flight by a run that died
  back in the queue (their ``attempts`` stay, so creates are looked up before being sent again);
- passes over the ready operations, oldest first; what became ready (children of objects just
  created, unsure operations) goes in the next pass;
- :func:`send_exactly_once`, the step every request ends with: mark the operation in flight
  (committed) before the request, adopt the server's answer after it;
- what each failure means for the queue: refused (422/4xx, a local problem) -> ``rejected`` with
  the reason per field, the user's values kept; lost answer -> ``pending``, looked up before it is
  sent again; busy server (429/5xx) -> waited out, then left for the next run; offline or login
  needed -> the run pauses, nothing lost; cancelled -> the run stops, the rest stays queued.

A kind of object plugs in with a :class:`KindAdapter` (how to send one operation: create, update,
upload or delete, with its natural-key lookup and conflict check) over a store that has the outbox
methods of :class:`OutboxQueue` (``app/store/outbox.py`` holds their SQL). The distributor catalog
(``app/sync/engine.py``) and label profiles (``app/sync/label_profiles.py``) are the two adapters.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from app.api.errors import (
    AmbiguousRequest,
    ApiError,
    AuthExpired,
    AuthFailed,
    Cancelled,
    NotLoggedIn,
    Offline,
    RateLimited,
    ServerUnavailable,
    UploadChanged,
    ValidationFailed,
)
from app.domain.errors import UserError
from app.domain.messages import Message, msg
from app.store.rows import OutboxOp
from app.sync.faults import crash_point
from app.sync.lock import SyncLock

log = logging.getLogger(__name__)

# What sending one operation came to: sent; adopted (it was already on the server); conflict (it
# waits for the user); settled (nothing left to send, e.g. a draft deleted while its create was
# unsure).
Outcome = Literal["sent", "adopted", "conflict", "settled"]

# The sentence of the report's pause line, per reason (it adds what to do to the failure's own).
_PAUSE_CODES = {"login": "sync.stop_login", "offline": "sync.stop_offline"}


@dataclass(frozen=True)
class SyncProgress:
    done: int  # operations finished (sent, rejected or in conflict) in this run
    total: int  # operations that were queued when the run began
    description: Message | str  # the operation now under way
    bytes_done: int = 0  # upload progress of that operation, when it uploads a file
    bytes_total: int = 0


@dataclass
class SyncReport:
    sent: int = 0
    failed: int = 0  # could not be sent now and stay queued (offline, server down, login needed)
    rejected: int = 0
    conflicts: int = 0
    adopted: int = 0  # creates found already on the server and taken over instead of sent again
    requests: int = 0
    messages: list[Message] = field(default_factory=list)  # the report's lines, for a face to render
    paused: str | None = None  # "login" | "offline" | "server" | "cancelled" when the run stopped early
    paused_sentence: Message | None = None  # the failure that paused it, for a face to render
    remaining: int = 0  # operations still queued after the run
    seconds: float = 0.0
    on_line: Callable[[Message], None] | None = field(default=None, repr=False, compare=False)

    @property
    def lines(self) -> list[str]:
        """The report's lines in English (logs, tests)."""
        return [str(message) for message in self.messages]

    @property
    def paused_message(self) -> str | None:
        """The failure that paused the run, in English (logs, tests)."""
        return None if self.paused_sentence is None else str(self.paused_sentence)

    def line(self, message: Message) -> None:
        self.messages.append(message)
        if self.on_line is not None:
            self.on_line(message)

    def pause_because(self, sentence: Message) -> None:
        if self.paused_sentence is None:
            self.paused_sentence = sentence

    @property
    def needs_login(self) -> bool:
        """Paused until the user signs in again (or pastes a new token)."""
        return self.paused == "login"

    @property
    def ok(self) -> bool:
        return not (self.failed or self.rejected or self.conflicts or self.paused or self.remaining)


class Refused(Exception):
    """An adapter's way to say the server (or a local rule) refused an operation for good."""

    def __init__(self, sentence: Message, field_errors: dict[str, str] | None = None) -> None:
        super().__init__(str(sentence))
        self.sentence = sentence
        self.message = str(sentence)
        self.field_errors = field_errors or {}


class OutboxQueue(Protocol):
    """The outbox methods the engine needs of a store (the catalog store and the label-profile store)."""

    @property
    def path(self) -> Path: ...

    def pending_count(self) -> int: ...

    def ready_operations(self) -> list[OutboxOp]: ...

    def operation(self, op_id: int) -> OutboxOp | None: ...

    def operations(self, state: str | None = None) -> list[OutboxOp]: ...

    def release_inflight(self) -> int: ...

    def mark_inflight(self, op_id: int, payload: dict[str, Any] | None = None) -> None: ...

    def mark_pending(self, op_id: int, error: Message | str | None = None) -> None: ...

    def mark_rejected(self, op_id: int, message: Message | str, field_errors: dict[str, str]) -> None: ...

    def waiting_reason(self, op: OutboxOp) -> Message | str | None: ...

    def complete(self, op_id: int, server: Any, sent: dict[str, Any]) -> None: ...


@dataclass
class Step:
    """What an adapter may use while it sends one operation."""

    report: SyncReport
    progress: Callable[[SyncProgress], None] | None
    cancel: threading.Event | None
    done: int
    total: int


class KindAdapter(Protocol):
    """How one kind of object is sent; the engine decides everything else."""

    @property
    def request_count(self) -> int: ...

    def send(self, op: OutboxOp, step: Step) -> Outcome: ...

    def conflict_fields(self, op: OutboxOp) -> list[str]: ...

    def field_errors(self, error: ValidationFailed | UserError) -> dict[str, str]: ...


@dataclass(frozen=True)
class Policy:
    tries_per_run: int = 3  # an unsure operation is tried again in the same run up to this many times
    server_retries: int = 3  # a busy server is waited out this many times before the run gives up on it
    server_backoff: float = 1.0  # seconds before the first wait, doubling
    busy_stops_run: bool = True  # after the waits: stop the run (True) or go on with the others


def send_exactly_once(queue: OutboxQueue, op: OutboxOp, request: Callable[[], Any], *,
                      sent: dict[str, Any] | None = None, payload: dict[str, Any] | None = None) -> Outcome:
    """The exactly-once step every request ends with: mark ``op`` in flight (committed, with
    ``payload``) before ``request`` goes out, then adopt the server's answer (``sent`` holds the
    field values that went out). A kill between the two leaves ``attempts`` > 0: the next run looks
    the object up on the server before sending again."""
    queue.mark_inflight(op.id, payload)
    crash_point("inflight")
    answer = request()
    crash_point("acted")
    queue.complete(op.id, answer, sent or {})
    return "sent"


class _Stop(Exception):
    def __init__(self, reason: str, sentence: Message) -> None:
        super().__init__(str(sentence))
        self.reason = reason
        self.sentence = sentence


class OutboxEngine:
    """Send a store's outbox through a kind adapter. One run at a time per store file."""

    def __init__(self, queue: OutboxQueue, adapter: KindAdapter, policy: Policy = Policy(), *,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.queue = queue
        self.adapter = adapter
        self.policy = policy
        self._sleep = sleep

    def run(self, progress: Callable[[SyncProgress], None] | None = None,
            cancel: threading.Event | None = None,
            on_line: Callable[[Message], None] | None = None) -> SyncReport:
        """Send what is ready; ``on_line`` hears each report line as it happens (the CLI prints).

        Raises SyncBusy when another sync of the same store file is running (any process)."""
        with SyncLock(self.queue.path):
            left = self.queue.release_inflight()
            if left:
                log.info("%d operation(s) were left in flight by an interrupted sync", left)
            return self._run(progress, cancel, on_line)

    def _run(self, progress: Callable[[SyncProgress], None] | None, cancel: threading.Event | None,
             on_line: Callable[[Message], None] | None) -> SyncReport:
        started = time.perf_counter()
        queue, tries_per_run = self.queue, self.policy.tries_per_run
        report = SyncReport(on_line=on_line)
        requests_before = self.adapter.request_count
        total = queue.pending_count()
        tries: dict[int, int] = {}
        done = 0
        try:
            while True:
                ready = [op for op in queue.ready_operations() if tries.get(op.id, 0) < tries_per_run]
                if not ready:
                    break
                for queued in ready:
                    if cancel is not None and cancel.is_set():
                        raise _Stop("cancelled", msg("sync.cancelled"))
                    op = queue.operation(queued.id)
                    if op is None or op.state not in ("pending", "inflight"):
                        continue  # settled meanwhile (merged, resolved, deleted by the user)
                    tries[op.id] = tries.get(op.id, 0) + 1
                    if progress is not None:
                        progress(SyncProgress(done, total, op.description))
                    step = Step(report, progress, cancel, done, total)
                    if self._attempt(op, step) != "retry":
                        done += 1
        except _Stop as stop:
            report.paused = stop.reason
            report.pause_because(stop.sentence)
            code = _PAUSE_CODES.get(stop.reason)
            reason = msg(code, error=stop.sentence) if code else stop.sentence
            report.line(msg("sync.paused", reason=reason))
        finally:
            report.requests = self.adapter.request_count - requests_before
        for op in queue.operations():
            if op.state in ("rejected", "conflict") and op.id not in tries:
                # refused or conflicting in an earlier run and not edited since: say so, once
                report.line(msg("sync.held", what=op.description, why=op.error or op.state))
            elif op.state in ("pending", "inflight") and report.paused is None:
                why = queue.waiting_reason(op)
                if why is not None:
                    report.line(msg("sync.waiting", what=op.description, why=why))
                elif tries.get(op.id, 0) >= tries_per_run:  # tried this run: say why it is left
                    report.failed += 1
                    report.line(msg("sync.failed_queued", what=op.description,
                                    why=op.error or msg("sync.no_clear_answer")))
        report.remaining = queue.pending_count()
        report.seconds = time.perf_counter() - started
        if progress is not None:
            progress(SyncProgress(done, total, "done"))
        return report

    def _reject(self, op: OutboxOp, report: SyncReport, sentence: Message,
                field_errors: dict[str, str]) -> str:
        self.queue.mark_rejected(op.id, sentence, field_errors)
        report.rejected += 1
        report.line(msg("sync.rejected", what=op.description, error=sentence))
        return "rejected"

    def _attempt(self, op: OutboxOp, step: Step) -> str:
        """Send one operation, waiting out busy servers; returns sent/rejected/conflict/failed/retry."""
        queue, report = self.queue, step.report
        for round_ in range(self.policy.server_retries + 1):
            try:
                outcome = self.adapter.send(op, step)
            except AmbiguousRequest as exc:
                # the server may have acted: the op stays marked (attempts > 0), so the next try
                # looks it up by natural key before sending again
                queue.mark_pending(op.id, exc.sentence)
                report.line(msg("sync.unsure_lost", what=op.description))
                return "retry"
            except (ServerUnavailable, RateLimited) as exc:
                queue.mark_pending(op.id, exc.sentence)
                asked = getattr(exc, "retry_after", None)
                if round_ >= self.policy.server_retries or (asked is not None and asked > 60.0):
                    if not self.policy.busy_stops_run:
                        report.line(msg("sync.busy", what=op.description, error=exc.sentence))
                        return "retry"  # counted as failed (left for the next run) at the end
                    report.failed += 1
                    raise _Stop("server", exc.sentence) from None
                wait = asked or self.policy.server_backoff * (2 ** round_)
                log.info("server busy (%s); waiting %.1f s", exc.message, wait)
                self._sleep(min(float(wait), 60.0))
                op = queue.operation(op.id) or op
                continue
            except (AuthExpired, AuthFailed, NotLoggedIn) as exc:
                queue.mark_pending(op.id, exc.sentence)
                report.failed += 1
                raise _Stop("login", exc.sentence) from None
            except Offline as exc:
                queue.mark_pending(op.id, exc.sentence)
                report.failed += 1
                raise _Stop("offline", exc.sentence) from None
            except Cancelled as exc:
                queue.mark_pending(op.id, exc.sentence)
                raise _Stop("cancelled", exc.sentence) from None
            except Refused as exc:
                return self._reject(op, report, exc.sentence, exc.field_errors)
            except ValidationFailed as exc:
                return self._reject(op, report, exc.sentence, self.adapter.field_errors(exc))
            except UploadChanged as exc:
                # the file is still being written: try again next time, with a fresh fingerprint
                queue.mark_pending(op.id, exc.sentence)
                report.failed += 1
                report.line(msg("sync.failed", what=op.description, error=exc.sentence))
                return "failed"
            except ApiError as exc:
                if exc.status is not None and 400 <= exc.status < 500:
                    # the server refused it (404 gone, 409, 403, 400): only the user can fix that
                    return self._reject(op, report, exc.sentence, {})
                # an unreadable or odd answer: the server may have acted; look before resending
                queue.mark_pending(op.id, exc.sentence)
                report.line(msg("sync.unsure", what=op.description, error=exc.sentence))
                return "retry"
            except UserError as exc:  # a local problem: the file is gone, a rule not met...
                return self._reject(op, report, exc.sentence, self.adapter.field_errors(exc))
            if outcome == "conflict":
                report.conflicts += 1
                fields = ", ".join(self.adapter.conflict_fields(op))
                report.line(msg("sync.conflict", what=op.description, fields=fields))
                return "conflict"
            if outcome == "adopted":
                report.adopted += 1
                report.line(msg("sync.adopted", what=op.description))
                return "sent"
            if outcome == "sent":
                report.sent += 1
                report.line(msg("sync.sent", what=op.description))
            return "sent"
        return "retry"  # pragma: no cover - the loop returns or raises
