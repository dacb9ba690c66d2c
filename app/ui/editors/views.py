"""The product editor and the track editor: layout only.

Each editor is a header (what is being edited and its state), a banner for server rejections and
conflicts, a form of the resource's attributes, the contributor list, and a well (cover / master
audio). Controllers fill them and listen to their signals (``edited``, ``typing``,
``credits_requested``, the well's ``files_dropped``/``pick_requested``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.choices import ChoiceModel
from app.ui.common.form import FieldSpec, FormView
from app.ui.editors.contributors import COL_NAME, COL_ROLE, ContributorsModel
from app.ui.editors.video_wells import MotionArtWell, VideoWell
from app.ui.editors.wells import AudioWell, CoverWell


class _RoleDelegate(QStyledItemDelegate):
    """A combo box of roles for the role column."""

    def __init__(self, roles: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles = roles

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() != COL_ROLE:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Role"))
        for key, name in self.roles:
            combo.addItem(name, key)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            row = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(row, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ContributorsView(QFrame):
    """The (role, name) table with Add (per role) and Remove."""

    def __init__(self, model: ContributorsModel, roles: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = QLabel(self.tr("Contributors"), self)
        self.title.setStyleSheet("font-weight: 600;")
        self.table = QTableView(self)
        self.table.setObjectName("contributors")
        self.table.setAccessibleName(self.tr("Contributors"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setCornerButtonEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_ROLE,
                                                           QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(130)
        self.delegate = _RoleDelegate(roles, self.table)
        self.table.setItemDelegate(self.delegate)
        self.message = QLabel(self)
        self.message.setObjectName("message_artist")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.add = QToolButton(self)
        self.add.setText(self.tr("Add"))
        self.add.setAccessibleName(self.tr("Add a contributor"))
        self.add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add)
        self.add.setMenu(self.add_menu)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove the selected contributors"))
        self.remove.clicked.connect(self._remove_selected)
        self.set_roles(roles)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.message)

    def set_roles(self, roles: list[tuple[str, str]]) -> None:
        self.delegate.roles = roles
        self.add_menu.clear()
        for key, name in roles:
            action = self.add_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, k=key: self.add_role(k))

    def add_role(self, key: str) -> None:
        index = self.model.add_blank(key)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        if rows:
            self.model.request_remove(rows)

    def set_message(self, text: str | None, style: str = "color: #b07d10;") -> None:
        if text:
            self.message.setText(text)
            self.message.setStyleSheet(style)
            self.message.show()
        else:
            self.message.hide()


class Banner(QFrame):
    """A strip above the form for what the server said: rejected, conflict."""

    action = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.text = QLabel(self)
        self.text.setObjectName("bannerText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setAccessibleName(self.tr("Act on this message"))
        self.button.clicked.connect(self.action)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_message(self, text: str, button: str = "", *, level: str = "error") -> None:
        colour = {"error": "#fbe9e7", "conflict": "#f3e5f5", "info": "#e8f1fb"}.get(level, "#fbe9e7")
        self.setStyleSheet(f"QFrame#banner {{ background: {colour}; border-radius: 4px; }}"
                           "QLabel { color: #222; }")
        self.text.setText(text)
        self.button.setVisible(bool(button))
        self.button.setText(button)
        if button:
            self.button.setAccessibleName(button)
        self.show()


class _EditorBase(QWidget):
    edited = Signal(str, object)
    typing = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.state = QLabel(self)
        self.state.setObjectName("state")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.banner = Banner(self)
        self.form = FormView(self)
        self.form.edited.connect(self.edited)
        self.form.typing.connect(self.typing)
        self.contributors_model = ContributorsModel(self)
        self.tabs: QTabWidget | None = None  # made by add_tab, when a feature adds a tab

    def _assemble(self, side: QWidget, contributors: ContributorsView) -> None:
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(side)
        right.addWidget(contributors, 1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        self._details = scroll

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Add a feature's tab (e.g. Credits) beside the editor's fields, which become "Details"."""
        if self.tabs is None:
            self.tabs = QTabWidget(self)
            self.tabs.setObjectName("editorTabs")
            self.tabs.setDocumentMode(True)
            outer = self.layout()
            assert outer is not None  # _assemble made it
            outer.replaceWidget(self._details, self.tabs)
            self.tabs.addTab(self._details, self.tr("Details"))
        self.tabs.addTab(widget, title)

    def show_object(self, obj: Any, heading: str, state: str) -> None:
        self.heading.setText(heading)
        self.state.setText(state)
        self.form.show_object(obj)

    def commit_all(self) -> None:
        self.form.commit_all()


