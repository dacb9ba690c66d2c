"""The HTTP transport under every API client: what talking to a server safely takes, written once.

:class:`ApiClient` (the distributor API, ``client.py``) and :class:`LabelProfilesClient` (the
label-profile service, ``label_profiles.py``) differ in URLs, body formats and error wording; what they
share lives here:

- the URL rule: https://, or plain http:// only to this computer (:func:`check_url`);
- one httpx pool per client: timeouts, TLS verification always on, no redirects (a redirect must not
  carry the token elsewhere), the ``User-Agent``;
- the retry policy (tenacity) and the mapping of transport failures to the typed errors of
  ``errors.py`` (:meth:`Transport.send`);
- the bearer token kept in the SecretStore, renewed once after a 401 (:class:`StoredToken`,
  :meth:`Transport.authorized`);
- the error mapping for the statuses a client has no words of its own for (:meth:`Transport.raise_for`).

Retry policy (:meth:`Transport.send`):
- GET/PATCH/PUT/DELETE (and the token request) are retried on connection errors, timeouts, dropped
  connections, 429 and 502/503/504, with jittered exponential backoff and a cap; a 429/503 with
  ``Retry-After`` waits what the server asked (up to ``max_retry_after``; longer asks fail at once
  with RateLimited so a CLI never sleeps for an hour).
- POST is retried only when the request provably never reached the server: the connection could not
  be opened (ConnectError/ConnectTimeout/PoolTimeout) or the server refused it with a 429 (a rate
  limiter answers before doing anything). Any other failure of a POST (dropped connection, timeout
  while waiting, a 5xx) may have happened after the server acted: it is raised as AmbiguousRequest
  for the caller to resolve by natural key.

httpx calls block: use a transport from workers or the CLI, never from the GUI thread. A transport is
safe to share between threads.
"""

from __future__ import annotations

import builtins
import email.utils
import ipaddress
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import h11
import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, wait_random_exponential

from app import __version__
from app.api.errors import (
    AmbiguousRequest,
    ApiError,
    ConflictError,
    InsecureUrl,
    NotLoggedIn,
    Offline,
    RateLimited,
    ServerUnavailable,
)
from app.domain.messages import Message, msg
from app.media.b64stream import FileChangedError, StreamCancelled
from app.platform.secrets import SERVICE, SecretStore

log = logging.getLogger(__name__)

JSONAPI = "application/vnd.api+json"
USER_AGENT = f"Releasedesk/{__version__}"


# --- URLs --------------------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> None:
    """Refuse anything but https://, except plain http:// to this computer (the sandbox)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureUrl(msg("api.not_an_address", url=url))
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureUrl(msg("api.plain_http", host=parts.hostname,
                              url=f"https://{parts.netloc}{parts.path}"))


# --- reading a server's answer ------------------------------------------------------------------


def retry_after(response: httpx.Response) -> float | None:
    """The seconds a ``Retry-After`` header asks for (a number or an HTTP date), None without one."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def error_details(response: httpx.Response) -> list[dict[str, Any]]:
    """The error objects of a JSON:API ``errors`` list, or one ``{"detail": ...}`` made of a plain
    ``message``/``error_description``/``error`` field; empty when the body says nothing readable."""
    try:
        body = response.json()
    except ValueError:
        return []
    if isinstance(body, dict):
        errors = body.get("errors")
        if isinstance(errors, list):
            return [e for e in errors if isinstance(e, dict)]
        text = body.get("message") or body.get("error_description") or body.get("error")
        if isinstance(text, str):
            return [{"detail": text}]
    return []


