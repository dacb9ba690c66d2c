"""The first-run dialog: sign in to a distributor, or try the sandbox with a demo catalog.

Layout only; the session controller does the signing in on a worker and answers with
:meth:`show_error` or by closing the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

DIALECTS = (("", "Detect automatically"), ("limbo", "limbo / Beat (API v1)"),
            ("labelcamp", "Labelcamp (API v2)"))


class SignInForm(QWidget):
    """Server, login, dialect and password, with an error line under them."""

    submitted = Signal(str, str, str, str)  # server url, login, dialect ("" = detect), password

    def __init__(self, parent: QWidget | None = None, *, server: str = "", login: str = "",
                 fixed_server: bool = False) -> None:
        super().__init__(parent)
        self.server = QLineEdit(server, self)
        self.server.setObjectName("serverUrl")
        self.server.setPlaceholderText("https://api.example.com")
        self.server.setAccessibleName(self.tr("Server address"))
        self.server.setReadOnly(fixed_server)
        self.login = QLineEdit(login, self)
        self.login.setObjectName("login")
        self.login.setPlaceholderText(self.tr("you@label.com"))
        self.login.setAccessibleName(self.tr("Email or username"))
        self.dialect = QComboBox(self)
        self.dialect.setObjectName("dialect")
        self.dialect.setAccessibleName(self.tr("API dialect"))
        names = {"": self.tr("Detect automatically"), "limbo": self.tr("limbo / Beat (API v1)"),
                 "labelcamp": self.tr("Labelcamp (API v2)")}
        for key, _ in DIALECTS:
            self.dialect.addItem(names[key], key)
        self.dialect.setEnabled(not fixed_server)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c8423b;")
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Signing in"))
        self.busy.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&Email or username:"), self.login)
        form.addRow(self.tr("&API:"), self.dialect)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("Sign In"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(self.tr("Sign in"))
        self.buttons.accepted.connect(self._submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.password.returnPressed.connect(self._submit)

    def use_button(self, button: QPushButton) -> None:
        """Sign in with a button of the surrounding dialog's button row instead of our own."""
        self.buttons.hide()
        self.ok = button
        button.clicked.connect(self._submit)

    def _submit(self) -> None:
        server, login = self.server.text().strip(), self.login.text().strip()
        if not server or not login or not self.password.text():
            self.show_error(self.tr("Fill in the server address, your email or username and your "
                                    "password."))
            return
        self.set_busy(True)
        self.submitted.emit(server, login, str(self.dialect.currentData() or ""), self.password.text())

    def set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.ok.setEnabled(not on)
        if on:
            self.error.hide()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.show()
        self.password.selectAll()
        self.password.setFocus()


class FirstRunDialog(QDialog):
    sandbox_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Releasedesk"))
        self.setAccessibleName(self.tr("Welcome to Releasedesk"))
        self.setMinimumWidth(520)
        self.pages = QStackedWidget(self)
        choose = QWidget(self)
        intro = QLabel(self.tr("Releasedesk prepares your releases, checks masters and covers, and "
                               "delivers them through your distributor. How do you want to start?"), choose)
        intro.setWordWrap(True)
        self.sign_in_button = QCommandLinkButton(
            self.tr("Sign in to my distributor"),
            self.tr("Use your account on a Labelcamp or limbo/Beat server."), choose)
        self.sign_in_button.setObjectName("chooseSignIn")
        self.sign_in_button.setAccessibleName(self.tr("Sign in to my distributor"))
        self.sandbox_button = QCommandLinkButton(
            self.tr("Try the sandbox"),
            self.tr("A local practice server with a demo catalog. Nothing leaves this computer."),
            choose)
        self.sandbox_button.setObjectName("chooseSandbox")
        self.sandbox_button.setAccessibleName(self.tr("Try the sandbox"))
        self.sandbox_status = QLabel(choose)
        self.sandbox_status.setTextFormat(Qt.TextFormat.PlainText)
        self.sandbox_status.setWordWrap(True)
        self.sandbox_status.hide()
        column = QVBoxLayout(choose)
        column.addWidget(intro)
        column.addWidget(self.sign_in_button)
        column.addWidget(self.sandbox_button)
        column.addWidget(self.sandbox_status)
        column.addStretch(1)
        self.form = SignInForm(self)
        self.pages.addWidget(choose)
        self.pages.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        self.back = self.buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ResetRole)
        self.back.setAccessibleName(self.tr("Back to the choices"))
        self.back.clicked.connect(lambda: self._page(0))
        self.sign_in = self.buttons.addButton(self.tr("Sign In"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_in.setAccessibleName(self.tr("Sign in"))
        self.sign_in.setDefault(True)
        self.form.use_button(self.sign_in)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.sign_in_button.clicked.connect(lambda: self._page(1))
        self._page(0)
        self.sandbox_button.clicked.connect(self._sandbox)

    def _page(self, number: int) -> None:
        self.pages.setCurrentIndex(number)
        self.back.setVisible(number == 1)
        self.sign_in.setVisible(number == 1)
        if number == 1:
            self.form.server.setFocus()

    def _sandbox(self) -> None:
        self.sandbox_button.setEnabled(False)
        self.sign_in_button.setEnabled(False)
        self.sandbox_status.setText(self.tr("Starting the sandbox with the demo catalog…"))
        self.sandbox_status.show()
        self.sandbox_requested.emit()

    def show_sandbox_error(self, text: str) -> None:
        self.sandbox_button.setEnabled(True)
        self.sign_in_button.setEnabled(True)
        self.sandbox_status.setStyleSheet("color: #c8423b;")
        self.sandbox_status.setText(text)


class PasswordDialog(QDialog):
    """Asks for the password again when a token expired (the profile is known)."""

    def __init__(self, server: str, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in again"))
        self.setAccessibleName(self.tr("Sign in again"))
        self.form = SignInForm(self, server=server, login=login, fixed_server=True)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Your session with %1 has ended. Your changes are kept; sign in to send "
                              "them.").replace("%1", server), self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(note)
        layout.addWidget(self.form)
