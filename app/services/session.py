"""Signing in and opening a profile: its store, its API client and (for "sandbox") the embedded server.

Both faces go through here: the GUI's first-run and password dialogs and the CLI's ``login``,
``logout`` and ``whoami``, ``drafts``, ``import``, ``sync`` and ``deliver``. Everything here touches
the disk or the network, so the GUI calls it on a worker thread. A :class:`Session` is what a face
holds afterwards; it closes what it opened.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING

from app.api.client import ApiClient, WhoAmI, check_url, detect_dialect, secret_store_for, split_server_url
from app.platform.profiles import Profile, ProfileStore
from app.platform.secrets import SERVICE, FileSecretStore, SecretStore
from app.store.catalog_store import CatalogStore, catalog_for_profile

if TYPE_CHECKING:
    from app.sandbox.runner import RunningSandbox

log = logging.getLogger(__name__)

SANDBOX_PROFILE = "sandbox"


@dataclass
class Session:
    """An open profile: its local store and, when signed in (or signing in), its client."""

    name: str
    store: CatalogStore
    client: ApiClient | None = None  # None while offline-only
    profile: Profile | None = None
    sandbox: RunningSandbox | None = None  # when we started one
    company: str = ""

    @classmethod
    def open(cls, name: str, *, online: bool = False) -> Session:
        """The profile's store, and its client when ``online`` (a missing login is an error then)."""
        session = cls(name, open_store(name))
        if online:
            try:
                session.profile, session.client = open_client(name)
            except BaseException:
                session.close()
                raise
        return session

    def __enter__(self) -> Session:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

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


def open_store(name: str) -> CatalogStore:
    return catalog_for_profile(name)


def open_client(name: str) -> tuple[Profile, ApiClient]:
    """The saved profile and its client (not yet known to be online)."""
    profile = ProfileStore().load(name)
    return profile, ApiClient(profile, secret_store_for(profile))


def start_sandbox_client() -> tuple[RunningSandbox, Profile, ApiClient]:
    """Start the embedded sandbox with the demo catalog, save the "sandbox" profile, sign in.

    The sandbox keeps its data in the profile's folder, so drafts sent in one session are still on it
    in the next; its port changes each start, so the profile is saved again each time.
    """
    from app.platform.paths import profile_dir
    from app.sandbox.runner import start_sandbox  # starlette and uvicorn: only when asked for

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


def server_root(server: str) -> str:
    """The API root of a typed server address; refuses plain http to a remote host (UserError)."""
    root, _hinted = split_server_url(server)
    check_url(root)
    return root


def sign_in(server: str, login: str, dialect: str | None, password: str, name: str = "default", *,
            remember_password: bool = False, token_in_file: bool = False) -> tuple[Profile, ApiClient]:
    """Log in to a distributor and save the profile; the client is signed in.

    The token goes to the keyring, or to a private file when ``token_in_file``; a file copy left by
    an earlier opt-in is removed otherwise, so no stale token outlives this login. The password is
    kept only when ``remember_password``.
    """
    root, hinted = split_server_url(server)
    check_url(root)
    probe = Profile(name, root, dialect or hinted or "limbo", login, token_in_file=token_in_file)
    secrets = secret_store_for(probe)
    chosen = dialect or hinted or detect_dialect(root, login, password, secrets, profile_name=name)
    profile = Profile(name=name, server_url=root, dialect=chosen, login=login,
                      remember_password=remember_password, token_in_file=token_in_file)
    client = ApiClient(profile, secrets)
    try:
        client.login(password)
    except BaseException:
        client.close()
        raise
    ProfileStore().save(profile)
    if not token_in_file:
        forget_token_file(name)
    return profile, client


def forget_token_file(name: str, secrets: SecretStore | None = None) -> None:
    """Remove the 0600 file copy of a profile's token (an older opt-in's leftover), if any."""
    (secrets if secrets is not None else FileSecretStore()).delete(SERVICE, f"{name}:token")


def sign_out(name: str) -> str:
    """Log out of a profile's server (the token is forgotten); returns the server's address."""
    _profile, client = open_client(name)
    with client:
        client.logout()
        return client.profile.server_url


def who_am_i(client: ApiClient) -> WhoAmI:
    return client.whoami()


def company_name(client: ApiClient) -> str:
    who = client.whoami()
    company = who.company
    return str(getattr(company, "name", "") or "")
