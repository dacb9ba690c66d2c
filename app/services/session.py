"""Opening a profile: its store, its API client and (for "sandbox") the embedded sandbox server.

Plain functions that run on a worker thread (they touch the disk and the network) and return a
:class:`Session`; the main controller calls them through the runner. No widgets here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

SANDBOX_PROFILE = "sandbox"


@dataclass
class Session:
    name: str
    store: Any  # app.store.Store
    client: Any = None  # app.api.client.ApiClient, None while offline-only
    profile: Any = None  # app.platform.profiles.Profile
    sandbox: Any = None  # app.sandbox.runner.RunningSandbox when we started one
    company: str = ""

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.close()
            except Exception:  # closing is best effort at exit
                log.warning("closing the client failed", exc_info=True)
        if self.sandbox is not None:
            try:
                self.sandbox.stop()
            except Exception:
                log.warning("stopping the sandbox failed", exc_info=True)
        try:
            self.store.close()
        except Exception:
            log.warning("closing the store failed", exc_info=True)


def profile_names() -> list[str]:
    from app.platform.profiles import ProfileStore

    return list(ProfileStore().names())


def choose_profile(requested: str | None) -> str | None:
    """The profile to open: the one asked for, else "default", else the only one; None = first run."""
    if requested:
        return requested
    names = profile_names()
    if "default" in names:
        return "default"
    if len(names) == 1:
        return names[0]
    if names:
        return sorted(names)[0]
    return None


def open_store(name: str) -> Any:
    from app.store.store import Store

    return Store.for_profile(name)


def open_client(name: str) -> tuple[Any, Any]:
    """The saved profile and its client (not yet known to be online)."""
    from app.api.client import ApiClient, secret_store_for
    from app.platform.profiles import ProfileStore

    profile = ProfileStore().load(name)
    return profile, ApiClient(profile, secret_store_for(profile))


def start_sandbox_client() -> tuple[Any, Any, Any]:
    """Start the embedded sandbox with the demo catalog, save the "sandbox" profile, sign in.

    The sandbox keeps its data in the profile's folder, so drafts sent in one session are still on it
    in the next; its port changes each start, so the profile is saved again each time.
    """
    from app.api.client import ApiClient, secret_store_for
    from app.platform.paths import profile_dir
    from app.platform.profiles import Profile, ProfileStore
    from app.sandbox.runner import start_sandbox

    data_dir = profile_dir(SANDBOX_PROFILE) / "sandbox"
    data_dir.mkdir(parents=True, exist_ok=True)
    sandbox = start_sandbox(demo=True, data_dir=data_dir, port=0)
    try:
        profile = Profile(SANDBOX_PROFILE, sandbox.base_url, sandbox.dialect, sandbox.email)
        ProfileStore().save(profile)
        client = ApiClient(profile, secret_store_for(profile))
        client.login(sandbox.password)
    except BaseException:
        sandbox.stop()
        raise
    return sandbox, profile, client


def sign_in(server: str, login: str, dialect: str, password: str, name: str = "default") -> tuple[Any, Any]:
    """Log in to a distributor and save the profile (the password is not kept unless asked)."""
    from app.api.client import ApiClient, check_url, detect_dialect, secret_store_for, split_server_url
    from app.platform.profiles import Profile, ProfileStore

    root, from_url = split_server_url(server)
    check_url(root)
    probe = Profile(name, root, dialect or from_url or "limbo", login)
    secrets = secret_store_for(probe)
    chosen = dialect or from_url or detect_dialect(root, login, password, secrets, profile_name=name)
    profile = Profile(name, root, chosen, login)
    client = ApiClient(profile, secrets)
    client.login(password)
    ProfileStore().save(profile)
    return profile, client


def company_name(client: Any) -> str:
    who = client.whoami()
    company = getattr(who, "company", None)
    return str(getattr(company, "name", "") or "")
