"""A form of fields bound to one domain object's attributes, with a message line under each field.

Layout only: a field reports ``edited(field, value)`` when the user changed it (text fields after a
short pause in typing or on leaving the field, so undo steps are words, not keystrokes) and shows
whatever :meth:`FormView.show_value` gives it. What an edit means (a command, a store write, a
validation) is the controller's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

_TYPING_PAUSE_MS = 600

MESSAGE_STYLE = {
    "error": "color: #c8423b;",
    "warning": "color: #b07d10;",
    "server": "color: #c8423b; font-weight: 600;",
}


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the domain attribute, e.g. "upc_code"
    label: str  # already translated
    kind: str = "text"  # text | int | bool | date | choice | multiline | tags (comma-separated names)
    placeholder: str = ""
    minimum: int = 0
    maximum: int = 9999
    choices: QAbstractItemModel | None = None
    help: str = ""


class Field(QObject):
    """One editable attribute: its widget, its message label, conversions both ways."""

    edited = Signal(str, object)
    typing = Signal(str, object)  # every keystroke, for inline validation as you type

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.shown: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        self.widget = self._make_widget(spec, parent)
        self.widget.setObjectName(f"field_{spec.name}")
        self.widget.setAccessibleName(spec.label)
        if spec.help:
            self.widget.setToolTip(spec.help)
            self.widget.setAccessibleDescription(spec.help)
        self.message = QLabel(parent)
        self.message.setObjectName(f"message_{spec.name}")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # server text is never markup
        self.message.setWordWrap(True)
        self.message.setAccessibleName(spec.label)
        self.message.hide()

    def _make_widget(self, spec: FieldSpec, parent: QWidget) -> QWidget:
        if spec.kind == "int":
            spin = QSpinBox(parent)
            spin.setRange(spec.minimum - 1, spec.maximum)
            spin.setSpecialValueText(" ")  # the value below the minimum means "not set"
            spin.setValue(spec.minimum - 1)
            spin.valueChanged.connect(lambda _v: self._timer.start())
            spin.editingFinished.connect(self.commit)
            return spin
        if spec.kind == "bool":
            box = QCheckBox(spec.label, parent)
            box.toggled.connect(lambda _v: self.commit())
            return box
        if spec.kind == "choice":
            combo = QComboBox(parent)
            if spec.choices is not None:
                combo.setModel(spec.choices)
            combo.activated.connect(lambda _i: self.commit())
            return combo
        if spec.kind == "multiline":
            text = QPlainTextEdit(parent)
            text.setPlaceholderText(spec.placeholder)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(90)
            text.textChanged.connect(self._on_typing)
            text.installEventFilter(self)
            return text
        line = QLineEdit(parent)
        line.setPlaceholderText(spec.placeholder)
        line.setClearButtonEnabled(True)
        line.textEdited.connect(self._on_typing)
        line.editingFinished.connect(self.commit)
        return line

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def _on_typing(self, *_args: Any) -> None:
        if isinstance(self.widget, QPlainTextEdit) and self.widget.signalsBlocked():
            return
        self.typing.emit(self.spec.name, self.value())
        self._timer.start()

    # -- value conversions ---------------------------------------------------------------------
    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QSpinBox):
            return None if w.value() < self.spec.minimum else w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData(Qt.ItemDataRole.UserRole + 1)
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText() or None
        assert isinstance(w, QLineEdit)
        text = w.text().strip()
        if self.spec.kind == "tags":
            names: list[str] = []
            for part in text.split(","):
                name = " ".join(part.split())
                if name and name.lower() not in {n.lower() for n in names}:
                    names.append(name)
            return names
        return text or None

    def show_value(self, value: Any) -> None:
        """Display ``value`` without reporting an edit."""
        self._timer.stop()
        self.shown = value
        w = self.widget
        w.blockSignals(True)
        try:
            if isinstance(w, QSpinBox):
                w.setValue(int(value) if value not in (None, "") else self.spec.minimum - 1)
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QComboBox):
                model = w.model()
                row = model.row_of(value) if hasattr(model, "row_of") else -1
                if row < 0 and value not in (None, ""):
                    row = model.ensure(str(value), str(value)) if hasattr(model, "ensure") else 0
                w.setCurrentIndex(max(row, 0))
            elif isinstance(w, QPlainTextEdit):
                if w.toPlainText() != (value or ""):
                    w.setPlainText(str(value or ""))
            elif isinstance(w, QLineEdit):
                if self.spec.kind == "tags":
                    value = list(value) if isinstance(value, list) else []
                    self.shown = value
                text = ", ".join(value) if self.spec.kind == "tags" else "" if value is None else str(value)
                if self.spec.kind == "date" and len(text) > 10 and text[4:5] == "-":
                    text = text[:10]
                if w.text() != text:
                    w.setText(text)
        finally:
            w.blockSignals(False)

    def commit(self) -> None:
        self._timer.stop()
        value = self.value()
        shown = self.shown
        if self.spec.kind == "date" and isinstance(shown, str) and len(shown) > 10:
            shown = shown[:10]
        if self.spec.kind == "bool" and bool(value) == bool(shown):
            return  # "not set" and "no" look the same in a check box; only a click changes it
        if self.spec.kind == "tags" and value == (shown or []):
            return
        if value != shown and not (value in (None, "") and shown in (None, "")):
            self.shown = value
            self.edited.emit(self.spec.name, value)

    def set_message(self, text: str | None, severity: str = "error") -> None:
        if not text:
            self.message.clear()
            self.message.hide()
            self.widget.setProperty("problem", "")
            return
        self.message.setText(text)
        self.message.setStyleSheet(MESSAGE_STYLE.get(severity, MESSAGE_STYLE["error"]))
        self.message.show()
        self.widget.setAccessibleDescription(text)


class FormView(QWidget):
    """Group boxes of fields; :attr:`fields` maps attribute names to :class:`Field`."""

    edited = Signal(str, object)
    typing = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def add_group(self, title: str, specs: list[FieldSpec]) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for spec in specs:
            field = Field(spec, box)
            self.fields[spec.name] = field
            field.edited.connect(self.edited)
            field.typing.connect(self.typing)
            holder = QWidget(box)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field.widget)
            column.addWidget(field.message)
            if spec.kind == "bool":  # the whole row: a check box's text has no label column beside it
                form.addRow(holder)
            else:
                label = QLabel(spec.label, box)
                label.setMinimumWidth(120)  # the groups' fields line up under each other
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setBuddy(field.widget)
                form.addRow(label, holder)
        self._layout.addWidget(box)
        return box

    def show_object(self, obj: Any) -> None:
        for name, field in self.fields.items():
            field.show_value(getattr(obj, name, None))

    def show_value(self, name: str, value: Any) -> None:
        field = self.fields.get(name)
        if field is not None:
            field.show_value(value)

    def commit_all(self) -> None:
        for field in self.fields.values():
            field.commit()

    def set_messages(self, messages: dict[str, tuple[str, str]]) -> None:
        """``messages``: field → (severity, text); fields not named are cleared."""
        for name, field in self.fields.items():
            severity, text = messages.get(name, ("", ""))
            field.set_message(text or None, severity or "error")
