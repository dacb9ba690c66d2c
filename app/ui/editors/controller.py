"""The product and track editors' controller: loads objects, turns edits into undoable commands,
writes them to the store off the GUI thread, validates as you type and shows what the server said.

Every change goes ``editor signal → SetFieldsCommand on the QUndoStack → apply()``; ``apply`` updates
the object in memory and the widgets at once and queues ``store.edit`` on the ordered runner (the
store commits and queues the outbox operation; its listener repaints the catalog tree). Undo and redo
call the same ``apply``, so they save exactly like an edit does.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import QFileDialog, QStackedWidget

from app.domain.messages import msg
from app.domain.resources import CREDIT_ROLES, TRACK_CREDIT_ROLES
from app.platform.messages import render, render_error
from app.ui.catalog.model import STATUS_TEXT, SYNC_TEXT
from app.ui.common.drops import add_tracks_from_files, attach_master_file, plan_drop
from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.ui.editors.commands import CallbackCommand, SetFieldsCommand, edit_text
from app.ui.editors.contributors import changes_for, credits_of
from app.ui.editors.validation import label_messages, product_messages, track_messages
from app.ui.editors.views import LabelEditor, ProductEditor, TrackEditor
from app.workers.runner import Runner

if TYPE_CHECKING:
    from app.media.report import MediaReport
    from app.store.catalog import CatalogCache
    from app.store.drafts import Drafts
    from app.store.queue import CatalogOutbox
    from app.store.rows import Conflict

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Editor", "Title"),
    "title": QT_TRANSLATE_NOOP("Editor", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("Editor", "Subtitle"),
    "upc_code": QT_TRANSLATE_NOOP("Editor", "UPC"),
    "isrc_code": QT_TRANSLATE_NOOP("Editor", "ISRC"),
    "copyright_line": QT_TRANSLATE_NOOP("Editor", "© line"),
    "production_line": QT_TRANSLATE_NOOP("Editor", "℗ line"),
    "production_year": QT_TRANSLATE_NOOP("Editor", "Production year"),
    "release_date": QT_TRANSLATE_NOOP("Editor", "Release date"),
    "original_release_date": QT_TRANSLATE_NOOP("Editor", "Original release date"),
    "is_compilation": QT_TRANSLATE_NOOP("Editor", "Compilation"),
    "label_internal_reference": QT_TRANSLATE_NOOP("Editor", "Catalog number"),
    "mastered_by": QT_TRANSLATE_NOOP("Editor", "Mastered by"),
    "product_type_id": QT_TRANSLATE_NOOP("Editor", "Type"),
    "language_id": QT_TRANSLATE_NOOP("Editor", "Language"),
    "track_number": QT_TRANSLATE_NOOP("Editor", "Track number"),
    "volume_number": QT_TRANSLATE_NOOP("Editor", "Disc number"),
    "audio_language_id": QT_TRANSLATE_NOOP("Editor", "Audio language"),
    "explicit_content": QT_TRANSLATE_NOOP("Editor", "Explicit"),
    "clean": QT_TRANSLATE_NOOP("Editor", "Clean"),
    "preview_start": QT_TRANSLATE_NOOP("Editor", "Preview start"),
    "lyrics": QT_TRANSLATE_NOOP("Editor", "Lyrics"),
    "description": QT_TRANSLATE_NOOP("Editor", "Description"),
}


@dataclass
class Loaded:
    """What an editor shows, read in one go on a worker thread."""

    kind: str
    local_id: str
    obj: Any  # the Product, Track or Label shown (the editor is chosen by kind)
    field_errors: dict[str, str] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    sync_state: str = ""
    master_path: str | None = None
    record: Any = None
    cover_path: str | None = None


def _format_properties(props: dict[str, Any], path: Path | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if path is not None:
        out["file"] = path.name
    if props.get("format") or props.get("codec"):
        out["format"] = str(props.get("format") or props.get("codec")).upper()
    if props.get("sample_rate"):
        out["sample_rate"] = f"{float(props['sample_rate']) / 1000:g} kHz"
    bits = props.get("bit_depth") or props.get("bits_per_raw_sample")
    if bits:
        out["bit_depth"] = f"{bits}-bit"
    if props.get("channels"):
        channels = int(props["channels"])
        out["channels"] = {1: translate("Editor", "mono"), 2: translate("Editor", "stereo")}.get(
            channels, str(channels)
        )
    duration = props.get("duration_s") or props.get("duration")
    if duration:
        seconds = float(duration)
        out["duration_s"] = f"{int(seconds // 60)}:{seconds % 60:04.1f}"
    if props.get("lufs") is not None:
        out["lufs"] = f"{float(props['lufs']):.1f} LUFS"
    if props.get("true_peak_dbtp") is not None:
        out["true_peak_dbtp"] = f"{float(props['true_peak_dbtp']):.1f} dBTP"
    return out


def _verdict(report: MediaReport) -> tuple[str, str, list[str]]:
    problems = list(getattr(report, "problems", []) or [])
    messages = [render(p.sentence) for p in problems]
    if any(p.is_error for p in problems):
        return translate("Editor", "Will be rejected: fix the problems below."), "error", messages
    if problems:
        return translate("Editor", "Accepted, with warnings."), "warning", messages
    return translate("Editor", "Passes quality checks."), "ok", messages


def inspect_cover(path: Path) -> tuple[MediaReport, QImage]:
    """Media QC of a cover plus a thumbnail, on a worker thread (QImage is thread-safe, QPixmap not)."""
    from app.media.image import inspect_image

    report = inspect_image(path)
    image = QImage()
    if report.kind == "image" and not any(p.code.startswith("image.unreadable") for p in report.problems):
        loaded = QImage(str(path))
        if not loaded.isNull():
            image = loaded.scaled(
                520, 520, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
    return report, image


def inspect_master(path: Path, full: bool) -> MediaReport:
    """QC of a master on a worker thread. The full pass makes its picture and keeps it in the cache; the
    quick (headers only) pass shows the kept one at once when the file hasn't changed since."""
    from app.media import picture
    from app.media.audio import inspect_audio
    from app.services.check import remember_master

    report = inspect_audio(path, full=full)
    if full:
        remember_master(path, report)
    elif report.kind == "audio":
        report.picture = picture.load_cached(path)
    return report


