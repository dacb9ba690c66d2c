"""The deliver sequence and the status poller against a real sandbox."""

from __future__ import annotations

import threading

import pytest

from app.api.client import ApiClient
from app.domain.errors import UserError
from app.domain.resources import (
    Artist,
    Availability,
    Offer,
    Product,
    SendTask,
    Track,
)
from app.sandbox.runner import RunningSandbox
from app.services.artists import preview_artists
from app.services.delivery import (
    DeliveryRequest,
    DeliveryService,
    StatusPoller,
    task_reason,
    wait_for,
)


def follow(api: ApiClient, tasks: list[SendTask]) -> dict[str, SendTask]:
    """Poll until every task is terminal; returns the final tasks by id."""
    final = {str(t.id): t for t in tasks}
    poller = StatusPoller(api, tasks, min_interval=0.1, max_interval=0.4)
    wait_for(poller, lambda change: final.__setitem__(str(change.task.id), change.task), timeout=30)
    assert poller.done
    return final


def test_deliver_to_two_dsps_runs_every_documented_step_and_both_complete(api, make_draft) -> None:
    product = make_draft()
    service = DeliveryService(api)
    seen = []
    result = service.deliver(DeliveryRequest(product_id=str(product.id), dsps=["Spotify", "deezer"],
                                             subgenre="Alternative"), on_step=seen.append)
    assert [(s.name, s.outcome) for s in seen] == [
        ("rights", "done"), ("default offer", "done"), ("validate offer", "done"), ("artists", "done"),
        ("activate", "done"),
        ("DSP offer", "done"), ("DSP offer", "done"), ("send task", "done"), ("send task", "done")]
    assert not result.blocked and len(result.tasks) == 2
    assert api.get(Product, str(product.id)).status == "active"
    offers = list(api.list(Offer, filters={"product-id": str(product.id)}))
    default = next(o for o in offers if o.is_default)
    assert default.status == "active" and default.release_date[:10] == "2027-03-05"
    assert sorted(d for o in offers if not o.is_default for d in o.dsp_upload_identification_ids) == [
        "1801", "1804"]
    final = follow(api, result.tasks)
    assert {t.status for t in final.values()} == {"completed"}
    assert all(t.ack_status_message == {"FileStatus": ["FileOK"]} for t in final.values())


def test_running_deliver_twice_creates_nothing_new(api, make_draft) -> None:
    product = make_draft()
    service = DeliveryService(api)
    request = DeliveryRequest(product_id=str(product.id), dsps=["Spotify", "Deezer"], subgenre="Pop")
    first = service.deliver(request)
    again = service.deliver(request)
    assert {s.outcome for s in again.steps} == {"skipped"}
    assert sorted(t.id for t in again.tasks) == sorted(t.id for t in first.tasks)
    follow(api, first.tasks)
    after = service.deliver(request)  # delivered: still nothing to do
    assert {s.outcome for s in after.steps} == {"skipped"}
    assert len(list(api.list(SendTask, filters={"product-id": str(product.id)}))) == 2
    assert len(service.rights(str(product.id))) == 1


def test_activation_is_refused_while_readiness_finds_a_blocking_problem(api, make_draft) -> None:
    product = make_draft(tracks=1)
    api.create(Track(title="No Master", track_number=2, volume_number=1, isrc_code="GBAYE2699001",
                     artist=["Mira Lane"], product_id=product.id, audio_language_id="5"))
    result = DeliveryService(api).deliver(DeliveryRequest(
        product_id=str(product.id), dsps=["Spotify"], subgenre="Pop"))
    assert result.blocked and result.steps[-1].name == "activate"
    assert "track.record" in {f.code for f in result.findings}
    assert api.get(Product, str(product.id)).status == "draft"
    assert not list(api.list(SendTask, filters={"product-id": str(product.id)}))


