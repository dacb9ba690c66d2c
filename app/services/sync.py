"""Sync as one policy both faces run: send the outbox, then refresh the catalog from the server.

The GUI's Sync button runs :meth:`SyncService.run` on a worker thread (send and refresh); the CLI's
``releasedesk sync`` runs :meth:`SyncService.send` (it only sends, and says what stayed queued).
A send paused for a login, an unreachable server or a cancel skips the refresh; a refresh that fails
does not undo what was sent (the outcome carries its error).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.messages import Message
from app.sync.engine import Client, SyncEngine, SyncProgress, SyncReport
from app.sync.refresh import RefreshReport, refresh_catalog

__all__ = ["SyncOutcome", "SyncProgress", "SyncReport", "SyncService"]

if TYPE_CHECKING:
    from app.store.catalog import CatalogCache
    from app.store.drafts import Drafts
    from app.store.queue import CatalogOutbox

# Why a send stopped early that leaves nothing for a refresh to do now.
_NO_REFRESH_AFTER = ("login", "offline", "cancelled")


@dataclass
class SyncOutcome:
    report: SyncReport | None  # None when nothing was sent (not asked, or cancelled first)
    refreshed: RefreshReport | None = None  # None when not refreshed
    refresh_error: Exception | None = None


class SyncService:
    """Give it the catalog, drafts and outbox of a store and a client (a
    :class:`app.services.session.Session` has them all)."""

    def __init__(self, catalog: CatalogCache, drafts: Drafts, outbox: CatalogOutbox, client: Client) -> None:
        self.catalog = catalog
        self.drafts = drafts
        self.outbox = outbox
        self.client = client

    def send(self, *, progress: Callable[[SyncProgress], None] | None = None,
             cancel: threading.Event | None = None,
             on_line: Callable[[Message], None] | None = None) -> SyncReport:
        """Send what is queued, without refreshing (``releasedesk sync``)."""
        return SyncEngine(self.catalog, self.drafts, self.outbox, self.client).run(
            progress=progress, cancel=cancel, on_line=on_line)

    def run(self, *, send: bool = True, refresh: bool = True,
            progress: Callable[[SyncProgress], None] | None = None,
            refreshing: Callable[[], None] | None = None,
            refresh_progress: Callable[[str, int], None] | None = None,
            cancel: threading.Event | None = None,
            on_line: Callable[[Message], None] | None = None) -> SyncOutcome:
        """Send what is queued, then refresh the catalog (with records); see the module docstring.

        ``refreshing()`` is called once when the refresh begins, ``refresh_progress(what, count)`` as
        it reads; ``on_line`` hears each line of the send's report as it happens.
        """
        outcome = SyncOutcome(report=None)
        if send:
            outcome.report = self.send(progress=progress, cancel=cancel, on_line=on_line)
            if outcome.report.paused in _NO_REFRESH_AFTER:
                return outcome
        if refresh and not (cancel is not None and cancel.is_set()):
            if refreshing is not None:
                refreshing()
            try:
                outcome.refreshed = refresh_catalog(self.catalog, self.client, records=True,
                                                    progress=refresh_progress, cancel=cancel)
            except Exception as exc:  # sent changes stand; the refresh can wait
                outcome.refresh_error = exc
        return outcome
