"""Starting and driving a sandbox from Python: uvicorn in a daemon thread.

    sb = start_sandbox(dialect="limbo")        # returns once it is listening
    sb.api_url, sb.email, sb.password
    sb.inject_fault("POST", r"^/api/v1/products$", status=0, when="after")
    sb.stop()

The same controls are reachable over HTTP under ``/_sandbox/`` (see ``server.py``).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn

from app.domain.errors import UsageError, UserError
from app.domain.messages import msg
from app.sandbox.guard import BODY_IDLE_TIMEOUT, HEADER_TIMEOUT, allowed_hosts, uvicorn_config
from app.sandbox.refdata import DEMO_EMAIL, DEMO_PASSWORD
from app.sandbox.server import SandboxApp


@dataclass
class RunningSandbox:
    base_url: str
    api_url: str
    dialect: str
    email: str
    password: str
    data_dir: Path
    app: SandboxApp = field(repr=False)
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _stopper: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = field(repr=False)
    _temp_dir: Path | None = field(default=None, repr=False)

    def stop(self) -> None:
        """Stops listening, waits for the thread, closes the store; a temporary data folder is removed."""
        self._server.should_exit = True
        for loop, event in self._stopper:
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:  # the loop has already finished
                pass
        self._thread.join(timeout=10)
        self.app.store.close()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def inject_fault(
        self,
        method: str,
        path: str,
        *,
        status: int = 503,
        count: int = 1,
        retry_after: float | None = None,
        when: str = "before",
    ) -> None:
        """The next ``count`` requests whose method matches and whose path matches the regex ``path``
        (``re.search``) fail with ``status``: ``when="before"`` without the server acting,
        ``when="after"`` once it has acted. ``status=0`` drops the connection instead."""
        self.app.control.add_fault(
            method, path, status=status, count=count, retry_after=retry_after, when=when
        )

    def clear_faults(self) -> None:
        self.app.control.clear_faults()

    def stats(self) -> dict[str, Any]:
        return self.app.control.stats()

    def reset_stats(self) -> None:
        self.app.control.reset_stats()

    def expire_tokens(self) -> None:
        """Every token issued so far answers 401 "The access token expired"."""
        self.app.control.expire_tokens()

    def seed_products(self, count: int, *, label_id: str | None = None) -> str:
        """Adds ``count`` draft products (with default offers) straight into the store, for large-catalog
        tests and benchmarks; returns the label id they belong to (a new label unless one is given)."""
        from app.sandbox.demo import seed_bulk_products

        return seed_bulk_products(self.app.store, count, label_id=label_id)

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _is_loopback(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    import ipaddress

    return all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)


def check_listen_host(host: str, allow_remote: bool) -> None:
    """Refuse a non-loopback ``host`` unless ``allow_remote``: every sandbox speaks plain http."""
    if not allow_remote and not _is_loopback(host):
        raise UsageError(msg("sandbox.remote_host", host=host))


def bind_listener(host: str, port: int, *, tcp_nodelay: bool = True) -> socket.socket:
    """A listening socket on ``host:port`` (0 = any free port), or one sentence saying why not.

    The socket is made with ``IPPROTO_TCP`` spelled out: asyncio sets ``TCP_NODELAY`` on the
    connections it accepts only when the listener's ``proto`` says TCP, and without it each small
    answer on a kept-alive connection waits ~40 ms for the client's delayed ACK (Nagle).
    ``tcp_nodelay=False`` exists for the benchmark that measures exactly that."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP if tcp_nodelay else 0)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UserError(msg("sandbox.listen_failed", address=f"{host}:{port}",
                            reason=exc.strerror or str(exc))) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def is_sandbox_folder(data_dir: Path) -> bool:
    """True when ``data_dir`` does not exist yet, is empty or already holds sandbox data: a folder the
    sandbox may make private. Asked before the sandbox writes anything into it."""
    if not data_dir.exists():
        return True
    return not any(data_dir.iterdir()) or (data_dir / "sandbox.sqlite3").exists()


def private_data_dir(data_dir: Path, *, ours: bool) -> None:
    """The sandbox's data is for this user alone: the folder 0700 and every file in it 0600. A folder
    the user named that held something else than sandbox data keeps its mode; the sandbox's files in it
    are still private."""
    if ours:
        os.chmod(data_dir, 0o700)
    for sub in ("covers", "records", "tmp"):
        folder = data_dir / sub
        if folder.is_dir():
            os.chmod(folder, 0o700)
            for child in folder.iterdir():
                if child.is_file():
                    os.chmod(child, 0o600)
    for child in data_dir.glob("sandbox.sqlite3*"):
        os.chmod(child, 0o600)


