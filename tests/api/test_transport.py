"""Transport hygiene: URL rules, dialect hints, Retry-After parsing, User-Agent, no token in logs."""

from __future__ import annotations

import email.utils
import json
import logging
import time

import httpx
import pytest

from app.api.client import ApiClient, check_url, split_server_url
from app.api.errors import InsecureUrl, Offline
from app.api.transport import retry_after
from app.domain.resources import Label, Product
from app.platform.profiles import Profile
from app.platform.secrets import MemorySecretStore


@pytest.mark.parametrize("url", ["https://api.idol.io", "https://h.example/api/v1", "http://127.0.0.1:8700",
                                 "http://localhost:9", "http://[::1]:8700", "http://127.0.0.2"])
def test_allowed_server_urls(url):
    check_url(url)


@pytest.mark.parametrize("url", ["http://api.idol.io", "http://10.0.0.5:8700", "ftp://h.example",
                                 "http://localhost.evil.example"])
def test_plain_http_or_other_schemes_to_remote_hosts_are_refused(url):
    with pytest.raises(InsecureUrl):
        check_url(url)


@pytest.mark.parametrize(("url", "root", "dialect"), [
    ("https://api.idol.io", "https://api.idol.io", "labelcamp"),
    ("https://api.idol.io/api/v2/", "https://api.idol.io", "labelcamp"),
    ("https://beat.example/api/v1", "https://beat.example", "limbo"),
    ("http://127.0.0.1:8700/api/v2", "http://127.0.0.1:8700", "labelcamp"),
    ("beat.example", "https://beat.example", None),
    ("http://127.0.0.1:8700/", "http://127.0.0.1:8700", None),
])
def test_server_url_gives_root_and_dialect_hint(url, root, dialect):
    assert split_server_url(url) == (root, dialect)


def test_retry_after_reads_seconds_and_http_dates():
    assert retry_after(httpx.Response(429, headers={"Retry-After": "3"})) == 3.0
    assert retry_after(httpx.Response(429, headers={"Retry-After": "0.5"})) == 0.5
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= (retry_after(httpx.Response(503, headers={"Retry-After": later})) or 0) <= 31
    assert retry_after(httpx.Response(503)) is None
    assert retry_after(httpx.Response(503, headers={"Retry-After": "soon"})) is None


def test_unresolvable_host_is_offline_in_one_sentence():
    client = ApiClient(Profile("x", "https://releasedesk-test.invalid", "limbo", "a@b.c"),
                       MemorySecretStore(), backoff_base=0.01, backoff_cap=0.02)
    with pytest.raises(Offline, match="releasedesk-test.invalid .the name does not resolve"):
        client.login("pw")
    client.close()


def test_user_agent_tls_and_no_redirects(sandbox, make_client):
    client = make_client(sandbox)
    assert client.transport.http.headers["User-Agent"].startswith("Releasedesk/")
    assert client.transport.http.follow_redirects is False


def test_tokens_and_passwords_never_reach_the_logs(sandbox, make_client, caplog, secret_store):
    caplog.set_level(logging.DEBUG)
    client = make_client(sandbox)
    client.create(Label(name="L", company_id="1"))
    list(client.list(Label))
    sandbox.expire_tokens()
    with pytest.raises(Exception):  # noqa: B017 - any failure will do, its text is what matters
        client.get(Product, "1")
    issued = json.loads(secret_store._data[("Releasedesk", "default:token")])["access_token"]
    assert len(issued) >= 16 and client.token.get() == issued
    assert issued not in caplog.text


def test_compound_document_brings_included_resources(sandbox, make_client):
    client = make_client(sandbox)
    label = client.create(Label(name="L", company_id="1"))
    product = client.create(Product(name="P", upc_code="8088111222333", copyright_line="c",
                                    production_line="p", production_year=2023, status="draft",
                                    artist=["A"], label_id=label.id, language_id="5"))
    got, included = client.get_compound(Product, product.id, include=["label", "language"])
    assert got.id == product.id
    kinds = {(type(r).__name__, r.id) for r in included}
    assert ("Label", label.id) in kinds and ("Language", "5") in kinds


