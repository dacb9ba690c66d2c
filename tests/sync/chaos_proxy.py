"""A TCP proxy that loses data on purpose: requests cut before they reach the server, answers cut
after the server acted. Seeded, so a failing run can be replayed. Runs in a daemon thread."""

from __future__ import annotations

import asyncio
import random
import socket
import threading
from dataclasses import dataclass, field


@dataclass
class ChaosProxy:
    upstream_port: int
    drop_request: float = 0.03  # chance, per chunk sent to the server, to cut the connection first
    drop_answer: float = 0.12  # chance, per chunk of an answer, to cut it (the server has acted)
    seed: int = 1
    port: int = 0
    dropped: int = 0
    _loop: asyncio.AbstractEventLoop | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def start(self) -> ChaosProxy:
        rng = random.Random(self.seed)
        ready = threading.Event()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]

        async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
            try:
                server_r, server_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
            except OSError:
                client_w.close()
                return

            async def up() -> None:
                try:
                    while data := await client_r.read(65536):
                        if rng.random() < self.drop_request:
                            self.dropped += 1
                            client_w.transport.abort()
                            server_w.transport.abort()
                            return
                        server_w.write(data)
                        await server_w.drain()
                except (OSError, ConnectionError):
                    pass
                finally:
                    server_w.close()

            async def down() -> None:
                try:
                    while data := await server_r.read(65536):
                        if rng.random() < self.drop_answer:
                            self.dropped += 1
                            client_w.transport.abort()
                            return
                        client_w.write(data)
                        await client_w.drain()
                except (OSError, ConnectionError):
                    pass
                finally:
                    client_w.close()

            await asyncio.gather(up(), down())

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop

            async def serve() -> None:
                server = await asyncio.start_server(handle, sock=sock)
                ready.set()
                async with server:
                    await server.serve_forever()

            try:
                loop.run_until_complete(serve())
            except (asyncio.CancelledError, RuntimeError):
                pass

        self._thread = threading.Thread(target=run, daemon=True, name="chaos-proxy")
        self._thread.start()
        ready.wait(10)
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self._loop is not None:
            loop = self._loop
            for task in asyncio.all_tasks(loop):
                loop.call_soon_threadsafe(task.cancel)
            loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)
