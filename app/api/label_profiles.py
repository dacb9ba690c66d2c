"""The client for the label-profiles service (docs/API.md#label-profiles-api).

A second kind of connection beside the distributor API, on the same transport
(:class:`app.api.transport.Transport`: retries, timeouts, TLS rules — https, or plain http only to
this computer —, User-Agent, token-in-SecretStore, typed errors). What differs is said here: plain
JSON instead of JSON:API, ``/api`` instead of ``/api/v1``, the ``{statusCode, message}`` error shape,
and a token the user pastes (the service documents no login endpoint).

Connections are :class:`app.platform.profiles.Profile` records with ``dialect="label-profiles"``,
kept in their own file (``label-profile-connections.json``) so the distributor profile list never
sees them. Their tokens live in the SecretStore under ``label-profiles:<name>:token``.

httpx calls block: call this from workers or the CLI, never from the GUI thread.
"""

from __future__ import annotations

import builtins
import json
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from app.api.errors import ApiError, AuthExpired, FieldError, NotFound, ValidationFailed
from app.api.transport import StoredToken, Transport, one_line, server_message
from app.domain.errors import UserError
from app.domain.jwt import unverified_claims
from app.domain.label_profile import EDITABLE_FIELDS, LabelProfile, validated, validated_changes
from app.domain.messages import msg
from app.platform.profiles import Profile, ProfileStore
from app.platform.secrets import SecretStore

DIALECT = "label-profiles"
CONNECTIONS_FILE = "label-profile-connections.json"
DEFAULT_PAGE_SIZE = 10  # the service's default
LIST_PAGE_SIZE = 100  # what iter_all asks for: well under the sandbox's cap of 1000, and a page stays small


class BadToken(UserError):
    """A pasted token that cannot be used, said before anything is sent."""


def check_token(token: str, *, now: float | None = None) -> str:
    """``token`` trimmed, or :class:`BadToken` when it is empty, not a JWT, or already expired."""
    token = token.strip()
    if token.lower().startswith("bearer "):
        token = token[7:].strip()
    if not token:
        raise BadToken("The access token is empty; paste the token the label-profile service gave you.")
    claims = unverified_claims(token)
    if claims is None or any(ch.isspace() for ch in token):
        raise BadToken("That is not an access token (a JWT is three parts separated by dots); "
                       "paste the whole token.")
    exp = claims.get("exp")
    if isinstance(exp, (int, float)) and exp <= (time.time() if now is None else now):
        when = datetime.fromtimestamp(exp, tz=UTC).strftime("%Y-%m-%d %H:%M UTC")
        raise BadToken(f"That access token expired on {when}; get a new one from the label-profile service.")
    return token


def token_expiry(token: str) -> float | None:
    claims = unverified_claims(token)
    exp = claims.get("exp") if claims else None
    return float(exp) if isinstance(exp, (int, float)) else None


def save_token(secrets: SecretStore, connection_name: str, token: str) -> str:
    """Check a pasted token and keep it in the SecretStore for ``connection_name``; returns it trimmed."""
    return _keep_checked(stored_token(secrets, connection_name), token)


def _keep_checked(slot: StoredToken, token: str) -> str:
    token = check_token(token)
    slot.keep(token, {"access_token": token, "expires_at": token_expiry(token)})
    return token


def stored_token(secrets: SecretStore, connection_name: str) -> StoredToken:
    """Where a connection's token is kept: ``label-profiles:<name>:token`` in the SecretStore."""
    return StoredToken(secrets, f"{DIALECT}:{connection_name}")


def connection_store() -> ProfileStore:
    """Saved label-profile connections (name, server URL); no secrets in it."""
    from app.platform.paths import config_dir

    return ProfileStore(config_dir() / CONNECTIONS_FILE)


def connection(name: str, server_url: str) -> Profile:
    return Profile(name=name, server_url=server_url.strip().rstrip("/"), dialect=DIALECT, login="")


def _field_named_in(message: str) -> str | None:
    """The field a server sentence such as "country must be a string" is about."""
    lowered = message.lower()
    for name in EDITABLE_FIELDS:
        if lowered.startswith(name) or f"label {name}" in lowered:
            return name
    return None


