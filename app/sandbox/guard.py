"""What both sandboxes check before a request reaches a route (docs/SANDBOX.md): the ``Host`` header
against an allow-list (a page on another site cannot reach the sandbox by DNS rebinding), loopback-only
control routes, and connection timeouts for clients that send their request too slowly.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
HEADER_TIMEOUT = 10.0  # from connection (or the previous answer) to the end of the request's headers
BODY_IDLE_TIMEOUT = 30.0  # no byte of a request body for this long, while the server waits for one
MAX_HEADER_BYTES = 64 * 1024  # request line plus headers (h11's incomplete-event limit)
_HOST = re.compile(r"^(?:\[(?P<v6>[0-9A-Fa-f:.]+)\]|(?P<name>[A-Za-z0-9.\-_]+))(?::(?P<port>[0-9]{1,5}))?$")


def allowed_hosts(listen_host: str) -> frozenset[str]:
    """The loopback names, the address the sandbox listens on and this machine's name, lower-case."""
    names = set(LOOPBACK_NAMES)
    names.add(listen_host.strip("[]").lower())
    try:
        names.add(socket.gethostname().lower())
    except OSError:
        pass
    return frozenset(names)


def host_allowed(scope: Any, allowed: frozenset[str]) -> bool:
    """True when the request's Host names this sandbox: an allowed name, any 127.x.y.z, or the very
    address the connection arrived on (a client that typed the IP cannot be a rebinding page)."""
    raw = None
    for name, value in scope.get("headers") or []:
        if name == b"host":
            if raw is not None:
                return False  # two Host headers
            raw = value
    if raw is None:
        return bool(scope.get("http_version") == "1.0")  # HTTP/1.1 requires Host (h11 enforces it)
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        return False
    match = _HOST.match(text)
    if match is None:
        return False
    host = (match.group("v6") or match.group("name") or "").lower().rstrip(".")
    if host in allowed:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if address.is_loopback:
        return True
    server = scope.get("server")
    return bool(server) and host == str(server[0]).lower()


def client_is_loopback(scope: Any) -> bool:
    client = scope.get("client")
    if not client:
        return False
    try:
        return ipaddress.ip_address(str(client[0]).split("%")[0]).is_loopback
    except ValueError:
        return False


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with the two timeouts it lacks: a request's headers must arrive within
    ``header_timeout`` seconds (a fresh connection that sends nothing is closed too), and a request
    body may not stall for ``body_idle_timeout`` seconds while the application waits for it. A slow
    upload that keeps sending is never cut."""

    def __init__(self, config: uvicorn.Config, *args: Any, **kwargs: Any) -> None:
        super().__init__(config, *args, **kwargs)
        self._header_timeout = float(getattr(config, "header_timeout", HEADER_TIMEOUT))
        self._body_timeout = float(getattr(config, "body_idle_timeout", BODY_IDLE_TIMEOUT))
        self._waiting_since = 0.0
        self._last_data = 0.0
        self._watch: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._waiting_since = self._last_data = self.loop.time()
        self._arm(self._header_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._last_data = self.loop.time()
        super().data_received(data)

    def on_response_complete(self) -> None:
        self._waiting_since = self.loop.time()
        super().on_response_complete()

    def _arm(self, delay: float) -> None:
        if self._watch is not None:
            self._watch.cancel()
        self._watch = self.loop.call_later(max(0.05, delay), self._check)

    def _check(self) -> None:
        self._watch = None
        if self.transport.is_closing():
            return
        now = self.loop.time()
        state = self.conn.their_state
        if state is h11.IDLE:  # waiting for (the rest of) a request's headers
            left = self._waiting_since + self._header_timeout - now
        elif state is h11.SEND_BODY and not self.flow.read_paused:
            left = self._last_data + self._body_timeout - now
        else:  # the application is busy, or the answer is being written: not the client's fault
            left = min(self._header_timeout, self._body_timeout)
            self._waiting_since = now
            self._last_data = now
        if left > 0:
            self._arm(left)
            return
        self.transport.close()


def uvicorn_config(
    app: Any, *, header_timeout: float = HEADER_TIMEOUT, body_idle_timeout: float = BODY_IDLE_TIMEOUT
) -> uvicorn.Config:
    # log_config=None: uvicorn's records go to the application's logging (the log file in the CLI),
    # never as a traceback on the user's screen.
    config = uvicorn.Config(
        app,
        http=GuardedH11Protocol,
        log_config=None,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=2,
        timeout_keep_alive=5,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
    )
    config.header_timeout = header_timeout  # type: ignore[attr-defined]
    config.body_idle_timeout = body_idle_timeout  # type: ignore[attr-defined]
    return config