class EditorController(QObject):
    message = Signal(str)  # one sentence for the status bar
    resolve_requested = Signal(str, str)  # kind, local_id: open the conflict dialog
    shown = Signal(str, str)  # kind, local_id now in an editor

    def __init__(
        self,
        catalog: CatalogCache,
        drafts: Drafts,
        outbox: CatalogOutbox,
        runner: Runner,
        undo_stack: QUndoStack,
        stack: QStackedWidget,
        product_editor: ProductEditor,
        track_editor: TrackEditor,
        parent: QObject | None = None,
        label_editor: LabelEditor | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.drafts = drafts
        self.outbox = outbox  # what the server said about an object, and its conflicts
        self.runner = runner
        self.undo = undo_stack
        self.stack = stack
        self.product_editor = product_editor
        self.track_editor = track_editor
        self.label_editor = label_editor
        self.current: Loaded | None = None
        self._generation = 0
        self._pending_writes = 0
        editors: list[Any] = [product_editor, track_editor] + ([label_editor] if label_editor else [])
        for editor in editors:
            editor.edited.connect(self._on_edited)
            editor.typing.connect(self._on_typing)
            editor.contributors_model.change_requested.connect(self._on_credits)
            editor.banner.action.connect(self._on_banner)
        product_editor.cover.files_dropped.connect(self.drop_cover)
        product_editor.cover.pick_requested.connect(self._pick_cover)
        track_editor.audio.files_dropped.connect(self.drop_master)
        track_editor.audio.pick_requested.connect(self._pick_master)

    # -- which object is shown -------------------------------------------------------------------
    @property
    def editor(self) -> Any:
        if self.current is None:
            return None
        return self._editor_for(self.current.kind)

    def _editor_for(self, kind: str) -> Any:
        return {"product": self.product_editor, "track": self.track_editor,
                "label": self.label_editor}.get(kind)

    def flush(self) -> None:
        """Commit what is being typed (before switching objects, syncing or quitting)."""
        editor = self.editor
        if editor is not None:
            editor.commit_all()

    def show(self, kind: str, local_id: str) -> None:
        if kind not in ("product", "track") and not (kind == "label" and self.label_editor is not None):
            self.flush()
            self.current = None
            self.stack.setCurrentIndex(0)
            return
        if self.current is not None and (self.current.kind, self.current.local_id) == (kind, local_id):
            return
        self.flush()
        self._generation += 1
        generation = self._generation

        def load() -> Loaded:
            obj = self.catalog.resource(kind, local_id)
            loaded = Loaded(
                kind,
                local_id,
                obj,
                field_errors=self.outbox.field_errors(kind, local_id),
                conflicts=self.outbox.conflicts(kind, local_id),
            )
            if kind == "track":
                parent = self.catalog.parent_of(local_id)
                for row in self.catalog.tracks(parent) if parent else []:
                    if row.local_id == local_id:
                        loaded.sync_state = row.sync_state
                        loaded.master_path = row.master_path
                records = self.catalog.records(local_id)
                if records and loaded.master_path is None:
                    loaded.record = self.catalog.resource("record", records[-1])
            elif kind == "label":
                for label in self.catalog.labels():
                    if label.local_id == local_id:
                        loaded.sync_state = label.sync_state
            else:
                loaded.sync_state = self.catalog.product_row(local_id).sync_state
                for op in self.outbox.operations():
                    if op.local_id == local_id and op.op == "upload_cover":
                        loaded.cover_path = op.payload.get("path")
            return loaded

        def done(loaded: Loaded | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is not None or loaded is None:
                self.message.emit(render_error(error))
                return
            self._present(loaded)

        self.runner.run_task(load, done)

    def reload_current(self) -> None:
        if self.current is None:
            return
        kind, local_id = self.current.kind, self.current.local_id
        self.current = None
        self.show(kind, local_id)

    def _present(self, loaded: Loaded) -> None:
        self.current = loaded
        obj = loaded.obj
        roles: tuple[str, ...]
        if loaded.kind == "product":
            editor: Any = self.product_editor
            heading = obj.name or translate("Editor", "Untitled product")
            roles = CREDIT_ROLES
        elif loaded.kind == "label":
            editor = self.label_editor
            heading = obj.name or translate("Editor", "Unnamed label")
            roles = ()
        else:
            editor = self.track_editor
            heading = obj.title or translate("Editor", "Untitled track")
            roles = TRACK_CREDIT_ROLES
        status = obj.status if loaded.kind == "product" and obj.status else ""
        sync_state = loaded.sync_state
        parts = [
            QCoreApplication.translate("CatalogModel", STATUS_TEXT.get(status, status)) if status else "",
            QCoreApplication.translate("CatalogModel", SYNC_TEXT.get(sync_state, sync_state)),
        ]
        state = " · ".join(p for p in parts if p)
        editor.show_object(obj, heading, state)
        editor.contributors_model.set_rows(credits_of(obj, roles))
        self._show_messages()
        self._show_banner()
        self.stack.setCurrentWidget(editor)
        if loaded.kind == "product":
            self._show_cover(loaded)
        elif loaded.kind == "track":
            self._show_master(loaded)
        self.shown.emit(loaded.kind, loaded.local_id)

    @staticmethod
    def _roles(kind: str) -> tuple[str, ...]:
        return {"product": CREDIT_ROLES, "track": TRACK_CREDIT_ROLES}.get(kind, ())

    # -- messages ---------------------------------------------------------------------------------
    def _messages_for(self, obj: Any) -> dict[str, tuple[str, str]]:
        assert self.current is not None
        kind = self.current.kind
        messages = (product_messages(obj) if kind == "product" else track_messages(obj) if kind == "track"
                    else label_messages(obj))
        for name, text in self.current.field_errors.items():
            if name:
                messages[name] = ("server", text)
        return messages

    def _show_messages(self, obj: Any = None) -> None:
        editor = self.editor
        if editor is None or self.current is None:
            return
        messages = self._messages_for(obj if obj is not None else self.current.obj)
        editor.form.set_messages(messages)
        credit = messages.get("artist")
        editor.contributors.set_message(
            credit[1] if credit else None,
            "color: #c8423b;" if credit and credit[0] in ("error", "server") else "color: #b07d10;",
        )

    def _show_banner(self) -> None:
        editor = self.editor
        if editor is None or self.current is None:
            return
        current = self.current
        if current.conflicts:
            names = ", ".join(
                translate("Editor", FIELD_LABELS.get(c.field, c.field)) for c in current.conflicts
            )
            editor.banner.show_message(
                translate(
                    "Editor", "Changed here and on the server since the last sync: %1. Choose which to keep."
                ).replace("%1", names),
                translate("Editor", "Resolve…"),
                level="conflict",
            )
        elif current.field_errors:
            general = current.field_errors.get("")
            count = len([k for k in current.field_errors if k])
            text = general or translate(
                "Editor", "The server refused this %1; see the fields marked in red."
            ).replace("%1", translate("Editor", current.kind))
            if general and count:
                text += " " + translate("Editor", "Fields marked in red need fixing too.")
            editor.banner.show_message(text, level="error")
        else:
            editor.banner.hide()

    @Slot()
    def _on_banner(self) -> None:
        if self.current is not None and self.current.conflicts:
            self.resolve_requested.emit(self.current.kind, self.current.local_id)

    # -- edits --------------------------------------------------------------------------------------
    @Slot(str, object)
    def _on_typing(self, name: str, value: Any) -> None:
        if self.current is None:
            return
        preview = copy.copy(self.current.obj)
        setattr(preview, name, value)
        self._show_messages(preview)

    @Slot(str, object)
    def _on_edited(self, name: str, value: Any) -> None:
        if self.current is None:
            return
        before = {name: getattr(self.current.obj, name, None)}
        if before[name] == value:
            return
        text = edit_text(translate("Editor", FIELD_LABELS.get(name, name)))
        self.undo.push(
            SetFieldsCommand(
                self.apply, self.current.kind, self.current.local_id, before, {name: value}, text
            )
        )

    @Slot(object)
    def _on_credits(self, rows: list[tuple[str, str]]) -> None:
        if self.current is None:
            return
        roles = self._roles(self.current.kind)
        if not roles:
            return
        wanted = changes_for(rows, roles)
        obj = self.current.obj
        after = {role: names for role, names in wanted.items() if (getattr(obj, role, None) or None) != names}
        if not after:
            editor = self.editor
            if editor is not None:
                editor.contributors_model.set_rows(rows)  # keeps a blank row being typed into
            return
        before = {role: getattr(obj, role, None) for role in after}
        self.undo.push(
            SetFieldsCommand(
                self.apply,
                self.current.kind,
                self.current.local_id,
                before,
                after,
                translate("Editor", "Edit contributors"),
                mergeable=False,
            )
        )

    def set_fields(self, changes: dict[str, Any], text: str) -> bool:
        """Change fields of the object shown, as one undoable step (a prefill, not typing)."""
        current = self.current
        if current is None:
            return False
        before = {name: getattr(current.obj, name, None) for name in changes}
        if before == changes:
            return False
        self.undo.push(SetFieldsCommand(self.apply, current.kind, current.local_id, before, changes, text,
                                        mergeable=False))
        return True

    def apply(self, kind: str, local_id: str, changes: dict[str, Any]) -> None:
        """Show ``changes`` now and save them to the store in order, off the GUI thread."""
        current = self.current
        if current is not None and (current.kind, current.local_id) == (kind, local_id):
            for name, value in changes.items():
                setattr(current.obj, name, value)
                current.field_errors.pop(name, None)
            editor = self.editor
            assert editor is not None
            for name, value in changes.items():
                editor.form.show_value(name, value)
            roles = self._roles(kind)
            if set(changes) & set(roles):
                editor.contributors_model.set_rows(credits_of(current.obj, roles))
            if "name" in changes or "title" in changes:
                editor.heading.setText(str(changes.get("name") or changes.get("title") or ""))
            self._show_messages()
            self._show_banner()
        self._pending_writes += 1

        def write() -> None:
            self.drafts.edit(kind, local_id, changes)

        def done(_result: Any, error: BaseException | None) -> None:
            self._pending_writes -= 1
            if error is not None:
                self.message.emit(
                    translate("Editor", "Could not save the change: %1").replace("%1", render_error(error))
                )

        self.runner.run_task(write, done, ordered=True)

    # -- cover ---------------------------------------------------------------------------------------
    def _show_cover(self, loaded: Loaded) -> None:
        well = self.product_editor.cover
        if loaded.cover_path:
            self._inspect_cover(Path(loaded.cover_path))
            return
        well.clear()
        url = getattr(loaded.obj, "cover_url", None)
        if url:
            well.set_verdict(translate("Editor", "Cover on the server."), "ok", [])
            self._fetch_cover(url)

    def _fetch_cover(self, url: str) -> None:
        generation = self._generation

        def fetch() -> QImage:
            import httpx

            response = httpx.get(url, timeout=10.0)
            response.raise_for_status()
            image = QImage.fromData(response.content)
            return image.scaled(
                520, 520, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )

        def done(image: QImage | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is not None or image is None or image.isNull():
                self.product_editor.cover.set_verdict(
                    translate("Editor", "The cover on the server could not be shown (offline?)."),
                    "warning",
                    [],
                )
                return
            self.product_editor.cover.show_image(image)

        self.runner.run_task(fetch, done)

    def _inspect_cover(self, path: Path) -> None:
        well = self.product_editor.cover
        well.set_busy(translate("Editor", "Checking %1…").replace("%1", path.name))
        generation = self._generation

        def done(result: tuple[Any, QImage] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is not None or result is None:
                well.clear()
                well.set_verdict(
                    translate(
                        "Editor", "“%1” could not be read as an image; choose a JPEG or PNG file."
                    ).replace("%1", path.name),
                    "error",
                    [],
                )
                return
            report, image = result
            well.show_image(image)
            text, level, problems = _verdict(report)
            props = report.properties
            if props.get("width") and props.get("height"):
                text = (
                    f"{props['width']} × {props['height']} {str(props.get('format', '')).upper()} — " + text
                )
            well.set_verdict(text, level, problems)

        self.runner.run_task(lambda: inspect_cover(path), done)

    @Slot(object)
    def drop_cover(self, paths: list[Path]) -> None:
        if self.current is None or self.current.kind != "product":
            return
        self.set_cover(self.current.local_id, paths, target="cover")

    def set_cover(self, product_local_id: str, paths: list[Path], *, target: str = "product") -> None:

        def landed(plan: Any, before: Any) -> None:
            self.cover_set(product_local_id, plan.images[0], before)
            self.message.emit(
                translate("Editor", "Cover set from “%1”; it is sent with the next sync.").replace(
                    "%1", plan.images[0].name
                )
            )
            if self.current is not None and self.current.local_id == product_local_id:
                self.current.cover_path = str(plan.images[0])
                self._inspect_cover(plan.images[0])

        self._use_files(product_local_id, paths, "cover" if target == "cover" else "product", "set_cover",
                        lambda plan: self.drafts.set_cover(product_local_id, plan.images[0]), landed,
                        self.product_editor.cover)

    @Slot()
    def _pick_cover(self) -> None:
        self._pick(self.product_editor, translate("Editor", "Choose a cover image"),
                   translate("Editor", "Images (*.jpg *.jpeg *.png)"), self.drop_cover)

    def _use_files(self, local_id: str, paths: list[Path], target: str, action: str,
                   act: Callable[[Any], Any], landed: Callable[[Any, Any], None], well: Any) -> None:
        """Plan what ``paths`` mean on ``target`` and, when that is ``action``, do ``act(plan)``
        (ordered worker); ``landed(plan, outcome)`` follows on the GUI thread, or a refusal is shown
        in the status bar and in ``well`` (the cover or audio well) of the object shown."""

        def work() -> tuple[Any, Any]:
            plan = plan_drop(paths, target)
            return plan, act(plan) if plan.action == action else None

        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.message.emit(render_error(error))
                return
            plan, outcome = result
            if plan.action != action:
                self.message.emit(plan.message)
                if self.current is not None and self.current.local_id == local_id:
                    well.set_verdict(plan.message, "error", [])
                return
            landed(plan, outcome)

        self.runner.run_task(work, done, ordered=True)

    def _pick(self, parent: Any, title: str, filters: str, use: Callable[[list[Path]], None]) -> None:
        if self.current is None:
            return
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        if name:
            use([Path(name)])

    # -- master audio -----------------------------------------------------------------------------
    def _show_master(self, loaded: Loaded) -> None:
        well = self.track_editor.audio
        well.clear()
        if loaded.master_path:
            self._inspect_master(Path(loaded.master_path))
        elif loaded.record is not None:
            record = loaded.record
            props = dict(record.file or {})
            if record.precision and "bit_depth" not in props:
                props["bit_depth"] = record.precision
            texts = _format_properties(props, Path(record.filename) if record.filename else None)
            well.show_properties(texts)
            well.set_verdict(translate("Editor", "Master on the server."), "ok", [])

    def _inspect_master(self, path: Path) -> None:
        well = self.track_editor.audio
        well.set_busy(translate("Editor", "Reading %1…").replace("%1", path.name))
        generation = self._generation

        def show(report: Any, final: bool) -> None:
            well.show_properties(_format_properties(report.properties, path))
            if final or getattr(report, "picture", None) is not None:
                well.show_picture(getattr(report, "picture", None))
            text, level, problems = _verdict(report)
            if not final:
                text = translate("Editor", "Measuring loudness…") + " " + text
            well.set_verdict(text, level, problems)

        def full_done(report: Any, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is not None:
                well.set_verdict(
                    translate("Editor", "“%1” could not be checked: %2")
                    .replace("%1", path.name)
                    .replace("%2", render_error(error)),
                    "error",
                    [],
                )
                return
            show(report, True)

        def quick_done(report: Any, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is not None:
                well.set_verdict(
                    translate(
                        "Editor", "“%1” could not be read as audio; drop a FLAC or WAV master."
                    ).replace("%1", path.name),
                    "error",
                    [],
                )
                return
            show(report, False)
            self.runner.run_task(lambda: inspect_master(path, True), full_done)

        self.runner.run_task(lambda: inspect_master(path, False), quick_done)

    @Slot(object)
    def drop_master(self, paths: list[Path]) -> None:
        if self.current is None or self.current.kind != "track":
            return
        self.attach_master(self.current.local_id, paths)

    def attach_master(self, track_local_id: str, paths: list[Path]) -> None:

        def landed(plan: Any, record: Any) -> None:
            self.master_attached(track_local_id, plan.audio[0], record)
            self.message.emit(
                translate("Editor", "Master “%1” attached; it is uploaded with the next sync.").replace(
                    "%1", plan.audio[0].name
                )
            )
            if self.current is not None and self.current.local_id == track_local_id:
                self.current.master_path = str(plan.audio[0])
                self._inspect_master(plan.audio[0])

        self._use_files(track_local_id, paths, "track", "attach_master",
                        lambda plan: attach_master_file(self.drafts, track_local_id, plan.audio[0]), landed,
                        self.track_editor.audio)

    @Slot()
    def _pick_master(self) -> None:
        self._pick(self.track_editor, translate("Editor", "Choose the master audio file"),
                   translate("Editor", "Audio (*.flac *.wav *.aif *.aiff)"), self.drop_master)

    # -- undo for what files did (docs/ARCHITECTURE.md#undo): the work ran, the command reverses or repeats it
    def push_done(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> None:
        """Put a step that already happened on the undo stack; its undo and redo run ``undo`` and
        ``redo`` on the ordered runner (store writes), then show the object again."""

        def run(work: Callable[[], Any]) -> None:
            def done(_result: Any, error: BaseException | None) -> None:
                if error is not None:
                    self.message.emit(render_error(error))
                self.reload_current()

            self.runner.run_task(work, done, ordered=True)

        self.undo.push(CallbackCommand(text, lambda: run(redo), lambda: run(undo), already_done=True))

    def cover_set(self, product_local_id: str, path: Path, before: Any) -> None:
        """Make a cover that was just set (``store.set_cover`` returned ``before``) undoable."""
        state = {"before": before}

        def redo() -> None:
            state["before"] = self.drafts.set_cover(product_local_id, path)

        self.push_done(translate("Editor", "Set cover"), redo,
                       lambda: self.drafts.restore_cover(product_local_id, state["before"]))

    def master_attached(self, track_local_id: str, path: Path, record: str) -> None:
        """Make a master that was just attached (record ``record``) undoable."""
        state = {"record": record}

        def redo() -> None:
            state["record"] = attach_master_file(self.drafts, track_local_id, path)

        self.push_done(translate("Editor", "Attach master"), redo,
                       lambda: self.drafts.detach_master(state["record"]))

    def tracks_added(self, product_local_id: str, paths: list[Path], created: list[str],
                     cover: Path | None = None, cover_before: Any = None) -> None:
        """Make tracks just made from files (and the cover that came with them) one undoable step."""
        state = {"created": list(created), "cover_before": cover_before}

        def undo() -> None:
            for local_id in reversed(state["created"]):
                self.drafts.delete_draft("track", local_id)
            if cover is not None:
                self.drafts.restore_cover(product_local_id, state["cover_before"])

        def redo() -> None:
            state["created"] = add_tracks_from_files(self.catalog, self.drafts, product_local_id, paths)
            if cover is not None:
                state["cover_before"] = self.drafts.set_cover(product_local_id, cover)

        text = render(msg("count.add_tracks", n=len(created)))
        self.push_done(text, redo, undo)
