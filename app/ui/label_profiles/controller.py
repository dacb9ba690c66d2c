"""What the label-profiles panel's buttons and fields do.

Store writes go through the runner's ordered lane (one after another, off the GUI thread); network
work (sync, refresh) through its pool; results come back on the GUI thread. Local rules are checked
as the user types and again before anything is stored, so a bad email or an unknown country is
refused here with its sentence under the field, and never reaches the server.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app.api.errors import AuthExpired, NotLoggedIn
from app.domain.errors import UserError
from app.domain.label_profile import (
    InvalidLabelProfile,
    LabelProfile,
    country_problem,
    email_problem,
    name_problem,
    validated,
)
from app.domain.messages import Message
from app.platform.messages import render, render_error, render_text
from app.services.label_profiles import (
    LabelProfileGone,
    LabelProfileRow,
    LabelProfilesClient,
    LabelProfilesService,
    LabelProfileStore,
    LabelProfileSyncReport,
)
from app.ui.catalog.model import StoreBridge
from app.ui.label_profiles.editor import LabelProfileEditor
from app.ui.label_profiles.panel import LabelProfilesPanel
from app.workers.runner import Runner

if TYPE_CHECKING:
    from app.store.rows import Conflict

log = logging.getLogger(__name__)

_AS_YOU_TYPE: dict[str, Callable[[Any], Message | None]] = {
    "name": name_problem,
    "email": lambda v: email_problem((v or "").strip() or None),
    "country": country_problem,
}


@dataclass
class Shown:
    """One label profile as the editor shows it, read in one go off the GUI thread."""

    local_id: str
    profile: LabelProfile
    field_errors: dict[str, str]
    row: LabelProfileRow | None
    conflicts: list[Conflict]


class ProfileHost(Protocol):
    """Where a connection's label profiles are shown: the dock's panel or the catalog tree."""

    editor: LabelProfileEditor

    def selected_local_id(self) -> str | None: ...
    def select(self, local_id: str) -> None: ...
    def clear_selection(self) -> None: ...
    def set_status(self, text: str) -> None: ...
    def set_actions(self, *, can_delete: bool, can_sync: bool) -> None: ...


def ask_token_dialog(parent: QWidget, connection: str) -> str | None:
    prompt = QCoreApplication.translate("LabelProfilesController",
                                        "Paste the access token for the label-profile connection “%1”:")
    title = QCoreApplication.translate("LabelProfilesController", "Access token")
    text, ok = QInputDialog.getText(parent, title, prompt.replace("%1", connection),
                                    QLineEdit.EchoMode.Password)
    return text if ok and text.strip() else None


def confirm_dialog(parent: QWidget, question: str) -> bool:
    title = QCoreApplication.translate("LabelProfilesController", "Delete label profile")
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class LabelProfilesController(QObject):
    def __init__(self, panel: ProfileHost, store: LabelProfileStore, client: LabelProfilesClient,
                 runner: Runner, *, ask_token: Callable[[], str | None] | None = None,
                 confirm: Callable[[str], bool] | None = None) -> None:
        super().__init__(panel.editor)
        self.panel = panel
        self.store = store
        self.client = client
        self.runner = runner
        self.ask_token = ask_token or (lambda: ask_token_dialog(panel.editor, client.connection.name))
        self.confirm = confirm or (lambda question: confirm_dialog(panel.editor, question))
        self.current: str | None = None
        self.shown: Shown | None = None  # what the editor shows, as last read from the store
        self._generation = 0
        self.busy = False
        self.last_report: LabelProfileSyncReport | None = None

        self.bridge = StoreBridge(self)
        self.bridge.changed.connect(self._on_store_changed)
        store.add_listener(self.bridge)
        if isinstance(panel, LabelProfilesPanel):
            self._wire_panel(panel)
        panel.editor.edited.connect(self.edit)
        panel.editor.typing.connect(self._check_typing)
        panel.editor.create_requested.connect(self.create)
        panel.editor.resolve_requested.connect(self.resolve)
        self._update_actions()

    def _wire_panel(self, panel: LabelProfilesPanel) -> None:
        self.bridge.changed.connect(panel.model.on_store_changed)
        panel.act_new.triggered.connect(self.new)
        panel.act_delete.triggered.connect(self.delete)
        panel.act_sync.triggered.connect(self.sync)
        panel.act_token.triggered.connect(self.change_token)
        panel.view.selectionModel().selectionChanged.connect(self._on_selection)
        panel.model.modelReset.connect(self._reselect)

    # -- showing ------------------------------------------------------------------------------------
    def _on_selection(self, *_args: Any) -> None:
        self.show_selected(self.panel.selected_local_id())

    def show_selected(self, local_id: str | None) -> None:
        """Show ``local_id`` in the editor (None: nothing selected; a new profile being typed stays)."""
        if local_id is None:
            if not self.panel.editor.new_mode:
                self.current = None
                self.panel.editor.clear()
        else:
            self.current = local_id
            self._show(local_id)
        self._update_actions()

    def _reselect(self) -> None:
        if self.current is not None:
            self.panel.select(self.current)

    def _read(self, local_id: str) -> Shown | None:
        """What the editor shows of one label profile (a worker thread; None when it is gone)."""
        try:
            profile = self.store.profile(local_id)
        except LabelProfileGone:
            return None
        row = next((r for r in self.store.rows() if r.local_id == local_id), None)
        return Shown(local_id, profile, self.store.field_errors(local_id), row,
                     self.store.conflicts(local_id))

    def _show(self, local_id: str, *, refresh: bool = False) -> None:
        """Read the profile off the GUI thread and show it (``refresh``: only what changed in the
        store, never over a field being typed in)."""
        self._generation += 1
        generation = self._generation

        def done(shown: Shown | None, error: BaseException | None) -> None:
            if generation != self._generation or self.current != local_id:
                return  # another profile was chosen meanwhile
            if error is not None:
                self._fail(error)
                return
            editor = self.panel.editor
            if shown is None:
                if not refresh:
                    self.current = None
                    editor.clear()
                    self._update_actions()
                return
            self.shown = shown
            if refresh:
                editor.title.setText(shown.profile.name)
                for name, field in editor.form.fields.items():
                    if not field.widget.hasFocus():  # never overwrite what the user is typing
                        field.show_value(getattr(shown.profile, name))
            else:
                editor.show_profile(shown.profile)
                editor.set_messages(shown.field_errors, "server")
            self._show_state(shown)

        self.runner.run_task(lambda: self._read(local_id), done)

    def _show_state(self, shown: Shown) -> None:
        editor = self.panel.editor
        conflicts = shown.conflicts
        if conflicts:
            fields = ", ".join(c.field for c in conflicts)
            theirs = "; ".join(f"{c.field}: {c.theirs if c.theirs is not None else '—'}" for c in conflicts)
            editor.set_banner(self.tr("Changed here and on the server (%1). The server has: %2")
                              .replace("%1", fields).replace("%2", theirs))
        elif shown.row is not None and shown.row.sync_state == "rejected":
            reason = render_text(shown.row.error) if shown.row.error else ""
            editor.set_banner(self.tr("The server refused the last change: %1").replace("%1", reason))
        else:
            editor.set_banner(None)
        editor.show_conflicts(bool(conflicts))

    @Slot(str, object)
    def _on_store_changed(self, kind: str, local_ids: list[str]) -> None:
        if self.current is None or self.panel.editor.new_mode or self.current not in (local_ids or []):
            return
        self._show(self.current, refresh=True)

    def _update_actions(self) -> None:
        self.panel.set_actions(can_delete=self.current is not None, can_sync=not self.busy)

    def _check_typing(self, field: str, value: Any) -> None:
        check = _AS_YOU_TYPE.get(field)
        if check is not None:
            problem = check(value)
            self.panel.editor.set_message(field, render(problem) if problem is not None else None)

    # -- editing (store writes, ordered) ------------------------------------------------------------
    def new(self) -> None:
        self.panel.clear_selection()
        self.current = None
        self.panel.editor.show_new()
        self._update_actions()

    def create(self, values: dict[str, Any]) -> None:
        try:
            profile = validated(LabelProfile(**values))
        except InvalidLabelProfile as exc:
            self.panel.editor.set_messages({k: render(v) for k, v in exc.sentences_by_field().items()})
            self.panel.set_status(render_error(exc))
            return

        def done(local_id: str | None, error: BaseException | None) -> None:
            if error is not None:
                self._fail(error)
                return
            self.current = str(local_id)
            self.panel.editor.new_mode = False
            self.panel.select(self.current)
            self._show(self.current)
            self.panel.set_status(self.tr("“%1” saved here; sync to send it.").replace("%1", profile.name))

        self.runner.run_task(lambda: self.store.create(profile), done, ordered=True)

    def edit(self, field: str, value: Any) -> None:
        local_id = self.current
        if local_id is None:
            return

        def done(_result: object, error: BaseException | None) -> None:
            if isinstance(error, InvalidLabelProfile):
                for name, message in error.sentences_by_field().items():
                    self.panel.editor.set_message(name, render(message))
                self.panel.set_status(render_error(error))
            elif error is not None:
                self._fail(error)
            else:
                self.panel.editor.set_message(field, None)

        self.runner.run_task(lambda: self.store.edit(local_id, {field: value}), done, ordered=True)

    def delete(self) -> None:
        local_id = self.current
        if local_id is None:
            return
        shown = self.shown
        name = shown.profile.name if shown is not None and shown.local_id == local_id else \
            self.panel.editor.title.text()
        if not self.confirm(self.tr("Delete the label profile “%1”? It is deleted on the server at the "
                                    "next sync.").replace("%1", name)):
            return

        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                self._fail(error)
                return
            self.current = None
            self.panel.editor.clear()
            self.panel.set_status(self.tr("“%1” deleted here; sync to delete it on the server.")
                                  .replace("%1", name))
            self._update_actions()

        self.runner.run_task(lambda: self.store.delete(local_id), done, ordered=True)

    def resolve(self, choice: str) -> None:
        local_id = self.current
        if local_id is None:
            return
        def work() -> None:
            for conflict in self.store.conflicts(local_id):
                self.store.resolve(local_id, conflict.field, choice)

        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                self._fail(error)
                return
            self._show(local_id)
            self.panel.set_status(self.tr("Conflict settled; sync to send it."))

        self.runner.run_task(work, done, ordered=True)

    # -- the server (network, on the pool) ----------------------------------------------------------
    def refresh(self) -> None:
        """Read the server's labels into the list (asks for a token first when none is stored)."""
        if not self.client.has_token and not self._paste_token():
            return
        self._network(LabelProfilesService(self.store, self.client).refresh, self._refreshed)

    def _refreshed(self, count: int) -> None:
        self.panel.set_status(self.tr("%n label profile(s) on %1.", "", int(count))
                              .replace("%1", self.client.host))

    def sync(self, _checked: bool = False, *, retried: bool = False) -> None:
        """Send what was changed here, then read the server's list."""
        if not self.client.has_token and not self._paste_token():
            return

        work = LabelProfilesService(self.store, self.client).sync
        def landed(result: tuple[LabelProfileSyncReport, int | None]) -> None:
            report, count = result
            self.last_report = report
            if report.needs_login and not retried and self._paste_token():
                self.sync(retried=True)
                return
            self.panel.set_status(self._summary(report, count))
            if self.current is not None and not self.panel.editor.new_mode:
                self._show(self.current, refresh=True)

        self._network(work, landed)

    def change_token(self) -> None:
        if self._paste_token():
            self.refresh()

    def _paste_token(self) -> bool:
        token = self.ask_token()
        if token is None:
            self.panel.set_status(self.tr("No access token: the label profiles stay as they are here."))
            return False
        try:
            self.client.set_token(token)
        except UserError as exc:
            self.panel.set_status(render_error(exc))
            return False
        return True

    def _network(self, work: Callable[[], Any], landed: Callable[[Any], None]) -> None:
        self.busy = True
        self._update_actions()
        self.panel.set_status(self.tr("Talking to %1…").replace("%1", self.client.host))

        def done(result: Any, error: BaseException | None) -> None:
            self.busy = False
            self._update_actions()
            if isinstance(error, (AuthExpired, NotLoggedIn)):
                self.panel.set_status(render_error(error))
                if self._paste_token():
                    self._network(work, landed)
                return
            if error is not None:
                self._fail(error)
                return
            landed(result)

        self.runner.run_task(work, done)

    def _summary(self, report: LabelProfileSyncReport, count: int | None) -> str:
        parts = []
        if report.paused_message:
            parts.append(report.paused_message)
        if report.sent or not report.lines:
            parts.append(self.tr("%n change(s) sent.", "", report.sent))
        if report.rejected:
            parts.append(self.tr("%n refused by the server.", "", report.rejected))
        if report.conflicts:
            parts.append(self.tr("%n in conflict: choose which to keep.", "", report.conflicts))
        if report.failed:
            parts.append(self.tr("%n left for the next sync.", "", report.failed))
        if count is not None:
            parts.append(self.tr("%n label profile(s) on the server.", "", count))
        return " ".join(parts)

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.panel.set_status(render_error(error))
            return
        log.error("label-profile task failed", exc_info=error)
        self.panel.set_status(self.tr("Something unexpected went wrong (%1); nothing was lost and the "
                                      "details are in the log.").replace("%1", type(error).__name__))
