"""Hostile requests, each sent over real HTTP to a running sandbox: every one gets a 4xx JSON:API error
(or the behaviour docs/SANDBOX.md documents), nothing of it is stored, and a later read still works."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import stat
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sandbox.runner import RunningSandbox, bind_listener, start_sandbox
from tests.sandbox.helpers import JSONAPI, Api, cover_data_url, new_label, one, ready_product, token_for

Factory = Callable[..., RunningSandbox]


@pytest.fixture(params=["limbo", "labelcamp"])
def dialect_sandbox(request: pytest.FixtureRequest, sandbox_factory: Factory) -> RunningSandbox:
    return sandbox_factory(dialect=request.param)


def raw_post(api: Api, path: str, text: str, content_type: str = JSONAPI) -> httpx.Response:
    return api.client.post(path, content=text.encode("utf-8"), headers={"Content-Type": content_type})


def assert_jsonapi_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(JSONAPI)
    doc = response.json()
    assert doc["errors"] and doc["errors"][0]["status"] == str(status)
    assert "Traceback" not in response.text
    return doc  # type: ignore[no-any-return]


def label_count(api: Api) -> int:
    response = api.get("/labels", **{"page[size]": "200"})
    assert response.status_code == 200, response.text
    return len(response.json()["data"])


LABEL_BODY = '{"data": {"type": "labels", "attributes": {"name": %s}, "relationships": ' \
             '{"company": {"data": {"type": "companies", "id": "1"}}}}}'


# 1 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ['"x\\ud800"', '"\\udfff tail"', '"a\\ud83d"'])
def test_a_lone_surrogate_is_refused_and_nothing_is_stored(
    dialect_sandbox: RunningSandbox, name: str
) -> None:
    api = Api(dialect_sandbox)
    before = label_count(api)
    doc = assert_jsonapi_error(raw_post(api, "/labels", LABEL_BODY % name), 400)
    assert "surrogate" in doc["errors"][0]["detail"]
    assert label_count(api) == before


def test_a_valid_surrogate_pair_is_an_ordinary_character(sandbox: RunningSandbox) -> None:
    api = Api(sandbox)
    response = raw_post(api, "/labels", LABEL_BODY % '"Smile \\ud83d\\ude00"')
    assert response.status_code == 201, response.text
    assert response.json()["data"]["attributes"]["name"] == "Smile \U0001f600"


# 2 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_refused_and_listings_still_answer(
    dialect_sandbox: RunningSandbox, number: str
) -> None:
    api = Api(dialect_sandbox)
    product = ready_product(api, activate=False)
    offer = {"data": {"type": "offers", "attributes": {"options": {"price": "__N__"}},
                      "relationships": {"product": {"data": {"type": "products", "id": product}}}}}
    text = json.dumps(offer).replace('"__N__"', number)
    assert_jsonapi_error(raw_post(api, "/offers", text), 400)
    track = api.get("/tracks", **{"filter[product-id]": product}).json()["data"][0]["id"]
    patch = json.dumps({"data": {"type": "tracks", "id": track, "attributes": {"length": "__N__"}}})
    response = api.client.patch(f"/tracks/{track}", content=patch.replace('"__N__"', number))
    assert_jsonapi_error(response, 400)
    assert api.get(f"/tracks/{track}").json()["data"]["attributes"]["length"] is None
    assert api.get("/offers", **{"filter[is-default]": "true"}).status_code == 200
    assert api.get("/offers", sort="status").status_code == 200


# 3 ------------------------------------------------------------------------------------------------
def test_big_value_keys_nested_deeper_are_ordinary_values(dialect_sandbox: RunningSandbox) -> None:
    api = Api(dialect_sandbox)
    product = ready_product(api, activate=False)
    offer = api.post("/offers", {"data": {"type": "offers", "attributes": {
        "options": {"new-file": "not base64 at all", "front-cover": {"x": 1}}},
        "relationships": {"product": {"data": {"type": "products", "id": product}}}}})
    assert offer.status_code == 201, offer.text
    options = offer.json()["data"]["attributes"]["options"]
    assert options == {"new-file": "not base64 at all", "front-cover": {"x": 1}}
    changed = api.update("products", product, {"custom-data": {"front-cover": "plain text"}})
    assert changed["data"]["attributes"]["custom-data"] == {"front-cover": "plain text"}
    right = api.create("rights", {"action": "add", "comments": {"new-file": "abc"}}, {
        "distributed": one("products", product), "dsps": {"data": [{"type": "dsps", "id": "1"}]},
        "continents": {"data": [{"type": "continents", "id": "1"}]}})
    assert right["data"]["attributes"]["comments"] == {"new-file": "abc"}
    assert api.get("/offers").status_code == 200 and api.get("/rights").status_code == 200


# 4 ------------------------------------------------------------------------------------------------
def deep(levels: int) -> str:
    return "[" * levels + "]" * levels


def test_deep_nesting_is_refused_on_every_kind_of_body(dialect_sandbox: RunningSandbox) -> None:
    sb = dialect_sandbox
    api = Api(sb)
    token = httpx.post(f"{sb.base_url}/oauth/token", content='{"grant_type": ' + deep(5000) + "}",
                       headers={"Content-Type": "application/json"})
    assert token.status_code == 400 and token.json()["error"] == "invalid_request"
    body = '{"data": {"type": "labels", "attributes": {"name": "x", "description": ' + deep(1200) + "}}}"
    assert_jsonapi_error(raw_post(api, "/labels", body), 400)
    label = new_label(api)
    patch = f'{{"data": {{"type": "labels", "id": "{label}", "attributes": {{"usage": {deep(100_000)}}}}}}}'
    assert_jsonapi_error(api.client.patch(f"/labels/{label}", content=patch), 400)
    faults = httpx.post(f"{sb.base_url}/_sandbox/faults", content='{"method": ' + deep(3000) + "}")
    assert_jsonapi_error(faults, 400)
    assert sb.stats()["requests"] >= 0 and not sb.app.control.faults
    assert api.get(f"/labels/{label}").status_code == 200


def test_nesting_up_to_the_limit_is_accepted(sandbox: RunningSandbox) -> None:
    api = Api(sandbox)
    nested: Any = "leaf"
    for _ in range(25):
        nested = {"n": nested}
    label = new_label(api)
    product = api.post("/products", {"data": {"type": "products", "attributes": {
        "name": "Deep", "upc-code": "8088111222999", "copyright-line": "c", "production-line": "p",
        "production-year": 2023, "status": "draft", "artist": ["A"], "custom-data": nested},
        "relationships": {"label": one("labels", label), "language": one("languages", 5)}}})
    assert product.status_code == 201, product.text


# 5 ------------------------------------------------------------------------------------------------
def test_thousands_of_filters_or_sort_terms_are_400(dialect_sandbox: RunningSandbox) -> None:
    api = Api(dialect_sandbox)
    response = api.client.get("/products", params=[("filter[id]", str(i)) for i in range(1, 1101)])
    assert_jsonapi_error(response, 400)
    response = api.client.get("/products", params={"filter[id]": ",".join(str(i) for i in range(1, 2000))})
    assert_jsonapi_error(response, 400)
    response = api.client.get("/products", params={"sort": ",".join(["name", "-status"] * 1050)})
    assert_jsonapi_error(response, 400)
    response = api.client.get("/products", params={"include": ",".join(["label"] * 300)})
    assert_jsonapi_error(response, 400)
    ok = api.client.get("/products", params={"filter[id]": ",".join(str(i) for i in range(1, 400)),
                                              "sort": "name,-status"})
    assert ok.status_code == 200


# 7 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("spec", [
    {"method": None, "path": "/labels"},
    {"method": "GET", "path": "/labels", "retry_after": "soon"},
    {"method": "GET", "path": "/labels", "status": 42},
    {"method": "GET", "path": "/labels", "status": 200},
    {"method": "GET", "path": "/labels", "status": True},
    {"method": "GET", "path": "/labels", "count": 0},
    {"method": "GET", "path": "("},
    {"method": "GET", "path": "/labels", "when": "later"},
    {"method": "GET", "path": "/labels", "colour": "red"},
    ["GET", "/labels"],
])
def test_a_bad_fault_is_refused_and_nothing_is_injected(sandbox: RunningSandbox, spec: Any) -> None:
    response = httpx.post(f"{sandbox.base_url}/_sandbox/faults", json=spec)
    doc = assert_jsonapi_error(response, 400)
    assert doc["errors"][0]["detail"]
    assert not sandbox.app.control.faults
    assert Api(sandbox).get("/labels").status_code == 200


def test_a_valid_fault_still_works(sandbox: RunningSandbox) -> None:
    response = httpx.post(f"{sandbox.base_url}/_sandbox/faults",
                          json={"method": "GET", "path": "/labels$", "status": 503, "retry_after": 2})
    assert response.status_code == 201
    api = Api(sandbox)
    failed = api.get("/labels")
    assert failed.status_code == 503 and failed.headers["retry-after"] == "2"
    assert api.get("/labels").status_code == 200


# 8 ------------------------------------------------------------------------------------------------
def test_a_huge_token_request_is_413_without_reading_it(dialect_sandbox: RunningSandbox) -> None:
    sb = dialect_sandbox
    host, port = sb.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(b"POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 209715200\r\n\r\n" + b'{"grant_type": "' + b"x" * 65536)
        answer = conn.recv(65536)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]

    def chunks() -> Iterator[bytes]:
        for _ in range(64):  # 4 MB, chunked: no Content-Length to judge by
            yield b" " * 65536

    response = httpx.post(f"{sb.base_url}/oauth/token", content=chunks(),
                          headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and response.json()["error"] == "request_too_large"
    assert token_for(sb)


def test_a_write_body_over_its_limit_is_413(sandbox: RunningSandbox) -> None:
    api = Api(sandbox)
    before = label_count(api)
    assert_jsonapi_error(raw_post(api, "/labels", LABEL_BODY % json.dumps("n" * (2 * 1024 * 1024))), 413)
    assert label_count(api) == before


# 9 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("host", ['evil.example"><script>', "evil.example", "127.0.0.1.evil.example:80",
                                  "localhost:80@evil", "a b"])
def test_a_foreign_host_header_is_refused_everywhere(dialect_sandbox: RunningSandbox, host: str) -> None:
    sb = dialect_sandbox
    api = Api(sb)
    for response in (
        api.client.get("/labels", headers={"Host": host}),
        httpx.post(f"{sb.base_url}/oauth/token", headers={"Host": host}, data={"grant_type": "password"}),
        httpx.get(f"{sb.base_url}/_sandbox/stats", headers={"Host": host}),
    ):
        doc = assert_jsonapi_error(response, 400)
        assert "<script>" not in json.dumps(doc)


def test_links_locations_and_cover_urls_use_an_allowed_host(sandbox: RunningSandbox) -> None:
    api = Api(sandbox)
    port = sandbox.base_url.rsplit(":", 1)[1]
    product = ready_product(api, activate=False)
    response = api.client.get(f"/products/{product}", headers={"Host": f"localhost:{port}"})
    assert response.status_code == 200
    attrs = response.json()["data"]["attributes"]
    assert attrs["cover-url"].startswith(f"http://localhost:{port}/storage/covers/")
    assert response.json()["links"]["self"].startswith(f"http://localhost:{port}/")


# 10 (label profiles) is in tests/label_profiles/test_sandbox.py ---------------------------------------

# 11 -----------------------------------------------------------------------------------------------
def test_the_data_folder_is_private(tmp_path: Path) -> None:
    data = tmp_path / "sandbox-data"
    with start_sandbox(data_dir=data, demo=True) as sb:
        api = Api(sb)
        ready_product(api, activate=False)
        files = [p for p in data.rglob("*") if p.is_file()]
        folders = [data, *(p for p in data.rglob("*") if p.is_dir())]
        assert any(p.name == "sandbox.sqlite3" for p in files) and any(p.suffix == ".jpg" for p in files)
        for folder in folders:
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def _closed(conn: socket.socket, deadline: float) -> bool:
    conn.settimeout(max(0.01, deadline - time.monotonic()))
    try:
        while True:
            data = conn.recv(4096)
            if not data:
                return True
    except (TimeoutError, BlockingIOError):
        return False
    except OSError:
        return True


def test_half_sent_requests_are_dropped_after_the_header_timeout(
    sandbox_factory: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    sb = sandbox_factory(header_timeout=1.0, body_idle_timeout=1.0)
    host, port = sb.base_url.removeprefix("http://").split(":")
    started = time.monotonic()
    conns = [socket.create_connection((host, int(port))) for _ in range(50)]
    for i, conn in enumerate(conns):
        if i % 3 == 0:
            conn.sendall(b"GET /api/v1/labels HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")  # headers never end
        elif i % 3 == 1:  # a body that stops half-way
            conn.sendall(b"POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{")
        # the rest send nothing at all
    deadline = started + 8
    try:
        assert all(_closed(conn, deadline) for conn in conns)
    finally:
        for conn in conns:
            conn.close()
    assert Api(sb).get("/labels").status_code == 200
    assert not [r for r in caplog.records if r.exc_info or r.levelname == "ERROR"], caplog.text


def test_a_slow_but_steady_upload_is_not_cut(sandbox_factory: Factory) -> None:
    sb = sandbox_factory(header_timeout=1.0, body_idle_timeout=1.0)
    form = b"grant_type=password&email=" + sb.email.encode() + b"&password=" + sb.password.encode()

    def trickle() -> Iterator[bytes]:
        for i in range(0, len(form), 8):
            time.sleep(0.3)  # 3 s in all, each gap well under the 1 s idle limit
            yield form[i : i + 8]

    response = httpx.post(f"{sb.base_url}/oauth/token", content=trickle(),
                          headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=20)
    assert response.status_code == 200, response.text


# 12 -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("content_type", [f"{JSONAPI}; charset=utf-8", "text/plain", f"{JSONAPI}; ext=foo",
                                          "application/x-www-form-urlencoded"])
def test_a_body_in_another_media_type_is_415(dialect_sandbox: RunningSandbox, content_type: str) -> None:
    api = Api(dialect_sandbox)
    before = label_count(api)
    assert_jsonapi_error(raw_post(api, "/labels", LABEL_BODY % '"Typed"', content_type), 415)
    assert label_count(api) == before
    assert raw_post(api, "/labels", LABEL_BODY % '"Plain JSON"', "application/json").status_code == 201


@pytest.mark.parametrize("accept", [f"{JSONAPI}; ext=foo", f'{JSONAPI}; profile="x", {JSONAPI}; ext=y'])
def test_an_accept_with_only_parameterised_jsonapi_is_406(
    dialect_sandbox: RunningSandbox, accept: str
) -> None:
    api = Api(dialect_sandbox)
    assert_jsonapi_error(api.client.get("/labels", headers={"Accept": accept}), 406)
    for fine in (JSONAPI, f"{JSONAPI}; ext=foo, {JSONAPI}", "*/*", "application/json"):
        assert api.client.get("/labels", headers={"Accept": fine}).status_code == 200


# 13 -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("rid", ["+1", "%201", "1_0", "\u0661", "01", "1.0", "0x1", "-1", " 1", "1e1",
                                 "9" * 30])
def test_ids_are_strict_ascii_digits(demo_sandbox: RunningSandbox, rid: str) -> None:
    api = Api(demo_sandbox)
    assert api.get("/products/1").status_code == 200
    response = api.client.get(f"{demo_sandbox.api_url}/products/{rid}")
    assert response.status_code == 404, (rid, response.text)
    assert response.json()["errors"][0]["status"] == "404"


@pytest.mark.parametrize("number", ["+1", "\u0661", "1_0", " 1", "1.0", "0", "99999999999"])
def test_page_numbers_are_strict(demo_sandbox: RunningSandbox, number: str) -> None:
    api = Api(demo_sandbox)
    assert_jsonapi_error(api.get("/products", **{"page[number]": number}), 400)
    assert_jsonapi_error(api.get("/products", **{"page[size]": number}), 400)
    assert api.get("/products", **{"page[number]": "1"}).status_code == 200


# 14 -----------------------------------------------------------------------------------------------
def test_a_send_task_patch_is_checked_like_its_post(dialect_sandbox: RunningSandbox) -> None:
    api = Api(dialect_sandbox)
    product = ready_product(api)
    task = api.create("send-tasks", {"delivery-type": "delivery", "deliverable": False}, {
        "product": one("products", product),
        "dsp-upload-identification": one("dsp-upload-identifications", 1801)})["data"]["id"]
    for attrs, pointer in (({"delivery-type": "bogus"}, "delivery-type"),
                           ({"deliverable": "maybe"}, "deliverable"),
                           ({"priority": "whenever"}, "priority"),
                           ({"delivery-type": ""}, "delivery-type")):
        response = api.patch(f"/send-tasks/{task}", {"data": {"type": "send-tasks", "id": task,
                                                             "attributes": attrs}})
        doc = assert_jsonapi_error(response, 422)
        assert doc["errors"][0]["source"]["pointer"] == f"/data/attributes/{pointer}"
    stored = api.get(f"/send-tasks/{task}").json()["data"]["attributes"]
    assert stored["delivery-type"] == "delivery" and stored["deliverable"] is False
    changed = api.update("send-tasks", task, {"delivery-type": "update", "priority": "urgent"})
    assert changed["data"]["attributes"]["delivery-type"] == "update"


# 15 -----------------------------------------------------------------------------------------------
def test_an_artist_in_use_cannot_be_deleted(dialect_sandbox: RunningSandbox) -> None:
    api = Api(dialect_sandbox)
    product = ready_product(api)
    artists = api.get(f"/products/{product}").json()["data"]["relationships"]["artists"]["data"]
    assert artists
    artist = artists[0]["id"]
    doc = assert_jsonapi_error(api.delete(f"/artists/{artist}"), 422)
    assert doc["errors"][0]["source"]["pointer"] == "/data/relationships/products"
    assert api.get(f"/artists/{artist}").status_code == 200
    assert api.get(f"/products/{product}", include="artists").status_code == 200
    unused = api.create("artists", {"name": "Nobody credits me"})["data"]["id"]
    assert api.delete(f"/artists/{unused}").status_code == 204


def test_the_last_track_of_an_active_product_stays(dialect_sandbox: RunningSandbox) -> None:
    api = Api(dialect_sandbox)
    product = ready_product(api)
    track = api.get("/tracks", **{"filter[product-id]": product}).json()["data"][0]["id"]
    doc = assert_jsonapi_error(api.delete(f"/tracks/{track}"), 422)
    assert doc["errors"][0]["source"]["pointer"] == "/data/relationships/product"
    other = ready_product(api, upc="8088111222444", activate=False)
    moved = api.patch(f"/tracks/{track}", {"data": {"type": "tracks", "id": track,
                                                    "relationships": {"product": one("products", other)}}})
    assert_jsonapi_error(moved, 422)
    assert len(api.get(f"/products/{product}/tracks").json()["data"]) == 1
    draft_track = api.get("/tracks", **{"filter[product-id]": other}).json()["data"][0]["id"]
    assert api.delete(f"/tracks/{draft_track}").status_code == 204


# 16 -----------------------------------------------------------------------------------------------
def test_accepted_connections_have_tcp_nodelay(sandbox: RunningSandbox) -> None:
    with httpx.Client(base_url=sandbox.base_url) as client:
        assert client.post("/oauth/token", data={"grant_type": "password"}).status_code == 400
        connections = list(sandbox._server.server_state.connections)
        assert connections
        for protocol in connections:
            sock = protocol.transport.get_extra_info("socket")
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1


def test_a_listener_without_the_tcp_protocol_number_gets_no_nodelay() -> None:
    """Why bind_listener names IPPROTO_TCP: asyncio sets TCP_NODELAY only on sockets whose proto says TCP."""
    async def accepted_nodelay(nodelay: bool) -> int:
        listener = bind_listener("127.0.0.1", 0, tcp_nodelay=nodelay)
        seen: list[int] = []

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            seen.append(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(handle, sock=listener)
        _, writer = await asyncio.open_connection(*listener.getsockname())
        while not seen:
            await asyncio.sleep(0.01)
        writer.close()
        server.close()
        return seen[0]

    assert asyncio.run(accepted_nodelay(True)) == 1
    assert asyncio.run(accepted_nodelay(False)) == 0


# control routes ------------------------------------------------------------------------------------
def _outward_address() -> str | None:
    """This machine's own non-loopback address, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: nothing is sent, only a route is chosen
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_control_routes_answer_only_loopback_clients(sandbox_factory: Factory) -> None:
    sb = sandbox_factory(host="0.0.0.0", allow_remote=True)
    port = int(sb.base_url.rsplit(":", 1)[1])
    local = httpx.get(f"http://127.0.0.1:{port}/_sandbox/stats")
    assert local.status_code == 200
    address = _outward_address()
    if address is not None:  # a real client from another address of this machine
        remote = httpx.get(f"http://{address}:{port}/_sandbox/stats")
        fault = httpx.post(f"http://{address}:{port}/_sandbox/faults", json={"method": "*", "path": "."})
        api_answer = httpx.post(f"http://{address}:{port}/oauth/token", data={"grant_type": "password"})
        assert api_answer.status_code == 400 and api_answer.json()["error"] == "invalid_request"
    else:  # no other address: the same ASGI call with a remote client address
        remote = _asgi_get(sb, "/_sandbox/stats", ("203.0.113.9", 5555))
        fault = _asgi_get(sb, "/_sandbox/faults", ("203.0.113.9", 5555), method="POST")
    for response in (remote, fault):
        assert_jsonapi_error(response, 403)
    assert not sb.app.control.faults


