"""The one way an item model runs its own reads on the task runner.

A model asks for data from inside the calls a view makes into it: QTreeView calls ``fetchMore`` in
the middle of laying out an expanded parent, and ``data`` while painting. The view holds pointers into
its own row list across those calls, so the model must not insert or remove rows (nor reset) before
the call returns: a removal clears the tree view's row list, and the layout that asked then writes
past its end (docs/ARCHITECTURE.md#item-models).

With the thread-pool runner a read's result arrives on a later turn of the event loop, after the view's
call returned. A runner that finishes the task before ``run_task`` returns (``SyncRunner``: tests,
scripts) would hand the result over inside the view's call; :meth:`ModelTasks.run` notices that and
hands it over on the next turn of the event loop instead. Results that arrive later are handed over at
once, so the thread-pool path is unchanged.

Qt core only: no widgets here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from app.workers.runner import DoneCallback, Runner


class ModelTasks:
    """Runs a model's reads on ``runner``; results land outside any call into the model."""

    def __init__(self, runner: Runner, owner: QObject) -> None:
        self.runner = runner
        self._owner = owner  # a result handed over later is dropped if the model is gone by then

    def run(self, fn: Callable[[], Any], on_done: DoneCallback) -> None:
        """``runner.run_task(fn, on_done)``, with ``on_done`` never called before this returns."""
        returned = False

        def finished(result: Any, error: BaseException | None) -> None:
            if returned:
                on_done(result, error)  # a later turn of the event loop: the view's call is over
            else:
                QTimer.singleShot(0, self._owner, lambda: on_done(result, error))

        self.runner.run_task(fn, finished)
        returned = True