class LabelProfilesClient:
    """Every documented operation of the service, returning :class:`LabelProfile` objects.

    ``on_token_expired`` works as in :class:`ApiClient`: called after a 401, it may store a new token
    (e.g. the GUI asks the user to paste one and calls :meth:`set_token`) and return True to retry once.
    """

    def __init__(self, connection: Profile, secrets: SecretStore, *, timeout: float = 30.0,
                 on_token_expired: Callable[[], bool] | None = None, retries: int = 4,
                 backoff_base: float = 0.5, backoff_cap: float = 8.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.connection = connection
        self._token = stored_token(secrets, connection.name)
        self.transport = Transport(connection.server_url, self._token, accept="application/json",
                                   renew=on_token_expired, timeout=timeout, retries=retries,
                                   backoff_base=backoff_base, backoff_cap=backoff_cap, sleep=sleep)

    # --- plumbing -------------------------------------------------------------------------------

    @property
    def host(self) -> str:
        return self.transport.host

    @property
    def request_count(self) -> int:
        return self.transport.request_count

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> LabelProfilesClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _url(self, path: str) -> str:
        return f"{self.connection.server_url.rstrip('/')}/api/{path.lstrip('/')}"

    def _raise_for(self, response: httpx.Response, method: str, url: str) -> None:
        status = response.status_code
        message = server_message(response)
        if status == 401:
            raise AuthExpired(msg("label_profiles.token_refused", host=self.host, detail=message,
                                  connection=self.connection.name))
        if status == 404:
            raise NotFound(msg("label_profiles.not_found", host=self.host, detail=message))
        if status in (400, 422):
            text = message.rstrip(".")
            raise ValidationFailed([FieldError(_field_named_in(text), "", text)],
                                   msg("label_profiles.refused", host=self.host, detail=text), status=status)
        self.transport.raise_for(response, method, url)

    def request(self, method: str, path: str, *, params: Mapping[str, str] | None = None,
                body: Any = None) -> httpx.Response:
        """An authenticated JSON request to ``/api/<path>`` with the shared retry policy, without the
        local checks of the operations below; raises typed errors."""
        url = self._url(path)
        headers = {"Accept": "application/json"}
        content = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            content = json.dumps(body).encode()

        def raise_for(response: httpx.Response) -> None:
            self._raise_for(response, method, url)

        return self.transport.authorized(
            method, url, raise_for=raise_for, params=params, headers=headers, content=content,
            not_logged_in=f"No access token is stored for the label-profile connection "
                          f"'{self.connection.name}'; paste one first.")

    # --- the token the user pastes --------------------------------------------------------------

    def set_token(self, token: str) -> None:
        """Check and keep a pasted token (in the SecretStore, never in a file or log)."""
        _keep_checked(self._token, token)

    def forget_token(self) -> None:
        self._token.forget()

    @property
    def has_token(self) -> bool:
        return self._token.get() is not None

    @property
    def token_expires_at(self) -> float | None:
        token = self._token.get()
        return token_expiry(token) if token else None

    # --- the documented operations ------------------------------------------------------------------

    def _data(self, response: httpx.Response) -> Any:
        url = self.connection.server_url
        try:
            body = response.json()
        except ValueError as exc:
            raise ApiError(response.status_code,
                           msg("label_profiles.not_json", host=self.host, url=url)) from exc
        if not isinstance(body, dict) or "data" not in body:
            raise ApiError(response.status_code, msg("label_profiles.no_data", host=self.host, url=url))
        return body["data"]

    def _label(self, data: Any) -> LabelProfile:
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            raise ApiError(None, msg("label_profiles.unreadable", host=self.host,
                                     reason=one_line(str(data), 80)))
        return LabelProfile.from_json(data)

    def list_page(self, *, page: int = 0, size: int = DEFAULT_PAGE_SIZE,
                  filters: Mapping[str, str] | None = None) -> builtins.list[LabelProfile]:
        """One page (``page`` counts from 0); ``filters`` match any field by equality (``country=US``)."""
        params = {"page": str(page), "size": str(size), **{k: str(v) for k, v in (filters or {}).items()}}
        data = self._data(self.request("GET", "labels", params=params))
        if not isinstance(data, list):
            raise ApiError(None, msg("label_profiles.unreadable_list", host=self.host))
        return [self._label(item) for item in data]

    def iter_all(self, *, filters: Mapping[str, str] | None = None,
                 size: int = LIST_PAGE_SIZE) -> Iterator[LabelProfile]:
        """Every label, page after page, until a short page (the service sends no page count)."""
        page = 0
        while True:
            batch = self.list_page(page=page, size=size, filters=filters)
            yield from batch
            if len(batch) < size:
                return
            page += 1

    def get(self, label_id: str) -> LabelProfile:
        return self._label(self._data(self.request("GET", f"labels/{label_id}")))

    def create(self, profile: LabelProfile) -> LabelProfile:
        """POST after local validation (an invalid email or country never leaves this computer).

        A failure after the request may have reached the server raises AmbiguousRequest: the
        service has no idempotency key, so the caller looks the label up before sending again."""
        body = validated(profile).create_body()
        return self._label(self._data(self.request("POST", "labels", body=body)))

    def update(self, label_id: str, changes: Mapping[str, Any]) -> LabelProfile:
        """PATCH only ``changes`` (by field name: name, email, description, country)."""
        body = validated_changes(dict(changes))
        return self._label(self._data(self.request("PATCH", f"labels/{label_id}", body=body)))

    def delete(self, label_id: str) -> None:
        self.request("DELETE", f"labels/{label_id}")
