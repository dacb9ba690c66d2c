"""The local store: the cached catalog, the drafts and the outbox, in one SQLite file per profile.

Design decisions (read this before changing the store or ``app/sync``):

**One file, several parts.** ``database.py`` owns the connection, its lock, write transactions,
migrations and listeners; the parts that share it are ``catalog.py`` (``CatalogCache``: reads,
search, server-cache upserts, delivery states, reference data), ``drafts.py`` (``Drafts``: every local
edit and its outbox operation in one transaction), ``queue.py`` (``CatalogOutbox``: operation states,
conflicts, descriptions, waiting reasons — what the sync engine needs) and ``settings.py``
(``Settings``). ``objects.py`` holds the SQL on the objects table they all need (one object's row,
list columns and search index, sync states). ``catalog_store.py`` opens a profile's file and hands
back the parts as one ``CatalogStore`` bundle; each caller keeps only the parts it uses
(docs/ARCHITECTURE.md#the-catalog-store).

**One file, durable commits.** ``<profile dir>/catalog.sqlite3`` in WAL mode with
``synchronous=FULL``: a commit that returned is on disk and survives ``kill -9`` or a power cut.
Schema changes are numbered migrations applied by ``PRAGMA user_version`` (the steps in
``schema.py``, the one mechanism in ``migrations.py``, shared with the label-profile files).

**Local ids.** Every object (label, product, track, record, offer, ...) has a stable local id that
never changes, so the GUI and the outbox can hold on to it across a sync:
``"<kind>:<server id>"`` for an object first seen on the server (``"product:12"``) and
``"<kind>:n-<12 hex>"`` for a draft made here (``"product:n-3fa2c19b07d1"``). The server id is a
separate column, unique per kind, filled in when the server has created the object.

**Base and changes.** Each object keeps ``base`` (the server's state as last seen, with the server's
``updatedAt``) and ``changes`` (the fields edited here, over the base). The object shown and sent is
``base`` overlaid with ``changes``; an edit never touches the base, and an edit that sets a field
back to its base value simply drops the change. A refresh from the server replaces the base only of
objects without local changes, so the base of a draft stays the version the user edited.

**Outbox.** Every edit is one transaction that writes the object and an outbox operation
(``create``, ``update``, ``upload_record``, ``upload_cover``). Operations coalesce: edits to an
object not yet created ride on its pending ``create``; edits to an existing object merge into its
pending ``update`` (the operation names fields; values are read when it is sent). Dependencies are
implicit in the tree: an operation waits until its object's parent (label -> product -> track ->
record) has a server id, and until earlier operations on the same object are done.

The ``outbox`` and ``conflicts`` tables and the SQL that moves an operation between states are
shared by every store file (``outbox.py``); the label-profile store (``label_profiles.py``) uses
them too, and one engine replays both (``app/sync/outbox.py``;
docs/ARCHITECTURE.md#the-outbox-engine-and-its-adapters).
``interfaces.py`` names narrower protocols over those parts for the services.

**In-flight marking and exactly-once.** Before an operation is sent its ``attempts`` counter is
incremented and its state set to ``inflight`` in a committed transaction. A create whose attempts
counter is already above zero when it is picked up (a crash, a kill, a dropped response, an
ambiguous failure) is first looked up on the server by natural key — product by UPC within its
label, track by ISRC or by disc/track number within its product, record by track and MD5 — and
adopted when found, so a second sync never makes a second copy. The keys each attempt went out
with are kept in the operation, so a UPC or ISRC edited after a lost answer still finds the copy
the server made under the old one (the edit then goes as an update). Updates and cover uploads are
idempotent and are simply sent again.

**Conflicts.** Before an update, the engine reads the server object and compares it with the
base field by field (``updatedAt`` is kept, but a server clock with whole seconds could hide a
change, so the fields decide). Every field both sides changed (server value != base and mine !=
server) becomes a ``Conflict(field, mine, theirs, base)`` and the operation waits in state
``conflict`` until the user resolves each field (``resolve(..., "mine" | "theirs")``); fields only
the server changed are taken into the base silently, fields only we changed are sent. Nothing is
overwritten silently.

**Rejections.** A 422 marks the operation ``rejected`` with the server's message per domain field;
the user's values stay in ``changes`` and remain editable; editing the object queues it again.
Operations that depend on a rejected one wait; the rest of the queue goes on.

**One sync at a time.** ``OutboxEngine.run`` (``SyncEngine`` for this store) holds an OS file lock
beside the catalog (``catalog.sqlite3.sync-lock``) for the whole run, so the GUI and ``releasedesk
sync`` never send the same operation twice; the kernel drops the lock when its holder dies, and the
next run first returns operations a dead run left ``inflight`` to the queue (attempts kept). A run
goes in passes: everything ready is sent in outbox order, then what became ready (children of
objects just created).

**Threads.** One connection (``check_same_thread=False``) guarded by a lock: the GUI thread reads
small pages, the sync worker writes short transactions; neither holds the lock across network I/O.
Listeners (``add_listener``) are plain callbacks called after each commit, outside the lock.
"""

from app.store.catalog import CatalogCache
from app.store.catalog_store import CatalogStore, catalog_for_profile, open_catalog
from app.store.database import Database
from app.store.drafts import Drafts
from app.store.queue import CatalogOutbox
from app.store.rows import Conflict, LabelRow, OutboxOp, ProductRow, TrackRow
from app.store.settings import Settings

__all__ = [
    "CatalogCache", "CatalogOutbox", "CatalogStore", "Conflict", "Database", "Drafts", "LabelRow", "OutboxOp",
    "ProductRow", "Settings", "TrackRow", "catalog_for_profile", "open_catalog",
]
