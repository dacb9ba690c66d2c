"""Secret stores and connection profiles (app/platform): no keychain, no network."""

from __future__ import annotations

import stat

import keyring
import keyring.backends.fail
import pytest

from app.platform import secrets as platform_secrets
from app.platform.profiles import Profile, ProfileNotFound, ProfileStore
from app.platform.secrets import (
    FileSecretStore,
    KeyringSecretStore,
    MemorySecretStore,
    NoKeyring,
)


@pytest.fixture
def no_keyring_backend():
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_memory_store_sets_gets_and_deletes():
    store = MemorySecretStore()
    store.set("svc", "k", "v")
    assert store.get("svc", "k") == "v"
    store.delete("svc", "k")
    store.delete("svc", "k")  # deleting twice is fine
    assert store.get("svc", "k") is None
    store.set("svc", "k", "secret-value")
    assert "secret-value" not in repr(store)


def test_keyring_store_without_backend_raises_typed_one_line_error(no_keyring_backend):
    with pytest.raises(NoKeyring) as info:
        KeyringSecretStore().get("svc", "k")
    assert "\n" not in str(info.value) and "keyring" in str(info.value)


def test_default_store_falls_back_to_memory_with_one_notice(no_keyring_backend, monkeypatch, capsys):
    monkeypatch.setattr(platform_secrets, "_fallback", None)
    assert platform_secrets.keyring_works() is False
    first = platform_secrets.detect_secret_store()
    second = platform_secrets.detect_secret_store()
    assert isinstance(first, MemorySecretStore) and first is second
    assert first.notice is not None and first.notice.code == "secrets.memory_only"
    err = capsys.readouterr().err
    assert err.count("No system keyring") == 1 and err.count("\n") == 1
    assert "--store-token-in-file" not in err  # the flag is the command line's to name


def test_file_store_is_private_and_persistent(tmp_path):
    path = tmp_path / "conf" / "secrets.json"
    FileSecretStore(path).set("svc", "profile:token", "t0k3n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert FileSecretStore(path).get("svc", "profile:token") == "t0k3n"
    FileSecretStore(path).delete("svc", "profile:token")
    assert FileSecretStore(path).get("svc", "profile:token") is None


def test_profiles_round_trip_without_secrets(tmp_path):
    store = ProfileStore(tmp_path / "profiles.json")
    profile = Profile("work", "https://api.idol.io", "labelcamp", "me", remember_password=True)
    store.save(profile)
    store.save(Profile("default", "http://127.0.0.1:8700", "limbo", "demo@example.com"))
    assert store.load("work") == profile
    assert store.names() == ["default", "work"]
    assert profile.api_url == "https://api.idol.io/api/v2"
    assert store.load("default").token_url == "http://127.0.0.1:8700/oauth/token"
    text = (tmp_path / "profiles.json").read_text()
    assert "password\"" not in text.replace("remember_password", "")
    store.delete("work")
    assert store.names() == ["default"]


def test_missing_profile_says_how_to_create_it(tmp_path):
    from app.cli import error_line

    with pytest.raises(ProfileNotFound, match="no connection profile named 'x'") as caught:
        ProfileStore(tmp_path / "p.json").load("x")
    # the core sentence names no command; the command line adds the one to run
    assert "releasedesk" not in caught.value.message
    assert error_line(caught.value).endswith("(releasedesk login --server URL --email EMAIL --profile x)")


def test_profile_store_defaults_to_the_config_dir(releasedesk_home):
    ProfileStore().save(Profile("default", "https://h", "limbo", "a@b.c"))
    assert (releasedesk_home / "config" / "profiles.json").exists()
