"""Connection profiles: which server, which API dialect, which login. No secrets here.

Profiles are kept in ``config_dir()/profiles.json``; tokens and passwords live in a SecretStore
(``app/platform/secrets.py``), keyed by the profile name.
"""

from __future__ import annotations

import dataclasses
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import UsageError, UserError
from app.domain.messages import msg

DIALECTS = ("limbo", "labelcamp")


class ProfileNotFound(UsageError):
    """Naming a profile that was never saved is a usage slip: exit 2 on the command line."""

    def __init__(self, name: str) -> None:
        super().__init__(msg("profile.not_found", name=name))  # each face says how to sign in
        self.name = name


@dataclass
class Profile:
    name: str
    server_url: str  # the server root, e.g. "https://api.idol.io" (no /api/vN, no trailing slash)
    dialect: str  # "limbo" | "labelcamp"
    login: str  # the email (limbo) or username (Labelcamp)
    remember_password: bool = False  # keep the password in the keyring to renew an expired token
    token_in_file: bool = False  # the user opted in to keep the token in a 0600 file

    @property
    def api_url(self) -> str:
        return self.server_url.rstrip("/") + ("/api/v2" if self.dialect == "labelcamp" else "/api/v1")

    @property
    def token_url(self) -> str:
        return self.server_url.rstrip("/") + "/oauth/token"


class ProfileStore:
    """All profiles in one small JSON file; writes are atomic."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from app.platform.paths import config_dir

            path = config_dir() / "profiles.json"
        self.path = path
        self._lock = threading.Lock()

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise UserError(msg("profile.file_unreadable", path=str(self.path),
                                reason=type(exc).__name__)) from exc
        profiles = data.get("profiles") if isinstance(data, dict) else None
        return profiles if isinstance(profiles, dict) else {}

    def _write(self, profiles: dict[str, dict[str, object]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps({"profiles": profiles}, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)

    def load(self, name: str = "default") -> Profile:
        raw = self._read().get(name)
        if not isinstance(raw, dict):
            raise ProfileNotFound(name)
        known = {f.name for f in dataclasses.fields(Profile)}
        values = {k: v for k, v in raw.items() if k in known}
        values["name"] = name
        try:
            return Profile(**values)  # type: ignore[arg-type]
        except TypeError as exc:
            raise UserError(msg("profile.incomplete", name=name, path=str(self.path))) from exc

    def save(self, profile: Profile) -> None:
        with self._lock:
            profiles = self._read()
            profiles[profile.name] = dataclasses.asdict(profile)
            self._write(profiles)

    def delete(self, name: str) -> None:
        with self._lock:
            profiles = self._read()
            if profiles.pop(name, None) is not None:
                self._write(profiles)

    def names(self) -> list[str]:
        return sorted(self._read())
