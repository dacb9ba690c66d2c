"""The delivery area of the GUI: dashboard, deliver dialog, readiness checklist, editors."""

