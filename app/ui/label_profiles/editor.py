"""The label-profile editor: name, email, description and country from the ISO 3166 list.

Layout only (docs/ARCHITECTURE.md#views-and-controllers): it shows a :class:`LabelProfile`, reports each edit,
and shows the messages the controller gives it. In "new" mode the same form collects the fields of
a label that does not exist yet and a Create button hands them over at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.countries import RESERVED_ALIASES, country_choices, country_name
from app.domain.label_profile import EDITABLE_FIELDS, LabelProfile
from app.ui.common.choices import ChoiceModel
from app.ui.common.form import FieldSpec, FormView


class LabelProfileEditor(QWidget):
    edited = Signal(str, object)  # field, value: an edit of the label shown
    typing = Signal(str, object)  # every keystroke, for checks as you type
    create_requested = Signal(dict)  # the fields of a new label
    resolve_requested = Signal(str)  # "mine" | "theirs" for every conflicting field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelProfileEditor")
        self.setAccessibleName(self.tr("Label profile"))
        self.new_mode = False
        self.countries = ChoiceModel(self.tr("Not set (the service uses RW)"), self)
        self.countries.set_choices([(code, f"{name} ({code})") for code, name in country_choices()])
        for alias, code in RESERVED_ALIASES.items():
            self.countries.ensure(alias, self.tr("%1 (%2, reserved code)")
                                  .replace("%1", country_name(code) or code).replace("%2", alias))

        self.title = QLabel(self)
        self.title.setObjectName("labelProfileTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

        self.banner = QLabel(self)
        self.banner.setObjectName("labelProfileBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # server text is never markup
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.keep_mine = QPushButton(self.tr("Keep Mine"), self)
        self.keep_mine.setObjectName("keepMine")
        self.keep_theirs = QPushButton(self.tr("Keep the Server's"), self)
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_mine.clicked.connect(lambda: self.resolve_requested.emit("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve_requested.emit("theirs"))
        resolve_row = QHBoxLayout()
        resolve_row.addWidget(self.keep_mine)
        resolve_row.addWidget(self.keep_theirs)
        resolve_row.addStretch(1)

        self.form = FormView(self)
        self.form.add_group(self.tr("Label profile"), [
            FieldSpec("name", self.tr("Name"), placeholder=self.tr("Required")),
            FieldSpec("email", self.tr("Contact email"), placeholder="contact@example.com"),
            FieldSpec("country", self.tr("Country"), kind="choice", choices=self.countries,
                      help=self.tr("ISO 3166 country of the label")),
            FieldSpec("description", self.tr("Description"), kind="multiline",
                      placeholder=self.tr("Label description or bio")),
        ])
        self.form.edited.connect(self._on_edited)
        self.form.typing.connect(self.typing)

        self.create_button = QPushButton(self.tr("Create Label"), self)
        self.create_button.setObjectName("createLabelProfile")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._on_create)
        self.create_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(resolve_row)
        layout.addWidget(self.form)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.show_conflicts(False)
        self.setEnabled(False)

    # -- what the controller calls -----------------------------------------------------------------
    def show_profile(self, profile: LabelProfile) -> None:
        self.new_mode = False
        self.setEnabled(True)
        self.create_button.hide()
        self.title.setText(profile.name or self.tr("Untitled label"))
        self.form.show_object(profile)
        self.form.set_messages({})

    def show_new(self) -> None:
        self.new_mode = True
        self.setEnabled(True)
        self.title.setText(self.tr("New label profile"))
        self.form.show_object(LabelProfile(name="", country="RW"))
        self.form.set_messages({})
        self.set_banner(None)
        self.show_conflicts(False)
        self.create_button.show()
        self.form.fields["name"].widget.setFocus()

    def clear(self) -> None:
        self.new_mode = False
        self.title.clear()
        self.form.show_object(LabelProfile(name="", country=None))
        self.form.set_messages({})
        self.set_banner(None)
        self.show_conflicts(False)
        self.create_button.hide()
        self.setEnabled(False)

    def values(self) -> dict[str, Any]:
        return {name: self.form.fields[name].value() for name in EDITABLE_FIELDS}

    def set_messages(self, messages: dict[str, str], severity: str = "error") -> None:
        self.form.set_messages({k: (severity, v) for k, v in messages.items()})

    def set_message(self, field: str, text: str | None, severity: str = "error") -> None:
        self.form.fields[field].set_message(text, severity)

    def set_banner(self, text: str | None) -> None:
        self.banner.setText(text or "")
        self.banner.setVisible(bool(text))

    def show_conflicts(self, visible: bool) -> None:
        self.keep_mine.setVisible(visible)
        self.keep_theirs.setVisible(visible)

    # -- internals ---------------------------------------------------------------------------------
    def _on_edited(self, field: str, value: Any) -> None:
        if not self.new_mode:
            self.edited.emit(field, value)

    def _on_create(self) -> None:
        self.form.commit_all()
        self.create_requested.emit(self.values())
