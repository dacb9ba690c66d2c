"""The client against the real sandbox, in both dialects: auth, CRUD, errors, pagination, uploads."""

from __future__ import annotations

import hashlib
import threading
import time

import pytest

from app.api.client import ApiClient
from app.api.errors import (
    AuthExpired,
    AuthFailed,
    Cancelled,
    InsecureUrl,
    NotFound,
    NotLoggedIn,
    Offline,
    UploadChanged,
    ValidationFailed,
)
from app.domain.resources import (
    Artist,
    ArtistRole,
    Company,
    Continent,
    Distributor,
    Dsp,
    DspUploadIdentification,
    Label,
    Language,
    Offer,
    PriceCode,
    Product,
    ProductType,
    Record,
    Right,
    SendTask,
    Subgenre,
    Territory,
    Track,
    TrackOffer,
)
from app.platform.profiles import Profile
from tests.api.conftest import profile_for, write_flac, write_jpeg, write_wav


def new_label(client: ApiClient, name: str = "Label name") -> Label:
    return client.create(Label(name=name, description="Label description", company_id="1"))


def new_product(client: ApiClient, label: Label | None = None, upc: str = "8088111222333") -> Product:
    label = label or new_label(client)
    return client.create(Product(
        name="Product title", upc_code=upc, copyright_line="Records Music",
        production_line="2023 Records Music", production_year=2023, status="draft",
        artist=["Artist name"], release_date="2023-10-01", label_id=label.id, language_id="5",
        product_type_id="1"))


# --- account ------------------------------------------------------------------------------------


def test_login_whoami_logout(any_sandbox, make_client, secret_store):
    client = make_client(any_sandbox)
    assert client.logged_in
    who = client.whoami()
    assert who.user is not None and who.user.email == any_sandbox.email
    assert who.distributor is not None and who.distributor.id == "1"
    assert who.company is not None and who.company.id == "1"
    client.logout()
    assert not client.logged_in
    with pytest.raises(NotLoggedIn):
        client.whoami()
    assert all("token" not in key for (_, key) in secret_store._data)


def test_token_is_kept_in_the_secret_store_and_reused_by_a_new_client(sandbox, make_client, secret_store):
    make_client(sandbox)
    again = make_client(sandbox, login=False)
    assert again.whoami().user.email == sandbox.email
    assert any(key == "default:token" for (_, key) in secret_store._data)


def test_wrong_password_is_auth_failed(any_sandbox, make_client):
    client = make_client(any_sandbox, login=False)
    with pytest.raises(AuthFailed) as info:
        client.login("not the password")
    assert "not the password" not in str(info.value)
    assert not client.logged_in


def test_plain_http_to_a_remote_host_is_refused():
    with pytest.raises(InsecureUrl, match="https://"):
        ApiClient(Profile("x", "http://labelcamp.example.com", "labelcamp", "me"), None)  # type: ignore[arg-type]


def test_unreachable_server_is_offline_naming_the_server(make_client):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    profile = Profile("x", f"http://127.0.0.1:{port}", "limbo", "demo@example.com")
    client = ApiClient(profile, None, backoff_base=0.01, backoff_cap=0.02)  # type: ignore[arg-type]
    with pytest.raises(Offline, match=f"127.0.0.1:{port}"):
        client.login("demo")
    client.close()


def test_expired_token_raises_auth_expired_without_remembered_password(any_sandbox, make_client):
    client = make_client(any_sandbox)
    any_sandbox.expire_tokens()
    with pytest.raises(AuthExpired, match="log in again"):
        client.list(Label).__next__()


def test_expired_token_is_renewed_once_with_the_remembered_password(any_sandbox, make_client):
    client = make_client(any_sandbox, profile=profile_for(any_sandbox, remember_password=True))
    new_label(client)
    any_sandbox.expire_tokens()
    assert [label.name for label in client.list(Label)] == ["Label name"]


