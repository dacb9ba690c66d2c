"""Helpers for the API-client tests: a logged-in client on a real sandbox, fast retries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.api.client import ApiClient
from app.platform.profiles import Profile
from app.platform.secrets import MemorySecretStore

FAST = {"backoff_base": 0.01, "backoff_cap": 0.05, "timeout": 10.0}


def profile_for(sb: Any, name: str = "default", **kw: Any) -> Profile:
    return Profile(name=name, server_url=sb.base_url, dialect=sb.dialect, login=sb.email, **kw)


@pytest.fixture
def make_client(secret_store: MemorySecretStore) -> Iterator[Callable[..., ApiClient]]:
    made: list[ApiClient] = []

    def make(sb: Any, *, login: bool = True, profile: Profile | None = None,
             **kw: Any) -> ApiClient:
        options = {**FAST, **kw}
        client = ApiClient(profile or profile_for(sb), secret_store, **options)
        made.append(client)
        if login:
            client.login(sb.password)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture(params=["limbo", "labelcamp"])
def any_sandbox(request: pytest.FixtureRequest, sandbox_factory: Callable[..., Any]) -> Any:
    """A fresh sandbox of each dialect."""
    return sandbox_factory(dialect=request.param)


@pytest.fixture
def client(any_sandbox: Any, make_client: Callable[..., ApiClient]) -> ApiClient:
    return make_client(any_sandbox)


def write_flac(path: Any, seconds: float = 1.0, rate: int = 44_100, subtype: str = "PCM_16") -> Any:
    """A real stereo FLAC (a quiet tone plus noise, so it does not compress to nothing)."""
    import numpy as np
    import soundfile as sf

    t = np.arange(int(seconds * rate)) / rate
    rng = np.random.default_rng(7)
    left = 0.3 * np.sin(2 * np.pi * 440 * t) + 0.05 * rng.standard_normal(t.size)
    sf.write(str(path), np.stack([left, left[::-1]], axis=1), rate, subtype=subtype, format="FLAC")
    return path


def write_wav(path: Any, seconds: float = 6.0, rate: int = 48_000) -> Any:
    import numpy as np
    import soundfile as sf

    rng = np.random.default_rng(11)
    sf.write(str(path), 0.2 * rng.standard_normal((int(seconds * rate), 2)), rate, subtype="PCM_16",
             format="WAV")
    return path


def write_jpeg(path: Any, size: int = 1400) -> Any:
    from PIL import Image

    Image.new("RGB", (size, size), (200, 30, 90)).save(path, "JPEG", quality=90)
    return path
