"""Delivery GUI tests: the real sandbox, a real threaded task runner, and a recording notifier."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.services.delivery import DeliveryService
from app.ui.delivery.controller import DeliveryController
from app.workers.runner import TaskRunner
from tests.delivery.conftest import api, delivery_sandbox, make_draft  # noqa: F401 - shared fixtures


class RecordingNotifier:
    """Stands in for the desktop's notification service (the OS edge)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, bool]] = []

    def notify(self, title: str, text: str, *, error: bool = False) -> None:
        self.messages.append((title, text, error))


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def controller(qtbot, api, notifier: RecordingNotifier) -> Iterator[DeliveryController]:  # noqa: F811
    runner = TaskRunner()
    ctl = DeliveryController(DeliveryService(api), runner, notifier=notifier, poll_min=0.1,
                             poll_max=0.4)
    yield ctl
    ctl.stop()
    qtbot.waitUntil(lambda: not ctl.jobs.jobs(), timeout=10_000)
    runner.wait_idle(10_000)
