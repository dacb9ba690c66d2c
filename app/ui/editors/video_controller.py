"""The video and Motion Art wells' controller: what each well shows for the product or track in the
editor, and what a file dropped on a well (or chosen) does.

Installed beside the editor controller (:func:`install_video_wells`); it follows the object shown
through ``EditorController.shown``. Everything that touches the disk runs on the task runner: the
store reads and writes (ordered, like every draft write), QC and the poster frame through
``video_seam`` (a build without video QC shows a neutral placeholder with the file's name and size).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from app.domain.resources import MOTION_ART_KINDS
from app.platform.messages import render, render_error
from app.ui.common.drops import attach_video_file, plan_drop
from app.ui.editors import video_seam
from app.ui.editors.video_wells import VideoWell

if TYPE_CHECKING:
    from app.store.rows import AttachedFile
    from app.ui.editors.controller import EditorController

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

MOBILE, DESKTOP = tuple(MOTION_ART_KINDS)
_VIDEO_TYPE_NAMES = frozenset({"video"})


@dataclass
class WellState:
    """What one well shows: the object (None = empty) and, for a product, whether the well is wanted."""

    file: AttachedFile | None = None
    visible: bool = True


@dataclass
class Shown:
    kind: str
    local_id: str
    wells: dict[str, WellState] = field(default_factory=dict)  # "video", MOBILE, DESKTOP


@dataclass
class Checked:
    """QC and the poster of one file, made on a worker thread."""

    report: Any
    poster: QImage | None
    size: int


def check_file(path: Path, role: str) -> Checked:
    """Runs on a worker: the QC report (None without video QC), a poster frame (None: placeholder)."""
    size = path.stat().st_size
    report = video_seam.inspect(path, role)
    data = video_seam.poster(path)
    image: QImage | None = None
    if data:
        loaded = QImage.fromData(data)
        if not loaded.isNull():
            image = loaded.scaled(
                512, 512, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
    return Checked(report, image, size)


def _size_text(size: int) -> str:
    if size >= 1 << 30:
        return f"{size / (1 << 30):.1f} GB"
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, size // 1024)} KB"


def _duration_text(seconds: Any) -> str:
    try:
        value = float(seconds)
    except (TypeError, ValueError):
        return ""
    return f"{int(value // 60)}:{value % 60:04.1f}"


def properties_text(props: dict[str, Any], name: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if name:
        out["file"] = name
    if props.get("width") and props.get("height"):
        out["resolution"] = f"{props['width']} × {props['height']}"
    elif props.get("resolution"):
        out["resolution"] = str(props["resolution"]).replace("x", " × ")
    if props.get("frame_rate"):
        out["frame_rate"] = f"{float(props['frame_rate']):.3g} fps"
    if props.get("codec"):
        out["codec"] = str(props["codec"])
    duration = props.get("duration_s") or props.get("length")
    if duration:
        out["duration_s"] = _duration_text(duration)
    return out


def verdict_of(report: Any) -> tuple[str, str, list[str]]:
    problems = list(getattr(report, "problems", []) or [])
    messages = [render(p.sentence) for p in problems]
    if any(p.is_error for p in problems):
        return translate("VideoWells", "Will be rejected: fix the problems below."), "error", messages
    if problems:
        return translate("VideoWells", "Accepted, with warnings."), "warning", messages
    return translate("VideoWells", "Passes quality checks."), "ok", messages


class VideoWellsController(QObject):
    message = Signal(str)

    def __init__(self, editors: EditorController, parent: QObject | None = None) -> None:
        super().__init__(parent or editors)
        self.editors = editors
        self.catalog = editors.catalog
        self.drafts = editors.drafts
        self.runner = editors.runner
        product = editors.product_editor
        track = editors.track_editor
        self.product_wells: dict[str, VideoWell] = {
            "video": product.video,
            MOBILE: product.motion_mobile,
            DESKTOP: product.motion_desktop,
        }
        self.track_well: VideoWell = track.video
        self.current: Shown | None = None
        self._generation = 0
        for key, well in self.product_wells.items():
            well.files_dropped.connect(lambda paths, key=key: self.drop("product", key, paths))
            well.pick_requested.connect(lambda key=key: self._pick("product", key))
        self.track_well.files_dropped.connect(lambda paths: self.drop("track", "video", paths))
        self.track_well.pick_requested.connect(lambda: self._pick("track", "video"))
        editors.shown.connect(self.show)
        self.message.connect(editors.message)

    # -- what is shown ----------------------------------------------------------------------------------
    @Slot(str, str)
    def show(self, kind: str, local_id: str) -> None:
        if kind not in ("product", "track"):
            self.current = None
            return
        self._generation += 1
        generation = self._generation

        def load() -> Shown:
            return self._load(kind, local_id)

        def done(shown: Shown | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is not None or shown is None:
                self.message.emit(render_error(error))
                return
            self._present(shown)

        self.runner.run_task(load, done)

    def _load(self, kind: str, local_id: str) -> Shown:
        """On a worker: the files the wells of this product or track show."""
        shown = Shown(kind, local_id)
        if kind == "track":
            video = self.catalog.linked_video(local_id)
            product = self.catalog.parent_of(local_id)
            found = None
            if video is not None and product is not None:
                found = next(
                    (f for f in self.catalog.attached_files(product, "video") if f.local_id == video), None
                )
            shown.wells["video"] = WellState(found)
            return shown
        linked = {self.catalog.linked_video(track) for track in self.catalog.children(local_id, "track")}
        own = [f for f in self.catalog.attached_files(local_id, "video") if f.local_id not in linked]
        shown.wells["video"] = WellState(
            own[-1] if own else None, visible=bool(own) or self._is_video_product(local_id)
        )
        for item in self.catalog.attached_files(local_id, "attachment"):
            kind_of = str(item.values.get("kind") or "")
            if kind_of in MOTION_ART_KINDS:
                shown.wells[kind_of] = WellState(item)
        for key in MOTION_ART_KINDS:
            shown.wells.setdefault(key, WellState(None))
        return shown

    def _is_video_product(self, product_local_id: str) -> bool:
        type_id = self.catalog.values(product_local_id).get("product_type_id")
        if not type_id:
            return False
        found = self.catalog.local_id_for("product_type", str(type_id))
        name = self.catalog.values(found).get("name") if found else None
        return str(name or "").strip().lower() in _VIDEO_TYPE_NAMES

    def _wells_for(self, kind: str) -> dict[str, VideoWell]:
        return self.product_wells if kind == "product" else {"video": self.track_well}

    def _present(self, shown: Shown) -> None:
        self.current = shown
        for key, well in self._wells_for(shown.kind).items():
            state = shown.wells.get(key, WellState(None))
            well.setVisible(state.visible)
            well.clear()
            if state.file is not None:
                self._show_file(well, key, state.file)

    def _show_file(self, well: VideoWell, role: str, item: AttachedFile) -> None:
        values = item.values
        name = str(values.get("filename") or (Path(item.path).name if item.path else ""))
        path = Path(item.path) if item.path else None
        if path is None or not path.is_file():
            # only on the server: what it read from the file
            well.show_properties(properties_text(values, name))
            size = values.get("movie_size") or values.get("file_size")
            text = name + (f"\n{_size_text(int(size))}" if size else "")
            well.show_placeholder(text)
            well.set_verdict(translate("VideoWells", "On the server."), "ok", [])
            return
        well.show_properties(properties_text({}, name))
        well.show_placeholder(name)
        well.set_busy(translate("VideoWells", "Checking %1…").replace("%1", name))
        generation = self._generation
        qc_role = "music_video" if role == "video" else role

        def done(checked: Checked | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is not None or checked is None:
                well.set_verdict(
                    translate("VideoWells", "“%1” could not be read; check that the file exists.").replace(
                        "%1", name
                    ),
                    "error",
                    [],
                )
                return
            props = dict(getattr(checked.report, "properties", {}) or {})
            well.show_properties(properties_text(props, name))
            if checked.poster is not None:
                well.show_poster(checked.poster)
            else:
                duration = _duration_text(props.get("duration_s")) if props.get("duration_s") else ""
                parts = [name, _size_text(checked.size)] + ([duration] if duration else [])
                well.show_placeholder("\n".join(parts))
            if checked.report is None:
                well.set_verdict(
                    translate(
                        "VideoWells", "Sent with the next sync; video checks are not available in this build."
                    ),
                    "busy",
                    [],
                )
            else:
                well.set_verdict(*verdict_of(checked.report))

        self.runner.run_task(lambda: check_file(path, qc_role), done)

    # -- files dropped or chosen ----------------------------------------------------------------------
    def drop(self, kind: str, role: str, paths: list[Path]) -> None:
        """A file dropped on the ``role`` well of the product or track shown."""
        current = self.current
        if current is None or current.kind != kind:
            return
        local_id = current.local_id
        well = self._wells_for(kind)[role]
        target = "video" if role == "video" else "motion_art"

        def work() -> tuple[Any, str | None]:
            plan = plan_drop(paths, target)
            if plan.action in ("attach_video", "motion_art"):
                return plan, self._attach(kind, local_id, role, plan.videos[0])
            return plan, None

        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.message.emit(render_error(error))
                return
            plan, made = result
            if made is None:
                self.message.emit(plan.message)
                if self.current is not None and self.current.local_id == local_id:
                    well.set_verdict(plan.message, "error", [])
                return
            self.message.emit(
                translate("VideoWells", "“%1” attached; it is uploaded with the next sync.").replace(
                    "%1", plan.videos[0].name
                )
            )
            self._undoable(kind, local_id, role, plan.videos[0], made)
            if self.current is not None and self.current.local_id == local_id:
                self.show(kind, local_id)

        self.runner.run_task(work, done, ordered=True)

    def _undoable(self, kind: str, local_id: str, role: str, path: Path, made: str) -> None:
        """The drop as one undo step (docs/ARCHITECTURE.md#undo): undo forgets the file (or puts back
        the one it replaced), redo drops it again."""
        state = {"made": made}

        def redo() -> None:
            state["made"] = self._attach(kind, local_id, role, path)

        text = (
            translate("VideoWells", "Attach video")
            if role == "video"
            else translate("VideoWells", "Attach Motion Art")
        )
        self.editors.push_done(text, redo, lambda: self.drafts.detach_file(state["made"]))

    def _attach(self, kind: str, local_id: str, role: str, path: Path) -> str:
        if role == "video":
            return attach_video_file(self.catalog, self.drafts, kind, local_id, path)
        return self.drafts.attach_motion_art(local_id, role, path)

    def _pick(self, kind: str, role: str) -> None:
        if self.current is None or self.current.kind != kind:
            return
        parent = self.editors.product_editor if kind == "product" else self.editors.track_editor
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("VideoWells", "Choose a video"),
            "",
            translate("VideoWells", "Videos (*.mp4 *.mov *.m4v)"),
        )
        if name:
            self.drop(kind, role, [Path(name)])


def install_video_wells(editors: EditorController) -> VideoWellsController:
    """The wells' controller, owned by (and deleted with) the editor controller."""
    return VideoWellsController(editors)