def test_a_failed_delivery_shows_its_reason_and_can_be_redelivered(api, make_draft) -> None:
    product = make_draft()
    service = DeliveryService(api)
    delivered = service.deliver(DeliveryRequest(product_id=str(product.id), dsps=["Spotify"],
                                                subgenre="Pop"))
    follow(api, delivered.tasks)
    tidal = service.resolve_dsps(["Tidal"])[0]
    failed = api.create(SendTask(deliverable=True, delivery_type="delivery", priority="normal",
                                 product_id=product.id, dsp_upload_identification_id=tidal.dui.id))
    final = follow(api, [failed])[str(failed.id)]
    assert final.status == "error"
    assert "No distribution right covers Tidal" in task_reason(final)

    with pytest.raises(UserError):
        service.redeliver(SendTask(id="1", status="waiting"))  # in flight: not yet
    service.create_right(str(product.id), [str(tidal.dsp.id)], ["1"], [])
    api.create(Offer(is_default=False, status="active", release_date="2027-03-05",
                     product_id=product.id, subgenre_id="3",
                     dsp_upload_identification_ids=[str(tidal.dui.id)]))
    again = service.redeliver(final)
    assert again.id != final.id and again.delivery_type == "delivery"
    assert follow(api, [again])[str(again.id)].status == "completed"


def test_deliver_after_a_failure_creates_a_new_task_for_that_dsp(api, make_draft) -> None:
    product = make_draft()
    service = DeliveryService(api)
    service.deliver(DeliveryRequest(product_id=str(product.id), dsps=["Spotify"], subgenre="Pop"))
    tidal = service.resolve_dsps(["Tidal"])[0]
    failed = api.create(SendTask(deliverable=True, delivery_type="delivery", product_id=product.id,
                                 dsp_upload_identification_id=tidal.dui.id))
    assert follow(api, [failed])[str(failed.id)].status == "error"
    result = service.deliver(DeliveryRequest(product_id=str(product.id), dsps=["Tidal"]))
    [task] = result.tasks
    assert task.id != failed.id
    assert follow(api, [task])[str(task.id)].status == "completed"


def test_poller_uses_one_list_request_per_refresh_and_backs_off_while_nothing_changes(
        delivery_sandbox: RunningSandbox, make_draft, api) -> None:
    product = make_draft()
    service = DeliveryService(api)
    result = service.deliver(DeliveryRequest(product_id=str(product.id),
                                             dsps=["Spotify", "Deezer", "Tidal"], subgenre="Pop",
                                             send_date="2099-01-01 00:00:00"))  # held: stays pending
    sb = delivery_sandbox
    sb.reset_stats()
    poller = StatusPoller(api, result.tasks, min_interval=1.0, max_interval=8.0, factor=2.0)
    intervals = []
    for _ in range(4):
        assert poller.refresh() == []
        intervals.append(poller.interval)
    assert intervals == [2.0, 4.0, 8.0, 8.0]
    routes = sb.stats()["by_route"]
    assert sum(routes.values()) == 4
    assert all(route.startswith("GET ") and route.rstrip("/").endswith("send-tasks") for route in routes)


def test_one_click_fixes_reach_the_server(api, make_draft) -> None:
    product = make_draft()
    service = DeliveryService(api)
    spotify = service.resolve_dsps(["Spotify"])[0]
    release, findings = service.readiness(str(product.id), target_dsp_ids=[str(spotify.dsp.id)])
    by_code = {f.code: f for f in findings}
    assert {"offer.release_date", "offer.subgenre", "right.missing"} <= set(by_code)
    for code in ("offer.release_date", "right.missing"):
        fix = by_code[code].fix
        assert fix is not None
        service.apply_fix(release, fix)
    release, findings = service.readiness(str(product.id), target_dsp_ids=[str(spotify.dsp.id)])
    codes = {f.code for f in findings}
    assert "offer.release_date" not in codes and "right.missing" not in codes
    [right] = service.rights(str(product.id))
    assert right.dsp_ids == ["1"] and right.continent_ids == ["1"]


def test_artist_preview_names_the_highest_priority_artist_and_activation_uses_it(api, make_draft) -> None:
    low = api.create(Artist(name="Mira Lane", priority=2))
    high = api.create(Artist(name="Mira Lane", priority=7))
    api.create(Availability(artist_id=high.id, dsp_id="1", dsp_artist_id="spotify:artist:abc"))
    product = make_draft(featuring=["Jo Newcomer"])
    release = DeliveryService(api).load_release(str(product.id))
    matches = {m.name: m for m in preview_artists(api, release.product, release.tracks)}
    assert matches["Mira Lane"].chosen.id == high.id
    assert [a.id for a in matches["Mira Lane"].candidates] == [high.id, low.id]
    assert matches["Mira Lane"].dsp_ids == {"Spotify": "spotify:artist:abc"}
    assert matches["Jo Newcomer"].creates_new
    DeliveryService(api).deliver(DeliveryRequest(product_id=str(product.id), dsps=["Spotify"],
                                                 subgenre="Pop"))
    linked = api.related(Product, str(product.id), "artists")
    assert high.id in {a.id for a in linked}
    assert low.id not in {a.id for a in linked}


