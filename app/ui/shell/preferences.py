"""Preferences: the UI language (follow the system, or one of the languages we ship).

A change is saved at once in the ``ui/language`` preference and applies on the next start:
retranslating every open widget live is a source of half-translated windows, and switching language
is rare. :func:`add_preferences_action` puts the dialog in the main window's Edit menu (the
application menu on macOS, through ``PreferencesRole``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.platform import i18n
from app.ui.common.buttons import ok_cancel


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings if settings is not None else i18n.settings()
        self._saved = i18n.preferred_language(self._settings)

        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        system = i18n.choose_language()
        self.language.addItem(self.tr("System default (%1)").replace("%1", i18n.LANGUAGES[system]),
                              i18n.SYSTEM)
        for code, native in i18n.LANGUAGES.items():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(max(self.language.findData(self._saved), 0))

        self.formats = QLabel(self)
        self.formats.setObjectName("formatPreview")
        self.formats.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel(self.tr("The new language applies the next time Releasedesk starts."), self)
        self.note.setObjectName("restartNote")
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Dates and numbers:"), self.formats)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self.language.currentIndexChanged.connect(self._show_formats)
        self._show_formats()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _show_formats(self) -> None:
        code = self.chosen_language()
        locale = QLocale(i18n.choose_language() if code == i18n.SYSTEM else code)
        sample = QDate.currentDate()
        self.formats.setText(f"{locale.toString(sample, QLocale.FormatType.LongFormat)}  ·  "
                             f"{locale.toString(1234567.89, 'f', 2)}")

    def accept(self) -> None:
        if self.chosen_language() != self._saved:
            i18n.save_language_preference(self.chosen_language(), self._settings)
        super().accept()


def add_preferences_action(window: QMainWindow) -> QAction:
    """A "Preferences…" action in the menu holding the window's Undo action (Edit), else a new menu."""
    action = QAction(QCoreApplication.translate("PreferencesDialog", "&Preferences…"), window)
    action.setObjectName("preferences")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: PreferencesDialog(window).exec())
    menu = _edit_menu(window)
    if menu is None:
        menu = window.menuBar().addMenu(QCoreApplication.translate("PreferencesDialog", "&Settings"))
    else:
        menu.addSeparator()
    menu.addAction(action)
    window.addAction(action)
    return action


def _edit_menu(window: QMainWindow) -> QMenu | None:
    undo = getattr(window, "act_undo", None)
    if undo is None:
        return None
    for owner in undo.associatedObjects():
        if isinstance(owner, QMenu):
            return owner
    return None
