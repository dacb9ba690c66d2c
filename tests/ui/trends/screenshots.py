"""Screenshot of the Trends view on the demo sandbox: ``python -m tests.ui.trends.screenshots`` writes
resources/screenshots/trends.png (the whole catalog's streams by service over six months, the
pointer resting on a day)."""

from __future__ import annotations

import datetime as dt
import sys

from tests.ui.shots import begin


def main() -> int:
    home, out = begin("trends")

    from PySide6.QtCore import QLocale, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from app.api.client import ApiClient
    from app.platform.profiles import Profile
    from app.platform.secrets import MemorySecretStore
    from app.sandbox.runner import start_sandbox
    from app.services.trends import TrendsService
    from app.ui.trends.controller import TrendsController
    from app.ui.trends.view import TrendsView
    from app.workers.runner import SyncRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))  # the app's default
    with start_sandbox(data_dir=home / "sandbox", dialect="labelcamp", demo=True) as sandbox:
        profile = Profile("shots", sandbox.base_url, sandbox.dialect, sandbox.email)
        with ApiClient(profile, MemorySecretStore()) as client:
            client.login(sandbox.password)
            service = TrendsService.beside(home / "catalog.sqlite3", client, poll_interval=0.1)
            view = TrendsView(TrendsController(SyncRunner(), service))
            view.resize(1200, 560)
            view.show()
            until = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
            since = until - dt.timedelta(days=179)
            view.since.setDate(view.since.date().fromString(since.isoformat(), "yyyy-MM-dd"))
            view.until.setDate(view.until.date().fromString(until.isoformat(), "yyyy-MM-dd"))
            view.request()
            app.processEvents()
            chart = view.chart
            rect = chart.plot_rect()
            x = chart.x_of(len(chart.days) - 40, rect)
            point = QPointF(x, rect.center().y())
            QApplication.sendEvent(chart, QMouseEvent(QMouseEvent.Type.MouseMove, point, point,
                                                      Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                      Qt.KeyboardModifier.NoModifier))
            app.processEvents()
            view.grab().save(str(out / "trends.png"))
            service.close()
    print(out / "trends.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
