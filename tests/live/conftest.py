"""After-delivery tests: a demo sandbox with quick deliveries, a signed-in "default" profile (the CLI
finds it), and the profile's catalog file refreshed from the server."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from app.api.client import ApiClient
from app.platform.profiles import Profile, ProfileStore
from app.platform.secrets import MemorySecretStore
from app.sandbox.runner import RunningSandbox
from app.services.session import open_store
from app.store.catalog_store import CatalogStore

DELIVERY_SECONDS = 0.4


@pytest.fixture(params=["limbo", "labelcamp"])
def live_sandbox(request: pytest.FixtureRequest,
                 sandbox_factory: Callable[..., RunningSandbox]) -> RunningSandbox:
    return sandbox_factory(dialect=request.param, demo=True, delivery_seconds=DELIVERY_SECONDS)


@pytest.fixture
def api(live_sandbox: RunningSandbox, secret_store: MemorySecretStore) -> Iterator[ApiClient]:
    profile = Profile(name="default", server_url=live_sandbox.base_url, dialect=live_sandbox.dialect,
                      login=live_sandbox.email)
    ProfileStore().save(profile)
    client = ApiClient(profile, secret_store, backoff_base=0.01, backoff_cap=0.05, timeout=10.0)
    client.login(live_sandbox.password)
    yield client
    client.close()


@pytest.fixture
def store(api: ApiClient) -> Iterator[CatalogStore]:
    from app.sync.refresh import refresh_catalog

    opened = open_store("default")
    refresh_catalog(opened.catalog, api)
    yield opened
    opened.close()
