"""Sync test helpers: a logged-in client on the real sandbox, a real store file, server counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.api.client import ApiClient
from app.domain.resources import Label, Product, Record, Track
from app.platform.profiles import Profile
from app.platform.secrets import MemorySecretStore
from app.services.importer import ImportService
from app.store import CatalogStore, open_catalog
from tests.sync.release import simple_release


def make_client(sb: Any, name: str = "default") -> ApiClient:
    """A client with short backoffs so waits stay quick in tests (the policy is the real one)."""
    profile = Profile(name, sb.base_url, sb.dialect, sb.email)
    client = ApiClient(profile, MemorySecretStore(), backoff_base=0.02, backoff_cap=0.1, retries=4)
    client.login(sb.password)
    return client


def server_counts(client: ApiClient) -> dict[str, int]:
    return {
        "labels": sum(1 for _ in client.list(Label)),
        "products": sum(1 for _ in client.list(Product)),
        "tracks": sum(1 for _ in client.list(Track)),
        "records": sum(1 for _ in client.list(Record)),
    }


@pytest.fixture
def client(sandbox: Any) -> Iterator[ApiClient]:
    c = make_client(sandbox)
    yield c
    c.close()


@pytest.fixture
def checker(sandbox: Any) -> Iterator[ApiClient]:
    """A second client for looking at the server (and for playing the other user in conflicts)."""
    c = make_client(sandbox, "checker")
    yield c
    c.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CatalogStore]:
    s = open_catalog(tmp_path / "catalog.sqlite3")
    yield s
    s.close()


def import_release(store: CatalogStore, folder: Path, label_local: str, *, serial: int = 1,
                   tracks: int = 3, **overrides: Any) -> str:
    simple_release(folder, tracks, serial=serial, seconds=0.3)
    fields = {"production_line": "2026 Night Shift Records", **overrides}
    result = ImportService(store.catalog, store.drafts).import_folder(folder, label_local, language_id="5",
                                                product_type_id="1", overrides=fields, qc=False)
    return result.product_local_id
