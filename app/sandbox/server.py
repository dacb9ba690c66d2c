"""The sandbox as an ASGI application (Starlette): OAuth token, the JSON:API resources, stored covers,
its OpenAPI document (``/openapi.json``), and the sandbox-only control routes (fault injection,
statistics, token expiry) under ``/_sandbox/``, which answer loopback clients only.

Every answer, including unknown routes, wrong methods and crashes, is a JSON:API ``errors`` document.
What is checked before a route runs (Host, content negotiation, body decoding, limits) is described in
docs/SANDBOX.md.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from app.sandbox import media
from app.sandbox.bodyparser import BigValue, BodyError, StreamingBodyParser
from app.sandbox.catalog import Catalog, Prepared
from app.sandbox.documents import (
    JSONAPI,
    MEDIA_TYPE,
    ApiError,
    Renderer,
    error_document,
    error_object,
    fail,
    not_found,
    parse_page,
    unprocessable,
)
from app.sandbox.guard import LOOPBACK_NAMES, client_is_loopback, host_allowed
from app.sandbox.jsonbody import SMALL_BODY, JsonBodyError, decode_json, read_limited
from app.sandbox.live import refresh_quotas
from app.sandbox.openapi import distributor_document
from app.sandbox.refdata import ARTIST_ROLE_KEYS, DEMO_EMAIL, DEMO_PASSWORD, base_rows
from app.sandbox.schema import INDEXES, SPECS, RelSpec, TypeSpec
from app.sandbox.store import Row, Store, attr_expr, fk_expr
from app.sandbox.trends import Extracts, Trends, csv_chunks

log = logging.getLogger("releasedesk.sandbox")


EXPIRED_DETAIL = "The access token expired"
# The Labelcamp PHP client spells this path with a dash; responses still say distributor-product-subgenres.
PATH_ALIASES = {"distributor-product-sub-genres": "distributor-product-subgenres"}
_COVER_NAME = re.compile(r"^[0-9a-f-]{36}\.jpg$")
_FILTER_KEY = re.compile(r"^filter((?:\[[^\[\]]+\])+)$")
# Bounds on a listing's query (docs/SANDBOX.md): SQLite refuses expressions deeper than 1,000 terms and
# ORDER BY lists longer than 2,000, and no client needs anything near these.
MAX_FILTERS = 20
MAX_FILTER_VALUES = 500
MAX_SORT_TERMS = 10
MAX_INCLUDE_PATHS = 20
MAX_INCLUDE_DEPTH = 4
# The JSON part of a write, without the base64 of new-file/front-cover (which streams to disk, any size).
WRITE_BODY_LIMIT = 1024 * 1024
FAULT_KEYS = {"method", "path", "status", "count", "retry_after", "when"}
FAULT_METHODS = {"GET", "HEAD", "POST", "PATCH", "PUT", "DELETE", "*"}
_TIMESTAMP_SORTS = {
    "created-at": "t.created_at",
    "createdAt": "t.created_at",
    "updated-at": "t.updated_at",
    "updatedAt": "t.updated_at",
    "id": "t.id",
}


@dataclass
class Fault:
    method: str
    pattern: re.Pattern[str]
    status: int = 503
    count: int = 1
    retry_after: float | None = None
    when: str = "before"


@dataclass
class Control:
    """State shared between the server thread and whoever drives the sandbox (tests, the CLI)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    faults: list[Fault] = field(default_factory=list)
    requests: int = 0
    by_route: Counter[str] = field(default_factory=Counter)
    # sha256(token) -> expiry (epoch seconds). Only digests are kept, and they are also stored (meta table)
    # so that a sandbox restarted on the same --data still knows the app's token; tokens themselves
    # are never written anywhere.
    tokens: dict[str, float] = field(default_factory=dict)
    store: Store | None = None

    @staticmethod
    def digest(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def issue(self, token: str, expiry: float) -> None:
        key = self.digest(token)
        with self.lock:
            self.tokens[key] = expiry
        if self.store is not None:
            self.store.set_meta(f"token:{key}", repr(expiry))

    def expiry(self, token: str) -> float | None:
        with self.lock:
            return self.tokens.get(self.digest(token))

    def load_tokens(self, store: Store) -> None:
        self.store = store
        for row in store.query("SELECT key, value FROM meta WHERE key LIKE 'token:%'"):
            self.tokens[str(row["key"])[6:]] = float(row["value"])

    def add_fault(
        self,
        method: str,
        path: str,
        *,
        status: int = 503,
        count: int = 1,
        retry_after: float | None = None,
        when: str = "before",
    ) -> None:
        checked = _fault_spec(
            {
                "method": method,
                "path": path,
                "status": status,
                "count": count,
                "retry_after": retry_after,
                "when": when,
            }
        )
        fault = Fault(
            checked["method"].upper(),
            re.compile(checked["path"]),
            checked["status"],
            checked["count"],
            checked["retry_after"],
            checked["when"],
        )
        with self.lock:
            self.faults.append(fault)

    def clear_faults(self) -> None:
        with self.lock:
            self.faults.clear()

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.method in (method, "*") and fault.pattern.search(path):
                    fault.count -= 1
                    if fault.count <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def count(self, method: str, path: str) -> None:
        with self.lock:
            self.requests += 1
            self.by_route[f"{method} {path}"] += 1

    def stats(self) -> dict[str, Any]:
        with self.lock:
            return {"requests": self.requests, "by_route": dict(self.by_route)}

    def reset_stats(self) -> None:
        with self.lock:
            self.requests = 0
            self.by_route.clear()

    def expire_tokens(self) -> None:
        with self.lock:
            for key in self.tokens:
                self.tokens[key] = 0.0
        if self.store is not None:
            with self.store.transaction():
                self.store.query("UPDATE meta SET value = '0.0' WHERE key LIKE 'token:%'")


class _QuietDrops(logging.Filter):
    """A dropped connection is a fault we injected on purpose; uvicorn need not complain about it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "returned without completing response" not in record.getMessage()


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


def json_response(
    doc: Any, status: int = 200, headers: dict[str, str] | None = None, media_type: str = MEDIA_TYPE
) -> Response:
    return Response(
        json.dumps(doc, ensure_ascii=False).encode("utf-8"),
        status_code=status,
        headers=headers,
        media_type=media_type,
    )


def error_response(exc: ApiError) -> Response:
    return json_response(error_document(exc.errors), exc.status, exc.headers)


class SandboxApp:
    """The ASGI callable: fault injection and statistics around a Starlette application."""

    def __init__(
        self,
        data_dir: Path,
        *,
        dialect: str = "limbo",
        delivery_seconds: float = 3.0,
        token_ttl: float = 3600.0,
        clock: Callable[[], float] = time.time,
        allowed_hosts: frozenset[str] = LOOPBACK_NAMES,
    ) -> None:
        if dialect not in ("limbo", "labelcamp"):
            raise ValueError("dialect must be limbo or labelcamp")
        self.data_dir = data_dir
        self.allowed_hosts = allowed_hosts
        self.dialect = dialect
        self.prefix = "/api/v1" if dialect == "limbo" else "/api/v2"
        self.token_ttl = token_ttl
        self.clock = clock
        self.control = Control()
        for sub in ("covers", "records", "tmp", "videos", "attachments", "imports"):
            (data_dir / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        self.store = open_store(data_dir)
        self.control.load_tokens(self.store)
        self.catalog = Catalog(self.store, delivery_seconds=delivery_seconds, clock=clock)
        self.extracts = Extracts(Trends(self.store, delivery_seconds), clock, delivery_seconds)
        methods = ["GET", "POST", "PATCH", "PUT", "DELETE"]
        self.app = Starlette(
            routes=[
                Route("/oauth/token", self.token, methods=["POST"]),
                Route("/openapi.json", self.openapi, methods=["GET"]),
                Route("/storage/covers/{name}", self.cover, methods=["GET", "HEAD"]),
                Route("/storage/extracts/{name}", self.extract_result, methods=["GET"]),
                Route("/_sandbox/faults", self.control_faults, methods=["POST", "DELETE"]),
                Route("/_sandbox/stats", self.control_stats, methods=["GET"]),
                Route("/_sandbox/stats/reset", self.control_reset, methods=["POST"]),
                Route("/_sandbox/expire-tokens", self.control_expire, methods=["POST"]),
                Route(self.prefix + "/{path:path}", self.api, methods=methods),
            ],
            exception_handlers={
                HTTPException: self.http_error,
                ClientDisconnect: self.gone,
                Exception: self.crash,
            },
        )

    # -- ASGI entry: statistics and faults ---------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        method = scope["method"]
        if not host_allowed(scope, self.allowed_hosts):
            await self._refuse(
                send, 400, "The Host header does not name this sandbox; use its address (127.0.0.1)."
            )
            return
        if path.startswith("/_sandbox/"):
            if not client_is_loopback(scope):
                await self._refuse(send, 403, "The sandbox's control routes answer only this machine.")
                return
            await self.app(scope, receive, send)
            return
        self.control.count(method, path)
        fault = self.control.take_fault(method, path)
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.when == "after":

            async def swallow(message: Message) -> None:
                return None

            await self.app(scope, receive, swallow)
        await self._answer_fault(fault, send)

    @staticmethod
    async def _refuse(send: Send, status: int, detail: str) -> None:
        body = json.dumps(error_document([error_object(status, detail)])).encode()
        headers = [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _answer_fault(self, fault: Fault, send: Send) -> None:
        if fault.status == 0:
            # Headers promising a body that never comes, then the connection closes: the client sees a
            # transport error (httpx.RemoteProtocolError), not an HTTP status.
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", b"4096")],
                }
            )
            return
        body = json.dumps(
            error_document(
                [error_object(fault.status, "Injected by the sandbox: the server is pretending to fail.")]
            )
        ).encode()
        headers = [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode())]
        if fault.retry_after is not None:
            headers.append((b"retry-after", f"{fault.retry_after:g}".encode()))
        await send({"type": "http.response.start", "status": fault.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    # -- error handlers ---------------------------------------------------------------------------
    async def http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            return error_response(not_found(self.dialect, f"There is no route {request.url.path}."))
        headers = dict(exc.headers or {})
        return json_response(
            error_document(
                [
                    error_object(
                        exc.status_code,
                        f"{request.method} is not allowed on {request.url.path}."
                        if exc.status_code == 405
                        else exc.detail,
                    )
                ]
            ),
            exc.status_code,
            headers,
        )

    async def gone(self, request: Request, exc: Exception) -> Response:
        """The client went away (or was cut off by a timeout) in the middle of its body: nobody is
        left to answer, and it is not the sandbox's failure, so no traceback is logged."""
        log.info("client left during %s %s", request.method, request.url.path)
        return Response(status_code=400)

    async def crash(self, request: Request, exc: Exception) -> Response:
        log.error("sandbox error on %s %s", request.method, request.url.path, exc_info=exc)
        return json_response(
            error_document([error_object(500, f"The sandbox failed unexpectedly ({type(exc).__name__}).")]),
            500,
        )

    # -- control ----------------------------------------------------------------------------------
    async def control_faults(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.control.clear_faults()
            return Response(status_code=204)
        try:
            raw = await read_limited(request.stream(), SMALL_BODY, request.headers.get("content-length"))
            spec = decode_json(raw)
        except JsonBodyError as exc:
            return error_response(fail(exc.status, exc.message))
        try:
            fault = _fault_spec(spec)
        except ValueError as exc:
            return error_response(fail(400, f"{exc}"))
        self.control.add_fault(**fault)
        return json_response({"ok": True}, 201, media_type="application/json")

    async def control_stats(self, request: Request) -> Response:
        return json_response(self.control.stats(), media_type="application/json")

    async def control_reset(self, request: Request) -> Response:
        self.control.reset_stats()
        return Response(status_code=204)

    async def control_expire(self, request: Request) -> Response:
        self.control.expire_tokens()
        return Response(status_code=204)

    # -- auth -------------------------------------------------------------------------------------
    async def token(self, request: Request) -> Response:
        ctype = request.headers.get("content-type", "")
        fields: dict[str, Any] = {}
        try:
            raw = await read_limited(request.stream(), SMALL_BODY, request.headers.get("content-length"))
            if "json" in ctype or raw.lstrip().startswith(b"{"):
                parsed = decode_json(raw) if raw.strip() else {}
                fields = parsed if isinstance(parsed, dict) else {}
            else:
                text = raw.decode("utf-8")
                fields = dict(parse_qsl(text, keep_blank_values=True, max_num_fields=20))
        except JsonBodyError as exc:
            error = "invalid_request" if exc.status == 400 else "request_too_large"
            return self._oauth_error(exc.status, error, exc.message)
        except (ValueError, UnicodeDecodeError):
            return self._oauth_error(
                400, "invalid_request", "The token request body is not valid JSON or form data."
            )
        grant = fields.get("grant_type")
        if grant != "password":
            return self._oauth_error(
                400,
                "unsupported_grant_type",
                "The authorization grant type is not supported; use grant_type=password.",
            )
        login = fields.get("email") or fields.get("username")
        password = fields.get("password")
        if not login or not password:
            return self._oauth_error(
                400, "invalid_request", "The request is missing email (or username) and password."
            )
        if str(login).strip().lower() != DEMO_EMAIL or password != DEMO_PASSWORD:
            return self._oauth_error(401, "invalid_grant", "The user credentials were incorrect.")
        token = secrets.token_urlsafe(32)
        now = self.clock()
        self.control.issue(token, now + self.token_ttl)
        body = {
            "token_type": "Bearer",
            "expires_in": int(self.token_ttl),
            "access_token": token,
            "created_at": int(now),
        }
        return json_response(body, 200, {"Cache-Control": "no-store"}, media_type="application/json")

    @staticmethod
    def _oauth_error(status: int, code: str, message: str) -> Response:
        body = {
            "error": code,
            "error_description": message,
            "message": message,
            "errors": [error_object(status, message)],
        }
        return json_response(body, status, media_type="application/json")

    def _authenticate(self, request: Request) -> None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        challenge = {"WWW-Authenticate": 'Bearer realm="sandbox"'}
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(
                401, [error_object(401, "Unauthenticated: send Authorization: Bearer <token>.")], challenge
            )
        expiry = self.control.expiry(token.strip())
        if expiry is None:
            raise ApiError(401, [error_object(401, "The access token is invalid.")], challenge)
        if self.clock() >= expiry:
            raise ApiError(401, [error_object(401, EXPIRED_DETAIL)], challenge)

    # -- covers -----------------------------------------------------------------------------------
    async def cover(self, request: Request) -> Response:
        name = request.path_params["name"]
        path = self.data_dir / "covers" / name
        if not _COVER_NAME.match(name) or not path.is_file():
            return error_response(not_found(self.dialect, f"There is no cover {name}."))
        return _WholeFile(path, media_type="image/jpeg")

    # -- extracts (app/sandbox/trends.py) ---------------------------------------------------------
    async def _extracts(self, request: Request, method: str, parts: list[str]) -> Response:
        base = f"{request.url.scheme}://{request.headers.get('host') or request.url.netloc}"
        if len(parts) == 1:
            if method != "POST":
                raise self._not_allowed(method, "POST")
            try:
                raw = await read_limited(request.stream(), SMALL_BODY, request.headers.get("content-length"))
                document = decode_json(raw)
            except JsonBodyError as exc:
                raise fail(exc.status, exc.message) from None
            self.catalog.advance_deliveries()
            extract = await run_in_threadpool(self.extracts.create, document, self.dialect)
            body = self.extracts.document(extract, base, self.prefix, created=True)
            return json_response(body, 201, {"Location": body["links"]["self"]})
        if len(parts) == 2:
            if method != "GET":
                raise self._not_allowed(method, "GET")
            extract = self.extracts.get(parts[1], self.dialect)
            return json_response(self.extracts.document(extract, base, self.prefix))
        raise not_found(self.dialect, f"There is no route {request.url.path}.")

    async def extract_result(self, request: Request) -> Response:
        extract = self.extracts.by_name(request.path_params["name"])
        if extract is None:
            return error_response(not_found(self.dialect, "There is no such extract result (yet)."))
        return StreamingResponse(
            csv_chunks(extract.series, extract.start, extract.last),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="daily-trends-{extract.id}.csv"'},
        )

    # -- the API ----------------------------------------------------------------------------------
    async def openapi(self, request: Request) -> Response:
        return json_response(distributor_document(self.dialect), media_type="application/json")

    async def api(self, request: Request) -> Response:
        try:
            _negotiate(request)
            self._authenticate(request)
            if _sees_send_tasks(request):
                self.catalog.advance_deliveries()
                if "quotas" in request.url.path:
                    refresh_quotas(self.store, self.clock())
            if _sees_import_tasks(request):
                self.catalog.advance_imports()
            return await self._route(request)
        except ApiError as exc:
            return error_response(exc)

    def _renderer(self, request: Request) -> Renderer:
        base = f"{request.url.scheme}://{request.headers.get('host') or request.url.netloc}"
        fields: dict[str, set[str]] = {}
        for key, value in request.query_params.multi_items():
            match = re.fullmatch(r"fields\[([a-z0-9-]+)\]", key)
            if match:
                fields[match.group(1)] = {f.strip() for f in value.split(",") if f.strip()}
        return Renderer(self.store, SPECS, base, self.prefix, self.dialect, fields)

    async def _route(self, request: Request) -> Response:
        # Split the raw path, then decode each segment: an id holding an encoded slash ("1%2Ftracks")
        # is one (unknown) id, not a route of its own.
        raw = request.scope.get("raw_path", b"").decode("latin-1")
        if raw.startswith(self.prefix + "/"):
            parts = [unquote(p) for p in raw[len(self.prefix) + 1 :].split("/") if p]
        else:
            parts = [p for p in request.path_params["path"].split("/") if p]
        method = "GET" if request.method == "HEAD" else request.method
        if parts and parts[0] in PATH_ALIASES:
            parts[0] = PATH_ALIASES[parts[0]]
        if parts and parts[0] == "extracts":
            return await self._extracts(request, method, parts)
        if not parts or parts[0] not in SPECS:
            raise not_found(self.dialect, f"There is no resource type {parts[0] if parts else ''!r}.")
        spec = SPECS[parts[0]]
        renderer = self._renderer(request)
        if len(parts) == 1:
            if method == "GET":
                return self._list(request, renderer, spec)
            if method == "POST":
                self._writable(spec, "POST")
                return await self._write(request, renderer, spec, None)
            raise self._not_allowed(method, "GET, POST" if spec.writable else "GET")
        if parts[0] == "users" and parts[1] == "me" and len(parts) == 2:
            if method != "GET":
                raise self._not_allowed(method, "GET")
            parts = ["users", "1"]
        row = self.catalog.ensure_exists(spec.rtype, parts[1], self.dialect)
        if len(parts) == 2:
            if method == "GET":
                return self._single(request, renderer, row)
            if method in ("PATCH", "PUT"):  # PATCH is JSON:API's; PUT is what the PHP client sends
                self._writable(spec, method)
                return await self._write(request, renderer, spec, row)
            if method == "DELETE":
                self._writable(spec, method)
                self.catalog.delete(row)
                return Response(status_code=204)
            raise self._not_allowed(method, "GET, PATCH, PUT, DELETE" if spec.writable else "GET")
        if method != "GET":
            raise self._not_allowed(method, "GET")
        if len(parts) == 3:
            rel = self._rel(spec, parts[2])
            return self._related(request, renderer, spec, row, rel)
        if len(parts) == 4 and parts[2] == "relationships":
            rel = self._rel(spec, parts[3])
            data = renderer.linkage([row], spec, rel)[row.id]
            url = renderer.url(spec.rtype, row.id)
            return json_response(
                {
                    "links": {
                        "self": f"{url}/relationships/{rel.segment}",
                        "related": f"{url}/{rel.segment}",
                    },
                    "data": data,
                    "jsonapi": JSONAPI,
                }
            )
        raise not_found(self.dialect, f"There is no route {request.url.path}.")

    def _rel(self, spec: TypeSpec, name: str) -> RelSpec:
        rel = spec.rel(name)
        if rel is None:
            raise not_found(self.dialect, f"{spec.rtype} have no relationship {name!r}.")
        return rel

    def _writable(self, spec: TypeSpec, method: str) -> None:
        if not spec.writable:
            raise self._not_allowed(method, "GET", f"{spec.rtype} are read-only reference data.")

    @staticmethod
    def _not_allowed(method: str, allow: str, detail: str | None = None) -> ApiError:
        return ApiError(
            405, [error_object(405, detail or f"{method} is not allowed here.")], {"Allow": allow}
        )

    # -- reading ----------------------------------------------------------------------------------
    def _include_paths(self, request: Request, spec: TypeSpec) -> list[list[str]]:
        raw = request.query_params.get("include")
        if not raw:
            return []
        paths = []
        items = raw.split(",")
        if len(items) > MAX_INCLUDE_PATHS:
            raise fail(400, f"include takes at most {MAX_INCLUDE_PATHS} paths.", parameter="include")
        for item in items:
            path = [p for p in item.strip().split(".") if p]
            if len(path) > MAX_INCLUDE_DEPTH:
                raise fail(
                    400, f"An include path has at most {MAX_INCLUDE_DEPTH} steps.", parameter="include"
                )
            current: TypeSpec | None = spec
            for part in path:
                rel = current.rel(part) if current else None
                if rel is None:
                    raise fail(
                        400,
                        f"The include path {item.strip()!r} is not a relationship of {spec.rtype}.",
                        parameter="include",
                    )
                current = SPECS.get(rel.target)
            if path:
                paths.append(path)
        return paths

    def _single(self, request: Request, renderer: Renderer, row: Row) -> Response:
        spec = SPECS[row.rtype]
        paths = self._include_paths(request, spec)
        doc: dict[str, Any] = {"data": renderer.resource(row)}
        if paths:
            doc["included"] = renderer.included([row], paths)
        doc["jsonapi"] = JSONAPI
        doc["links"] = {"self": renderer.url(spec.rtype, row.id)}
        return json_response(doc)

    def _filters(self, request: Request, spec: TypeSpec) -> list[tuple[str, list[Any]]]:
        where: list[tuple[str, list[Any]]] = []
        items = [(k, v) for k, v in request.query_params.multi_items() if k.startswith("filter")]
        if len(items) > MAX_FILTERS:
            raise fail(400, f"A listing takes at most {MAX_FILTERS} filters.", parameter=items[0][0])
        for key, value in items:
            if value.count(",") >= MAX_FILTER_VALUES:
                raise fail(400, f"The filter {key} takes at most {MAX_FILTER_VALUES} values.", parameter=key)
            match = _FILTER_KEY.match(key)
            if not match:
                raise fail(400, f"The query parameter {key} is not a valid filter.", parameter=key)
            name = ".".join(re.findall(r"\[([^\[\]]+)\]", match.group(1)))
            builder = spec.filters.get(name)
            if builder is None:
                allowed = ", ".join(f"filter[{n.replace('.', '][')}]" for n in spec.filters)
                raise fail(
                    400,
                    f"{spec.rtype} cannot be filtered by {key}; the filters are {allowed}.",
                    parameter=key,
                )
            try:
                where.append(builder(value))
            except ValueError as exc:
                raise fail(400, f"The filter {key} {exc}.", parameter=key) from None
        return where

    def _order(self, request: Request, spec: TypeSpec) -> str:
        raw = request.query_params.get("sort")
        if not raw:
            return "t.id"
        terms = []
        items = raw.split(",")
        if len(items) > MAX_SORT_TERMS:
            raise fail(400, f"sort takes at most {MAX_SORT_TERMS} fields.", parameter="sort")
        for item in items:
            item = item.strip()
            descending = item.startswith("-")
            name = item.lstrip("-+")
            if name in _TIMESTAMP_SORTS:
                expr = _TIMESTAMP_SORTS[name]
            elif name in spec.sorts:
                expr = attr_expr(name, "t")
            else:
                allowed = ", ".join(["id", "created-at", "updated-at", *spec.sorts])
                raise fail(
                    400, f"{spec.rtype} cannot be sorted by {name!r}; use {allowed}.", parameter="sort"
                )
            terms.append(f"{expr} {'DESC' if descending else 'ASC'}")
        terms.append("t.id ASC")
        return ", ".join(terms)

    def _list(
        self,
        request: Request,
        renderer: Renderer,
        spec: TypeSpec,
        scope: list[tuple[str, list[Any]]] | None = None,
    ) -> Response:
        where = list(scope or []) + self._filters(request, spec)
        order = self._order(request, spec)
        paths = self._include_paths(request, spec)
        page = parse_page(dict(request.query_params), spec if scope is None else None)
        doc: dict[str, Any] = {}
        if page is None:
            rows = self.store.select(spec.rtype, where, order=order)
        else:
            total = self.store.count(spec.rtype, where)
            rows = self.store.select(
                spec.rtype, where, order=order, limit=page.size, offset=(page.number - 1) * page.size
            )
        doc["data"] = renderer.resources(rows)
        if paths:
            doc["included"] = renderer.included(rows, paths)
        if page is not None:
            doc["meta"] = renderer.page_meta(page, total, len(rows))
        doc["jsonapi"] = JSONAPI
        if page is not None:
            last = max(1, -(-total // page.size))
            doc["links"] = renderer.page_links(
                request.url.path, request.query_params.multi_items(), page, last
            )
        else:
            doc["links"] = {"self": str(request.url)}
        return json_response(doc)

    def _related(
        self, request: Request, renderer: Renderer, spec: TypeSpec, row: Row, rel: RelSpec
    ) -> Response:
        target = SPECS[rel.target]
        if not rel.many:
            link = row.rels.get(rel.name)
            related = self.store.get(link["type"], str(link["id"])) if isinstance(link, dict) else None
            doc: dict[str, Any] = {
                "data": renderer.resource(related) if related else None,
                "jsonapi": JSONAPI,
                "links": {"self": renderer.url(spec.rtype, row.id, rel.segment)},
            }
            return json_response(doc)
        if rel.kind == "stored":
            ids = row.rel_ids(rel.name)
            scope = (
                [(f"CAST(t.id AS TEXT) IN ({','.join('?' * len(ids))})", list(ids))] if ids else [("0", [])]
            )
        elif rel.kind == "reverse":
            assert rel.fk is not None
            scope = [
                (f"{fk_expr(rel.fk, 't')} = ?", [row.id]),
                (f"json_extract(t.rels, '$.\"{rel.fk}\".type') = ?", [spec.rtype]),
            ]
        else:
            scope = [
                (
                    f"EXISTS (SELECT 1 FROM json_each(t.rels, '$.\"{rel.fk}\"') j "
                    "WHERE json_extract(j.value, '$.id') = ?)",
                    [row.id],
                )
            ]
        return self._list(request, renderer, target, scope)

    # -- writing ----------------------------------------------------------------------------------
    async def _write(self, request: Request, renderer: Renderer, spec: TypeSpec, row: Row | None) -> Response:
        parser = StreamingBodyParser(self.data_dir / "tmp", max_skeleton=WRITE_BODY_LIMIT)
        prepared = Prepared()
        try:
            try:
                async for chunk in request.stream():
                    if chunk:
                        parser.feed(chunk)
                document = parser.finish()
            except BodyError as exc:
                if exc.kind == "base64":
                    raise unprocessable([(f"/data/attributes/{exc.key}", exc.message)]) from None
                raise fail(413 if exc.kind == "size" else 400, exc.message) from None
            attrs, rels = self._resource_input(document, spec, row)
            await self._prepare(spec, attrs, prepared)
            if row is None:
                saved = self.catalog.create(spec.rtype, attrs, rels, prepared)
                status = 201
            else:
                saved = self.catalog.update(row, attrs, rels, prepared)
                status = 200
        except ApiError:
            if prepared.record_path is not None:
                prepared.record_path.unlink(missing_ok=True)
            if prepared.upload_path is not None:
                prepared.upload_path.unlink(missing_ok=True)
            if prepared.cover_name:
                (self.data_dir / "covers" / prepared.cover_name).unlink(missing_ok=True)
            raise
        finally:
            parser.discard()
            for stale in prepared.cleanup:
                stale.unlink(missing_ok=True)
        url = renderer.url(spec.rtype, saved.id)
        doc = {"data": renderer.resource(saved), "jsonapi": JSONAPI, "links": {"self": url}}
        return json_response(doc, status, {"Location": url} if status == 201 else None)

    def _resource_input(
        self, document: Any, spec: TypeSpec, row: Row | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        if not isinstance(document, dict) or not isinstance(document.get("data"), dict):
            raise fail(
                400, "The request body must be a JSON:API document with a data object.", pointer="/data"
            )
        data = document["data"]
        rtype = data.get("type")
        if not isinstance(rtype, str) or not rtype:
            raise fail(400, "The resource object must have a type.", pointer="/data/type")
        if rtype != spec.rtype:
            raise fail(
                409,
                f"The resource type {rtype} does not match this endpoint ({spec.rtype}).",
                pointer="/data/type",
            )
        rid = data.get("id")
        if row is not None:
            # JSON:API requires the id on update; the tutorial always sends it. A missing id is accepted
            # (the URL names the resource), a different one is a conflict.
            if rid is not None and str(rid) != row.id:
                raise fail(409, f"The id {rid} does not match the URL's id {row.id}.", pointer="/data/id")
        elif rid is not None:
            raise ApiError(
                403,
                [
                    error_object(
                        403, "Client-generated ids are not supported; leave id out.", pointer="/data/id"
                    )
                ],
            )
        raw_attrs = data.get("attributes") or {}
        raw_rels = data.get("relationships") or {}
        if not isinstance(raw_attrs, dict):
            raise fail(400, "The attributes member must be an object.", pointer="/data/attributes")
        if not isinstance(raw_rels, dict):
            raise fail(400, "The relationships member must be an object.", pointer="/data/relationships")
        attrs: dict[str, Any] = {}
        for name, value in raw_attrs.items():
            if name in spec.read_only_attrs or name in ("created-at", "updated-at", "createdAt", "updatedAt"):
                continue  # read-only values a client round-trips are ignored
            known = (
                name in spec.attrs
                or (spec.extra_attr_keys and name in ARTIST_ROLE_KEYS)
                or (spec.rtype == "products" and name == "front-cover")
                or (spec.rtype == "tracks" and name == "audio-language")
            )
            if known:
                attrs[name] = value
            elif isinstance(value, BigValue):
                value.discard()
        rels: dict[str, Any] = {}
        for name, entry in raw_rels.items():
            rel = spec.rel(name)
            if rel is None or rel.kind != "stored" or not rel.writable:
                continue  # computed relationships (a product's tracks) are changed from the other side
            pointer = f"/data/relationships/{name}"
            if not isinstance(entry, dict) or "data" not in entry:
                raise fail(
                    400, f"The {name} relationship must be an object with a data member.", pointer=pointer
                )
            rels[name] = self._linkage(entry["data"], rel, pointer)
        return attrs, rels

    @staticmethod
    def _linkage(data: Any, rel: RelSpec, pointer: str) -> Any:
        def one(item: Any) -> dict[str, str]:
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("type"), str)
                or not isinstance(item.get("id"), str | int)
                or isinstance(item.get("id"), bool)
                or str(item.get("id")).strip() == ""
            ):
                raise fail(400, 'A relationship\'s data must be {"type": ..., "id": ...}.', pointer=pointer)
            return {"type": item["type"], "id": str(item["id"]).strip()}

        if rel.many:
            if not isinstance(data, list):
                raise fail(
                    400, f"The {rel.name} relationship takes a list of resource identifiers.", pointer=pointer
                )
            return [one(item) for item in data]
        if data is None:
            return None
        if isinstance(data, list):
            raise fail(
                400,
                f"The {rel.name} relationship takes one resource identifier, not a list.",
                pointer=pointer,
            )
        return one(data)

    async def _prepare(self, spec: TypeSpec, attrs: dict[str, Any], prepared: Prepared) -> None:
        """Big values become files, checked in a worker thread so other requests carry on."""
        if spec.rtype == "records" and "new-file" in attrs:
            value = attrs.pop("new-file")
            if isinstance(value, BigValue):
                try:
                    facts = await run_in_threadpool(media.inspect_audio, value.path, value.size)
                    atmos = facts.extension == "wav" and await run_in_threadpool(
                        media.is_atmos_wav, value.path
                    )
                except media.MediaError as exc:
                    raise unprocessable([("/data/attributes/new-file", exc.message)]) from None
                stored = await run_in_threadpool(
                    media.store_master, value.path, self.data_dir / "records", facts.extension
                )
                prepared.record_path = stored
                block = facts.attributes["file"]
                prepared.record = {
                    "md5": value.md5,
                    "precision": facts.precision,
                    "master-type": attrs.get("master-type")
                    or (
                        "dolby_atmos"
                        if atmos
                        else media.master_type(facts.precision, int(block["sample_rate"]))
                    ),
                    "file-size": value.size,
                    "filename": attrs.get("filename") or stored.name,
                    "file": block,
                }
            elif value is not None:
                raise unprocessable(
                    [
                        (
                            "/data/attributes/new-file",
                            "The new-file attribute must be the base64 text of a FLAC or WAV file.",
                        )
                    ]
                )
        if spec.rtype in ("videos", "asset-attachments", "import-tasks") and "new-file" in attrs:
            await self._prepare_upload(spec.rtype, attrs, prepared)
        if spec.rtype == "products" and "front-cover" in attrs:
            value = attrs.pop("front-cover")
            if isinstance(value, BigValue):
                if value.media_type and not value.media_type.startswith("image/"):
                    value.discard()
                    raise unprocessable(
                        [
                            (
                                "/data/attributes/front-cover",
                                "The front-cover must be an image data URL (data:image/jpeg;base64,...).",
                            )
                        ]
                    )
                try:
                    name, digest = await run_in_threadpool(
                        media.store_cover, value.path, self.data_dir / "covers"
                    )
                except media.MediaError as exc:
                    raise unprocessable([("/data/attributes/front-cover", exc.message)]) from None
                finally:
                    value.discard()
                prepared.cover_name, prepared.cover_md5 = name, digest
            elif value is not None:
                raise unprocessable(
                    [("/data/attributes/front-cover", "The front-cover must be a base64 image data URL.")]
                )

    async def _prepare_upload(self, rtype: str, attrs: dict[str, Any], prepared: Prepared) -> None:
        """A video's, a Motion Art attachment's or an import task's ``new-file`` (docs/API.md, vid-2,
        att-3, imp-2): checked from its headers in a worker thread, kept under a new name."""
        value = attrs.pop("new-file")
        pointer = "/data/attributes/new-file"
        if not isinstance(value, BigValue):
            if value is not None:
                what = "FLAC or WAV master" if rtype == "import-tasks" else "MP4 or MOV video"
                raise unprocessable(
                    [(pointer, f"The new-file attribute must be the base64 text of a {what}.")]
                )
            return
        try:
            if rtype == "import-tasks":
                facts: Any = await run_in_threadpool(media.inspect_audio, value.path, value.size)
                atmos = facts.extension == "wav" and await run_in_threadpool(media.is_atmos_wav, value.path)
                extension = facts.extension
            else:
                facts = await run_in_threadpool(media.inspect_video, value.path)
                atmos = False
                extension = "mov" if facts.brand.strip() == "qt" else "mp4"
        except media.MediaError as exc:
            value.discard()
            raise unprocessable([(pointer, exc.message)]) from None
        except OSError:
            value.discard()
            raise unprocessable(
                [(pointer, "The new-file attribute could not be read; send it again.")]
            ) from None
        folder = {"videos": "videos", "asset-attachments": "attachments", "import-tasks": "imports"}[rtype]
        stored = await run_in_threadpool(media.store_file, value.path, self.data_dir / folder, extension)
        prepared.upload_path = stored
        prepared.upload_facts = facts
        name = attrs.get("filename") if isinstance(attrs.get("filename"), str) else None
        if rtype == "videos":
            prepared.upload = {
                "md5": value.md5,
                "length": round(facts.duration),
                "resolution": f"{facts.width}x{facts.height}",
                "movie-size": value.size,
                "filename": name or stored.name,
            }
        elif rtype == "asset-attachments":
            prepared.upload = {
                "file": stored.name,
                "file-md5": value.md5,
                "file-url": f"/storage/attachments/{stored.name}",
                "file-size": value.size,
                "filename": name or stored.name,
            }
        else:
            block = facts.attributes["file"]
            prepared.upload = {
                "md5": value.md5,
                "precision": facts.precision,
                "master-type": "dolby_atmos"
                if atmos
                else media.master_type(facts.precision, int(block["sample_rate"])),
                "filename": name or stored.name,
                "file-size": value.size,
                "file": block,
            }


_TEMPLATE_LOCK = threading.Lock()
_TEMPLATE: bytes | None = None


def _new_store(path: Path) -> Store:
    store = Store(path, string_id_types=[s.rtype for s in SPECS.values() if s.string_ids], indexes=INDEXES)
    store.ensure_tables(SPECS)
    return store


def _template() -> bytes:
    """The bytes of an empty store with the base data, built once per process: copying them is much
    quicker than creating tables and ~700 rows for every sandbox a test suite starts."""
    global _TEMPLATE
    with _TEMPLATE_LOCK:
        if _TEMPLATE is None:
            import tempfile

            with tempfile.TemporaryDirectory(prefix="sandbox-template-") as folder:
                path = Path(folder) / "template.sqlite3"
                store = _new_store(path)
                with store.transaction():
                    for rtype, rid, attrs, rels, extra in base_rows():
                        store.insert(rtype, attrs, rels, rid=rid, extra=extra)
                    store.set_meta("base-data", "1")
                store.query("PRAGMA wal_checkpoint(TRUNCATE)")
                store.close()
                _TEMPLATE = path.read_bytes()
        return _TEMPLATE


def open_store(data_dir: Path) -> Store:
    """Opens (creating on first use, with the base data) the SQLite store under ``data_dir``."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = data_dir / "sandbox.sqlite3"
    if not path.exists():
        # 0600 from the first byte: SQLite gives its -wal and -shm files the database's mode.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(_template())
    return _new_store(path)


__all__ = ["SandboxApp", "open_store", "Control", "EXPIRED_DETAIL", "attr_expr"]


def _sees_send_tasks(request: Request) -> bool:
    """Send-task statuses advance lazily, by elapsed time, and are only visible (or checked, when a
    new task is refused while one is in flight) through send-task routes or an include of them, so
    other requests (uploads, product listings) need not re-read every unfinished task."""
    include = request.query_params.get("include", "")
    return any(word in request.url.path or word in include for word in _ADVANCING)


# Routes whose answers depend on time passing (send tasks, live states, factories, quotas).
_ADVANCING = ("send-task", "dsp-states", "availabilities", "quotas")


def _sees_import_tasks(request: Request) -> bool:
    """Import tasks advance lazily like send tasks; their records show on record and track routes too."""
    path = request.url.path
    return any(part in path for part in ("import-tasks", "records", "tracks"))


class _WholeFile(FileResponse):
    """A stored cover, always whole: HTTP lets a server ignore ``Range``, and Starlette's range
    errors are plain text where every sandbox answer is a JSON:API document. Covers are small."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if "accept-ranges" in self.headers:
            del self.headers["accept-ranges"]
        headers = [(k, v) for k, v in scope["headers"] if k not in (b"range", b"if-range")]
        scope = {**scope, "headers": headers}
        await super().__call__(scope, receive, send)


def _media_type(value: str) -> tuple[str, list[str]]:
    main, *params = value.split(";")
    return main.strip().lower(), [p.strip() for p in params if p.strip()]


def _negotiate(request: Request) -> None:
    """JSON:API content negotiation: a body must be JSON:API without media type parameters (plain
    ``application/json`` is also read, as the PHP client sends it) else 415; an ``Accept`` that names
    JSON:API only with parameters is 406."""
    accept = request.headers.get("accept")
    if accept:
        ranges = [_media_type(part) for part in accept.split(",")]
        jsonapi = [params for main, params in ranges if main == MEDIA_TYPE]
        if jsonapi and all(any(not p.lower().startswith("q=") for p in params) for params in jsonapi):
            raise fail(406, f"Accept {MEDIA_TYPE} without media type parameters.")
    if request.method in ("POST", "PATCH", "PUT"):
        ctype = request.headers.get("content-type")
        if ctype is None:
            return
        main, params = _media_type(ctype)
        if main == MEDIA_TYPE and not params:
            return
        if main == "application/json" and all(p.lower().replace(" ", "") == "charset=utf-8" for p in params):
            return
        raise fail(415, f"Send the body as Content-Type: {MEDIA_TYPE} (without parameters).")


def _fault_spec(spec: Any) -> dict[str, Any]:
    """A fault to inject, checked field by field; ValueError says what is wrong."""
    if not isinstance(spec, dict):
        raise ValueError("A fault is a JSON object with method and path (a regex)")
    unknown = sorted(set(spec) - FAULT_KEYS)
    if unknown:
        fields = ", ".join(sorted(FAULT_KEYS))
        raise ValueError(f"A fault has no field {unknown[0]!r}; the fields are {fields}")
    method = spec.get("method")
    if not isinstance(method, str) or method.upper() not in FAULT_METHODS:
        raise ValueError(f"A fault's method is one of {', '.join(sorted(FAULT_METHODS))}")
    path = spec.get("path")
    if not isinstance(path, str) or not path or len(path) > 500:
        raise ValueError("A fault's path is a regex of 1 to 500 characters")
    try:
        re.compile(path)
    except re.error as exc:
        raise ValueError(f"A fault's path is not a valid regex ({exc})") from None
    status = spec.get("status", 503)
    if not _whole(status) or not (status == 0 or 400 <= status <= 599):
        raise ValueError("A fault's status is 0 (drop the connection) or from 400 to 599")
    count = spec.get("count", 1)
    if not _whole(count) or not 1 <= count <= 10_000:
        raise ValueError("A fault's count is a whole number from 1 to 10000")
    retry_after = spec.get("retry_after")
    if retry_after is not None and (
        isinstance(retry_after, bool)
        or not isinstance(retry_after, int | float)
        or not math.isfinite(retry_after)
        or not 0 <= retry_after <= 86400
    ):
        raise ValueError("A fault's retry_after is a number of seconds from 0 to 86400, or null")
    when = spec.get("when", "before")
    if when not in ("before", "after"):
        raise ValueError("A fault's when is before or after")
    return {
        "method": method,
        "path": path,
        "status": status,
        "count": count,
        "retry_after": retry_after,
        "when": when,
    }


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
