"""Adding a label-profile connection: a name, the service's address and the access token to paste."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import UserError
from app.platform.messages import render_error
from app.platform.profiles import Profile
from app.platform.secrets import SecretStore
from app.services.label_profiles import connect
from app.ui.common.buttons import ok_cancel


class ConnectLabelProfilesDialog(QDialog):
    """Checks everything locally (address, token shape and expiry) before saving; sends nothing."""

    def __init__(self, secrets: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectLabelProfiles")
        self.setWindowTitle(self.tr("Connect to a Label-Profile Service"))
        self.secrets = secrets
        self.saved: Profile | None = None
        self.name = QLineEdit("label-profiles", self)
        self.name.setAccessibleName(self.tr("Connection name"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://labels.example.com")
        self.url.setAccessibleName(self.tr("Server address"))
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Access token"))
        self.error = QLabel(self)
        self.error.setObjectName("connectError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c8423b;")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Access token"), self.token)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        name = self.name.text().strip()
        url = self.url.text().strip()
        try:
            if not name:
                raise UserError(self.tr("Give the connection a name."))
            profile = connect(name, url, self.token.text(), self.secrets)
        except UserError as exc:
            self.error.setText(render_error(exc))
            return
        self.saved = profile
        super().accept()