def run_until_interrupted(stop: Callable[[], None]) -> int:
    """The foreground of ``releasedesk sandbox``: wait for Ctrl-C, then ``stop`` the running sandbox;
    returns the exit code (the command says it stopped, in the user's language)."""
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        stop()
    return 0


def start_sandbox(
    *,
    data_dir: Path | None = None,
    dialect: str = "limbo",
    host: str = "127.0.0.1",
    port: int = 0,
    demo: bool = False,
    delivery_seconds: float = 3.0,
    token_ttl: float = 3600.0,
    allow_remote: bool = False,
    clock: Callable[[], float] | None = None,
    header_timeout: float = HEADER_TIMEOUT,
    body_idle_timeout: float = BODY_IDLE_TIMEOUT,
    tcp_nodelay: bool = True,
) -> RunningSandbox:
    """uvicorn in a daemon thread; returns once listening (port 0 = pick a free one).

    ``clock`` (epoch seconds) drives token expiry and delivery progress; tests may pass a fake one.
    The timeouts close connections whose request arrives too slowly (see ``guard.py``);
    ``tcp_nodelay=False`` is only for the latency benchmark.
    """
    if dialect not in ("limbo", "labelcamp"):
        raise UsageError(msg("sandbox.dialect_unknown", dialect=dialect))
    check_listen_host(host, allow_remote)
    temp_dir: Path | None = None
    if data_dir is None:
        temp_dir = Path(tempfile.mkdtemp(prefix="releasedesk-sandbox-"))  # mkdtemp: 0700 already
        data_dir = temp_dir
    data_dir = Path(data_dir)
    ours = temp_dir is not None or is_sandbox_folder(data_dir)
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        app = SandboxApp(
            data_dir,
            dialect=dialect,
            delivery_seconds=delivery_seconds,
            token_ttl=token_ttl,
            clock=clock or time.time,
            allowed_hosts=allowed_hosts(host),
        )
    except (sqlite3.DatabaseError, OSError) as exc:
        raise UserError(msg("sandbox.data_unusable", folder=str(data_dir), reason=str(exc))) from None
    if demo:
        from app.sandbox.demo import seed_demo

        seed_demo(app.store, app.data_dir)
    private_data_dir(data_dir, ours=ours)
    sock = bind_listener(host, port, tcp_nodelay=tcp_nodelay)
    actual_port = sock.getsockname()[1]
    config = uvicorn_config(app, header_timeout=header_timeout, body_idle_timeout=body_idle_timeout)
    server = uvicorn.Server(config)
    failure: list[BaseException] = []
    stopper: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    async def serve_until_stopped() -> None:
        # uvicorn's own serve() polls should_exit every 0.1 s and sleeps during shutdown; a test suite
        # starts and stops hundreds of sandboxes, so this loop wakes at once when stop() is called.
        stop = asyncio.Event()
        stopper.append((asyncio.get_running_loop(), stop))
        config.load()
        server.lifespan = config.lifespan_class(config)
        await server.startup(sockets=[sock])
        if server.should_exit:
            return
        while not stop.is_set() and not server.should_exit:
            await server.on_tick(0)  # keeps the Date header current
            try:
                await asyncio.wait_for(stop.wait(), 1.0)
            except TimeoutError:
                pass
        for listener in server.servers:
            listener.close()
        for connection in list(server.server_state.connections):
            connection.shutdown()
        deadline = time.monotonic() + 5
        while server.server_state.tasks and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        for task in list(server.server_state.tasks):
            task.cancel()

    def serve() -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(serve_until_stopped())
        except BaseException as exc:  # reported to the starter below
            failure.append(exc)
        finally:
            sock.close()
            loop.close()

    thread = threading.Thread(target=serve, name=f"sandbox-{actual_port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if failure or not thread.is_alive():
            app.store.close()
            reason = str(failure[0]) if failure else "server exited"
            raise UserError(msg("sandbox.start_failed", reason=reason))
        if time.monotonic() > deadline:
            server.should_exit = True
            raise UserError(msg("sandbox.start_timeout", seconds=15))
        time.sleep(0.005)
    shown_host = f"[{host}]" if ":" in host else host
    base_url = f"http://{shown_host}:{actual_port}"
    return RunningSandbox(
        base_url=base_url,
        api_url=base_url + app.prefix,
        dialect=dialect,
        email=DEMO_EMAIL,
        password=DEMO_PASSWORD,
        data_dir=data_dir,
        app=app,
        _server=server,
        _thread=thread,
        _stopper=stopper,
        _temp_dir=temp_dir,
    )
