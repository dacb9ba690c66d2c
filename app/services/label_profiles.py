"""Label-profile connections: connecting, opening one, and the send-then-refresh sync policy.

A label-profile connection is a second kind of server (see ``app/api/label_profiles.py``); its
labels are cached and drafted in their own store and sent through the same outbox rules as the
distributor catalog. The GUI's label-profile panel and catalog-tree nodes call these functions on
the task runner; they never build a client or a store themselves.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from app.api.client import check_url, secret_store_for
from app.api.label_profiles import LabelProfilesClient, connection, connection_store, save_token
from app.platform.profiles import Profile
from app.platform.secrets import SecretStore
from app.store.label_profiles import LabelProfileGone, LabelProfileRow, LabelProfileStore
from app.sync.label_profiles import LabelProfileSync, LabelProfileSyncReport, refresh_label_profiles

__all__ = [
    "LabelProfileConnection", "LabelProfileGone", "LabelProfileRow", "LabelProfileStore",
    "LabelProfileSyncReport", "LabelProfilesClient", "LabelProfilesService", "connect",
    "connection_names", "open_connection",
]


@dataclass
class LabelProfileConnection:
    """One saved connection, opened: its store, its client and its rows as read when opened."""

    name: str
    store: LabelProfileStore
    client: LabelProfilesClient
    rows: list[LabelProfileRow]
    has_token: bool


def connection_names() -> list[str]:
    return list(connection_store().names())


def open_connection(name: str, secrets: SecretStore | None = None) -> LabelProfileConnection:
    """Open a saved connection's store and client and read its rows (a worker thread)."""
    profile = connection_store().load(name)
    store = LabelProfileStore.for_connection(name)
    client = LabelProfilesClient(profile, secrets if secrets is not None else secret_store_for(profile))
    return LabelProfileConnection(name, store, client, store.rows(), client.has_token)


def connect(name: str, url: str, token: str, secrets: SecretStore) -> Profile:
    """Check the address and the token locally, keep the token and save the connection.

    Sends nothing; a bad address or token is a :class:`app.domain.errors.UserError` and nothing
    is saved then.
    """
    if "://" not in url:
        url = "https://" + url
    check_url(url)
    save_token(secrets, name, token)
    profile = connection(name, url)
    connection_store().save(profile)
    return profile


class LabelProfilesService:
    def __init__(self, store: LabelProfileStore, client: LabelProfilesClient) -> None:
        self.store = store
        self.client = client

    def refresh(self) -> int:
        """Read every label from the server into the cache; returns how many the server has."""
        return refresh_label_profiles(self.store, self.client)

    def sync(self, cancel: threading.Event | None = None) -> tuple[LabelProfileSyncReport, int | None]:
        """Send what was changed here, then (unless the run paused) read the server's list."""
        report = LabelProfileSync(self.store, self.client).run(cancel=cancel)
        count = None if report.paused else self.refresh()
        return report, count