def test_priority_next_needs_an_explicit_confirmation(api, make_draft) -> None:
    product = make_draft()
    with pytest.raises(UserError, match="confirm"):
        DeliveryService(api).deliver(DeliveryRequest(product_id=str(product.id), dsps=["Spotify"],
                                                     priority="next"))


def test_unknown_dsp_name_is_one_sentence_listing_the_known_ones(api, make_draft) -> None:
    with pytest.raises(UserError) as info:
        DeliveryService(api).resolve_dsps(["Spotfy"])
    assert "Spotfy" in info.value.message and "Spotify" in info.value.message


def test_poller_run_stops_when_cancelled(api, make_draft) -> None:
    product = make_draft()
    result = DeliveryService(api).deliver(DeliveryRequest(
        product_id=str(product.id), dsps=["Spotify"], subgenre="Pop", send_date="2099-01-01 00:00:00"))
    poller = StatusPoller(api, result.tasks, min_interval=0.05)
    cancel = threading.Event()
    rounds = []

    def wait(seconds: float) -> bool:
        rounds.append(seconds)
        if len(rounds) == 3:
            cancel.set()
        return cancel.is_set()

    poller.run(lambda changes: None, cancel, wait=wait)
    assert len(rounds) == 3 and not poller.done


def test_an_isrc_already_used_by_another_product_on_the_server_is_flagged(api, make_draft) -> None:
    first = make_draft()
    second = make_draft()
    service = DeliveryService(api)
    [reused, _] = list(api.list(Track, filters={"product-id": str(second.id)}))
    original = next(iter(api.list(Track, filters={"product-id": str(first.id)})))
    assert "track.isrc_catalog" not in {f.code for f in service.readiness(str(second.id))[1]}
    reused.isrc_code = original.isrc_code
    api.update(reused, fields=["isrc_code"])
    findings = service.readiness(str(second.id))[1]
    [finding] = [f for f in findings if f.code == "track.isrc_catalog"]
    assert str(first.id) in finding.message and finding.ref == reused.id


def test_rights_can_name_territories_by_iso_code(api, make_draft) -> None:
    product = make_draft()
    service = DeliveryService(api)
    service.deliver(DeliveryRequest(product_id=str(product.id), dsps=["Spotify"], subgenre="Pop",
                                    territories=["FR,be"]))
    [right] = service.rights(str(product.id))
    continents, territories = service.resolve_territories(["FR", "BE"])
    assert continents == [] and sorted(right.territory_ids) == sorted(territories)
    with pytest.raises(UserError, match="two-letter"):
        service.resolve_territories(["Atlantis"])


def test_the_same_sequence_delivers_on_a_labelcamp_server(sandbox_factory, make_draft, secret_store):
    from app.platform.profiles import Profile

    sb = sandbox_factory(dialect="labelcamp", delivery_seconds=1.0)
    client = ApiClient(Profile("lc", sb.base_url, "labelcamp", sb.email), secret_store,
                       backoff_base=0.01, backoff_cap=0.05, timeout=10.0)
    client.login(sb.password)
    try:
        product = make_draft(client=client)
        result = DeliveryService(client).deliver(DeliveryRequest(
            product_id=str(product.id), dsps=["Spotify", "Deezer"], subgenre="Pop"))
        assert not result.blocked and len(result.tasks) == 2
        assert {t.status for t in follow(client, result.tasks).values()} == {"completed"}
        from app.domain.resources import PriceCode

        code = next(iter(client.list(PriceCode)))
        default = next(o for o in client.list(Offer, filters={"product-id": str(product.id)})
                       if o.is_default)
        default.track_price_code = str(code.id)
        client.update(default, fields=["track_price_code"])
        again = client.get(Offer, str(default.id))
        assert str(again.track_price_code) == str(code.id)  # Labelcamp offers carry a price code
    finally:
        client.close()
