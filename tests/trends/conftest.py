"""Trends tests run over real HTTP against a demo sandbox; the client's profile is saved as "default"
so the CLI finds it too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest

from app.api.client import ApiClient
from app.platform.profiles import Profile, ProfileStore
from app.platform.secrets import MemorySecretStore
from app.sandbox.runner import RunningSandbox


def yesterday() -> dt.date:
    return dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)


@pytest.fixture
def trends_sandbox(sandbox_factory: Callable[..., RunningSandbox]) -> RunningSandbox:
    return sandbox_factory(dialect="labelcamp", demo=True, delivery_seconds=0.5)


@pytest.fixture
def client(trends_sandbox: RunningSandbox, secret_store: MemorySecretStore) -> Iterator[ApiClient]:
    profile = Profile(name="default", server_url=trends_sandbox.base_url, dialect=trends_sandbox.dialect,
                      login=trends_sandbox.email)
    ProfileStore().save(profile)
    api = ApiClient(profile, secret_store, backoff_base=0.01, backoff_cap=0.05, timeout=20.0, retries=1,
                    connect_retries=0)
    api.login(trends_sandbox.password)
    yield api
    api.close()
