"""What is waiting to be sent and what is in conflict: the outbox dialog and the conflict dialog.

The status bar's pending count opens the outbox; an editor's "Resolve…" (or Edit ▸ Resolve
Conflicts) opens the conflict dialog of the object shown. Reads and writes go through
:class:`app.services.drafts.DraftsService` on the task runner; results come back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QWidget

from app.platform.messages import render_error
from app.ui.editors.controller import FIELD_LABELS
from app.ui.sync.conflicts import ConflictDialog
from app.ui.sync.outbox_dialog import OutboxDialog
from app.ui.sync.outbox_model import OutboxModel

if TYPE_CHECKING:
    from app.services.drafts import DraftsService
    from app.store.rows import Conflict, OutboxOp
    from app.workers.runner import Runner

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class OutboxActions(QObject):
    def __init__(self, window: QWidget, runner: Runner, status: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.runner = runner
        self.status = status
        self.drafts: DraftsService | None = None  # set while a session is open
        self.resolved: Callable[[], None] = lambda: None  # the editors reload what they show

    @Slot()
    def show_outbox(self) -> None:
        """The pending-changes list (from the status bar's count)."""
        if self.drafts is None:
            return

        def done(ops: list[OutboxOp] | None, error: BaseException | None) -> None:
            if error is not None or ops is None:
                self.status(render_error(error))
                return
            model = OutboxModel()
            model.set_operations(ops)
            dialog = OutboxDialog(model, self.window)
            model.setParent(dialog)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self.runner.run_task(self.drafts.operations, done)

    @Slot(str, str)
    def resolve_conflicts(self, kind: str, local_id: str) -> None:
        drafts = self.drafts
        if drafts is None:
            return

        def loaded(result: tuple[str, list[Conflict]] | None, error: BaseException | None) -> None:
            if error is not None or result is None:
                self.status(render_error(error))
                return
            title, conflicts = result
            if not conflicts:
                self.status(translate("Main", "Nothing to resolve here."))
                return
            self.open_conflicts(drafts, kind, local_id, title, conflicts)

        self.runner.run_task(lambda: drafts.conflicts(kind, local_id), loaded)

    def open_conflicts(self, drafts: DraftsService, kind: str, local_id: str, title: str,
                       conflicts: list[Conflict]) -> ConflictDialog:
        labels = {k: QCoreApplication.translate("Editor", v) for k, v in FIELD_LABELS.items()}
        dialog = ConflictDialog(title, conflicts, labels, self.window)

        def accepted() -> None:
            choices = dialog.choices()

            def done(_r: object, error: BaseException | None) -> None:
                if error is not None:
                    self.status(render_error(error))
                    return
                self.status(
                    translate("Main", "Conflicts resolved; your choices are sent with the next sync.")
                )
                self.resolved()

            self.runner.run_task(lambda: drafts.resolve(kind, local_id, choices), done, ordered=True)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog
