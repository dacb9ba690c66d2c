"""Auth: the password grant in both spellings, 401s as JSON, and token expiry with the documented detail."""

from __future__ import annotations

import httpx

from tests.sandbox.helpers import token_for


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_limbo_json_password_grant_returns_a_bearer_token(sandbox):
    response = httpx.post(
        f"{sandbox.base_url}/oauth/token",
        json={"grant_type": "password", "email": "demo@example.com", "password": "demo"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["token_type"] == "Bearer" and body["access_token"] and body["expires_in"] == 3600
    assert isinstance(body["created_at"], int)


def test_form_encoded_username_grant_works_in_both_dialects(sandbox, labelcamp_sandbox):
    for sb in (sandbox, labelcamp_sandbox):
        response = httpx.post(
            f"{sb.base_url}/oauth/token",
            data={"grant_type": "password", "username": sb.email, "password": sb.password},
        )
        assert response.status_code == 200, response.text
        assert response.json()["access_token"]


def test_bad_credentials_are_a_json_401(sandbox):
    response = httpx.post(
        f"{sandbox.base_url}/oauth/token",
        json={"grant_type": "password", "email": "demo@example.com", "password": "wrong"},
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_grant"
    assert response.json()["errors"][0]["detail"]


def test_unsupported_grant_and_malformed_token_request_are_400(sandbox):
    assert (
        httpx.post(f"{sandbox.base_url}/oauth/token", json={"grant_type": "client_credentials"}).json()[
            "error"
        ]
        == "unsupported_grant_type"
    )
    bad = httpx.post(
        f"{sandbox.base_url}/oauth/token", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert bad.status_code == 400 and bad.json()["error"] == "invalid_request"


def test_every_api_route_needs_the_bearer_token(sandbox):
    for path in ("/labels", "/products/1", "/users/me", "/languages", "/nothing-here"):
        response = httpx.get(sandbox.api_url + path)
        assert response.status_code == 401, path
        assert response.headers["content-type"].startswith("application/vnd.api+json")
        assert response.json()["errors"][0]["status"] == "401"
    wrong = httpx.get(sandbox.api_url + "/labels", headers={"Authorization": "Bearer not-a-token"})
    assert wrong.status_code == 401 and "invalid" in wrong.json()["errors"][0]["detail"]


def test_users_me_is_the_demo_user_of_company_1_and_distributor_1(sandbox):
    response = httpx.get(
        sandbox.api_url + "/users/me", headers={"Authorization": f"Bearer {token_for(sandbox)}"}
    )
    data = response.json()["data"]
    assert data["attributes"]["email"] == "demo@example.com"
    assert data["relationships"]["company"]["data"] == {"type": "companies", "id": "1"}
    assert data["relationships"]["distributor"]["data"] == {"type": "distributors", "id": "1"}


def test_token_expires_after_its_ttl_with_the_documented_detail(sandbox_factory):
    clock = FakeClock()
    sb = sandbox_factory(token_ttl=60, clock=clock)
    headers = {"Authorization": f"Bearer {token_for(sb)}"}
    assert httpx.get(sb.api_url + "/labels", headers=headers).status_code == 200
    clock.now += 61
    response = httpx.get(sb.api_url + "/labels", headers=headers)
    assert response.status_code == 401
    assert response.json()["errors"][0]["detail"] == "The access token expired"
    fresh = {"Authorization": f"Bearer {token_for(sb)}"}
    assert httpx.get(sb.api_url + "/labels", headers=fresh).status_code == 200


def test_expire_tokens_control_expires_every_issued_token(sandbox):
    headers = {"Authorization": f"Bearer {token_for(sandbox)}"}
    assert httpx.post(f"{sandbox.base_url}/_sandbox/expire-tokens").status_code == 204
    response = httpx.get(sandbox.api_url + "/labels", headers=headers)
    assert response.json()["errors"][0]["detail"] == "The access token expired"
    headers = {"Authorization": f"Bearer {token_for(sandbox)}"}
    sandbox.expire_tokens()
    assert httpx.get(sandbox.api_url + "/labels", headers=headers).status_code == 401


def test_a_restart_on_the_same_data_keeps_tokens_valid_without_writing_them(sandbox_factory, tmp_path):
    first = sandbox_factory(data_dir=tmp_path / "data")
    token = token_for(first)
    first.stop()
    second = sandbox_factory(data_dir=tmp_path / "data")
    response = httpx.get(second.api_url + "/labels", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    stored = b"".join(p.read_bytes() for p in (tmp_path / "data").glob("sandbox.sqlite3*"))
    assert token.encode() not in stored
    second.expire_tokens()
    assert (
        httpx.get(second.api_url + "/labels", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    )
