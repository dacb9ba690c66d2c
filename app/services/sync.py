"""Sync and drafts as one service the CLI and the GUI share: a profile's store + client + engine."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.domain.messages import Message
from app.store.store import Store
from app.sync.engine import Client, SyncEngine, SyncProgress, SyncReport
from app.sync.refresh import RefreshReport, refresh_catalog


@dataclass(frozen=True)
class DraftLine:
    kind: str
    local_id: str
    server_id: str | None
    name: str
    state: str
    reasons: list[str]  # rejection / conflict / waiting reasons, one sentence each
    fields: dict[str, str]  # the server's message per field (rejected)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "draft": self.local_id, "server_id": self.server_id,
                "name": self.name, "state": self.state, "reasons": list(self.reasons),
                "field_errors": dict(self.fields)}


def draft_lines(store: Store) -> list[DraftLine]:
    """Every object with something unsent, with why it is stuck when it is."""
    ops_by_object: dict[str, list[Any]] = {}
    for op in store.operations():
        ops_by_object.setdefault(op.local_id, []).append(op)
    out: list[DraftLine] = []
    for kind, local_id, name, state in store.drafts():
        reasons: list[str] = []
        fields: dict[str, str] = {}
        for op in ops_by_object.get(local_id, []):
            if op.state == "rejected" and op.error:
                reasons.append(op.error)
                fields.update(op.field_errors)
            elif op.state == "conflict":
                for c in store.conflicts(kind, local_id):
                    reasons.append(f"{c.field}: mine {c.mine!r}, server {c.theirs!r}")
            elif op.state in ("pending", "inflight"):
                why = store.waiting_reason(op)
                if why:
                    reasons.append(str(why))  # the drafts listing is English, like its --json
                elif op.error:
                    reasons.append(f"last try: {op.error}")
        out.append(DraftLine(kind, local_id, store.server_id(local_id), name, state,
                             list(dict.fromkeys(reasons)), fields))
    return out


class SyncService:
    """Owns nothing global: give it a store and a client (the CLI opens them from a profile)."""

    def __init__(self, store: Store, client: Client) -> None:
        self.store = store
        self.client = client
        self.engine = SyncEngine(store, client)

    @classmethod
    def for_profile(cls, profile: str = "default") -> SyncService:
        from app.api.client import open_client

        return cls(Store.for_profile(profile), open_client(profile))

    def sync(self, progress: Callable[[SyncProgress], None] | None = None,
             cancel: threading.Event | None = None,
             on_line: Callable[[Message], None] | None = None) -> SyncReport:
        return self.engine.run(progress=progress, cancel=cancel, on_line=on_line)

    def drafts(self) -> list[DraftLine]:
        return draft_lines(self.store)

    def refresh(self, **kwargs: Any) -> RefreshReport:
        return refresh_catalog(self.store, self.client, **kwargs)

    def close(self) -> None:
        self.store.close()
        close = getattr(self.client, "close", None)
        if callable(close):
            close()
