"""The one client for the distributor API (limbo/Beat v1, Labelcamp v2 and the sandbox).

One :class:`ApiClient` per connection profile owns the base URL, the token and one transport (its
own httpx connection pool). Resource code calls ``list/get/create/update/delete`` with
the dataclasses of ``app/domain/resources.py``; failures arrive as the typed errors of
``app/api/errors.py``.

The transport under it (httpx pool, TLS and URL rules, User-Agent, retry policy, the token in the
SecretStore, failures as typed errors) is :class:`app.api.transport.Transport`, shared with the
label-profile client; its docstring states the retry policy. This module adds what is the distributor
API's own: URLs under ``/api/v1`` or ``/api/v2``, the password grant, JSON:API bodies and errors,
pagination and uploads.

Paths are the JSON:API type names (``cls.TYPE``), as both hosts document them. One open question
(docs/API.md, host-4): Labelcamp's PHP client requests ``/distributor-product-sub-genres`` while the
responses' type is ``distributor-product-subgenres``; we use the type, as limbo and the sandbox do.
Updates use PATCH (JSON:API, Labelcamp's new docs) and switch to PUT if a server answers 405.

httpx calls block: call the client from workers or the CLI, never from the GUI thread. The client is
safe to share between threads (``list`` itself prefetches pages on a small thread pool).
"""

from __future__ import annotations

import builtins
import dataclasses
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import h11
import httpx

from app.api import jsonapi
from app.api.errors import (
    AmbiguousRequest,
    ApiError,
    AuthExpired,
    AuthFailed,
    Cancelled,
    FieldError,
    NotFound,
    Offline,
    ServerUnavailable,
    UploadChanged,
    ValidationFailed,
)
from app.api.transport import (
    JSONAPI,
    StoredToken,
    Transport,
    check_url,
    error_details,
    one_line,
    server_message,
)
from app.domain.errors import UserError
from app.domain.messages import msg
from app.domain.resources import (
    AssetAttachment,
    Company,
    Distributor,
    ImportTask,
    Product,
    Record,
    Resource,
    User,
    Video,
)
from app.domain.trends import ExtractJob
from app.media.b64stream import Base64JsonBody, FileChangedError, StreamCancelled
from app.platform.profiles import Profile
from app.platform.secrets import MemorySecretStore, SecretStore

R = TypeVar("R", bound=Resource)

# check_url is re-exported: the UI and the CLI check a typed-in address before a client exists.
__all__ = ["ApiClient", "WhoAmI", "check_url", "detect_dialect", "open_client", "secret_store_for",
           "split_server_url"]

log = logging.getLogger(__name__)

MAX_PAGE_SIZE = 200  # Labelcamp's documented cap; limbo documents none, the sandbox caps at 200 too
LABELCAMP_HOSTS = ("api.idol.io",)
EXPIRY_MARGIN = 30.0  # seconds before a token's announced expiry when it is renewed ahead of time
_FILE_PLACEHOLDER = "\x00releasedesk-file\x00"


@dataclass
class WhoAmI:
    user: User | None
    distributor: Distributor | None
    company: Company | None


# --- URLs --------------------------------------------------------------------------------------


def split_server_url(url: str) -> tuple[str, str | None]:
    """``https://h/api/v2`` -> (``https://h``, "labelcamp"); the dialect is None when the URL
    does not say (then :func:`detect_dialect` asks the server)."""
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    dialect: str | None = None
    for suffix, name in (("/api/v1", "limbo"), ("/api/v2", "labelcamp")):
        if path.endswith(suffix):
            path, dialect = path[: -len(suffix)], name
            break
    if dialect is None and (parts.hostname or "").lower() in LABELCAMP_HOSTS:
        dialect = "labelcamp"
    root = urlunsplit((parts.scheme, parts.netloc, path, "", "")).rstrip("/")
    return root, dialect


