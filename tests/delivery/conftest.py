"""Delivery tests run against a real sandbox with fast deliveries and real generated media."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from PIL import Image

from app.api.client import ApiClient
from app.domain.codes import gs1_check_digit
from app.domain.resources import Label, Product, Track
from app.platform.profiles import Profile, ProfileStore
from app.platform.secrets import MemorySecretStore
from app.sandbox.runner import RunningSandbox

DELIVERY_SECONDS = 1.0
_upc_counter = itertools.count(1)


def write_flac(path: Path, seconds: float, *, rate: int = 44_100, seed: int = 0) -> Path:
    """A real stereo FLAC: a tone over noise (different per seed, so masters differ by MD5)."""
    t = np.arange(int(seconds * rate)) / rate
    rng = np.random.default_rng(seed)
    left = 0.3 * np.sin(2 * np.pi * (220 + 40 * seed) * t) + 0.05 * rng.standard_normal(t.size)
    sf.write(str(path), np.stack([left, left[::-1]], axis=1), rate, subtype="PCM_16", format="FLAC")
    return path


def write_cover(path: Path, size: int = 800) -> Path:
    Image.new("RGB", (size, size), (30, 90, 160)).save(path, "JPEG", quality=85)
    return path


def valid_upc() -> str:
    body = f"84452818{next(_upc_counter):04d}"
    return body + str(gs1_check_digit(body))


@pytest.fixture
def delivery_sandbox(sandbox_factory: Callable[..., RunningSandbox]) -> RunningSandbox:
    return sandbox_factory(dialect="limbo", delivery_seconds=DELIVERY_SECONDS)


@pytest.fixture
def api(delivery_sandbox: RunningSandbox, secret_store: MemorySecretStore) -> Iterator[ApiClient]:
    """A logged-in client; its profile is saved as "default" so the CLI finds it too."""
    profile = Profile(name="default", server_url=delivery_sandbox.base_url,
                      dialect=delivery_sandbox.dialect, login=delivery_sandbox.email)
    ProfileStore().save(profile)
    client = ApiClient(profile, secret_store, backoff_base=0.01, backoff_cap=0.05, timeout=10.0)
    client.login(delivery_sandbox.password)
    yield client
    client.close()


@pytest.fixture
def make_draft(api: ApiClient, tmp_path: Path) -> Callable[..., Product]:
    """A synced draft on the sandbox: label, product with cover, tracks with real FLAC masters."""
    counter = itertools.count(1)

    def make(*, tracks: int = 2, seconds: float = 2.0, name: str = "Night Drive",
             artist: str = "Mira Lane", product_type_id: str = "1",
             release_date: str = "2027-03-05", client: ApiClient | None = None,
             **product_kw: Any) -> Product:
        api_ = client or api
        n = next(counter)
        label = api_.create(Label(name=f"Delivery Label {n}", company_id="1"))
        fields: dict[str, Any] = dict(
            name=name, upc_code=valid_upc(), copyright_line="Records Music",
            production_line="Records Music", production_year=2026, status="draft",
            artist=[artist], release_date=release_date, label_id=label.id, language_id="5",
            product_type_id=product_type_id)
        fields.update(product_kw)
        product = api_.create(Product(**fields))
        api_.upload_cover(str(product.id), write_cover(tmp_path / f"cover{n}.jpg"))
        for i in range(1, tracks + 1):
            track = api_.create(Track(
                title=f"Song {i}", track_number=i, volume_number=1,
                isrc_code=f"GBAYE26{n:02d}{i:03d}", artist=[artist], product_id=product.id,
                audio_language_id="5"))
            api_.upload_record(str(track.id),
                              write_flac(tmp_path / f"p{n}t{i}.flac", seconds, seed=n * 10 + i))
        fresh: Product = api_.get(Product, str(product.id))
        return fresh

    return make