def _stacked(parent: QWidget, *wells: QWidget) -> QWidget:
    """The wells of an editor's side column, one under the other."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for well in wells:
        layout.addWidget(well)
    return box


class ProductEditor(_EditorBase):
    """Every attribute of the products resource, the credits and the cover well."""

    def __init__(self, roles: list[tuple[str, str]], languages: ChoiceModel, product_types: ChoiceModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productEditor")
        self.setAccessibleName(self.tr("Product editor"))
        f = self.form
        f.add_group(self.tr("Release"), [
            FieldSpec("name", self.tr("Title"), placeholder=self.tr("Release title")),
            FieldSpec("subtitle", self.tr("Subtitle"), placeholder=self.tr("e.g. Deluxe Edition")),
            FieldSpec("product_type_id", self.tr("Type"), "choice", choices=product_types),
            FieldSpec("language_id", self.tr("Metadata language"), "choice", choices=languages),
            FieldSpec("is_compilation", self.tr("Compilation (various artists)"), "bool"),
            FieldSpec("tags", self.tr("Tags"), "tags",
                      placeholder=self.tr("e.g. summer, catalog (separated by commas)"),
                      help=self.tr("Tags organise products; search the catalog with tag:NAME.")),
        ])
        f.add_group(self.tr("Codes and dates"), [
            FieldSpec("upc_code", self.tr("UPC / EAN"), placeholder=self.tr("12 or 13 digits"),
                      help=self.tr("The barcode; its last digit is a GS1 check digit.")),
            FieldSpec("release_date", self.tr("Release date"), "date", placeholder="YYYY-MM-DD"),
            FieldSpec("original_release_date", self.tr("Original release"), "date",
                      placeholder=self.tr("YYYY-MM-DD (reissues only)")),
            FieldSpec("label_internal_reference", self.tr("Catalog number"),
                      placeholder=self.tr("Your label's own reference")),
        ])
        f.add_group(self.tr("Rights lines"), [
            FieldSpec("copyright_line", self.tr("© line"),
                      placeholder=self.tr("e.g. 2025 Night Owl Records")),
            FieldSpec("production_line", self.tr("℗ line"),
                      placeholder=self.tr("e.g. 2025 Night Owl Records")),
            FieldSpec("production_year", self.tr("Production year"), "int", minimum=1900, maximum=2100),
            FieldSpec("mastered_by", self.tr("Mastered by")),
        ])
        self.cover = CoverWell(self)
        self.cover.setObjectName("coverWell")
        self.video = VideoWell(self)
        self.video.setObjectName("productVideoWell")
        self.video.hide()  # shown for a Video product (or one that has its own video)
        self.motion_mobile = MotionArtWell("apple_motion_art_mobile", self)
        self.motion_mobile.setObjectName("motionArtMobileWell")
        self.motion_desktop = MotionArtWell("apple_motion_art_desktop", self)
        self.motion_desktop.setObjectName("motionArtDesktopWell")
        self.contributors = ContributorsView(self.contributors_model, roles, self)
        self._assemble(_stacked(self, self.cover, self.video, self.motion_mobile, self.motion_desktop),
                       self.contributors)


class TrackEditor(_EditorBase):
    """The tracks resource's attributes, credits and the master audio well."""

    def __init__(self, roles: list[tuple[str, str]], languages: ChoiceModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackEditor")
        self.setAccessibleName(self.tr("Track editor"))
        f = self.form
        f.add_group(self.tr("Track"), [
            FieldSpec("title", self.tr("Title")),
            FieldSpec("subtitle", self.tr("Subtitle"), placeholder=self.tr("e.g. Radio Edit")),
            FieldSpec("track_number", self.tr("Track number"), "int", minimum=1, maximum=999),
            FieldSpec("volume_number", self.tr("Disc number"), "int", minimum=1, maximum=99),
            FieldSpec("isrc_code", self.tr("ISRC"), placeholder=self.tr("e.g. GBAYE2500001"),
                      help=self.tr("12 characters: country, registrant, year, number.")),
            FieldSpec("audio_language_id", self.tr("Audio language"), "choice", choices=languages),
        ])
        f.add_group(self.tr("Content"), [
            FieldSpec("explicit_content", self.tr("Explicit lyrics"), "bool"),
            FieldSpec("clean", self.tr("Clean version of an explicit track"), "bool"),
            FieldSpec("preview_start", self.tr("Preview starts at (s)"), "int", minimum=0, maximum=3600),
            FieldSpec("lyrics", self.tr("Lyrics"), "multiline"),
        ])
        self.audio = AudioWell(self)
        self.audio.setObjectName("audioWell")
        self.video = VideoWell(self)
        self.video.setObjectName("trackVideoWell")
        self.contributors = ContributorsView(self.contributors_model, roles, self)
        self._assemble(_stacked(self, self.audio, self.video), self.contributors)


class LabelEditor(_EditorBase):
    """A label's name and description (its products are listed under it in the catalog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelEditor")
        self.setAccessibleName(self.tr("Label editor"))
        self.form.add_group(self.tr("Label"), [
            FieldSpec("name", self.tr("Name")),
            FieldSpec("description", self.tr("Description"), "multiline",
                      placeholder=self.tr("What the label releases, for your distributor")),
        ])
        note = QLabel(self.tr("The label's products are listed under it in the catalog. Select the "
                              "label and choose New Product (Ctrl+N) to add one."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        note.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.link_button = QPushButton(self.tr("Link to Label Profile…"), self)
        self.link_button.setObjectName("linkLabelProfile")
        self.link_button.setAccessibleName(self.tr("Link to a label profile"))
        self.link_button.setToolTip(self.tr("Choose this label's profile on a label-profile service; "
                                            "its description fills the label's description"))
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(note)
        side_layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addStretch(1)
        self.side_layout = side_layout  # features add their boxes above the stretch
        self.contributors = ContributorsView(self.contributors_model, [], self)
        self.contributors.hide()  # labels carry no credits; kept so the controller treats editors alike
        self._assemble(side, self.contributors)
