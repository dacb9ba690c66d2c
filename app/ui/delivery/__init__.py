"""The delivery area of the GUI: dashboard, deliver dialog, readiness checklist, editors."""

from app.ui.delivery import _qtcompat  # noqa: F401 - PySide6 6.12 emit() reference fix, see there
