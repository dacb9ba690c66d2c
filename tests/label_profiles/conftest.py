"""Fixtures for the label-profiles area: a real sandbox on 127.0.0.1 and a clock tests can move."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from app.api.label_profiles import LabelProfilesClient, connection
from app.platform.secrets import MemorySecretStore
from app.sandbox.label_profiles import RunningLabelProfilesSandbox, start_label_profiles_sandbox


class FakeClock:
    """Wall-clock time that only moves when a test says so (the one OS edge faked here)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def label_profiles_sandbox() -> Iterator[RunningLabelProfilesSandbox]:
    """A fresh, empty label-profiles sandbox, stopped after the test."""
    sandbox = start_label_profiles_sandbox()
    try:
        yield sandbox
    finally:
        sandbox.stop()


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def clocked_label_profiles_sandbox(fake_clock: FakeClock) -> Iterator[RunningLabelProfilesSandbox]:
    """A sandbox whose token expiry and timestamps follow ``fake_clock`` (token TTL 60 s)."""
    sandbox = start_label_profiles_sandbox(token_ttl=60, clock=fake_clock)
    try:
        yield sandbox
    finally:
        sandbox.stop()


@pytest.fixture
def label_profiles_client(label_profiles_sandbox: RunningLabelProfilesSandbox,
                          secret_store: MemorySecretStore) -> Iterator[LabelProfilesClient]:
    """A client on the sandbox with its token pasted in, and retries that do not sleep."""
    client = LabelProfilesClient(connection("sandbox", label_profiles_sandbox.base_url), secret_store,
                                 backoff_base=0.01, backoff_cap=0.02, timeout=5)
    client.set_token(label_profiles_sandbox.token)
    try:
        yield client
    finally:
        client.close()
