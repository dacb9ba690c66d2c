"""The label-profiles sandbox: a local server for the label-profile REST API (seed
``docs/API.md#label-profiles-api``), separate from the distributor sandbox.

What the documentation says is answered exactly: JWT bearer auth on every route, ``/api/labels`` CRUD with
``{message, data}`` envelopes ("Label created successfully", "Labels returned successfully", "Label found
successfully", "Label updated successfully"), 204 on delete, ``{statusCode, message}`` errors with
``"Label not found"`` for a 404, zero-indexed ``page`` with ``size`` (default 10), any other query
parameter filtering by field equality, UUID ids, ``country`` defaulting to ``RW``, ``userId`` from the
token and ISO 8601 timestamps with milliseconds and ``Z``.

Choices where the docs are silent (docs/API.md#choices-label-profiles; each what a careful server does):
- Tokens are HS256 JWTs signed with a secret drawn fresh for each run, so a token from an earlier run is
  rejected like a tampered one. ``alg`` must be HS256 (``none`` is refused); ``exp`` is enforced.
- A missing, malformed, tampered or expired token is 401 ``{statusCode, message}`` with a message
  saying which.
- The server does not validate email format or country codes (the docs name no such error); the
  app checks both before sending. It does check types: a non-string field is 400.
- ``name`` is required on create and cannot be emptied by an update (400 either way).
- Fields the server owns (``id``, ``userId``, ``createdAt``, ``updatedAt``) and unknown keys in a body
  are ignored, as a whitelisting server does.
- An id that is not a known label (UUID-shaped or not) is 404 "Label not found".
- A user reads and changes only the labels they created (the token's ``sub`` is the owner): another
  user's label is 404 "Label not found" on every route, exactly like one that does not exist, and
  the list holds only the caller's labels (docs/SANDBOX.md).
- Bodies go through the sandbox's one JSON decoder (``jsonbody.py``): at most 64 KB, no duplicate
  keys, lone surrogates, NaN/Infinity or nesting past 32 levels (400 otherwise, 413 when too large);
  a body in another Content-Type than JSON is 415.
- ``page`` must be an integer >= 0 and ``size`` an integer from 1 to 1000, else 400 (a bound the
  seed does not state; refusing beats silently sending fewer rows than asked). The list is in
  creation order.
- ``updatedAt`` moves only when an update changes a value.
- Unknown routes and wrong methods answer 404/405 in the same ``{statusCode, message}`` shape. A
  trailing slash is ignored (``/api/labels/`` is ``/api/labels``), as the documented service's framework does.
- CORS is open (any origin, the bearer header), so the documented ``fetch`` examples also run from a page.
State lives in memory for the life of the server.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.domain.errors import UserError
from app.domain.jwt import b64url_decode, b64url_encode
from app.domain.messages import msg
from app.sandbox.guard import (
    BODY_IDLE_TIMEOUT,
    HEADER_TIMEOUT,
    LOOPBACK_NAMES,
    allowed_hosts,
    host_allowed,
    uvicorn_config,
)
from app.sandbox.jsonbody import SMALL_BODY, JsonBodyError, decode_json, parse_whole, read_limited
from app.sandbox.openapi import label_profiles_document

DEFAULT_COUNTRY = "RW"
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 1000
WRITABLE = ("name", "email", "description", "country")
MESSAGES = {
    "created": "Label created successfully",
    "listed": "Labels returned successfully",
    "found": "Label found successfully",
    "updated": "Label updated successfully",
    "not_found": "Label not found",
}

Clock = Callable[[], float]


# --- JWT (HS256), written out because PyJWT is not a dependency ------------------------------------

class TokenError(Exception):
    """Why a bearer token was refused, as the sentence the 401 carries."""


def encode_jwt(claims: dict[str, Any], secret: bytes) -> str:
    header = b64url_encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64url_encode(json.dumps(claims, separators=(",", ":")).encode())
    signing_input = f"{header}.{payload}".encode("ascii")
    signature = hmac.new(secret, signing_input, hashlib.sha256).digest()
    return f"{header}.{payload}.{b64url_encode(signature)}"


def verify_jwt(token: str, secret: bytes, *, now: float) -> dict[str, Any]:
    """The token's claims, or :class:`TokenError` when it is malformed, tampered with or expired."""
    parts = token.split(".")
    if len(parts) != 3 or not token.isascii() or len(token) > 8192:
        raise TokenError("Invalid token: not a JWT")
    try:
        header = decode_json(b64url_decode(parts[0]))
        signature = b64url_decode(parts[2])
    except (ValueError, JsonBodyError) as exc:
        raise TokenError("Invalid token: not a JWT") from exc
    if not isinstance(header, dict) or header.get("alg") != "HS256":
        raise TokenError("Invalid token: unsupported algorithm")
    expected = hmac.new(secret, f"{parts[0]}.{parts[1]}".encode("ascii"), hashlib.sha256).digest()
    if not hmac.compare_digest(signature, expected):
        raise TokenError("Invalid token: signature does not match")
    try:
        claims = decode_json(b64url_decode(parts[1]))
    except (ValueError, JsonBodyError) as exc:
        raise TokenError("Invalid token: unreadable claims") from exc
    if not isinstance(claims, dict) or not isinstance(claims.get("sub"), str):
        raise TokenError("Invalid token: no subject")
    exp = claims.get("exp")
    if isinstance(exp, bool) or not isinstance(exp, (int, float)) or now >= exp:
        raise TokenError("Token has expired")
    return claims