def test_on_token_expired_callback_can_log_in_again(sandbox, make_client):
    asked = []

    def ask() -> bool:
        asked.append(True)
        client.login(sandbox.password)
        return True

    client = make_client(sandbox, on_token_expired=ask)
    sandbox.expire_tokens()
    assert client.get(Company, "1").id == "1"
    assert asked == [True]


# --- CRUD on every resource the app uses ----------------------------------------------------------


@pytest.mark.parametrize("cls", [ProductType, Language, Dsp, DspUploadIdentification, Continent,
                                 Territory, Subgenre, PriceCode, ArtistRole, Distributor, Company])
def test_reference_data_lists_and_reads(demo_like_client, cls):
    items = list(demo_like_client.list(cls))
    assert items and all(isinstance(i, cls) and i.id for i in items)
    assert demo_like_client.get(cls, items[0].id).id == items[0].id


@pytest.fixture(params=["limbo", "labelcamp"])
def demo_like_client(request, sandbox_factory, make_client):
    return make_client(sandbox_factory(dialect=request.param))


def test_reference_data_matches_the_tutorial_ids(sandbox, make_client):
    client = make_client(sandbox)
    assert client.get(Language, "5").name == "Spanish"
    assert client.get(ProductType, "1").name == "Album"
    apple = client.get(DspUploadIdentification, "1876")
    assert "custom_vendor_id" in {o.get("name") for o in apple.options or []}
    ww = client.get(Continent, "1")
    assert ww.name == "WW"
    assert [d.id for d in client.list(Dsp, filters={"id": "1,2"})] == ["1", "2"]


def test_label_create_read_update_delete(client):
    label = new_label(client)
    assert label.id and label.company_id == "1" and label.created_at
    assert client.get(Label, label.id).name == "Label name"
    label.description = "New description"
    updated = client.update(label, ["description"])
    assert updated.description == "New description" and updated.name == "Label name"
    assert [x.id for x in client.list(Label, filters={"name": "Label name"})] == [label.id]
    client.delete(Label, label.id)
    with pytest.raises(NotFound):
        client.get(Label, label.id)


def test_product_track_offer_right_artist_round_trip(client):
    product = new_product(client)
    assert product.status == "draft" and product.upc_code == "8088111222333"
    assert product.label_id and product.language_id == "5"
    track = client.create(Track(title="Track title", track_number=1, volume_number=1,
                                isrc_code="ESA112314511", artist=["Artist name"],
                                product_id=product.id, audio_language_id="5"))
    assert track.product_id == product.id and track.audio_language_id == "5"
    track.title = "Renamed"
    assert client.update(track, ["title"]).title == "Renamed"
    assert [t.id for t in client.list(Track, filters={"product-id": product.id})] == [track.id]

    offers = list(client.list(Offer, filters={"product-id": product.id, "is-default": "true"}))
    assert len(offers) == 1
    default = offers[0]
    default.release_date, default.subgenre_id, default.subgenre2_id = "2023-10-01", "1", "2"
    default = client.update(default, ["release_date", "subgenre_id", "subgenre2_id"])
    assert default.subgenre_id == "1" and default.subgenre2_id == "2"

    right = client.create(Right(action="add", user_email="user-email@user-email.com",
                                distributor_id="1", distributed_id=product.id, dsp_ids=["23"],
                                continent_ids=["1"]))
    assert right.dsp_ids == ["23"] and right.distributed_id == product.id
    assert right.distributed_type == "products"

    artist = client.create(Artist(name="Artist name", priority=5, distributor_id="1"))
    artist.priority = 7
    assert client.update(artist, ["priority"]).priority == 7
    client.delete(Artist, artist.id)

    related = client.related(Product, product.id, "tracks")
    assert isinstance(related, list) and [t.id for t in related] == [track.id]
    label = client.related(Product, product.id, "label")
    assert isinstance(label, Label) and label.id == product.label_id

    client.delete(Track, track.id)
    client.delete(Product, product.id)
    with pytest.raises(NotFound):
        client.get(Product, product.id)


