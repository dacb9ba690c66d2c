"""The label-profiles sandbox answers every documented example exactly, over real HTTP."""

from __future__ import annotations

import base64
import json
import re
import uuid
from collections.abc import Iterator

import httpx
import pytest

from app.sandbox.label_profiles import RunningLabelProfilesSandbox, encode_jwt, verify_jwt
from tests.label_profiles.conftest import FakeClock

SEED_BODY = {
    "name": "Sonic Wave Records",
    "email": "contact@sonicwave.example",
    "description": "Independent electronic music label",
    "country": "US",
}
ISO_MS_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
LABEL_KEYS = ["id", "name", "email", "description", "country", "userId", "createdAt", "updatedAt"]


@pytest.fixture
def http(label_profiles_sandbox: RunningLabelProfilesSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=label_profiles_sandbox.base_url,
                      headers={"Authorization": f"Bearer {label_profiles_sandbox.token}"}) as client:
        yield client


def _create(http: httpx.Client, **body: str) -> dict[str, str]:
    response = http.post("/api/labels", json=body)
    assert response.status_code == 201, response.text
    return response.json()["data"]


def test_create_answers_201_with_the_seed_envelope_and_label_object(
        http: httpx.Client, label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    response = http.post("/api/labels", json=SEED_BODY)
    assert response.status_code == 201
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["message", "data"]
    assert body["message"] == "Label created successfully"
    data = body["data"]
    assert list(data) == LABEL_KEYS
    assert uuid.UUID(data["id"]).version == 4
    assert {k: data[k] for k in SEED_BODY} == SEED_BODY
    assert data["userId"] == label_profiles_sandbox.user_id
    assert ISO_MS_Z.match(data["createdAt"]) and data["createdAt"] == data["updatedAt"]


def test_create_without_country_defaults_to_rw(http: httpx.Client) -> None:
    assert _create(http, name="Kigali Sound")["country"] == "RW"


def test_create_without_name_is_400_in_the_error_shape(http: httpx.Client) -> None:
    response = http.post("/api/labels", json={"email": "a@b.example"})
    assert response.status_code == 400
    assert response.json() == {"statusCode": 400, "message": "Label name is required"}


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b""])
def test_a_body_that_is_not_a_json_object_is_400(http: httpx.Client, raw: bytes) -> None:
    response = http.post("/api/labels", content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["statusCode"] == 400 and response.json()["message"]


def test_a_non_string_field_is_400_naming_the_field(http: httpx.Client) -> None:
    response = http.post("/api/labels", json={"name": "X", "country": 12})
    assert response.json() == {"statusCode": 400, "message": "country must be a string"}


def test_server_owned_fields_in_a_body_are_ignored(http: httpx.Client) -> None:
    data = _create(http, name="Mine", id="not-a-uuid", userId="someone-else")
    assert data["id"] != "not-a-uuid" and data["userId"] != "someone-else"


def test_list_is_zero_indexed_pages_of_ten_by_default(http: httpx.Client) -> None:
    names = [f"Label {i:02d}" for i in range(23)]
    for name in names:
        _create(http, name=name)
    first = http.get("/api/labels").json()
    assert first["message"] == "Labels returned successfully"
    assert [label["name"] for label in first["data"]] == names[:10]
    third = http.get("/api/labels", params={"page": 2}).json()["data"]
    assert [label["name"] for label in third] == names[20:]
    sized = http.get("/api/labels", params={"size": 20, "page": 1}).json()["data"]
    assert [label["name"] for label in sized] == names[20:]
    assert http.get("/api/labels", params={"page": 5}).json()["data"] == []


def test_list_filters_by_any_field_as_the_seed_example_does(http: httpx.Client) -> None:
    us = _create(http, **SEED_BODY)
    _create(http, name="Kigali Sound")
    _create(http, name="Oslo Ambient", country="NO")
    response = http.get("/api/labels?size=20&page=0&country=US")
    assert response.status_code == 200
    assert response.json() == {"message": "Labels returned successfully", "data": [us]}
    by_name = http.get("/api/labels", params={"name": "Kigali Sound"}).json()["data"]
    assert [label["name"] for label in by_name] == ["Kigali Sound"]
    assert http.get("/api/labels", params={"nosuchfield": "x"}).json()["data"] == []


@pytest.mark.parametrize("query", ["page=-1", "page=abc", "size=0", "size=1001"])
def test_bad_paging_parameters_are_400(http: httpx.Client, query: str) -> None:
    response = http.get(f"/api/labels?{query}")
    assert response.status_code == 400
    assert response.json()["message"].split()[0] in ("page", "size")


def test_get_one_answers_label_found_successfully(http: httpx.Client) -> None:
    created = _create(http, **SEED_BODY)
    response = http.get(f"/api/labels/{created['id']}")
    assert response.status_code == 200
    assert response.json() == {"message": "Label found successfully", "data": created}


def test_patch_changes_only_the_given_fields_and_moves_updated_at(http: httpx.Client) -> None:
    created = _create(http, **SEED_BODY)
    response = http.patch(f"/api/labels/{created['id']}", json={
        "description": "Premier independent electronic music label",
        "email": "new@sonicwave.example",
    })
    assert response.status_code == 200
    body = response.json()
    assert body["message"] == "Label updated successfully"
    assert body["data"]["description"] == "Premier independent electronic music label"
    assert body["data"]["email"] == "new@sonicwave.example"
    assert body["data"]["name"] == created["name"] and body["data"]["country"] == "US"
    assert body["data"]["createdAt"] == created["createdAt"]
    assert body["data"]["updatedAt"] >= created["updatedAt"]
    assert http.get(f"/api/labels/{created['id']}").json()["data"] == body["data"]


def test_patch_cannot_empty_the_name(http: httpx.Client) -> None:
    created = _create(http, name="Keep me")
    response = http.patch(f"/api/labels/{created['id']}", json={"name": "  "})
    assert response.status_code == 400
    assert http.get(f"/api/labels/{created['id']}").json()["data"]["name"] == "Keep me"


def test_delete_answers_204_with_no_body_and_the_label_is_gone(http: httpx.Client) -> None:
    created = _create(http, name="Short-lived")
    response = http.delete(f"/api/labels/{created['id']}")
    assert response.status_code == 204
    assert response.content == b""
    assert http.get(f"/api/labels/{created['id']}").status_code == 404


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_unknown_id_is_404_label_not_found(http: httpx.Client, method: str) -> None:
    kwargs = {"json": {"name": "x"}} if method == "PATCH" else {}
    response = http.request(method, f"/api/labels/{uuid.uuid4()}", **kwargs)
    assert response.status_code == 404
    assert response.json() == {"statusCode": 404, "message": "Label not found"}


def test_every_route_requires_a_bearer_token(label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    with httpx.Client(base_url=label_profiles_sandbox.base_url) as anonymous:
        for method, path in [("GET", "/api/labels"), ("POST", "/api/labels"),
                             ("GET", f"/api/labels/{uuid.uuid4()}"),
                             ("PATCH", f"/api/labels/{uuid.uuid4()}"),
                             ("DELETE", f"/api/labels/{uuid.uuid4()}")]:
            response = anonymous.request(method, path)
            assert response.status_code == 401, (method, path)
            assert response.json() == {"statusCode": 401, "message": "Missing bearer token"}


def _tamper_subject(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["sub"] = str(uuid.uuid4())
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


def test_a_tampered_token_is_401(label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    forged = _tamper_subject(label_profiles_sandbox.token)
    response = httpx.get(label_profiles_sandbox.api_url + "/labels",
                         headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401
    assert response.json() == {"statusCode": 401, "message": "Invalid token: signature does not match"}


def test_a_token_signed_with_another_secret_or_alg_none_is_401(
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    claims = {"sub": label_profiles_sandbox.user_id, "exp": 4102444800}
    other = encode_jwt(claims, b"some other secret")
    header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').rstrip(b"=").decode()
    unsigned = header + "." + other.split(".")[1] + "."
    for token in (other, unsigned, "not-a-jwt"):
        response = httpx.get(label_profiles_sandbox.api_url + "/labels",
                             headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401
        assert response.json()["message"].startswith("Invalid token")


def test_a_token_expires_after_its_ttl(clocked_label_profiles_sandbox: RunningLabelProfilesSandbox,
                                       fake_clock: FakeClock) -> None:
    sandbox = clocked_label_profiles_sandbox
    headers = {"Authorization": f"Bearer {sandbox.token}"}
    assert httpx.get(sandbox.api_url + "/labels", headers=headers).status_code == 200
    fake_clock.advance(61)
    response = httpx.get(sandbox.api_url + "/labels", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"statusCode": 401, "message": "Token has expired"}


def test_created_by_follows_the_token_subject(label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    other_user = str(uuid.uuid4())
    token = label_profiles_sandbox.issue_token(sub=other_user)
    response = httpx.post(label_profiles_sandbox.api_url + "/labels", json={"name": "Theirs"},
                          headers={"Authorization": f"Bearer {token}"})
    assert response.json()["data"]["userId"] == other_user


def test_jwt_round_trip_and_claims(label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    claims = verify_jwt(label_profiles_sandbox.token, label_profiles_sandbox.service.secret,
                        now=label_profiles_sandbox.service.clock())
    assert claims["sub"] == label_profiles_sandbox.user_id
    assert claims["exp"] - claims["iat"] == 3600


def test_unknown_routes_and_methods_answer_in_the_error_shape(
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    missing = httpx.get(label_profiles_sandbox.base_url + "/api/artists")
    assert missing.status_code == 404 and missing.json()["statusCode"] == 404
    wrong = httpx.put(label_profiles_sandbox.api_url + "/labels")
    assert wrong.status_code == 405 and wrong.json()["statusCode"] == 405


def test_a_trailing_slash_reaches_the_same_route(http: httpx.Client) -> None:
    created = _create(http, name="Slashed")
    assert http.get("/api/labels/").json()["data"] == [created]
    assert http.get(f"/api/labels/{created['id']}/").json()["message"] == "Label found successfully"


def test_a_browser_preflight_is_allowed_for_the_fetch_examples(
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    response = httpx.options(label_profiles_sandbox.api_url + "/labels", headers={
        "Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type"})
    assert response.status_code == 200
    assert "POST" in response.headers["access-control-allow-methods"]


# --- hostile requests: each refused with the {statusCode, message} shape, nothing stored -------------

def _raw(http: httpx.Client, method: str, path: str, text: str | bytes,
         content_type: str = "application/json") -> httpx.Response:
    content = text.encode("utf-8") if isinstance(text, str) else text
    return http.request(method, path, content=content, headers={"Content-Type": content_type})


def _refused(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["statusCode"] == status and "Traceback" not in response.text
    return str(body["message"])


def test_a_lone_surrogate_is_400_and_no_label_appears(http: httpx.Client) -> None:
    assert "surrogate" in _refused(_raw(http, "POST", "/api/labels", '{"name": "x\\ud800"}'), 400)
    created = _create(http, name="Fine")
    assert _refused(_raw(http, "PATCH", f"/api/labels/{created['id']}", '{"name": "\\udc00"}'), 400)
    assert http.get("/api/labels").json()["data"] == [created]


@pytest.mark.parametrize("text", ['{"name": NaN}', '{"name": "a", "country": Infinity}',
                                  '{"name": "a", "name": "b"}', '{"name": ' + "[" * 2000 + "]" * 2000 + "}"])
def test_bodies_json_cannot_carry_are_400(http: httpx.Client, text: str) -> None:
    _refused(_raw(http, "POST", "/api/labels", text), 400)
    assert http.get("/api/labels").json()["data"] == []


def test_a_deeply_nested_or_non_ascii_token_is_401(
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    header = base64.urlsafe_b64encode(("[" * 5000 + "]" * 5000).encode()).rstrip(b"=").decode()
    token = label_profiles_sandbox.token
    payload, signature = token.split(".")[1:]
    for bad in (f"{header}.{payload}.{signature}".encode(), token.encode()[:-2] + b"\xe9\xff",
                b"\xff" * 40):
        response = httpx.get(label_profiles_sandbox.api_url + "/labels",
                             headers={"Authorization": b"Bearer " + bad})
        assert _refused(response, 401).startswith("Invalid token")
    assert httpx.get(label_profiles_sandbox.api_url + "/labels",
                     headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_a_huge_name_is_413_and_not_stored(http: httpx.Client) -> None:
    _refused(http.post("/api/labels", json={"name": "n" * (1024 * 1024)}), 413)

    def chunks() -> Iterator[bytes]:
        yield b'{"name": "'
        for _ in range(50):
            yield b"n" * 65536

    _refused(http.post("/api/labels", content=chunks(), headers={"Content-Type": "application/json"}), 413)
    assert http.get("/api/labels").json()["data"] == []


def test_a_body_that_is_not_json_is_415(http: httpx.Client) -> None:
    _refused(_raw(http, "POST", "/api/labels", '{"name": "x"}', "text/plain"), 415)
    assert http.post("/api/labels", json={"name": "Still fine"}).status_code == 201


def test_a_foreign_host_header_is_400(http: httpx.Client) -> None:
    for host in ('evil.example"><script>', "evil.example"):
        assert "Host" in _refused(http.get("/api/labels", headers={"Host": host}), 400)
    assert http.get("/api/labels").status_code == 200


def test_a_user_sees_and_changes_only_their_own_labels(
        http: httpx.Client, label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    mine = _create(http, name="Mine")
    other = httpx.Client(base_url=label_profiles_sandbox.base_url, headers={
        "Authorization": f"Bearer {label_profiles_sandbox.issue_token(sub=str(uuid.uuid4()))}"})
    with other:
        theirs = other.post("/api/labels", json={"name": "Theirs"}).json()["data"]
        for method in ("GET", "PATCH", "DELETE"):
            response = other.request(method, f"/api/labels/{mine['id']}",
                                     json={"name": "Hijacked"} if method == "PATCH" else None)
            assert _refused(response, 404) == "Label not found"
        assert other.get("/api/labels").json()["data"] == [theirs]
        assert other.get("/api/labels", params={"name": "Mine"}).json()["data"] == []
    assert http.get("/api/labels").json()["data"] == [mine]
    assert http.get(f"/api/labels/{mine['id']}").json()["data"]["name"] == "Mine"


def test_the_openapi_document_is_served(label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    doc = httpx.get(label_profiles_sandbox.base_url + "/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    assert set(doc["paths"]["/api/labels/{label_id}"]) >= {"get", "patch", "delete"}


@pytest.mark.parametrize("value", ["+1", "\u0661", "1_0", " 1", "01", "1.0", "-0"])
def test_page_and_size_are_strict_ascii_integers(http: httpx.Client, value: str) -> None:
    _create(http, name="Only")
    for name in ("page", "size"):
        assert _refused(http.get("/api/labels", params={name: value}), 400).startswith(name)
    assert len(http.get("/api/labels", params={"page": "0", "size": "1"}).json()["data"]) == 1