# --- the service --------------------------------------------------------------------------------

def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"statusCode": status, "message": message}, status_code=status)


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class LabelProfilesService:
    """The state and the rules; the Starlette app below is a thin skin over it."""

    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    token_ttl: float = 3600.0
    clock: Clock = time.time
    user_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    labels: dict[str, dict[str, Any]] = field(default_factory=dict)  # insertion order = creation order
    lock: threading.Lock = field(default_factory=threading.Lock)

    def issue_token(self, *, ttl: float | None = None, sub: str | None = None) -> str:
        now = self.clock()
        lifetime = self.token_ttl if ttl is None else ttl
        # RFC 7519 allows a fractional NumericDate; keep whole seconds unless the lifetime is shorter.
        exp: float = int(now + lifetime) if abs(lifetime) >= 1 else now + lifetime
        return encode_jwt({"sub": sub or self.user_id, "iat": int(now), "exp": exp}, self.secret)

    def _now_iso(self) -> str:
        moment = datetime.fromtimestamp(self.clock(), tz=UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"

    def authenticate(self, request: Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _Refused(401, "Missing bearer token")
        try:
            claims = verify_jwt(token.strip(), self.secret, now=self.clock())
        except TokenError as exc:
            raise _Refused(401, str(exc)) from exc
        return str(claims["sub"])

    @staticmethod
    def _check_fields(body: dict[str, Any], *, creating: bool) -> dict[str, Any]:
        values = {k: body[k] for k in WRITABLE if k in body}
        for key, value in values.items():
            nullable = key in ("email", "description")
            if value is None and nullable:
                continue
            if not isinstance(value, str):
                raise _Refused(400, f"{key} must be a string")
        if creating and not (isinstance(values.get("name"), str) and values["name"].strip()):
            raise _Refused(400, "Label name is required")
        if not creating and "name" in values and not values["name"].strip():
            raise _Refused(400, "Label name must not be empty")
        if "country" in values and not values["country"].strip():
            raise _Refused(400, "country must not be empty")
        return values

    def create(self, user_id: str, body: dict[str, Any]) -> dict[str, Any]:
        values = self._check_fields(body, creating=True)
        stamp = self._now_iso()
        label = {
            "id": str(uuid.uuid4()),
            "name": values["name"],
            "email": values.get("email"),
            "description": values.get("description"),
            "country": values.get("country") or DEFAULT_COUNTRY,
            "userId": user_id,
            "createdAt": stamp,
            "updatedAt": stamp,
        }
        with self.lock:
            self.labels[label["id"]] = label
        return dict(label)

    def list_labels(self, user_id: str, query: dict[str, str]) -> list[dict[str, Any]]:
        page = _int_param(query, "page", 0, minimum=0)
        size = _int_param(query, "size", DEFAULT_PAGE_SIZE, minimum=1, maximum=MAX_PAGE_SIZE)
        filters = {k: v for k, v in query.items() if k not in ("page", "size")}
        with self.lock:
            matching = [
                dict(label) for label in self.labels.values()
                if label["userId"] == user_id
                and all(k in label and _as_query_text(label[k]) == v for k, v in filters.items())
            ]
        return matching[page * size:(page + 1) * size]

    def _owned(self, user_id: str, label_id: str) -> dict[str, Any]:
        """The caller's label; another user's is as absent as one that never existed."""
        label = self.labels.get(label_id)
        if label is None or label["userId"] != user_id:
            raise _Refused(404, MESSAGES["not_found"])
        return label

    def get(self, user_id: str, label_id: str) -> dict[str, Any]:
        with self.lock:
            return dict(self._owned(user_id, label_id))

    def update(self, user_id: str, label_id: str, body: dict[str, Any]) -> dict[str, Any]:
        values = self._check_fields(body, creating=False)
        with self.lock:
            label = self._owned(user_id, label_id)
            if any(label[k] != v for k, v in values.items()):
                label.update(values)
                label["updatedAt"] = self._now_iso()
            return dict(label)

    def delete(self, user_id: str, label_id: str) -> None:
        with self.lock:
            self._owned(user_id, label_id)
            del self.labels[label_id]


def _as_query_text(value: Any) -> str | None:
    """How a stored value compares with a query-string value (null never matches)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _int_param(query: dict[str, str], name: str, default: int, *, minimum: int,
               maximum: int | None = None) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    parsed = parse_whole(raw, max_digits=12)
    value = minimum - 1 if parsed is None else parsed
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"from {minimum} to {maximum}" if maximum is not None else f"{minimum} or more"
        raise _Refused(400, f"{name} must be an integer {bound}")
    return value


async def _json_object(request: Request) -> dict[str, Any]:
    ctype = request.headers.get("content-type")
    if ctype is not None and ctype.split(";")[0].strip().lower() not in ("application/json", ""):
        raise _Refused(415, "Request body must be sent as Content-Type: application/json")
    try:
        raw = await read_limited(request.stream(), SMALL_BODY, request.headers.get("content-length"))
        body = decode_json(raw) if raw.strip() else None
    except JsonBodyError as exc:
        raise _Refused(exc.status, exc.message) from exc
    if not isinstance(body, dict):
        raise _Refused(400, "Request body must be a JSON object")
    return body


def create_app(service: LabelProfilesService) -> Starlette:
    def guarded(handler: Callable[[Request, str], Any]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            try:
                user_id = service.authenticate(request)
                return await handler(request, user_id)  # type: ignore[no-any-return]
            except _Refused as refused:
                return _error(refused.status, refused.message)
        return endpoint

    async def labels(request: Request, user_id: str) -> Response:
        if request.method == "POST":
            label = service.create(user_id, await _json_object(request))
            return JSONResponse({"message": MESSAGES["created"], "data": label}, status_code=201)
        found = service.list_labels(user_id, dict(request.query_params))
        return JSONResponse({"message": MESSAGES["listed"], "data": found})

    async def label(request: Request, user_id: str) -> Response:
        label_id = request.path_params["label_id"]
        if request.method == "GET":
            return JSONResponse({"message": MESSAGES["found"], "data": service.get(user_id, label_id)})
        if request.method == "PATCH":
            service.get(user_id, label_id)  # an unknown id is 404 whatever the body says
            updated = service.update(user_id, label_id, await _json_object(request))
            return JSONResponse({"message": MESSAGES["updated"], "data": updated})
        service.delete(user_id, label_id)
        return Response(status_code=204)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            return _error(404, f"Cannot {request.method} {request.url.path}")
        if exc.status_code == 405:
            return _error(405, f"Method {request.method} is not allowed on {request.url.path}")
        return _error(exc.status_code, str(exc.detail))

    async def server_error(request: Request, exc: Exception) -> Response:
        return _error(500, "Internal server error")

    async def gone(request: Request, exc: Exception) -> Response:
        return Response(status_code=400)  # the client left mid-body: nobody reads this

    async def openapi(request: Request) -> Response:
        return JSONResponse(label_profiles_document())

    return Starlette(
        middleware=[Middleware(CORSMiddleware, allow_origins=["*"],
                               allow_headers=["Authorization", "Content-Type"],
                               allow_methods=["GET", "POST", "PATCH", "DELETE"])],
        routes=[
            Route("/openapi.json", openapi, methods=["GET"]),
            Route("/api/labels", guarded(labels), methods=["GET", "POST"]),
            Route("/api/labels/{label_id}", guarded(label), methods=["GET", "PATCH", "DELETE"]),
        ],
        exception_handlers={HTTPException: http_error, ClientDisconnect: gone, Exception: server_error},
    )


# --- test hooks: request counts and injected faults ---------------------------------------------

_ID_IN_PATH = re.compile(r"^/api/labels/[^/]+$")


@dataclass
class _Fault:
    method: str
    path: re.Pattern[str]
    status: int
    count: int
    retry_after: float | None
    when: str


class _Instruments:
    """Counts requests per route and replays injected faults; wraps the app as ASGI middleware.

    A fault ``when="before"`` answers ``status`` without acting; ``when="after"`` lets the service
    act, then replaces its answer. ``status=0`` drops the connection mid-reply instead, so a client
    sees a transport error (for a POST: an outcome it cannot know).
    """

    def __init__(self, app: Any, hosts: frozenset[str] = LOOPBACK_NAMES) -> None:
        self.app = app
        self.hosts = hosts
        self.lock = threading.Lock()
        self.faults: list[_Fault] = []
        self.by_route: dict[str, int] = {}

    def take(self, method: str, path: str, when: str) -> _Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.when == when and fault.method in (method, "*") and fault.path.search(path):
                    fault.count -= 1
                    if fault.count <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not host_allowed(scope, self.hosts):
            await self._refuse(send, 400, "The Host header does not name this sandbox")
            return
        method, path = scope["method"], scope["path"]
        if len(path) > 1 and path.endswith("/"):
            path = path.rstrip("/") or "/"
            scope = {**scope, "path": path}
        route = f"{method} {'/api/labels/:id' if _ID_IN_PATH.match(path) else path}"
        with self.lock:
            self.by_route[route] = self.by_route.get(route, 0) + 1
        fault = self.take(method, path, "before")
        if fault is None:
            fault = self.take(method, path, "after")
            if fault is None:
                await self.app(scope, receive, send)
                return

            async def swallow(message: Any) -> None:
                return None

            await self.app(scope, receive, swallow)
        await self._answer(fault, send)

    @staticmethod
    async def _refuse(send: Any, status: int, message: str) -> None:
        body = json.dumps({"statusCode": status, "message": message}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    async def _answer(fault: _Fault, send: Any) -> None:
        if fault.status == 0:
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")]})
            await send({"type": "http.response.body", "body": b'{"message":', "more_body": True})
            return  # the server closes a connection whose reply was left unfinished
        headers = [(b"content-type", b"application/json")]
        if fault.retry_after is not None:
            headers.append((b"retry-after", str(fault.retry_after).encode()))
        body = json.dumps({"statusCode": fault.status, "message": "Injected fault"}).encode()
        await send({"type": "http.response.start", "status": fault.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


# --- running it ---------------------------------------------------------------------------------

@dataclass
class RunningLabelProfilesSandbox:
    base_url: str  # "http://127.0.0.1:PORT"
    api_url: str  # base_url + "/api"
    token: str  # a valid token for the default user, good for ``token_ttl`` seconds
    service: LabelProfilesService
    _instruments: _Instruments = field(repr=False)
    _server: Any = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    @property
    def user_id(self) -> str:
        return self.service.user_id

    def issue_token(self, *, ttl: float | None = None, sub: str | None = None) -> str:
        """Another signed token (``ttl`` seconds; negative gives one that has already expired)."""
        return self.service.issue_token(ttl=ttl, sub=sub)

    def inject_fault(self, method: str, path: str, *, status: int = 503, count: int = 1,
                     retry_after: float | None = None, when: str = "before") -> None:
        """Make the next ``count`` requests matching ``method`` and the ``path`` regex fail (see
        :class:`_Instruments`); ``method="*"`` matches any method."""
        if when not in ("before", "after"):
            raise ValueError("when must be 'before' or 'after'")
        with self._instruments.lock:
            self._instruments.faults.append(
                _Fault(method.upper(), re.compile(path), status, count, retry_after, when))

    def clear_faults(self) -> None:
        with self._instruments.lock:
            self._instruments.faults.clear()

    def stats(self) -> dict[str, Any]:
        with self._instruments.lock:
            routes = dict(self._instruments.by_route)
        return {"requests": sum(routes.values()), "by_route": routes}

    def reset_stats(self) -> None:
        with self._instruments.lock:
            self._instruments.by_route.clear()

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


DEMO_LABELS: tuple[dict[str, str], ...] = (
    {"name": "Sonic Wave Records", "email": "hello@sonicwave.example",
     "description": "Independent electronic music label", "country": "US"},
    {"name": "Kigali Sound", "email": "contact@kigalisound.example",
     "description": "Afrobeat and gospel from Rwanda"},
    {"name": "Northern Lights Audio", "email": "info@northernlights.example",
     "description": "Ambient and modern classical", "country": "NO"},
)


def start_label_profiles_sandbox(*, host: str = "127.0.0.1", port: int = 0, token_ttl: float = 3600.0,
                                 clock: Clock = time.time, demo: bool = False,
                                 allow_remote: bool = False, header_timeout: float = HEADER_TIMEOUT,
                                 body_idle_timeout: float = BODY_IDLE_TIMEOUT,
                                 tcp_nodelay: bool = True) -> RunningLabelProfilesSandbox:
    """Serve the label-profiles API with uvicorn in a daemon thread; returns once it listens.

    ``port=0`` picks a free port. ``clock`` is the one time source for token expiry and timestamps
    (tests pass a fake one). ``demo`` adds a few labels owned by the default user. Like the
    distributor sandbox it listens only on this machine unless ``allow_remote``.
    """
    import uvicorn

    from app.sandbox.runner import bind_listener, check_listen_host

    check_listen_host(host, allow_remote)
    service = LabelProfilesService(token_ttl=token_ttl, clock=clock)
    if demo:
        for body in DEMO_LABELS:
            service.create(service.user_id, dict(body))
    sock = bind_listener(host, port, tcp_nodelay=tcp_nodelay)
    actual_port = sock.getsockname()[1]
    instruments = _Instruments(create_app(service), allowed_hosts(host))
    config = uvicorn_config(instruments, header_timeout=header_timeout, body_idle_timeout=body_idle_timeout)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                              name="label-profiles-sandbox", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise UserError(msg("sandbox.start_timeout", seconds=15))
        time.sleep(0.005)
    shown_host = f"[{host}]" if ":" in host else host
    base_url = f"http://{shown_host}:{actual_port}"
    return RunningLabelProfilesSandbox(base_url=base_url, api_url=base_url + "/api",
                                       token=service.issue_token(), service=service,
                                       _instruments=instruments, _server=server, _thread=thread)
