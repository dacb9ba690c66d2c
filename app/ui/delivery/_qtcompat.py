"""Work around two PySide6 6.12 reference bugs that abort Python 3.11 (where None/True are mortal).

1. ``SignalInstance.emit`` returns ``True`` unowned: every ``signal.emit(...)`` from Python drops one
   reference to ``True``; after a few hundred emits the interpreter aborts with "bool_dealloc:
   deallocating True or False". We detect it once with a probe signal and, only when present, wrap
   ``emit`` to take the reference the binding forgot.
2. A Python override of a virtual (``QAbstractItemModel.data``...) that returns ``None`` to C++ loses
   one reference to ``None`` per call ("none_dealloc: deallocating None" after a few thousand cells).
   :func:`none_safe` decorates such overrides: when the bug is present (probed once with a tiny model)
   it hands C++ the reference it will drop. An extra reference to None taken on a Python-to-Python
   call is harmless; a missing one is fatal.

Both probes see no change where the bugs are absent, and then nothing is patched.

This belongs at application start-up for the whole app; it lives here (imported by the delivery
area's controller and poller) until the GUI owner moves it.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
    SignalInstance,
)

_PATCHED = False
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
F = TypeVar("F", bound=Callable[..., Any])


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    dropped = sys.getrefcount(True) < before
    if dropped:
        _incref(True)  # give back what the probe took
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
        _incref(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _PATCHED = True
    return True


class _NoneModel(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None


def _virtual_none_drops_a_reference() -> bool:
    model = _NoneModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    index.data(0)  # C++ QModelIndex::data -> the Python override -> None
    dropped = sys.getrefcount(None) < before
    if dropped:
        _incref(None)
    return dropped


_NONE_DROPS = _virtual_none_drops_a_reference()


def none_safe(fn: F) -> F:
    """Decorate a Qt virtual override that may return None (see the module docstring)."""
    if not _NONE_DROPS:
        return fn

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = fn(*args, **kwargs)
        if result is None:
            _incref(None)
        return result

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper  # type: ignore[return-value]


install()