def one_line(text: str, limit: int = 300) -> str:
    """Server text fit for one sentence: whitespace collapsed, cut at ``limit`` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def server_message(response: httpx.Response) -> str:
    """What the server said went wrong, in one line (its reason phrase when the body says nothing)."""
    for err in error_details(response):
        text = err.get("detail") or err.get("title")
        if text:
            return one_line(str(text))
    return response.reason_phrase or f"HTTP {response.status_code}"


def connect_failure_reason(exc: Exception) -> Message | str:
    """Why a connection could not be opened, in the words a user can act on (else the library's)."""
    text = str(exc).lower()
    if "name or service" in text or "nodename" in text or "getaddrinfo" in text \
            or "name resolution" in text or "no address" in text:
        return msg("api.reason.no_name")
    if "refused" in text:
        return msg("api.reason.refused")
    if "certificate" in text or "ssl" in text:
        return msg("api.reason.certificate")
    if isinstance(exc, httpx.ConnectTimeout):
        return msg("api.reason.timed_out")
    return one_line(str(exc) or type(exc).__name__, 120)


# --- the retry machinery's private signals -------------------------------------------------------


class _RetryableStatus(Exception):
    """A response the retry policy may try again (429, 502/503/504)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response
        self.retry_after = retry_after(response)


_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_UPLOAD_FAILURES = (FileChangedError, StreamCancelled, h11.LocalProtocolError)


def _is_tls_failure(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "certificate" in text or "ssl" in text


# --- the token ----------------------------------------------------------------------------------


class StoredToken:
    """A bearer token kept in a SecretStore under ``<prefix>:token`` and cached in memory.

    The stored value is a JSON record ``{"access_token", "expires_at", "renew_at"}`` (a bare token,
    as older versions wrote, is read too). A password remembered to renew the token lives beside it
    under ``<prefix>:password``. Never logged, never written anywhere but the SecretStore.
    """

    def __init__(self, secrets: SecretStore, prefix: str) -> None:
        self.secrets = secrets
        self.prefix = prefix
        self._lock = threading.Lock()
        self._renew_lock = threading.RLock()
        self._token: str | None = None
        self._renew_at: float | None = None

    def key(self, what: str) -> str:
        """The SecretStore key of ``what`` ("token", "password") for this connection."""
        return f"{self.prefix}:{what}"

    def get(self) -> str | None:
        """The token (from memory, else from the SecretStore), None when none is stored."""
        if self._token is None:
            raw = self.secrets.get(SERVICE, self.key("token"))
            if raw:
                try:
                    value = json.loads(raw)
                    self._token = str(value["access_token"]) if isinstance(value, dict) else raw
                    renew_at = value.get("renew_at") if isinstance(value, dict) else None
                    self._renew_at = float(renew_at) if isinstance(renew_at, (int, float)) else None
                except (ValueError, KeyError):
                    self._token = raw
        return self._token

    def about_to_expire(self) -> bool:
        """The server said how long the token lives (``expires_in``) and that time is (nearly) up."""
        return self._renew_at is not None and time.time() >= self._renew_at

    def keep(self, token: str, record: Mapping[str, Any], *, password: str | None = None,
             remember_password: bool = False) -> None:
        """Store ``token`` (``record`` is what the SecretStore keeps: ``access_token`` and, when
        known, ``expires_at``/``renew_at``); keep ``password`` too when asked, else forget any."""
        with self._lock:
            self._token = token
            renew_at = record.get("renew_at")
            self._renew_at = float(renew_at) if isinstance(renew_at, (int, float)) else None
            self.secrets.set(SERVICE, self.key("token"), json.dumps(dict(record)))
            if password is not None:
                if remember_password:
                    self.secrets.set(SERVICE, self.key("password"), password)
                else:
                    self.secrets.delete(SERVICE, self.key("password"))

    def remembered_password(self) -> str | None:
        return self.secrets.get(SERVICE, self.key("password"))

    def forget(self) -> None:
        """Forget the token and any remembered password."""
        with self._lock:
            self._token = None
            self.secrets.delete(SERVICE, self.key("token"))
            self.secrets.delete(SERVICE, self.key("password"))

    def renew(self, stale: str | None, get_new: Callable[[], bool] | None) -> bool:
        """After a 401 on ``stale``: drop it and let ``get_new`` store a new one (log in again with a
        remembered password, ask the user...); True when a token is there to retry with.

        One renewal at a time: threads that hit the same expired token (a prefetching listing) wait
        here and then reuse the token the first one got, so the user is asked once."""
        with self._renew_lock:
            current = self._token if self._token is not None else self.get()
            if current is not None and current != stale:
                return True  # another thread already renewed it
            with self._lock:
                self._token = None
            return get_new is not None and get_new() and self.get() is not None


# --- the transport ------------------------------------------------------------------------------


class Transport:
    """One connection pool with the shared policy (see the module docstring).

    ``server_url`` is the server root (checked by :func:`check_url`); ``token`` says where the bearer
    token is kept; ``renew`` is called after a 401 (with the stale token dropped) to store a new one
    and returns True to retry the request once. ``accept`` is the ``Accept`` header of every request.
    """

    def __init__(self, server_url: str, token: StoredToken, *, accept: str = JSONAPI,
                 renew: Callable[[], bool] | None = None, timeout: float = 30.0,
                 retries: int = 4, connect_retries: int = 2, backoff_base: float = 0.5,
                 backoff_cap: float = 8.0, max_retry_after: float = 60.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        check_url(server_url)
        self.host = urlsplit(server_url).netloc
        self.token = token
        self.renew = renew
        self.retries = retries
        self.connect_retries = connect_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.max_retry_after = max_retry_after
        self._sleep = sleep
        self.timeout = httpx.Timeout(timeout, connect=min(timeout, 15.0))
        self.http = httpx.Client(
            timeout=self.timeout,
            verify=True,  # never switched off; a self-signed server needs its CA in the system store
            follow_redirects=False,  # a redirect must not carry the token elsewhere
            headers={"User-Agent": USER_AGENT, "Accept": accept},
            limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
        )
        self._count_lock = threading.Lock()
        self._request_count = 0

    @property
    def request_count(self) -> int:
        """Requests sent so far, retries included."""
        return self._request_count

    def close(self) -> None:
        self.http.close()

    # --- one request, with retries --------------------------------------------------------------

    def _retryable(self, method: str, retry_post: bool, exc: BaseException) -> bool:
        if isinstance(exc, _RetryableStatus):
            if exc.retry_after is not None and exc.retry_after > self.max_retry_after:
                return False
            return exc.response.status_code == 429 or method != "POST" or retry_post
        if isinstance(exc, _NEVER_SENT):
            return not _is_tls_failure(exc)  # a refused certificate does not heal by retrying
        if isinstance(exc, httpx.TransportError) and not isinstance(exc, httpx.UnsupportedProtocol):
            return method != "POST" or retry_post
        return False

    def _stop(self, state: RetryCallState) -> bool:
        """Give up after ``retries`` retries, or sooner when the server cannot be reached at all:
        a refused or unresolvable address rarely heals within seconds, and a CLI should say so fast."""
        exc = state.outcome.exception() if state.outcome is not None else None
        if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
            return state.attempt_number > min(self.retries, self.connect_retries)
        return state.attempt_number > self.retries

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome is not None else None
        if isinstance(exc, _RetryableStatus) and exc.retry_after is not None:
            return min(exc.retry_after, self.max_retry_after)
        backoff = wait_random_exponential(multiplier=self.backoff_base, max=self.backoff_cap,
                                          min=self.backoff_base / 2)
        return float(backoff(state))

    def send(self, method: str, url: str, *, retry_post: bool = False,
             attempts: builtins.list[int] | None = None, **kwargs: Any) -> httpx.Response:
        """Send with the retry policy (no token); returns the last response or raises a typed error
        for transport failures and exhausted retries. Status codes are the caller's business.

        ``retry_post`` says a POST changes nothing on the server (a login) and may be retried like a
        GET; ``attempts`` collects the attempt numbers; ``kwargs`` go to ``httpx.Client.request``.
        Upload failures of a streamed body (file changed, cancelled) pass through unchanged."""
        retrying = Retrying(
            stop=self._stop,
            wait=self._wait,
            retry=retry_if_exception(lambda e: self._retryable(method, retry_post, e)),
            reraise=True,
            sleep=self._sleep,
        )
        try:
            for attempt in retrying:
                with attempt:
                    if attempts is not None:
                        attempts.append(attempt.retry_state.attempt_number)
                    with self._count_lock:
                        self._request_count += 1
                    response = self.http.request(method, url, **kwargs)
                    log.debug("%s %s -> %s", method, urlsplit(url).path, response.status_code)
                    if response.status_code == 429 or response.status_code in (502, 503, 504):
                        raise _RetryableStatus(response)
                    return response
        except _RetryableStatus as exc:
            status = exc.response.status_code
            if status == 429:
                limited = (msg("api.rate_limited.wait", host=self.host, seconds=round(exc.retry_after))
                           if exc.retry_after else msg("api.rate_limited", host=self.host))
                raise RateLimited(limited, retry_after=exc.retry_after) from None
            if method == "POST" and not retry_post:
                raise self.ambiguous(method, url, msg("api.why.status", status=status)) from None
            raise ServerUnavailable(msg("api.unavailable", host=self.host, status=status,
                                        detail=server_message(exc.response)), status=status) from None
        except _UPLOAD_FAILURES:
            raise
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise Offline(msg("api.offline", host=self.host, reason=connect_failure_reason(exc))) from None
        except httpx.TimeoutException:
            if method == "POST" and not retry_post:
                raise self.ambiguous(method, url, msg("api.why.timeout")) from None
            raise Offline(msg("api.timeout", host=self.host)) from None
        except httpx.TransportError as exc:
            if method == "POST" and not retry_post:
                raise self.ambiguous(method, url, msg("api.why.lost")) from None
            raise ServerUnavailable(msg("api.connection_lost", host=self.host,
                                        reason=type(exc).__name__)) from None
        raise AssertionError("unreachable")  # pragma: no cover - tenacity either returns or raises

    def authorized(self, method: str, url: str, *, raise_for: Callable[[httpx.Response], None],
                   not_logged_in: Message | str, renew_ahead: bool = False,
                   params: Mapping[str, str] | None = None, headers: Mapping[str, str] | None = None,
                   content: Any = None, timeout: httpx.Timeout | None = None,
                   attempts: builtins.list[int] | None = None) -> httpx.Response:
        """:meth:`send` with the bearer token; renews it once after a 401; any status >= 300 goes to
        ``raise_for`` (which raises). ``not_logged_in`` is the sentence of the NotLoggedIn raised
        when no token is stored; ``renew_ahead`` renews a token about to expire before sending (a
        big upload is then not sent twice)."""
        for renewal in (False, True):
            token = self.token.get()
            if token is None:
                raise NotLoggedIn(not_logged_in)
            if not renewal and renew_ahead and self.token.about_to_expire():
                if self.token.renew(token, self.renew):
                    token = self.token.get() or token
            sent_headers = {"Authorization": f"Bearer {token}", **(headers or {})}
            kwargs: dict[str, Any] = {"params": params, "headers": sent_headers}
            if timeout is not None:
                kwargs["timeout"] = timeout
            if content is not None:
                kwargs["content"] = content
            response = self.send(method, url, attempts=attempts, **kwargs)
            if response.status_code == 401 and not renewal and self.token.renew(token, self.renew):
                continue
            if response.status_code >= 300:
                raise_for(response)
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    # --- failures -------------------------------------------------------------------------------

    def ambiguous(self, method: str, url: str, why: Message) -> AmbiguousRequest:
        """The error for a request that may or may not have reached the server."""
        path = urlsplit(url).path
        return AmbiguousRequest(msg("api.ambiguous", request=f"{method} {path}", host=self.host, why=why),
                                method=method, path=path)

    def raise_for(self, response: httpx.Response, method: str, url: str) -> None:
        """Raise the typed error for a status a client has no words of its own for: 409, 5xx (a POST's
        is ambiguous), anything else as ApiError naming the request."""
        status = response.status_code
        message = server_message(response)
        if status == 409:
            raise ConflictError(msg("api.conflict", host=self.host, detail=message))
        if status >= 500:
            if method == "POST":
                raise self.ambiguous(method, url, msg("api.why.status", status=status))
            raise ServerUnavailable(msg("api.server_failed", host=self.host, status=status, detail=message),
                                    status=status)
        raise ApiError(status, msg("api.refused", host=self.host, request=f"{method} {urlsplit(url).path}",
                                   status=status, detail=message))
