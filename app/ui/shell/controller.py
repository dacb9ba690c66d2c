"""The main window's controller: opens the session, wires the panels together, runs the actions.

Services are passed in (the runner, the settings); there is no global app object. The window is
shown before anything here touches the disk or the network: :meth:`MainController.start` runs
after the first paint and opens the store, the client and (for ``--sandbox``) the sandbox on the
task runner; the catalog fills in as pages arrive.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.api.errors import AuthExpired, NotLoggedIn
from app.domain.resources import CREDIT_ROLES, TRACK_CREDIT_ROLES
from app.platform.messages import render_error
from app.services import session as sessions
from app.services.credits import CodesService
from app.services.drafts import DraftsService
from app.services.reference import Choices, ReferenceService
from app.ui.catalog.columns import OBJECT_ROLE
from app.ui.common.choices import ChoiceModel
from app.ui.common.drops import (
    DropPlan,
    add_tracks_from_files,
    attach_master_file,
    attach_video_file,
    plan_drop,
)
from app.ui.label_profiles.dock import install_label_profiles_menu
from app.ui.label_profiles.tree import LabelProfilesInTree
from app.ui.shell.main_window import MainWindow
from app.workers.jobs import JobManager
from app.workers.runner import Runner

if TYPE_CHECKING:  # the panels and dialogs are imported when first needed, after the first paint
    from app.api.client import ApiClient
    from app.platform.profiles import Profile
    from app.sandbox.runner import RunningSandbox
    from app.store.catalog_store import CatalogStore
    from app.ui.catalog.controller import CatalogController
    from app.ui.credits.install import CreditsArea
    from app.ui.delivery.dock import DeliveryArea
    from app.ui.editors.controller import EditorController
    from app.ui.shell.first_run import FirstRunDialog
    from app.ui.sync.controller import SyncController
    from app.ui.sync.outbox_actions import OutboxActions
    from app.ui.trends.dock import TrendsArea

log = logging.getLogger(__name__)

STATUS_MS = 8000


translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def _role_choices() -> list[tuple[str, str]]:
    names = {
        "artist": translate("Main", "Artist"),
        "composer": translate("Main", "Composer"),
        "producer": translate("Main", "Producer"),
        "featuring": translate("Main", "Featuring"),
        "remixer": translate("Main", "Remixer"),
        "author": translate("Main", "Author"),
        "lyricist": translate("Main", "Lyricist"),
        "performer": translate("Main", "Performer"),
        "arranger": translate("Main", "Arranger"),
        "orchestra": translate("Main", "Orchestra"),
        "director": translate("Main", "Director"),
        "publisher": translate("Main", "Publisher"),
        "contributor": translate("Main", "Contributor"),
    }
    return [(key, names.get(key, key.capitalize())) for key in TRACK_CREDIT_ROLES]


def _disconnect(signal: SignalInstance) -> None:
    """Drop every connection of ``signal`` (no error when there is none)."""
    try:
        signal.disconnect()
    except (RuntimeError, TypeError):
        pass


class MainController(QObject):
    session_ready = Signal(object)  # Session
    sandbox_failed = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        runner: Runner,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.runner = runner
        self.settings = settings
        self.jobs = JobManager(runner, self)
        self._opened_files: list[Path] = []  # from "Open with", handled once the catalog is loaded
        self.undo = QUndoStack(self)
        self.session: sessions.Session | None = None
        self.catalog: CatalogController | None = None
        self.editors: EditorController | None = None
        self.sync: SyncController | None = None
        self.languages: ChoiceModel | None = None  # made with the first session
        self.product_types: ChoiceModel | None = None
        self.first_run: FirstRunDialog | None = None
        self.outbox: OutboxActions | None = None  # made with the first session
        self._wire_actions()
        # the label-profiles backend (docs/ARCHITECTURE.md#label-profiles): its connections are tree nodes
        self.label_profiles = LabelProfilesInTree(window, runner, self.status)
        self.label_profiles_menu = install_label_profiles_menu(window, self.label_profiles)
        self.delivery: DeliveryArea | None = None  # the dashboard dock, installed with the first session
        self.trends: TrendsArea | None = None  # the Trends dock, installed with the first session
        self.live: Any = None  # the Live dock and menu (app/ui/live/dock.py), with the first session
        self.credits_area: CreditsArea | None = None  # credits tab, label codes, catalog sheet (per session)
        window.keep_help_last()
        if settings is not None:
            window.restore_state(settings)
        window.closing.connect(self.shutdown)

    # -- actions ------------------------------------------------------------------------------------
    def _wire_actions(self) -> None:
        w = self.window
        w.act_undo.triggered.connect(self.undo.undo)
        w.act_redo.triggered.connect(self.undo.redo)
        self.undo.canUndoChanged.connect(w.act_undo.setEnabled)
        self.undo.canRedoChanged.connect(w.act_redo.setEnabled)
        self.undo.undoTextChanged.connect(
            lambda text: w.act_undo.setToolTip(
                translate("Main", "Undo %1").replace("%1", text) if text else translate("Main", "Undo")
            )
        )
        self.undo.redoTextChanged.connect(
            lambda text: w.act_redo.setToolTip(
                translate("Main", "Redo %1").replace("%1", text) if text else translate("Main", "Redo")
            )
        )
        w.act_undo.setEnabled(False)
        w.act_redo.setEnabled(False)
        w.act_find.triggered.connect(self._focus_search)
        w.act_quit.triggered.connect(w.close)
        w.act_new_label.triggered.connect(self.new_label)
        w.act_new_product.triggered.connect(self.new_product)
        w.act_new_track.triggered.connect(self.new_track)
        w.act_import.triggered.connect(self._pick_import)
        w.act_add_files.triggered.connect(self._pick_audio_files)
        w.act_resolve.triggered.connect(self._resolve_current)
        w.act_delete.triggered.connect(self.delete_selected)
        for view in (w.catalog.tree, w.catalog.results):  # right-click: the actions that apply there
            for act in (w.act_new_product, w.act_new_track, w.act_add_files, w.act_delete, w.act_sync):
                view.addAction(act)
        w.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        w.catalog.addAction(w.act_delete)  # Del acts in the catalog only, never while typing a title
        w.act_sign_in.triggered.connect(self.ask_sign_in)
        w.act_about.triggered.connect(self._about)
        self._enable_session_actions(False)

    def _enable_session_actions(self, enabled: bool) -> None:
        """The actions that need an open catalog: off until a session is attached."""
        w = self.window
        for act in (w.act_new_label, w.act_new_product, w.act_new_track, w.act_import, w.act_add_files,
                    w.act_sync, w.act_resolve, w.act_delete):
            act.setEnabled(enabled)

    def status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def notify(self, title: str, text: str, *, warning: bool = False) -> QMessageBox:
        """A message the user must see; window-modal, never blocks the event loop, and plain text
        (QMessageBox would render a server's "<b>" as markup otherwise)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("notice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    @Slot()
    def _focus_search(self) -> None:
        self.window.catalog.search.setFocus()
        self.window.catalog.search.selectAll()

    # -- start ----------------------------------------------------------------------------------------
    def start(self, *, sandbox: bool = False, profile: str | None = None,
              files: list[Path] | None = None) -> None:
        """Called once the window is on screen. ``files`` come from a file manager's "Open with":
        they are handled like a drop on the catalog once the session's catalog is loaded."""
        self._opened_files = list(files or [])
        if sandbox:
            self.open_session(sessions.SANDBOX_PROFILE, then_sandbox=True)
            return
        name = profile or None

        def choose() -> str | None:
            return sessions.choose_profile(name)

        def chosen(result: str | None, error: BaseException | None) -> None:
            if error is not None:
                self.status(render_error(error))
                return
            if result is None:
                self.show_first_run()
            else:
                self.open_session(result)

        self.runner.run_task(choose, chosen)

    def show_first_run(self) -> None:
        from app.ui.shell.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.window)
        self.first_run = dialog
        dialog.sandbox_requested.connect(
            lambda: self.open_session(sessions.SANDBOX_PROFILE, then_sandbox=True)
        )
        dialog.form.submitted.connect(self._first_sign_in)
        self.sandbox_failed.connect(dialog.show_sandbox_error)
        dialog.open()

    @Slot(str, str, str, str)
    def _first_sign_in(self, server: str, login: str, dialect: str, password: str) -> None:
        dialog = self.first_run

        def work() -> tuple[Profile, ApiClient, CatalogStore]:
            profile, client = sessions.sign_in(server, login, dialect, password)
            return profile, client, sessions.open_store(profile.name)

        def done(result: tuple[Profile, ApiClient, CatalogStore] | None, error: BaseException | None) -> None:
            if error is not None or result is None:
                if dialog is not None:
                    dialog.form.show_error(render_error(error))
                return
            profile, client, store = result
            if dialog is not None:
                dialog.accept()
            self.attach(sessions.Session(profile.name, store, client, profile))
            self.refresh_from_server()

        self.runner.run_task(work, done)

    def open_session(self, name: str, *, then_sandbox: bool = False) -> None:
        self.status(translate("Main", "Opening %1…").replace("%1", name))

        def work() -> sessions.Session:
            store = sessions.open_store(name)
            session = sessions.Session(name, store)
            if not then_sandbox:
                try:
                    session.profile, session.client = sessions.open_client(name)
                except Exception as exc:  # a broken profile still opens the local catalog
                    log.warning("profile %s: %s", name, exc)
            return session

        def done(session: sessions.Session | None, error: BaseException | None) -> None:
            if error is not None or session is None:
                self.status(render_error(error))
                self.sandbox_failed.emit(render_error(error))
                return
            self.attach(session)
            if then_sandbox:
                self.start_sandbox()
            elif session.client is not None and session.client.logged_in:
                self.refresh_from_server()
            else:
                self._open_files_once()  # no refresh coming: the local catalog is what there is
                if session.client is not None:
                    self.ask_password()

        self.runner.run_task(work, done)

    def start_sandbox(self) -> None:
        assert self.sync is not None
        self.status(translate("Main", "Starting the sandbox with the demo catalog…"))
        self.window.sync_status.set_connection("connecting", translate("Main", "Starting the sandbox…"))

        def done(result: tuple[RunningSandbox, Profile, ApiClient] | None,
                 error: BaseException | None) -> None:
            if error is not None or result is None:
                self.status(translate("Main", "The sandbox could not start: %1")
                            .replace("%1", render_error(error)))
                self.sandbox_failed.emit(render_error(error))
                self.window.sync_status.set_connection("offline", translate("Main", "Sandbox not running"))
                return
            sandbox, profile, client = result
            if self.session is None:
                sandbox.stop()
                return
            self.session.sandbox, self.session.profile, self.session.client = sandbox, profile, client
            if self.first_run is not None:
                self.first_run.accept()
            self.sync_client()
            self.refresh_from_server()

        self.runner.run_task(sessions.start_sandbox_client, done)

    def attach(self, session: sessions.Session) -> None:
        """Build the panels on the session's store. GUI thread."""
        from app.ui.catalog.controller import CatalogController
        from app.ui.editors.controller import EditorController
        from app.ui.editors.video_controller import install_video_wells
        from app.ui.editors.views import LabelEditor, ProductEditor, TrackEditor
        from app.ui.sync.controller import SyncController
        from app.ui.sync.outbox_actions import OutboxActions

        if self.outbox is None:
            self.outbox = OutboxActions(self.window, self.runner, self.status, self)
        if self.languages is None or self.product_types is None:
            self.languages = ChoiceModel("—", self)
            self.product_types = ChoiceModel("—", self)
        if self.session is not None:
            self.detach()
        self.session = session
        w = self.window
        store = session.store
        roles = _role_choices()
        self.product_editor = ProductEditor(roles, self.languages, self.product_types, w.editors)
        self.track_editor = TrackEditor(roles, self.languages, w.editors)
        self.label_editor = LabelEditor(w.editors)
        w.add_editor(self.product_editor)
        w.add_editor(self.track_editor)
        w.add_editor(self.label_editor)
        self.catalog = CatalogController(store.catalog, store.db, self.runner, w.catalog, parent=self)
        self.editors = EditorController(
            store.catalog, store.drafts, store.outbox, self.runner, self.undo, w.editors, self.product_editor,
            self.track_editor, parent=self,
            label_editor=self.label_editor,
        )
        install_video_wells(self.editors)
        self.sync = SyncController(store, self.runner, self.jobs, w.sync_status, parent=self)
        self.sync.before_sync.append(self.editors.flush)
        self.catalog.selected.connect(self._on_selected)
        self.catalog.files_dropped.connect(self.handle_drop)
        self.catalog.message.connect(self.status)
        self.editors.message.connect(self.status)
        self.editors.resolve_requested.connect(self.outbox.resolve_conflicts)
        self.sync.message.connect(self.status)
        self.sync.catalog_refreshed.connect(self._after_refresh)
        self.sync.login_needed.connect(self.ask_password)
        w.sync_status.details_clicked.connect(self.outbox.show_outbox)
        self.outbox.drafts = DraftsService(store.catalog, store.drafts, store.outbox)
        self.outbox.resolved = self.editors.reload_current
        self.sync.finished.connect(lambda _o: self.editors.reload_current() if self.editors else None)
        w.act_sync.triggered.connect(self.sync.sync)
        self.label_editor.link_button.clicked.connect(self.link_label_profile)
        from app.ui.credits.install import install_credits

        self.credits_area = install_credits(w, self.runner, store, self.editors, self.track_editor,
                                            self.label_editor)
        self._enable_session_actions(True)
        # the document first, as desktop apps title their windows; ending with the display name keeps Qt
        # from appending it a second time on X11 and Windows
        w.setWindowTitle(translate("Main", "%1 — Releasedesk").replace("%1", session.name))
        self.catalog.start()
        self.label_profiles.attach(self.catalog)
        self._install_delivery()
        self._install_trends()
        self._install_live()
        if getattr(self, "review_area", None) is None:  # store review, lyrics tab, calendar
            from app.ui.review.install import install_review

            self.review_area = install_review(self)
        self.sync_client()
        self.sync.refresh_count()
        self.load_choices()
        self.session_ready.emit(session)

    def detach(self) -> None:
        """Close the session and take its panels down (before another session is attached)."""
        w = self.window
        self.label_profiles.detach()
        if self.catalog is not None:
            self.catalog.close()
            _disconnect(self.catalog.selected)
            _disconnect(self.catalog.files_dropped)
            self.catalog.deleteLater()
            self.catalog = None
        if self.sync is not None:
            self.sync.close()
            _disconnect(w.act_sync.triggered)
            _disconnect(w.sync_status.details_clicked)
            self.sync.deleteLater()
            self.sync = None
        if self.credits_area is not None:
            self.credits_area.close()
            self.credits_area = None
        if self.editors is not None:
            self.editors.flush()
            self.editors.deleteLater()
            self.editors = None
            for editor in (self.product_editor, self.track_editor, self.label_editor):
                w.editors.removeWidget(editor)
                editor.deleteLater()
            w.editors.setCurrentIndex(0)
        if self.outbox is not None:
            self.outbox.drafts = None
        self.undo.clear()  # the commands hold the closed store's ids
        if self.session is not None:
            self.session.close()
        self.session = None

    def _install_delivery(self) -> None:
        """The delivery dashboard as a dock, once; it follows the session's client."""
        if self.delivery is not None:
            return
        try:
            from app.ui.delivery.dock import install_delivery
            from app.workers.runner import TaskRunner

            # Its poller is a job that runs until the deliveries end: it always gets a real thread,
            # even when the rest runs on a synchronous runner (tests, scripts).
            self._delivery_runner = TaskRunner(self)
            self.delivery_jobs = JobManager(self._delivery_runner, self)
            self.delivery = install_delivery(self.window, self._delivery_runner, jobs=self.delivery_jobs,
                                             current_product=self.selected_product_server_id)
        except Exception:  # the catalog and editors work without the dashboard
            log.exception("the delivery dashboard could not be installed")
        self.window.keep_help_last()

    def _install_trends(self) -> None:
        """The Trends view as a dock, once (docs/TRENDS.md); it follows the session in sync_client."""
        if self.trends is None:
            try:
                from app.ui.trends.dock import install_trends

                self.trends = install_trends(self.window, self.runner,
                                             current_product=self.selected_product_server_id)
            except Exception:  # the rest of the app works without it
                log.exception("the Trends view could not be installed")
            self.window.keep_help_last()

    def _install_live(self) -> None:
        try:
            if self.live is None:
                from app.ui.live.dock import install_live

                self.live = install_live(self.window, self.runner)
            if self.session is not None:
                self.live.set_session(self.session, self.catalog)
        except Exception:  # the catalog and editors work without it
            log.exception("the live area could not be installed")

    def selected_product_server_id(self) -> str | None:
        """The server id of the product selected in the catalog (or of the selected track's)."""
        if self.catalog is None:
            return None
        kind, _ = self.catalog.current()
        if kind == "product":
            return getattr(self.catalog.current_row(), "server_id", None)
        if kind == "track":
            parent = self.window.catalog.current_view().currentIndex().parent()
            return getattr(parent.data(OBJECT_ROLE), "server_id", None) if parent.isValid() else None
        return None

    def sync_client(self) -> None:
        if self.sync is None or self.session is None:
            return
        self.sync.set_client(self.session.client)
        if self.delivery is not None and self.session.client is not None:
            try:
                self.delivery.set_client(self.session.client, self.session.store.catalog)
            except Exception:
                log.exception("the delivery dashboard could not take the new client")
        if self.trends is not None:
            store = self.session.store
            self.trends.set_session(store.db.path, self.session.client, store.catalog)
        if self.live is not None:
            self.live.set_session(self.session, self.catalog)
        if self.session.client is not None:
            client = self.session.client

            def done(name: str | None, error: BaseException | None) -> None:
                if self.sync is None or self.session is None or self.session.client is not client:
                    return
                if error is None:
                    self.sync.set_online(True)
                    self.session.company = name or ""
                    if self.catalog is not None and name:
                        self.catalog.set_company_name(name)
                else:
                    self.sync.set_online(False)
                    if isinstance(error, (AuthExpired, NotLoggedIn)):
                        self.ask_password()

            if client.logged_in:
                self.runner.run_task(lambda: sessions.company_name(client), done)

    def refresh_from_server(self) -> None:
        """Send what is queued and pull the catalog (the window keeps working meanwhile)."""
        if self.sync is not None and self.session is not None and self.session.client is not None:
            self.sync.sync()

    @Slot()
    def _after_refresh(self) -> None:
        self.load_choices()
        if self.catalog is not None:
            self.catalog.flush_changes()
        self._open_files_once()

    def _open_files_once(self) -> None:
        files, self._opened_files = self._opened_files, []
        if files and self.session is not None:
            self.handle_drop(files, "catalog", None)

    def load_choices(self) -> None:
        """Languages, product types (cached by the catalog refresh) and the names of the credit
        roles (the artist-roles resource, cached in the store's settings so they work offline)."""
        if self.session is None:
            return
        store = self.session.store
        service = ReferenceService(store.catalog, store.settings, self.session.client)

        def done(result: Choices | None, error: BaseException | None) -> None:
            if result is None:
                return
            languages, types, roles = result.languages, result.product_types, result.role_names
            if languages and self.languages is not None:
                self.languages.set_choices(languages)
            if types and self.product_types is not None:
                self.product_types.set_choices(types)
            if roles and self.editors is not None:
                self.apply_role_names(roles)
            if self.editors is not None:
                self.editors.reload_current()

        self.runner.run_task(service.choices, done)

    def apply_role_names(self, names: dict[str, str]) -> None:
        """Show the server's names for the credit roles the products and tracks resources have."""
        for editor, keys in ((self.product_editor, CREDIT_ROLES), (self.track_editor, TRACK_CREDIT_ROLES)):
            ours = dict(_role_choices())
            roles = [(key, names.get(key) or ours.get(key, key)) for key in keys]
            editor.contributors_model.set_role_names(dict(roles))
            editor.contributors.set_roles(roles)

    # -- signing in again ---------------------------------------------------------------------------
    @Slot()
    def ask_password(self) -> None:
        if self.session is None or self.session.profile is None:
            self.ask_sign_in()
            return
        profile = self.session.profile
        from app.ui.shell.first_run import PasswordDialog

        dialog = PasswordDialog(profile.server_url, profile.login, self.window)
        client = self.session.client
        if client is None:  # the profile could not be read when the session opened
            self.show_first_run()
            return

        def submitted(_server: str, _login: str, _dialect: str, password: str) -> None:
            def done(_r: Any, error: BaseException | None) -> None:
                if error is not None:
                    dialog.form.show_error(render_error(error))
                    return
                dialog.accept()
                self.sync_client()
                self.refresh_from_server()

            self.runner.run_task(lambda: client.login(password), done)

        dialog.form.submitted.connect(submitted)
        dialog.open()

    @Slot()
    def ask_sign_in(self) -> None:
        if self.session is not None and self.session.profile is not None:
            self.ask_password()
            return
        self.show_first_run()

    # -- selection and creation ----------------------------------------------------------------------
    @Slot(str, str)
    def _on_selected(self, kind: str, local_id: str) -> None:
        if self.editors is not None:
            self.editors.show(kind, local_id)
        self.label_profiles.show(kind, local_id)  # after: a label profile's editor goes on top

    def _selected_product(self) -> str | None:
        if self.catalog is None or self.session is None:
            return None
        kind, local_id = self.catalog.current()
        if kind == "product":
            return local_id
        if kind == "track" and local_id:
            row = self.catalog.current_row()
            return getattr(row, "product_local_id", None)
        return None

    def _selected_label(self) -> str | None:
        if self.catalog is None:
            return None
        kind, local_id = self.catalog.current()
        if kind == "label":
            return local_id
        row = self.catalog.current_row()
        if kind == "product":
            return getattr(row, "label_local_id", None)
        if kind == "track":
            index = self.window.catalog.tree.currentIndex().parent()
            product = index.data(OBJECT_ROLE) if index.isValid() else None
            return getattr(product, "label_local_id", None)
        return None

    def _create(self, work: Callable[[], str], select_kind: str, text: str) -> None:
        def done(local_id: str | None, error: BaseException | None) -> None:
            if error is not None or local_id is None:
                self.status(render_error(error))
                return
            self.status(text)
            if self.catalog is not None:
                self.catalog.flush_changes()
                self._select_when_loaded(select_kind, local_id)

        self.runner.run_task(work, done, ordered=True)

    def _select_when_loaded(self, kind: str, local_id: str, tries: int = 20) -> None:
        if self.catalog is None:
            return
        if self.catalog.select(kind, local_id):
            if self.editors is not None:
                self.editors.show(kind, local_id)
            return
        if tries == 20:  # the new item's parent is the selected item: open it so it loads
            tree = self.window.catalog.tree
            if tree.currentIndex().isValid():
                tree.expand(tree.currentIndex())
        if tries > 0:
            QTimer.singleShot(50, lambda: self._select_when_loaded(kind, local_id, tries - 1))

    @Slot()
    def link_label_profile(self) -> None:
        """Link the label being edited to a label profile and prefill its description (undoable)."""
        editors, session = self.editors, self.session
        if editors is None or session is None or editors.current is None or editors.current.kind != "label":
            return
        label = editors.current
        name = str(getattr(label.obj, "name", "") or "")
        description = self.label_profiles.link_distributor_label(
            self.window, f"{session.name}/{label.local_id}", name)
        if description is None or editors.current is not label:
            return
        if not description:  # linked; nothing to prefill, and what the label has stays
            self.status(translate("Main", "“%1” is linked; its label profile has no description.")
                        .replace("%1", name))
            return
        if editors.set_fields({"description": description},
                              translate("Main", "Prefill description from label profile")):
            self.status(translate("Main", "Description of “%1” taken from its label profile.")
                        .replace("%1", name))

    @Slot()
    def new_label(self) -> None:
        if self.label_profiles.current_connection() is not None:  # in a label-profile connection
            self.label_profiles.new()
            return
        if self.session is None:
            return
        name, ok = QInputDialog.getText(
            self.window, translate("Main", "New label"), translate("Main", "Label name:")
        )
        if not ok or not name.strip():
            return
        store = self.session.store
        self._create(
            lambda: store.drafts.create_label(name=name.strip()),
            "label",
            translate("Main", "Label “%1” created; it is sent with the next sync.").replace(
                "%1", name.strip()
            ),
        )

    @Slot()
    def new_product(self) -> None:
        if self.session is None:
            return
        label = self._selected_label()
        if label is None:
            self.status(translate("Main", "Select a label first: the new product is added to it."))
            return
        store = self.session.store

        def work() -> str:
            local_id = store.drafts.create_product(label, name=translate("Main", "New product"))
            # the label's next UPC, when it has a GS1 prefix
            CodesService(store.catalog, store.drafts, store.credits).codes_for_new(local_id)
            return local_id

        self._create(
            work,
            "product",
            translate("Main", "Draft product created."),
        )

    @Slot()
    def new_track(self) -> None:
        if self.session is None:
            return
        product = self._selected_product()
        if product is None:
            self.status(translate("Main", "Select a product first: the new track is added to it."))
            return
        store = self.session.store

        def work() -> str:
            number = max([t.track_number or 0 for t in store.catalog.tracks(product)] + [0]) + 1
            local_id = store.drafts.create_track(
                product, title=translate("Main", "New track"), track_number=number, volume_number=1
            )
            # the label's next ISRC, when it has a registrant code
            CodesService(store.catalog, store.drafts, store.credits).codes_for_new(local_id)
            return str(local_id)

        self._create(work, "track", translate("Main", "Track added."))

    @Slot()
    def delete_selected(self) -> Any:
        """Forget the selected draft (or an existing object's unsent changes), after asking."""
        if self.session is None or self.catalog is None:
            return None
        if self.label_profiles.delete():
            return None
        kind, local_id = self.catalog.current()
        if kind not in ("label", "product", "track") or not local_id:
            self.status(translate("Main", "Select a draft label, product or track first."))
            return None
        row = self.catalog.current_row()
        name = str(getattr(row, "name", None) or getattr(row, "title", None) or local_id)
        is_new = getattr(row, "server_id", None) is None
        text = (
            translate(
                "Main",
                "Delete the draft “%1” and everything in it? It was never sent, so this cannot be undone.",
            )
            if is_new
            else translate(
                "Main",
                "Forget the unsent changes to “%1”? It goes back to the server's version; nothing is "
                "deleted on the server.",
            )
        ).replace("%1", name)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Main", "Delete draft") if is_new else translate("Main", "Forget changes"),
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("confirmDelete")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        store = self.session.store

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Ok:
                return

            def done(_r: Any, error: BaseException | None) -> None:
                if error is not None:
                    self.status(render_error(error))
                    return
                self.status(
                    translate("Main", "“%1” deleted.").replace("%1", name)
                    if is_new
                    else translate("Main", "Changes to “%1” forgotten.").replace("%1", name)
                )
                if self.catalog is not None:
                    self.catalog.flush_changes()
                    if is_new:
                        self.catalog.model.remove(kind, local_id)
                if self.editors is not None:
                    if (
                        is_new
                        and self.editors.current is not None
                        and self.editors.current.local_id == local_id
                    ):
                        self.editors.show("", "")
                    else:
                        self.editors.reload_current()

            self.runner.run_task(lambda: store.drafts.delete_draft(kind, local_id), done, ordered=True)

        box.finished.connect(answered)
        box.open()
        return box

    # -- files ---------------------------------------------------------------------------------------
    @Slot()
    def _pick_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, translate("Main", "Import a release folder"))
        if folder:
            self.handle_drop([Path(folder)], "catalog", None)

    @Slot()
    def _pick_audio_files(self) -> None:
        product = self._selected_product()
        if product is None:
            self.status(translate("Main", "Select a product first: the files become its tracks."))
            return
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("Main", "Add audio files as tracks"),
            "",
            translate("Main", "Audio (*.flac *.wav)"),
        )
        if names:
            self.handle_drop([Path(n) for n in names], "product", product)

    @Slot(object, str, object)
    def handle_drop(self, paths: list[Path], kind: str, local_id: str | None) -> None:
        """Files dropped on the catalog: plan on a worker, then act (all writes ordered)."""
        if self.session is None:
            return
        store = self.session.store
        label = self._selected_label() if kind == "catalog" else None

        def work() -> tuple[DropPlan, Any]:
            plan = plan_drop(paths, kind)
            if plan.action == "import_release":
                target = local_id if kind == "label" else label
                if target is None:
                    labels = store.catalog.labels()
                    target = labels[0].local_id if len(labels) == 1 else None
                if target is None:
                    return DropPlan(
                        "refuse",
                        message=translate(
                            "Main",
                            "Select the label to import into, or drop the folder onto the label.",
                        ),
                    ), None
                from app.services.importer import ImportService  # on the worker thread

                importer = ImportService.from_store(store)
                result = importer.import_folder(plan.folder or paths[0], target, qc=False)
                return plan, result
            if plan.action == "add_tracks" and local_id:
                created = add_tracks_from_files(store.catalog, store.drafts, local_id, plan.audio)
                cover = plan.images[0] if len(plan.images) == 1 else None
                return plan, (created, cover, store.drafts.set_cover(local_id, cover) if cover else None)
            if plan.action == "set_cover" and local_id:
                return plan, store.drafts.set_cover(local_id, plan.images[0])
            if plan.action == "attach_master" and local_id:
                return plan, attach_master_file(store.drafts, local_id, plan.audio[0])
            if plan.action == "attach_video" and local_id:
                return plan, attach_video_file(store.catalog, store.drafts, kind, local_id, plan.videos[0])
            return plan, None

        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.status(render_error(error))
                self.notify(translate("Main", "Could not use the dropped files"), render_error(error),
                            warning=True)
                return
            plan, outcome = result
            if plan.action == "refuse":
                self.status(plan.message)
                self.notify(translate("Main", "Nothing was added"), plan.message)
                return
            if plan.action == "import_release":
                self.status(
                    translate("Main", "Imported “%1” as a draft with %2 tracks.")
                    .replace("%1", outcome.name)
                    .replace("%2", str(len(outcome.tracks)))
                )
                if self.catalog is not None:
                    self.catalog.flush_changes()
                self._select_when_loaded("product", outcome.product_local_id)
            elif plan.action == "add_tracks":
                created, cover, cover_before = outcome
                self.status(
                    translate("Main", "%1 tracks added from the dropped files.").replace(
                        "%1", str(len(created))
                    )
                )
                if self.editors is not None and local_id:
                    self.editors.tracks_added(local_id, plan.audio, created, cover, cover_before)
            elif plan.action == "set_cover":
                self.status(translate("Main", "Cover set from “%1”.").replace("%1", plan.images[0].name))
                if self.editors is not None and local_id:
                    self.editors.cover_set(local_id, plan.images[0], outcome)
            elif plan.action == "attach_video":
                self.status(translate("Main", "Video “%1” attached.").replace("%1", plan.videos[0].name))
            elif plan.action == "attach_master":
                self.status(translate("Main", "Master “%1” attached.").replace("%1", plan.audio[0].name))
                if self.editors is not None and local_id:
                    self.editors.master_attached(local_id, plan.audio[0], outcome)
            if self.editors is not None:
                self.editors.reload_current()

        self.runner.run_task(work, done, ordered=True)

    @Slot()
    def _resolve_current(self) -> None:
        if self.editors is not None and self.editors.current is not None and self.outbox is not None:
            self.outbox.resolve_conflicts(self.editors.current.kind, self.editors.current.local_id)

    # -- about / quit ---------------------------------------------------------------------------------
    @Slot()
    def _about(self) -> None:
        from app import APP_NAME, __version__

        QMessageBox.about(
            self.window,
            translate("Main", "About Releasedesk"),
            translate("Main", "%1 %2\nPrepare, check and deliver music releases.")
            .replace("%1", APP_NAME)
            .replace("%2", __version__),
        )

    @Slot()
    def shutdown(self) -> None:
        self.undo.blockSignals(True)  # the window's actions go before the stack does
        if self.editors is not None:
            self.editors.flush()
        if self.settings is not None:
            self.window.save_state(self.settings)
        self.jobs.cancel_all()
        if self.delivery is not None:
            self.delivery_jobs.cancel_all()
            self._delivery_runner.wait_idle(5000)
        # Let queued writes finish and their callbacks land before the store closes.
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline:
            self.runner.wait_idle(500)
            QCoreApplication.processEvents()
            if not getattr(self.runner, "busy", False):
                break
        self.detach()
        self.label_profiles.close()
