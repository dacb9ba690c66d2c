"""The shell installs the Trends view with its session: a hidden dock, a View-menu action, and
offline reading of the profile's trends cache (nothing fetched yet: one sentence, no traceback)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDockWidget

from app.ui.trends.view import TrendsView


def test_trends_dock_and_action_are_installed(main_window: Any) -> None:
    window, controller = main_window
    area = controller.trends
    assert area is not None and isinstance(area.view, TrendsView)
    dock = area.dock
    assert isinstance(dock, QDockWidget) and dock.widget() is area.view and not dock.isVisible()
    assert area.act_product in window.view_menu.actions()
    assert dock.toggleViewAction() in window.view_menu.actions()
    labels = area.view.choices.get("label", [])
    assert all(server_id for server_id, _ in labels)
    area.show_product()  # nothing selected: the dock opens and the status bar says what to do
    assert dock.isVisible()
    assert "Select a product" in window.statusBar().currentMessage()
    area.view.request()  # no client: the cache answers, and it has nothing yet
    assert "no trends of this scope were fetched before" in area.view.status.text()
