"""Live-area GUI tests: the demo sandbox (both dialects) and a real threaded task runner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.services.bulk import BulkService
from app.services.delivery import DeliveryService
from app.services.live import LiveService
from app.store.live import LiveCache
from app.ui.live.controller import LiveController
from app.workers.runner import TaskRunner
from tests.live.conftest import api, live_sandbox, store  # noqa: F401 - shared fixtures


@pytest.fixture
def controller(qtbot, api, store) -> Iterator[LiveController]:  # noqa: F811
    runner = TaskRunner()
    ctl = LiveController(runner)
    ctl.set_services(LiveService(api, LiveCache(store.db)), BulkService(api), DeliveryService(api))
    yield ctl
    ctl.stop()
    runner.wait_idle(10_000)