def test_track_offer_and_send_task_through_the_client(client, tmp_path):
    product = new_product(client)
    track = client.create(Track(title="T", track_number=1, volume_number=1, isrc_code="ESA112314511",
                                artist=["Artist name"], product_id=product.id, audio_language_id="5"))
    offer = next(client.list(Offer, filters={"product-id": product.id}))
    track_offer = client.create(TrackOffer(track_id=track.id, offer_id=offer.id,
                                           usage={"download": True, "copy_scan": True,
                                                  "on_demand_stream": True,
                                                  "non_interactive_stream": True}))
    assert track_offer.track_id == track.id
    with pytest.raises(ValidationFailed) as info:  # a draft product cannot be delivered
        client.create(SendTask(deliverable=True, delivery_type="delivery", product_id=product.id,
                               dsp_upload_identification_id="1876"))
    assert info.value.field_errors


def test_validation_errors_arrive_as_field_errors(client):
    with pytest.raises(ValidationFailed) as info:
        client.create(Product(status="draft", production_year=2023, label_id=None, language_id="5"))
    fields = {e.field for e in info.value.field_errors}
    assert {"name", "upc_code", "label_id"} <= fields
    upc = info.value.for_field("upc_code")[0]
    assert upc.pointer == "/data/attributes/upc-code" and upc.message
    assert "\n" not in str(info.value)


def test_missing_item_is_not_found(client):
    with pytest.raises(NotFound, match="/labels/999"):
        client.get(Label, "999")


# --- pagination ---------------------------------------------------------------------------------------


def test_listing_walks_every_page_once_with_prefetch(any_sandbox, make_client):
    client = make_client(any_sandbox)
    made = [new_label(client, f"Label {i:02d}").id for i in range(23)]
    any_sandbox.reset_stats()
    before = client.request_count
    got = [label.id for label in client.list(Label, sort="id", page_size=5, prefetch=3)]
    assert got == made
    assert client.request_count - before == 5  # ceil(23 / 5) pages, one request each
    assert any_sandbox.stats()["requests"] == 5


def test_listing_without_prefetch_and_abandoned_iteration(sandbox, make_client):
    client = make_client(sandbox)
    made = [new_label(client, f"L{i}").id for i in range(7)]
    assert [x.id for x in client.list(Label, sort="id", page_size=3, prefetch=1)] == made
    first_two = []
    for label in client.list(Label, sort="id", page_size=2, prefetch=4):
        first_two.append(label.id)
        if len(first_two) == 2:
            break
    assert first_two == made[:2]