def _asgi_get(sb: RunningSandbox, path: str, client: tuple[str, int], method: str = "GET") -> httpx.Response:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"{}", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "raw_path": path.encode(), "query_string": b"",
             "headers": [(b"host", b"127.0.0.1")], "client": client, "server": ("127.0.0.1", 80),
             "http_version": "1.1", "scheme": "http"}
    asyncio.run(sb.app(scope, receive, send))
    headers = [(k.decode(), v.decode()) for k, v in sent[0]["headers"]]
    return httpx.Response(sent[0]["status"], headers=headers, content=sent[1]["body"])


def test_the_openapi_document_describes_every_resource_route(dialect_sandbox: RunningSandbox) -> None:
    from app.sandbox.schema import SPECS

    doc = httpx.get(f"{dialect_sandbox.base_url}/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    prefix = dialect_sandbox.api_url.removeprefix(dialect_sandbox.base_url)
    for rtype, spec in SPECS.items():
        assert "get" in doc["paths"][f"{prefix}/{rtype}"]
        item = doc["paths"][f"{prefix}/{rtype}/{{id}}"]
        assert ("patch" in item and "delete" in item) == spec.writable
    assert "/oauth/token" in doc["paths"]


def test_a_data_folder_holding_other_things_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    (folder / "notes.txt").write_text("mine")
    with start_sandbox(data_dir=folder) as sb:
        assert Api(sb).get("/labels").status_code == 200
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / "sandbox.sqlite3").stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "records").stat().st_mode) == 0o700


