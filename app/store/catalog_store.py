"""Opening a profile's catalog: one :class:`Database` and the parts that share it.

The parts are separate objects so each caller holds only what it uses (docs/ARCHITECTURE.md#the-catalog-store,
"The catalog store"): a refresh gets ``catalog``, the drafts service ``catalog``, ``drafts`` and
``outbox``, the reference-data service ``catalog`` and ``settings``, the sync engine ``outbox`` and
the adapter what it sends with. Whoever opens the file (a session, a command, a test) keeps this
bundle and closes it; it has no methods of its own beyond that.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.store.catalog import CatalogCache
from app.store.credits import CreditStore
from app.store.database import Database
from app.store.drafts import Drafts
from app.store.queue import CatalogOutbox
from app.store.settings import Settings


@dataclass(frozen=True)
class CatalogStore:
    """One profile's catalog file, split by responsibility; every part shares ``db``."""

    db: Database
    catalog: CatalogCache
    drafts: Drafts
    outbox: CatalogOutbox
    settings: Settings
    credits: CreditStore  # writers, shares, ISWC; label code ranges and issued codes (local only)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> CatalogStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_catalog(path: Path) -> CatalogStore:
    """Open (creating or migrating) the catalog file at ``path``."""
    db = Database.open(path)
    return CatalogStore(db=db, catalog=CatalogCache(db), drafts=Drafts(db), outbox=CatalogOutbox(db),
                        settings=Settings(db), credits=CreditStore(db))


def catalog_for_profile(profile: str = "default") -> CatalogStore:
    """The catalog file of a profile (``<profile dir>/catalog.sqlite3``)."""
    from app.platform.paths import profile_dir

    return open_catalog(profile_dir(profile) / "catalog.sqlite3")
