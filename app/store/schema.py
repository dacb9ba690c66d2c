"""The catalog's schema migrations (applied by :mod:`app.store.migrations`); never edit a released step."""

from __future__ import annotations

import sqlite3

from app.domain.errors import UserError
from app.domain.messages import msg
from app.store.migrations import apply_migrations
from app.store.outbox import TABLES as OUTBOX_TABLES

MIGRATIONS: tuple[str, ...] = (
    # 1: objects (cache + drafts), outbox and conflicts (the shape every store file shares), product
    # search, settings
    """
    CREATE TABLE objects (
        id INTEGER PRIMARY KEY,
        local_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        server_id TEXT,
        parent_local_id TEXT,
        base TEXT,
        base_updated_at TEXT,
        changes TEXT NOT NULL DEFAULT '{}',
        sync_state TEXT NOT NULL DEFAULT 'synced',
        tree_state TEXT NOT NULL DEFAULT 'synced',
        name TEXT NOT NULL DEFAULT '',
        artists TEXT NOT NULL DEFAULT '',
        code TEXT,
        status TEXT,
        release_date TEXT,
        number INTEGER,
        volume INTEGER,
        has_cover INTEGER NOT NULL DEFAULT 0,
        delivery_state TEXT,
        source_path TEXT,
        created REAL NOT NULL,
        modified REAL NOT NULL
    );
    CREATE UNIQUE INDEX objects_server_id ON objects(kind, server_id) WHERE server_id IS NOT NULL;
    CREATE INDEX objects_children ON objects(kind, parent_local_id, name COLLATE NOCASE, id);
    CREATE INDEX objects_parent ON objects(parent_local_id);

    """
    + OUTBOX_TABLES
    + """

    CREATE VIRTUAL TABLE product_search USING fts5(
        label_local_id UNINDEXED, body, tokenize = "unicode61 remove_diacritics 2", prefix = '2 3'
    );

    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
    """,
    # credits and splits kept on this machine (the API carries only the names, as artist roles), a
    # label's own code ranges, and every code issued from them (never issued twice, even when the
    # draft that got it is discarded): app/store/credits.py, docs/CREDITS.md
    """
    CREATE TABLE track_credits (
        track_local_id TEXT PRIMARY KEY,
        iswc TEXT NOT NULL DEFAULT '',
        instrumental INTEGER NOT NULL DEFAULT 0,
        writers TEXT NOT NULL DEFAULT '[]',
        modified REAL NOT NULL
    );
    CREATE TABLE label_codes (
        label_local_id TEXT PRIMARY KEY,
        isrc_registrant TEXT NOT NULL DEFAULT '',
        isrc_first INTEGER NOT NULL DEFAULT 1,
        isrc_last INTEGER NOT NULL DEFAULT 99999,
        gs1_prefix TEXT NOT NULL DEFAULT '',
        modified REAL NOT NULL
    );
    CREATE TABLE issued_codes (
        kind TEXT NOT NULL,
        code TEXT NOT NULL,
        label_local_id TEXT,
        object_local_id TEXT,
        issued REAL NOT NULL,
        PRIMARY KEY (kind, code)
    );
    """,
    # live states and where artists are, cached so they read offline (app/store/live.py)
    """
    CREATE TABLE live_states (
        product_id TEXT NOT NULL,
        dsp TEXT NOT NULL,
        state TEXT NOT NULL,
        url TEXT,
        since TEXT,
        territories TEXT NOT NULL DEFAULT '[]',
        external_id TEXT,
        tracks TEXT NOT NULL DEFAULT '[]',
        fetched REAL NOT NULL,
        PRIMARY KEY (product_id, dsp)
    );
    CREATE TABLE live_artist_places (
        artist_id TEXT NOT NULL,
        dsp TEXT NOT NULL,
        external_id TEXT,
        url TEXT,
        fetched REAL NOT NULL,
        PRIMARY KEY (artist_id, dsp)
    );
    """,
    # time-synced lyrics (LRC text) per track and planned send dates per product: both local, the
    # API carries neither (app/store/lyrics.py, app/store/release_plans.py)
    """
    CREATE TABLE synced_lyrics (local_id TEXT PRIMARY KEY, lrc TEXT NOT NULL, modified REAL NOT NULL);
    CREATE TABLE release_plans (
        product_local_id TEXT PRIMARY KEY, send_date TEXT NOT NULL, modified REAL NOT NULL
    );
    """,
    # a product's playlist placements and the artists it links, cached beside its live states so
    # the Playlists and Artist tabs read offline (app/store/live.py, docs/API.md live-15, live-16)
    """
    CREATE TABLE live_playlists (
        product_id TEXT NOT NULL,
        playlist_id TEXT NOT NULL,
        dsp TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        track_id TEXT,
        track TEXT NOT NULL DEFAULT '',
        position INTEGER,
        followers INTEGER,
        added_on TEXT,
        url TEXT,
        fetched REAL NOT NULL,
        PRIMARY KEY (product_id, playlist_id)
    );
    CREATE TABLE live_product_artists (
        product_id TEXT NOT NULL,
        artist_id TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        fetched REAL NOT NULL,
        PRIMARY KEY (product_id, artist_id)
    );
    """,
)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the catalog's schema to the latest version; return the version."""
    return apply_migrations(conn, MIGRATIONS, _newer)


def _newer(version: int) -> UserError:
    return UserError(msg("store.newer_schema", version=version))