def test_links_to_another_host_are_followed_on_the_profiles_server_only():
    client = ApiClient(Profile("x", "https://beat.example", "limbo", "a@b.c"), MemorySecretStore())
    assert client._url("labels") == "https://beat.example/api/v1/labels"
    assert client._url("https://beat.example/api/v1/labels?page[number]=2") == \
        "https://beat.example/api/v1/labels?page[number]=2"
    assert client._url("https://domain.com/api/v1/labels?page[number]=2") == \
        "https://beat.example/api/v1/labels?page[number]=2"
    assert client._url("http://beat.example/api/v1/labels") == "https://beat.example/api/v1/labels"
    client.close()


def test_page_count_reads_both_meta_styles_and_next_links():
    limbo = {"meta": {"page": {"currentPage": 1, "from": 1, "lastPage": 250, "perPage": 200, "to": 200,
                               "total": 50000}},
             "links": {"first": "https://d/api/v1/products?page[number]=1&page[size]=200",
                       "next": "https://d/api/v1/products?page[number]=2&page[size]=200"}}
    labelcamp = {"meta": {"record-count": 401, "page-count": 3},
                 "links": {"next": "https://api.idol.io/api/v2/labels?page%5Bnumber%5D=2"}}
    unpaginated = {"data": [{"type": "product-types", "id": "1"}]}
    assert ApiClient._page_count(limbo) == 250 and ApiClient._page_count(labelcamp) == 3
    assert ApiClient._page_count(unpaginated) is None
    assert ApiClient._next_link(limbo).endswith("page[number]=2&page[size]=200")
    assert ApiClient._next_link(unpaginated) is None


def test_a_server_with_an_untrusted_certificate_is_refused_without_retrying(tmp_path):
    """A real TLS server on loopback with a self-signed certificate: verification stays on."""
    import http.server
    import shutil
    import ssl
    import subprocess
    import threading

    openssl = shutil.which("openssl")
    assert openssl, "openssl is part of the test tool set"
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"],
                   check=True, capture_output=True)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # never reached: the client refuses the certificate first
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        client = ApiClient(Profile("x", f"https://127.0.0.1:{port}", "limbo", "a@b.c"),
                           MemorySecretStore(), backoff_base=0.01, backoff_cap=0.02)
        with pytest.raises(Offline, match="certificate is not trusted"):
            client.login("pw")
        assert client.request_count == 1
        client.close()
    finally:
        server.shutdown()
        server.server_close()


def test_stored_token_reads_a_bare_token_and_a_record_and_forgets_the_password_with_it():
    from app.api.transport import StoredToken
    from app.platform.secrets import SERVICE

    secrets = MemorySecretStore()
    secrets.set(SERVICE, "old:token", "bare-token-from-an-older-version")
    assert StoredToken(secrets, "old").get() == "bare-token-from-an-older-version"

    slot = StoredToken(secrets, "p")
    slot.keep("t1", {"access_token": "t1", "expires_at": None, "renew_at": time.time() - 1},
              password="pw", remember_password=True)
    fresh = StoredToken(secrets, "p")  # as a new client reads it back
    assert fresh.get() == "t1" and fresh.about_to_expire()
    assert slot.remembered_password() == "pw"
    slot.forget()
    assert slot.get() is None and secrets.get(SERVICE, "p:password") is None


def test_both_clients_refuse_plain_http_to_another_computer_with_the_same_sentence():
    from app.api.label_profiles import LabelProfilesClient, connection

    with pytest.raises(InsecureUrl) as distributor:
        ApiClient(Profile("x", "http://10.0.0.5:8700", "limbo", "a@b.c"), MemorySecretStore())
    with pytest.raises(InsecureUrl) as label_profiles:
        LabelProfilesClient(connection("x", "http://10.0.0.5:8700"), MemorySecretStore())
    assert distributor.value.message == label_profiles.value.message
    assert "Refusing plain http:// for 10.0.0.5" in distributor.value.message
