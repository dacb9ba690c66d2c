"""Replaying the store's outbox against the API, and refreshing the cache from it.

``SyncEngine(store, client).run(progress, cancel) -> SyncReport`` sends; ``refresh_catalog(store,
client)`` reads. See ``engine.py`` for the rules (in-flight marking, natural-key lookups, conflicts).
"""

from app.sync.engine import SyncEngine, SyncProgress, SyncReport
from app.sync.refresh import RefreshReport, refresh_catalog

__all__ = ["RefreshReport", "SyncEngine", "SyncProgress", "SyncReport", "refresh_catalog"]