def test_page_size_is_capped_at_200(sandbox, make_client):
    client = make_client(sandbox)
    sandbox.reset_stats()
    languages = list(client.list(Language, page_size=10_000))
    assert len(languages) >= 5
    routes = sandbox.stats()["by_route"]
    assert sum(routes.values()) == -(-len(languages) // 200)


# --- uploads ----------------------------------------------------------------------------------------


@pytest.fixture
def track(client):
    product = new_product(client)
    return client.create(Track(title="T", track_number=1, volume_number=1, isrc_code="ESA112314511",
                               artist=["Artist name"], product_id=product.id, audio_language_id="5"))


def test_record_upload_streams_the_file_and_the_server_gets_the_same_bytes(client, track, tmp_path):
    path = write_flac(tmp_path / "master.flac", seconds=2.0)
    seen: list[tuple[int, int]] = []
    record = client.upload_record(track.id, path, progress=lambda d, t: seen.append((d, t)))
    assert record.id and record.track_id == track.id
    assert record.md5 == hashlib.md5(path.read_bytes()).hexdigest()
    assert seen[-1] == (path.stat().st_size, path.stat().st_size)
    assert [r.id for r in client.list(Record, filters={"track-id": track.id})] == [record.id]


def test_record_upload_can_be_cancelled(client, track, tmp_path):
    path = write_wav(tmp_path / "master.wav", seconds=6.0)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > 0:
            cancel.set()

    with pytest.raises(Cancelled, match="master.wav"):
        client.upload_record(track.id, path, progress=progress, cancel=cancel)
    assert list(client.list(Record, filters={"track-id": track.id})) == []


def test_a_file_changed_mid_upload_is_a_clear_error(client, track, tmp_path):
    path = write_wav(tmp_path / "master.wav", seconds=6.0)

    def grow(done: int, total: int) -> None:
        if 0 < done < total:
            with open(path, "ab") as fh:
                fh.write(b"\0" * 4096)

    with pytest.raises(UploadChanged, match="master.wav changed while it was being sent"):
        client.upload_record(track.id, path, progress=grow)
    assert list(client.list(Record, filters={"track-id": track.id})) == []
    # the connection pool is still usable afterwards
    assert client.get(Track, track.id).id == track.id


def test_a_missing_file_is_one_sentence_naming_it(client, track, tmp_path):
    from app.domain.errors import UserError

    with pytest.raises(UserError, match="nothing.flac does not exist"):
        client.upload_record(track.id, tmp_path / "nothing.flac")


def test_cover_upload_sets_the_cover_url(client, tmp_path):
    product = new_product(client)
    path = write_jpeg(tmp_path / "cover.jpg")
    updated = client.upload_cover(product.id, path)
    assert updated.id == product.id and updated.cover_url
    assert updated.front_cover_md5


def test_a_cover_that_is_not_an_image_is_refused_before_sending(client, tmp_path):
    from app.domain.errors import UserError

    product = new_product(client)
    bogus = tmp_path / "cover.jpg"
    bogus.write_text("not an image")
    before = client.request_count
    with pytest.raises(UserError, match="cover.jpg is neither JPEG nor PNG"):
        client.upload_cover(product.id, bogus)
    assert client.request_count == before


def test_a_prefetching_listing_renews_an_expired_token_once(any_sandbox, make_client):
    client = make_client(any_sandbox, profile=profile_for(any_sandbox, remember_password=True))
    for i in range(12):
        new_label(client, f"L{i:02d}")
    any_sandbox.expire_tokens()
    any_sandbox.reset_stats()
    assert len(list(client.list(Label, page_size=2, prefetch=4))) == 12
    logins = sum(n for route, n in any_sandbox.stats()["by_route"].items() if "oauth/token" in route)
    assert logins == 1


def test_a_409_becomes_conflict_error(client):
    from app.api.errors import ConflictError

    label = new_label(client)
    with pytest.raises(ConflictError, match="conflicting"):
        client._call("PATCH", f"labels/{label.id}", cls=Label,
                     json_body={"data": {"type": "products", "id": label.id}})


def test_a_token_at_the_end_of_its_announced_life_is_renewed_before_sending(sandbox_factory, make_client):
    sb = sandbox_factory(dialect="limbo", token_ttl=1.0)
    client = make_client(sb, profile=profile_for(sb, remember_password=True))
    time.sleep(1.1)  # let the token's announced lifetime pass (not a timing assertion)
    sb.reset_stats()
    assert list(client.list(Label)) == []
    routes = sb.stats()["by_route"]
    assert sum(n for r, n in routes.items() if "oauth/token" in r) == 1
    assert sum(n for r, n in routes.items() if r.startswith("GET ")) == 1  # no 401 round trip


def test_a_short_lived_token_is_not_renewed_on_every_request(sandbox_factory, make_client):
    sb = sandbox_factory(dialect="limbo", token_ttl=60.0)
    client = make_client(sb, profile=profile_for(sb, remember_password=True))
    sb.reset_stats()
    for _ in range(3):
        list(client.list(Label))
    assert not any("oauth/token" in r for r in sb.stats()["by_route"])


def test_dialect_detection_moves_on_when_the_json_token_request_is_not_understood(labelcamp_sandbox,
                                                                                 secret_store):
    from app.api.client import detect_dialect

    sb = labelcamp_sandbox
    sb.inject_fault("POST", r"^/oauth/token$", status=415, count=1)
    assert detect_dialect(sb.base_url, sb.email, sb.password, secret_store) == "labelcamp"
    with pytest.raises(AuthFailed):
        detect_dialect(sb.base_url, sb.email, "wrong", secret_store)