class ApiClient:
    """See the module docstring. One per profile; ``close()`` (or ``with``) when done."""

    def __init__(self, profile: Profile, secrets: SecretStore, *, timeout: float = 30.0,
                 on_token_expired: Callable[[], bool] | None = None,
                 retries: int = 4, connect_retries: int = 2, backoff_base: float = 0.5,
                 backoff_cap: float = 8.0,
                 max_retry_after: float = 60.0, upload_timeout: float = 900.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        """``on_token_expired`` is called (from the calling thread) when the token has expired and
        cannot be renewed silently; it may log in again (e.g. the GUI asks for the password and calls
        :meth:`login`) and return True to retry the request once, or return False to give up."""
        self.profile = profile
        self.secrets = secrets
        self.on_token_expired = on_token_expired
        self.upload_timeout = upload_timeout
        self.token = StoredToken(secrets, profile.name)
        self.transport = Transport(profile.server_url, self.token, accept=JSONAPI, renew=self._log_in_again,
                                   timeout=timeout, retries=retries, connect_retries=connect_retries,
                                   backoff_base=backoff_base, backoff_cap=backoff_cap,
                                   max_retry_after=max_retry_after, sleep=sleep)
        self._update_verb = "PATCH"

    # --- plumbing ------------------------------------------------------------------------------

    @property
    def request_count(self) -> int:
        return self.transport.request_count

    @property
    def dialect(self) -> str:
        return self.profile.dialect

    @property
    def host(self) -> str:
        return urlsplit(self.profile.server_url).netloc

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _url(self, path_or_url: str) -> str:
        if path_or_url.startswith(("http://", "https://")):
            # A link the server sent (``links.next``). The token only ever goes to the profile's
            # server: a link naming another host (an internal name, the docs' "domain.com") is
            # taken as a path on ours.
            link, ours = urlsplit(path_or_url), urlsplit(self.profile.server_url)
            if (link.scheme, link.netloc) != (ours.scheme, ours.netloc):
                return urlunsplit((ours.scheme, ours.netloc, link.path, link.query, ""))
            return path_or_url
        return f"{self.profile.api_url}/{path_or_url.lstrip('/')}"

    # --- tokens --------------------------------------------------------------------------------

    @property
    def logged_in(self) -> bool:
        return self.token.get() is not None

    def login(self, password: str) -> None:
        """Get a token with the password grant; keep it (and the password when the profile says
        so) in the SecretStore. Raises AuthFailed, Offline, InsecureUrl..."""
        if self.dialect == "labelcamp":  # form-encoded with ``username`` (docs/API.md#authentication)
            kwargs: dict[str, Any] = {"data": {"grant_type": "password", "username": self.profile.login,
                                               "password": password}}
        else:  # limbo: JSON with ``email``
            kwargs = {"json": {"grant_type": "password", "email": self.profile.login,
                               "password": password}}
        response = self.transport.send("POST", self.profile.token_url, retry_post=True, **kwargs)
        if response.status_code in (400, 401, 403):
            raise AuthFailed(msg("api.login_refused", host=self.host, login=self.profile.login,
                                 detail=server_message(response)))
        if response.status_code >= 500:  # a failed login changes nothing: never "ambiguous"
            raise ServerUnavailable(msg("api.login_unavailable", host=self.host, status=response.status_code),
                                    status=response.status_code)
        if response.status_code >= 300:
            self._raise_for(response, "POST", self.profile.token_url, None)
        try:
            body = response.json()
            token = str(body["access_token"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ApiError(response.status_code, msg("api.login_no_token", host=self.host,
                                                     url=self.profile.server_url)) from exc
        expires_in = body.get("expires_in")
        record: dict[str, Any] = {"access_token": token, "expires_at": None, "renew_at": None}
        if isinstance(expires_in, (int, float)) and expires_in > 0:
            now = time.time()
            record["expires_at"] = now + float(expires_in)
            # Renewed a little ahead (never more than a tenth of its life, so short tokens are not
            # renewed on every request).
            record["renew_at"] = now + float(expires_in) - min(EXPIRY_MARGIN, float(expires_in) / 10)
        self.token.keep(token, record, password=password,
                        remember_password=self.profile.remember_password)

    def logout(self) -> None:
        """Forget the token and any remembered password (the server has no revoke endpoint)."""
        self.token.forget()

    def _log_in_again(self) -> bool:
        """After a 401 (the stale token already dropped): log in again with the remembered password,
        or ask ``on_token_expired``."""
        password = self.token.remembered_password() if self.profile.remember_password else None
        if password:
            log.info("token expired; logging in again with the remembered password")
            self.login(password)
            return True
        return self.on_token_expired is not None and self.on_token_expired()

    # --- one request ----------------------------------------------------------------------------

    def _raise_for(self, response: httpx.Response, method: str, url: str,
                   cls: type[Resource] | None) -> None:
        status = response.status_code
        message = server_message(response)
        if status == 401:
            raise AuthExpired(msg("api.session_expired", host=self.host, detail=message))
        if status == 404:
            raise NotFound(msg("api.path_not_found", path=urlsplit(url).path, host=self.host))
        if status == 422:
            errors = []
            for err in error_details(response):
                source = err.get("source")
                pointer = str(source.get("pointer") or "") if isinstance(source, dict) else ""
                errors.append(FieldError(field=jsonapi.field_for_pointer(pointer, cls), pointer=pointer,
                                         message=one_line(str(err.get("detail") or err.get("title")
                                                              or "invalid"))))
            raise ValidationFailed(errors)
        self.transport.raise_for(response, method, url)

    def _call(self, method: str, path_or_url: str, *, cls: type[Resource] | None = None,
              params: Mapping[str, str] | None = None, json_body: Any = None,
              body: Base64JsonBody | None = None, timeout: httpx.Timeout | None = None,
              attempts: builtins.list[int] | None = None) -> httpx.Response:
        """An authenticated API request; renews an expired token once; raises typed errors."""
        url = self._url(path_or_url)
        headers: dict[str, str] = {}
        content: Any = None
        if body is not None:
            headers["Content-Type"] = JSONAPI
            headers["Content-Length"] = str(body.content_length)
            content = body
        elif json_body is not None:
            headers["Content-Type"] = JSONAPI
            content = json.dumps(json_body).encode()

        def raise_for(response: httpx.Response) -> None:
            self._raise_for(response, method, url, cls)

        return self.transport.authorized(
            method, url, raise_for=raise_for, params=params, headers=headers, content=content,
            timeout=timeout, attempts=attempts,
            # Renew before sending rather than after a 401: a big upload is not sent twice.
            renew_ahead=self.profile.remember_password,
            not_logged_in=msg("api.not_logged_in.profile", host=self.host, profile=self.profile.name))

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError as exc:
            raise ApiError(response.status_code, msg("api.not_json", host=self.host,
                                                     url=self.profile.server_url)) from exc
        if not isinstance(body, dict):
            raise ApiError(response.status_code, msg("api.unexpected_reply", host=self.host))
        return body

    def _decode(self, doc: Mapping[str, Any], cls: type[R]) -> R:
        try:
            return jsonapi.decode(doc, cls)
        except (jsonapi.DecodeError, TypeError) as exc:
            raise ApiError(None, msg("api.unreadable_item", host=self.host, type=cls.TYPE,
                                     reason=one_line(str(exc), 120))) from exc

    # --- reading -------------------------------------------------------------------------------

    @staticmethod
    def _query(filters: Mapping[str, str] | None, include: str | Iterable[str] | None,
               sort: str | Iterable[str] | None) -> dict[str, str]:
        params: dict[str, str] = {}
        for key, value in (filters or {}).items():
            params[f"filter[{key}]"] = str(value)
        if include:
            params["include"] = include if isinstance(include, str) else ",".join(include)
        if sort:
            params["sort"] = sort if isinstance(sort, str) else ",".join(sort)
        return params

    @staticmethod
    def _page_count(doc: Mapping[str, Any]) -> int | None:
        meta = doc.get("meta")
        if not isinstance(meta, dict):
            return None
        page = meta.get("page")
        if isinstance(page, dict) and isinstance(page.get("lastPage"), int):
            return int(page["lastPage"])  # limbo
        if isinstance(meta.get("page-count"), int):
            return int(meta["page-count"])  # Labelcamp
        return None

    @staticmethod
    def _next_link(doc: Mapping[str, Any]) -> str | None:
        links = doc.get("links")
        nxt = links.get("next") if isinstance(links, dict) else None
        return nxt if isinstance(nxt, str) and nxt else None

    def list(self, cls: type[R], *, filters: Mapping[str, str] | None = None,
             include: str | Iterable[str] | None = None, sort: str | Iterable[str] | None = None,
             page_size: int = 200, prefetch: int = 4) -> Iterator[R]:
        """Every item of a listing, page after page, in order.

        The first page says how many pages there are (limbo ``meta.page.lastPage``, Labelcamp
        ``meta.page-count``); the others are then fetched ``prefetch`` at a time on a small pool,
        so a big listing costs one request per page and is bounded by the server, not by round
        trips. Without a page count we follow ``links.next`` one page at a time.
        """
        page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
        base = self._query(filters, include, sort)
        base["page[size]"] = str(page_size)

        def page(number: int) -> dict[str, Any]:
            return self._json(self._call("GET", cls.TYPE, cls=cls,
                                         params={**base, "page[number]": str(number)}))

        first = page(1)
        yield from self._decode_list(first, cls)
        pages = self._page_count(first)
        if pages is None:
            nxt = self._next_link(first)
            seen = {nxt}
            while nxt:
                doc = self._json(self._call("GET", nxt, cls=cls))
                yield from self._decode_list(doc, cls)
                nxt = self._next_link(doc)
                if nxt in seen:  # a server that links a page to itself must not loop us forever
                    break
                seen.add(nxt)
            return
        if pages <= 1:
            return
        if prefetch <= 1:
            for number in range(2, pages + 1):
                yield from self._decode_list(page(number), cls)
            return

        def decoded(number: int) -> builtins.list[R]:  # decoding overlaps the other pages' waits
            return self._decode_list(page(number), cls)

        pool = ThreadPoolExecutor(max_workers=prefetch, thread_name_prefix="api-page")
        pending: builtins.list[Future[builtins.list[R]]] = []
        try:
            upcoming = iter(range(2, pages + 1))
            for number in upcoming:
                pending.append(pool.submit(decoded, number))
                if len(pending) >= prefetch:
                    break
            while pending:
                items = pending.pop(0).result()
                nxt_number = next(upcoming, None)
                if nxt_number is not None:
                    pending.append(pool.submit(decoded, nxt_number))
                yield from items
        finally:
            for fut in pending:
                fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)

    def _decode_list(self, doc: Mapping[str, Any], cls: type[R]) -> builtins.list[R]:
        try:
            return jsonapi.decode_many(doc, cls)
        except (jsonapi.DecodeError, TypeError) as exc:
            raise ApiError(None, msg("api.unreadable_listing", host=self.host, type=cls.TYPE,
                                     reason=one_line(str(exc), 120))) from exc

    def get(self, cls: type[R], id: str, include: str | Iterable[str] | None = None) -> R:
        return self.get_compound(cls, id, include)[0]

    def get_compound(self, cls: type[R], id: str,
                     include: str | Iterable[str] | None = None) -> tuple[R, builtins.list[Resource]]:
        """One item and the ``included`` resources the server sent along (``include=``)."""
        doc = self._json(self._call("GET", f"{cls.TYPE}/{id}", cls=cls,
                                    params=self._query(None, include, None)))
        return self._decode(doc, cls), jsonapi.decode_included(doc)

    def related(self, cls: type[Resource], id: str,
                relationship: str) -> builtins.list[Resource] | Resource | None:
        """Follow ``/<type>/<id>/<relationship>``: a list for to-many (all pages), else one or None."""
        doc = self._json(self._call("GET", f"{cls.TYPE}/{id}/{relationship}"))
        data = doc.get("data")
        if data is None:
            return None
        if isinstance(data, dict):
            return jsonapi.decode_any(data)
        items: builtins.list[Resource] = [jsonapi.decode_any(x) for x in data if isinstance(x, dict)]
        pages = self._page_count(doc)
        nxt = self._next_link(doc)
        number = 1
        while nxt and (pages is None or number < pages):
            doc = self._json(self._call("GET", nxt))
            items.extend(jsonapi.decode_any(x) for x in doc.get("data") or [] if isinstance(x, dict))
            nxt, number = self._next_link(doc), number + 1
        return items

    # --- writing -------------------------------------------------------------------------------

    def create(self, obj: R) -> R:
        """POST a new item; the server's version comes back (with its id)."""
        cls = type(obj)
        doc = jsonapi.encode(obj, None, self.dialect, include_id=False)
        response = self._call("POST", cls.TYPE, cls=cls, json_body=doc)
        return self._decode(self._json(response), cls)

    def update(self, obj: R, fields: Iterable[str] | None = None) -> R:
        """PATCH the named snake_case fields (every non-empty writable field when None)."""
        cls = type(obj)
        if not obj.id:
            raise UserError(msg("api.no_server_id", type=cls.__name__.lower()))
        doc = jsonapi.encode(obj, None if fields is None else list(fields), self.dialect,
                             include_id=True)
        path = f"{cls.TYPE}/{obj.id}"
        try:
            response = self._call(self._update_verb, path, cls=cls, json_body=doc)
        except ApiError as exc:
            # JSON:API and Labelcamp's new docs say PATCH; the public PHP client PUTs every update.
            # A server that refuses PATCH with 405 gets PUT from then on.
            if exc.status != 405 or self._update_verb == "PUT":
                raise
            self._update_verb = "PUT"
            response = self._call("PUT", path, cls=cls, json_body=doc)
        if response.status_code == 204 or not response.content:
            return obj
        return self._decode(self._json(response), cls)

    def delete(self, cls: type[Resource], id: str) -> None:
        attempts: builtins.list[int] = []
        try:
            self._call("DELETE", f"{cls.TYPE}/{id}", cls=cls, attempts=attempts)
        except NotFound:
            if len(attempts) > 1:
                return  # an earlier attempt deleted it and only the answer was lost
            raise

    # --- uploads -------------------------------------------------------------------------------

    @staticmethod
    def _check_file(path: Path, what: str) -> Path:
        path = Path(path)
        if not path.is_file():
            raise UserError(msg(f"api.{what}.missing", path=str(path)))
        if path.stat().st_size == 0:
            raise UserError(msg(f"api.{what}.empty", path=str(path)))
        return path

    def _upload(self, method: str, path_or_url: str, cls: type[R], doc: dict[str, Any],
                file: Path, data_prefix: str, progress: Callable[[int, int], None] | None,
                cancel: threading.Event | None) -> tuple[R, Base64JsonBody]:
        text = json.dumps(doc, separators=(",", ":"))
        marker = json.dumps(_FILE_PLACEHOLDER)
        head, tail = text.split(marker)
        body = Base64JsonBody(file, (head + '"' + data_prefix).encode(), ('"' + tail).encode(),
                              progress=progress, cancel=cancel)
        timeout = httpx.Timeout(self.upload_timeout, connect=self.transport.timeout.connect)
        try:
            response = self._call(method, path_or_url, cls=cls, body=body, timeout=timeout)
        except StreamCancelled:
            raise Cancelled(msg("api.upload_cancelled", file=file.name)) from None
        except FileChangedError as exc:
            raise UploadChanged(str(exc)) from None
        except h11.LocalProtocolError:  # the body's length no longer matched its Content-Length
            raise UploadChanged(msg("api.upload_changed", file=str(file))) from None
        return self._decode(self._json(response), cls), body

    def upload_record(self, track_id: str, path: Path, *,
                      progress: Callable[[int, int], None] | None = None,
                      cancel: threading.Event | None = None,
                      master_type: str | None = None, precision: int | None = None) -> Record:
        """POST a record whose ``new-file`` is the base64 of ``path``, streamed from disk, with the
        master type and precision read from its headers when the caller knows them.

        Ambiguous failures raise AmbiguousRequest (list the track's records to find out)."""
        path = self._check_file(path, "audio")
        doc = jsonapi.encode(Record(track_id=str(track_id), filename=path.name, master_type=master_type,
                                    precision=precision), None, self.dialect)
        return self._upload_checked("POST", Record.TYPE, Record, doc, path, progress, cancel)

    def _upload_checked(self, method: str, path_or_url: str, cls: type[R], doc: dict[str, Any], file: Path,
                        progress: Callable[[int, int], None] | None,
                        cancel: threading.Event | None) -> R:
        """An upload in ``new-file`` whose answer must carry the MD5 of the bytes sent."""
        doc["data"].setdefault("attributes", {})["new-file"] = _FILE_PLACEHOLDER
        made, body = self._upload(method, path_or_url, cls, doc, file, "", progress, cancel)
        server = getattr(made, "md5", None) or getattr(made, "file_md5", None)
        if server and body.md5 and str(server).lower() != body.md5:
            raise UploadChanged(msg("api.upload_md5", file=file.name, server=str(server),
                                    local=str(body.md5)))
        return made

    def upload_video(self, video: Video, path: Path, *,
                     progress: Callable[[int, int], None] | None = None,
                     cancel: threading.Event | None = None) -> Video:
        """POST ``video`` (or PATCH it, when it has an id) with ``path`` streamed in ``new-file``.

        Ambiguous failures raise AmbiguousRequest (list the product's videos to find out)."""
        path = self._check_file(path, "video")
        doc = jsonapi.encode(video, None, self.dialect)
        if video.id:
            return self._upload_checked("PATCH", f"{Video.TYPE}/{video.id}", Video, doc, path, progress,
                                        cancel)
        return self._upload_checked("POST", Video.TYPE, Video, doc, path, progress, cancel)

    def upload_attachment(self, attachment: AssetAttachment, path: Path, *,
                          progress: Callable[[int, int], None] | None = None,
                          cancel: threading.Event | None = None) -> AssetAttachment:
        """POST an asset attachment (Motion Art), or PATCH its file when it has an id."""
        path = self._check_file(path, "video")
        doc = jsonapi.encode(attachment, None, self.dialect)
        if attachment.id:
            return self._upload_checked("PATCH", f"{AssetAttachment.TYPE}/{attachment.id}", AssetAttachment,
                                        doc, path, progress, cancel)
        return self._upload_checked("POST", AssetAttachment.TYPE, AssetAttachment, doc, path, progress,
                                    cancel)

    def import_audio(self, track_id: str, path: Path, *,
                     progress: Callable[[int, int], None] | None = None,
                     cancel: threading.Event | None = None) -> ImportTask:
        """POST an import task with the audio file in ``new-file``; the server makes the track's record
        later (follow ``status`` with :meth:`get`)."""
        path = self._check_file(path, "audio")
        doc = jsonapi.encode(ImportTask(attachable_id=str(track_id), filename=path.name), None, self.dialect)
        return self._upload_checked("POST", ImportTask.TYPE, ImportTask, doc, path, progress, cancel)

    def upload_cover(self, product_id: str, path: Path, *,
                     progress: Callable[[int, int], None] | None = None,
                     cancel: threading.Event | None = None) -> Product:
        """PATCH a product's ``front-cover`` with a data URL of the image, streamed from disk."""
        path = self._check_file(path, "cover")
        with open(path, "rb") as fh:
            magic = fh.read(8)
        if magic.startswith(b"\xff\xd8\xff"):
            mime = "image/jpeg"
        elif magic.startswith(b"\x89PNG\r\n\x1a\n"):
            mime = "image/png"
        else:
            raise UserError(msg("api.cover.format", path=str(path)))
        doc = {"data": {"type": Product.TYPE, "id": str(product_id),
                        "attributes": {"front-cover": _FILE_PLACEHOLDER}}}
        product, _ = self._upload("PATCH", f"{Product.TYPE}/{product_id}", Product, doc, path,
                                  f"data:{mime};base64,", progress, cancel)
        return product

    # --- extracts (docs/API.md, "Choices: trends") -----------------------------------------------

    def create_extract(self, extract_type: str, attributes: Mapping[str, str]) -> ExtractJob:
        """Start an export job; ``attributes`` are its dates and scope. Creating one only starts a job,
        so a POST whose answer was lost may be sent again (trend-9)."""
        body = {"data": {"type": "extracts", "attributes": {"extract-type": extract_type, **attributes}}}
        try:
            response = self._call("POST", "extracts", json_body=body)
        except AmbiguousRequest:
            response = self._call("POST", "extracts", json_body=body)
        return self._extract(self._json(response))

    def get_extract(self, extract_id: str) -> ExtractJob:
        return self._extract(self._json(self._call("GET", f"extracts/{extract_id}")))

    def _extract(self, doc: Mapping[str, Any]) -> ExtractJob:
        data = doc.get("data")
        attrs = data.get("attributes") if isinstance(data, dict) else None
        if not isinstance(data, dict) or not isinstance(attrs, dict) or "id" not in data:
            raise ApiError(None, msg("api.unexpected_reply", host=self.host))
        url = attrs.get("result-url")
        return ExtractJob(id=str(data["id"]), status=str(attrs.get("status") or ""),
                          result_url=url if isinstance(url, str) and url else None)

    def download(self, url: str, sink: Callable[[bytes], object],
                 cancel: Callable[[], bool] | None = None) -> None:
        """Stream an extract's result into ``sink``, without the token: a result URL is a link that
        carries its own right to read (it may be on another host), so the bearer never goes there."""
        check_url(url)
        try:
            with self.transport.http.stream("GET", url, headers={"Accept": "text/csv, */*"}) as response:
                if response.status_code >= 300:
                    response.read()
                    raise ApiError(response.status_code, msg(
                        "trends.download_failed", host=urlsplit(url).netloc, status=response.status_code))
                for chunk in response.iter_bytes():
                    if cancel is not None and cancel():
                        raise Cancelled()
                    sink(chunk)
        except httpx.TransportError as exc:
            raise Offline(msg("api.offline", host=urlsplit(url).netloc,
                              reason=type(exc).__name__)) from None

    # --- account -------------------------------------------------------------------------------

    def whoami(self) -> WhoAmI:
        """The signed-in user (``GET users/me``) with their distributor and company."""
        try:
            user: User | None = self._decode(self._json(self._call("GET", "users/me", cls=User)), User)
        except NotFound:
            user = None  # a server without users/me: fall back to what the account can see
        distributor = company = None
        if user is not None and user.distributor_id:
            distributor = self.get(Distributor, user.distributor_id)
        if user is not None and user.company_id:
            company = self.get(Company, user.company_id)
        if distributor is None:
            distributor = next(iter(self.list(Distributor, page_size=1, prefetch=1)), None)
        if company is None:
            company = next(iter(self.list(Company, page_size=1, prefetch=1)), None)
        return WhoAmI(user=user, distributor=distributor, company=company)


# --- dialect detection and opening a profile ---------------------------------------------------


def detect_dialect(root: str, login: str, password: str, secrets: SecretStore, *,
                   profile_name: str = "default", **client_kwargs: Any) -> str:
    """Ask the server which API it speaks when its URL does not say.

    Try limbo's JSON token request, then Labelcamp's form; with a token, the API that answers
    ``users/me`` (``/api/v1`` or ``/api/v2``) decides. A wrong password raises AuthFailed."""
    last: Exception | None = None
    for dialect in ("limbo", "labelcamp"):
        profile = Profile(profile_name, root, dialect, login)
        probe = MemorySecretStore()
        with ApiClient(profile, probe, **client_kwargs) as client:
            try:
                client.login(password)
            except ApiError as exc:
                if exc.status is None or exc.status >= 500:
                    raise  # unreachable or broken: the other request style will not help
                last = exc  # refused (wrong password, or this request style is not understood)
                continue
            for candidate in ("limbo", "labelcamp"):
                client.profile = dataclasses.replace(profile, dialect=candidate)
                try:
                    client._call("GET", "users/me")
                    return candidate
                except (NotFound, ApiError):
                    continue
            return dialect
    assert last is not None
    raise last


def secret_store_for(profile: Profile) -> SecretStore:
    """The store that holds this profile's token: the 0600 file when the user opted in, else the
    keyring (or the in-memory fallback)."""
    from app.platform import secrets as platform_secrets

    if profile.token_in_file:
        return platform_secrets.FileSecretStore()
    return platform_secrets.default_secret_store()


def open_client(name: str = "default", secrets: SecretStore | None = None,
                **kwargs: Any) -> ApiClient:
    """The client for a saved profile (the CLI and GUI entry point)."""
    from app.platform.profiles import ProfileStore

    profile = ProfileStore().load(name)
    return ApiClient(profile, secrets if secrets is not None else secret_store_for(profile), **kwargs)

