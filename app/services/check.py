"""Checking media files before they are sent: audio masters and covers, several at once.

``releasedesk check`` runs this; the GUI checks one dropped file at a time where it is attached
(``app/ui/editors``) with the same inspectors. The reports carry problems as data (code, severity,
sentence) for each face to print or show.
"""

from __future__ import annotations

from app.media.check import check_paths
from app.media.report import MediaReport

__all__ = ["MediaReport", "check_paths"]
