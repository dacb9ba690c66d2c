"""The delivery dashboard names task statuses in the UI language: its table, status filter and summary
all call ``status_text`` (the summary used the dashboard's own context and stayed English)."""

from __future__ import annotations


def test_dashboard_summary_and_filter_name_statuses_in_french(clean_translation, qtbot):
    from app.platform import i18n
    from app.ui.delivery.models import status_text

    i18n.install_translation(clean_translation, "fr")
    assert status_text("completed") == "terminée"
    assert status_text("procesing") != "processing"  # the API's spelling, shown translated
    assert status_text("held-by-a-new-server") == "held-by-a-new-server"  # unknown: the server's word
