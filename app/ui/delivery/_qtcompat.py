"""Work around a PySide6 6.12 reference bug: ``SignalInstance.emit`` returns ``True`` unowned.

With Python 3.11 (where ``True`` is not immortal) every ``signal.emit(...)`` from Python drops one
reference to ``True``; after a few hundred emits the interpreter aborts with "bool_dealloc:
deallocating True or False". We detect the bug once with a probe signal and, only when present,
wrap ``emit`` to take the reference the binding forgot. Harmless where the bug is absent (the probe
sees no change and nothing is patched).

This belongs at application start-up for the whole app; it lives here (imported by the delivery
area's controller and poller) until the GUI owner moves it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PATCHED = False


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    dropped = sys.getrefcount(True) < before
    if dropped:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # give back what the probe took
    return dropped


def install() -> bool:
    """Patch ``SignalInstance.emit`` when this PySide6 needs it; True when patched (idempotent)."""
    global _PATCHED
    if _PATCHED:
        return True
    if not _emit_drops_a_reference():
        return False
    original = SignalInstance.emit

    def emit(self: Any, *args: Any) -> Any:
        result = original(self, *args)
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _PATCHED = True
    return True


install()
