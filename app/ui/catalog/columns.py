"""The catalog tree's columns and item roles: what the panel (built before the model, docs/STARTUP.md)
and the model share. Qt's enums only: importing this costs no message catalog and no store."""

from __future__ import annotations

from PySide6.QtCore import Qt

COL_TITLE, COL_ARTIST, COL_CODE, COL_STATUS, COL_SYNC = range(5)

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
LOCAL_ID_ROLE = Qt.ItemDataRole.UserRole + 4
