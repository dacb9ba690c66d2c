"""The Qt binding must not drop references to Python's singletons (PySide6 6.12 on Python 3.11 did).

A dropped reference to True or None is not a leak but a countdown: after a few hundred signal emits
or model cells the interpreter aborts. pyproject.toml pins PySide6 below 6.12 for this; these tests
catch a binding with the bug before a user's session does. They run a bounded number of calls in a
subprocess so that a bad binding fails the test instead of aborting the whole suite.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = r"""
import sys
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

app = QCoreApplication([])

class Emitter(QObject):
    changed = Signal(int)

class Empty(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 1
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None

emitter = Emitter()
emitter.changed.connect(lambda value: None)
true_before = sys.getrefcount(True)
for i in range(50):
    emitter.changed.emit(i)
model = Empty()
index = model.index(0, 0)
none_before = sys.getrefcount(None)
for _ in range(50):
    index.data(Qt.ItemDataRole.DisplayRole)  # C++ QModelIndex::data calls the Python override
print(sys.getrefcount(True) - true_before, sys.getrefcount(None) - none_before)
"""


def _probe() -> tuple[int, int]:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr
    true_delta, none_delta = (int(v) for v in done.stdout.split())
    return true_delta, none_delta


def test_signal_emit_keeps_its_reference_to_true() -> None:
    true_delta, _ = _probe()
    assert true_delta >= 0, f"each emit() drops a reference to True ({true_delta} over 50 emits)"


def test_item_model_returning_none_to_cpp_keeps_its_reference_to_none() -> None:
    _, none_delta = _probe()
    assert none_delta >= 0, f"each data() -> None drops a reference to None ({none_delta} over 50 calls)"
