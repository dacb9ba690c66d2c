"""Replaying the store's outbox against the API, and refreshing the cache from it.

``SyncEngine(catalog, drafts, outbox, client).run(progress, cancel) -> SyncReport`` sends;
``refresh_catalog(catalog, client)`` reads (the parts of an ``app.store.CatalogStore``).
``outbox.py`` is the one engine (in-flight marking, replay, what failures mean) for
every kind; ``engine.py`` (the distributor catalog) and ``label_profiles.py`` are its adapters.
"""

from app.sync.engine import SyncEngine, SyncProgress, SyncReport
from app.sync.refresh import RefreshReport, refresh_catalog

__all__ = ["RefreshReport", "SyncEngine", "SyncProgress", "SyncReport", "refresh_catalog"]
