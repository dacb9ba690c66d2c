"""``releasedesk sync`` / ``drafts`` in-process: one line per operation, a summary, exit 0 or 1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.store import catalog_for_profile
from tests.sync.conftest import import_release


def login(sandbox: Any, monkeypatch: pytest.MonkeyPatch, profile: str = "default") -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(sandbox.password + "\n"))
    assert main(["login", "--server", sandbox.base_url, "--email", sandbox.email, "--password-stdin",
                 "--profile", profile]) == 0


def test_sync_exits_0_when_all_is_sent_and_1_when_something_is_rejected(
        sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    login(sandbox, monkeypatch, "work")
    store = catalog_for_profile("work")
    label = store.drafts.create_label(name="Night Shift")
    good = import_release(store, tmp_path / "good", label, serial=1, tracks=1)
    bad = import_release(store, tmp_path / "bad", label, serial=2, tracks=1)
    store.drafts.edit("product", bad, {"production_year": 1200})
    store.close()
    capsys.readouterr()

    assert main(["sync", "--profile", "work"]) == 1
    out = capsys.readouterr().out
    assert "sent     create product 'Album 1'" in out
    assert "rejected create product 'Album 2'" in out and "production-year" in out
    assert "waiting  create track 1-01 'Song 1' of 'Album 2'" in out  # the bad product's track waits for it
    assert "1 rejected" in out

    assert main(["sync", "--profile", "work"]) == 1  # nothing changed: the refusal is repeated, not resent
    out = capsys.readouterr().out
    assert "held     create product 'Album 2'" in out and "0 sent" in out

    assert main(["drafts", "--json", "--profile", "work"]) == 0
    doc = json.loads(capsys.readouterr().out)
    rejected = [d for d in doc["drafts"] if d["state"] == "rejected"]
    assert [d["draft"] for d in rejected] == [bad]
    assert "production_year" in rejected[0]["field_errors"]
    states = {d["draft"]: d["state"] for d in doc["drafts"]}
    assert states[good] == "synced"  # made here and sent: listed as synced, with its server id

    store = catalog_for_profile("work")
    store.drafts.edit("product", bad, {"production_year": 2026})
    store.close()
    assert main(["sync", "--profile", "work"]) == 0
    out = capsys.readouterr().out
    assert "0 rejected" in out and "0 operations still queued" in out
    assert main(["drafts", "--profile", "work"]) == 0
    text = capsys.readouterr().out
    assert f"synced    product  {bad}" in text and "0 not yet synced, 0 operations queued" in text
    assert "rejected" not in text


def test_sync_without_a_login_says_so_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    store = catalog_for_profile("nobody")
    store.drafts.create_label(name="L")
    store.close()
    assert main(["sync", "--profile", "nobody"]) == 2
    err = capsys.readouterr().err
    assert "no connection profile named 'nobody'" in err and "Traceback" not in err


def test_sync_with_an_unknown_profile_is_a_usage_error_even_with_nothing_queued(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["sync", "--profile", "nope"]) == 2
    err = capsys.readouterr().err
    assert "no connection profile named 'nope'" in err and "Nothing to send" not in err


def test_sync_refresh_reads_the_catalog_so_a_fresh_login_can_tag_a_server_product(
        sandbox_factory: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    demo = sandbox_factory(demo=True)
    login(demo, monkeypatch, "demo")
    capsys.readouterr()
    assert main(["tag", "1", "add", "autumn", "--profile", "demo"]) == 2  # nothing read yet
    assert "releasedesk sync --refresh" in capsys.readouterr().err
    assert main(["sync", "--refresh", "--profile", "demo"]) == 0
    out = capsys.readouterr().out
    assert "Nothing to send" in out and "Catalog read from the server: 20 products." in out
    assert main(["tag", "1", "add", "autumn", "--profile", "demo"]) == 0
    assert main(["sync", "--refresh", "--profile", "demo"]) == 0
    assert "1 sent" in capsys.readouterr().out
    store = catalog_for_profile("demo")
    try:
        night = next(p for p in store.catalog.search_products("tag:autumn"))
        assert night.server_id == "1"
    finally:
        store.close()
