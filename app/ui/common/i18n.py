"""``QT_TRANSLATE_NOOP`` typed as what it is: the source text itself, a ``str``.

PySide6's stub types it as returning ``object``, so every table of translatable constants would
need a cast where it is translated. lupdate reads the call by its name wherever it is imported from.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - Qt's own spelling
    """Mark ``source`` for lupdate under ``context``; translate it later with that context."""
    return source
