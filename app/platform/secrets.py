"""Where tokens (and, on request, passwords) live: the OS keyring, behind a tiny interface.

``default_secret_store()`` returns the keyring when a backend works. On a headless Linux without a
Secret Service, keyring raises ``NoKeyringError``: then we say so in one line and keep secrets in
memory for this run. A file is used only when the user explicitly asks for it (``FileSecretStore``,
mode 0600). Tests swap in :class:`MemorySecretStore` (tests/fixtures/secrets.py) so no test ever
touches a real keychain.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Protocol

from app.domain.errors import UserError
from app.domain.messages import Message, msg

SERVICE = "Releasedesk"

log = logging.getLogger(__name__)

# Said once per process when the keyring is missing; the CLI adds the flag that keeps a token in a file.
NO_KEYRING_NOTICE: Message = msg("secrets.memory_only")


def _print_notice(notice: Message) -> None:
    from app.platform.messages import cli_language, render

    print(f"releasedesk: {render(notice, cli_language())}", file=sys.stderr)


def _announce(notice: Message) -> None:
    """How the notice reaches the user: a line on stderr, or the printer the command line registered
    (:data:`app.platform.notices.printers`), which names the flag to use."""
    from app.platform.notices import printers

    (printers[-1] if printers else _print_notice)(notice)


class NoKeyring(UserError):
    """No keyring backend works on this system."""

    def __init__(self, message: Message | None = None) -> None:
        super().__init__(message or msg("secrets.no_keyring"))


class SecretStore(Protocol):
    def get(self, service: str, key: str) -> str | None: ...

    def set(self, service: str, key: str, value: str) -> None: ...

    def delete(self, service: str, key: str) -> None: ...


class MemorySecretStore:
    """Secrets for this process only (tests, and the headless fallback)."""

    def __init__(self, notice: Message | None = None) -> None:
        self.notice = notice  # why we fell back to memory, for the GUI to show
        self._data: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get(self, service: str, key: str) -> str | None:
        with self._lock:
            return self._data.get((service, key))

    def set(self, service: str, key: str, value: str) -> None:
        with self._lock:
            self._data[(service, key)] = value

    def delete(self, service: str, key: str) -> None:
        with self._lock:
            self._data.pop((service, key), None)

    def __repr__(self) -> str:  # never show the secrets themselves
        return f"MemorySecretStore({len(self._data)} entries)"


class KeyringSecretStore:
    """The OS keyring (macOS Keychain, Windows Credential Locker, Secret Service)."""

    notice: str | None = None

    def __init__(self) -> None:
        import keyring  # noqa: F401  (imported lazily: the GUI start should not pay for it)

    def _call(self, name: str, *args: str) -> str | None:
        import keyring
        import keyring.errors

        try:
            result: str | None = getattr(keyring, name)(*args)
            return result
        except keyring.errors.NoKeyringError as exc:
            raise NoKeyring() from exc
        except keyring.errors.PasswordDeleteError:
            return None  # nothing to delete is not an error
        except keyring.errors.KeyringError as exc:  # locked keychain, D-Bus failure...
            raise NoKeyring(msg("secrets.keyring_failed", reason=type(exc).__name__)) from exc

    def get(self, service: str, key: str) -> str | None:
        return self._call("get_password", service, key)

    def set(self, service: str, key: str, value: str) -> None:
        self._call("set_password", service, key, value)

    def delete(self, service: str, key: str) -> None:
        self._call("delete_password", service, key)


class FileSecretStore:
    """A JSON file readable only by its owner (mode 0600). Only on explicit opt-in."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from app.platform.paths import config_dir

            path = config_dir() / "secrets.json"
        self.path = path
        self.notice: Message | None = None
        self._lock = threading.Lock()

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise UserError(msg("secrets.file_unreadable", path=str(self.path),
                                reason=type(exc).__name__)) from exc
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        # Created 0600 from the start, so the secret is never readable by others, not even briefly.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def get(self, service: str, key: str) -> str | None:
        with self._lock:
            return self._read().get(service, {}).get(key)

    def set(self, service: str, key: str, value: str) -> None:
        with self._lock:
            data = self._read()
            data.setdefault(service, {})[key] = value
            self._write(data)

    def delete(self, service: str, key: str) -> None:
        with self._lock:
            data = self._read()
            if data.get(service, {}).pop(key, None) is not None:
                self._write(data)


_fallback: MemorySecretStore | None = None
_fallback_lock = threading.Lock()


def keyring_works() -> bool:
    """True when a keyring backend answers a harmless read."""
    try:
        KeyringSecretStore().get(SERVICE, "__probe__")
    except NoKeyring:
        return False
    except Exception:  # a broken backend must not stop the app from starting
        log.warning("keyring probe failed", exc_info=True)
        return False
    return True


def default_secret_store() -> SecretStore:
    """The keyring when it works; else one process-wide memory store, announced by one line.

    (Tests replace this function; :func:`detect_secret_store` is the real choice.)"""
    return detect_secret_store()


def detect_secret_store() -> SecretStore:
    global _fallback
    if keyring_works():
        return KeyringSecretStore()
    with _fallback_lock:
        if _fallback is None:
            _fallback = MemorySecretStore(notice=NO_KEYRING_NOTICE)
            log.warning("no system keyring: tokens kept in memory for this run")
            _announce(NO_KEYRING_NOTICE)
        return _fallback
