"""Screenshot of label-profile connections in the catalog tree, on a live label-profiles sandbox:
``python -m tests.ui.screenshots_label_profiles`` writes resources/screenshots/catalog-label-profiles.png.
"""

from __future__ import annotations

import sys

from tests.ui.shots import begin, wait_until


def main() -> int:
    home, out = begin("lp")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.api.label_profiles import LabelProfilesClient, connection, connection_store
    from app.platform import secrets as platform_secrets
    from app.platform.secrets import MemorySecretStore
    from app.sandbox.label_profiles import start_label_profiles_sandbox
    from app.services.session import Session
    from app.store import open_catalog
    from app.ui.catalog.columns import COL_SYNC, COL_TITLE
    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow
    from app.workers.runner import TaskRunner
    from tests.ui.conftest import seed

    secrets = MemorySecretStore()
    platform_secrets.default_secret_store = lambda: secrets  # type: ignore[assignment]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    sandbox = start_label_profiles_sandbox(demo=True)
    connection_store().save(connection("label-service", sandbox.base_url))
    LabelProfilesClient(connection("label-service", sandbox.base_url), secrets).set_token(sandbox.token)
    store = open_catalog(home / "catalog.sqlite3")
    seed(store, products=4, tracks=3)

    window = MainWindow()
    window.resize(1280, 780)
    controller = MainController(window, TaskRunner(), QSettings(str(home / "ui.ini"),
                                                                QSettings.Format.IniFormat))
    window.show()
    controller.attach(Session("demo", store))
    lp = controller.label_profiles
    model = controller.catalog.model
    wait_until(app, lambda: model.find("lp_connection", "label-service").isValid()
          and model.rowCount(model.find("lp_connection", "label-service")) >= 3)
    parent = model.find("lp_connection", "label-service")
    window.catalog.tree.expand(parent)
    sonic = next(r for r in range(model.rowCount(parent))
                 if "Sonic" in str(model.index(r, COL_TITLE, parent).data()))
    window.catalog.tree.setCurrentIndex(model.index(sonic, COL_TITLE, parent))
    editor = lp.connections["label-service"].host.editor
    wait_until(app, lambda: window.editors.currentWidget() is editor and bool(editor.title.text()))
    # one local change, so a "pending sync" badge shows beside the synced ones
    editor.form.fields["description"].widget.setPlainText(  # type: ignore[attr-defined]
        "Independent electronic music label from Kigali and Lisbon.")
    editor.form.fields["description"].commit()
    wait_until(app, lambda: "pending sync" in [model.index(r, COL_SYNC, parent).data()
                                          for r in range(model.rowCount(parent))])
    window.grab().save(str(out / "catalog-label-profiles.png"))
    controller.shutdown()
    sandbox.stop()
    print(out / "catalog-label-profiles.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