def test_text_shaped_like_an_upload_placeholder_stays_text(sandbox: RunningSandbox) -> None:
    api = Api(sandbox)
    label = new_label(api)
    fake = "\u0000bigvalue:1"
    response = api.post("/products", {"data": {"type": "products", "attributes": {
        "name": "P", "upc-code": "8088111222777", "copyright-line": "c", "production-line": "p",
        "production-year": 2023, "status": "draft", "artist": ["A"], "front-cover": cover_data_url(),
        "custom-data": fake},
        "relationships": {"label": one("labels", label), "language": one("languages", 5)}}})
    assert response.status_code == 201, response.text
    product = response.json()["data"]["id"]
    assert api.get(f"/products/{product}").json()["data"]["attributes"]["custom-data"] == fake


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` pixels but carries almost no data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
            + chunk(b"IEND", b""))


@pytest.mark.parametrize("image", [
    b"GIF89a" + bytes(range(256)) * 4,
    _png_header_only(60000, 60000),
    _png_header_only(7000, 7000),
    b"\xff\xd8\xff\xe0" + b"\x00" * 300,
])
def test_a_hostile_cover_is_422_and_the_product_keeps_reading(sandbox: RunningSandbox, image: bytes) -> None:
    api = Api(sandbox)
    product = ready_product(api, activate=False)
    before = api.get(f"/products/{product}").json()["data"]["attributes"]["cover-url"]
    url = "data:image/png;base64," + base64.b64encode(image).decode()
    response = api.patch(f"/products/{product}", {"data": {"type": "products", "id": product,
                                                          "attributes": {"front-cover": url}}})
    doc = assert_jsonapi_error(response, 422)
    assert doc["errors"][0]["source"]["pointer"] == "/data/attributes/front-cover"
    assert api.get(f"/products/{product}").json()["data"]["attributes"]["cover-url"] == before


@pytest.mark.parametrize("byte_range", ["bytes=abc", "bytes=5-1", "bytes=99999999-", "bytes=0-1",
                                        "bytes=" + ",".join(f"{i}-{i}" for i in range(500))])
def test_a_cover_is_always_served_whole(sandbox: RunningSandbox, byte_range: str) -> None:
    api = Api(sandbox)
    product = ready_product(api, activate=False)
    cover = api.get(f"/products/{product}").json()["data"]["attributes"]["cover-url"]
    whole = httpx.get(cover)
    response = httpx.get(cover, headers={"Range": byte_range})
    assert response.status_code == 200 and response.headers["content-type"] == "image/jpeg"
    assert response.content == whole.content and response.content[:2] == b"\xff\xd8"
