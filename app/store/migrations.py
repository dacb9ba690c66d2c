"""The one migration mechanism of every local SQLite file (the catalog, each label-profile file).

A file's schema is a tuple of SQL scripts; ``PRAGMA user_version`` says how many have run. Opening a
file runs the missing ones in order, one transaction each, so an old file always migrates forward
and a crash mid-way leaves it at the last complete step. Never edit a released step: add one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from app.domain.errors import UserError


def apply_migrations(conn: sqlite3.Connection, steps: Sequence[str],
                     newer: Callable[[int], UserError]) -> int:
    """Run the steps ``conn`` has not run yet; return the version. A file written by a newer app
    (more steps than we know) is refused with ``newer(its version)``, the owner's own sentence."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > len(steps):
        raise newer(version)
    for number in range(version + 1, len(steps) + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements(steps[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(steps)


def statements(script: str) -> list[str]:
    """Split a migration script on semicolons that end a complete statement."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
