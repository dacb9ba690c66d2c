"""A sync SIGKILLed at the worst moments, then run again: nothing lost, nothing created twice.

The child process dies by its own hand through ``RELEASEDESK_KILL_AT`` (app/sync/faults.py):
``inflight:N`` right after the N-th operation is marked in flight (nothing sent), ``acted:N`` right
after the server answered the N-th request, before the local commit.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.store import catalog_for_profile, open_catalog
from app.sync import SyncEngine
from app.sync.faults import ENV
from tests.sync.conftest import import_release, make_client, server_counts

REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from pathlib import Path
from app.api.client import ApiClient
from app.platform.profiles import Profile
from app.platform.secrets import MemorySecretStore
from app.store import CatalogStore, catalog_for_profile, open_catalog
from app.sync import SyncEngine

db, base_url, email, password = sys.argv[1:5]
client = ApiClient(Profile("default", base_url, "limbo", email), MemorySecretStore(), backoff_base=0.02)
client.login(password)
store = open_catalog(Path(db))
report = SyncEngine(store.catalog, store.drafts, store.outbox, client).run()
print("finished", report.sent, flush=True)
"""


def run_child(db: Path, sandbox: Any, kill_at: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop(ENV, None)
    if kill_at:
        env[ENV] = kill_at
    return subprocess.run([sys.executable, "-c", CHILD, str(db), sandbox.base_url, sandbox.email,
                           sandbox.password], env=env, capture_output=True, text=True, timeout=120,
                          cwd=REPO)


def prepare(tmp_path: Path) -> Path:
    db = tmp_path / "catalog.sqlite3"
    store = open_catalog(db)
    label = store.drafts.create_label(name="Night Shift")
    import_release(store, tmp_path / "rel", label, tracks=2)
    store.close()
    return db


EXPECTED = {"labels": 1, "products": 1, "tracks": 2, "records": 2}


# the order a run sends in (passes): 1 label, 2 product, 3 cover, 4-5 tracks, 6-7 records
@pytest.mark.parametrize("kill_at", ["inflight:2", "acted:2", "acted:4", "acted:5", "acted:7"])
def test_a_sync_killed_mid_way_and_run_again_creates_nothing_twice(
        sandbox: Any, tmp_path: Path, kill_at: str):
    db = prepare(tmp_path)
    killed = run_child(db, sandbox, kill_at)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert "finished" not in killed.stdout

    store = open_catalog(db)
    try:
        assert store.db.integrity_ok()
        assert store.outbox.pending_count() > 0  # what was not confirmed is still queued
        client = make_client(sandbox)
        report = SyncEngine(store.catalog, store.drafts, store.outbox, client).run()
        assert report.ok, report.lines
        assert store.outbox.pending_count() == 0
        assert server_counts(client) == EXPECTED
        # and a third run has nothing left to do
        assert SyncEngine(store.catalog, store.drafts, store.outbox, client).run().requests == 0
        client.close()
    finally:
        store.close()


def test_repeated_kills_at_every_step_still_converge_to_one_copy(sandbox: Any, tmp_path: Path):
    db = prepare(tmp_path)
    for point in ("acted:1", "inflight:1", "acted:2", "acted:1", "acted:3"):
        done = run_child(db, sandbox, point)
        assert done.returncode in (-signal.SIGKILL, 0), done.stderr
    final = run_child(db, sandbox, None)
    assert final.returncode == 0, final.stderr
    client = make_client(sandbox)
    assert server_counts(client) == EXPECTED
    client.close()


def test_the_sync_command_killed_and_run_again(sandbox: Any, tmp_path: Path, releasedesk_home: Path):
    """Through the real command line, as a user (or a fault-injecting harness) would run it."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "RELEASEDESK_HOME": str(releasedesk_home)}
    env.pop(ENV, None)

    def cli(*args: str, kill_at: str | None = None,
            stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        run_env = dict(env)
        if kill_at:
            run_env[ENV] = kill_at
        return subprocess.run([sys.executable, "-m", "app", *args], env=run_env, input=stdin,
                              capture_output=True, text=True, timeout=120, cwd=REPO)

    login = cli("login", "--server", sandbox.base_url, "--email", sandbox.email, "--password-stdin",
                "--store-token-in-file", stdin=sandbox.password + "\n")
    assert login.returncode == 0, login.stderr
    store = catalog_for_profile("default")
    label = store.drafts.create_label(name="Night Shift")
    import_release(store, tmp_path / "rel", label, tracks=2)
    store.close()

    killed = cli("sync", kill_at="acted:3")
    assert killed.returncode == -signal.SIGKILL
    assert killed.stdout.count("sent ") == 2  # label and product went before the kill
    again = cli("sync")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 rejected" in again.stdout and "0 operations still queued" in again.stdout
    assert cli("sync").stdout.startswith("Nothing to send")
    client = make_client(sandbox)
    assert server_counts(client) == EXPECTED
    client.close()


LOCK_HOLDER = r"""
import sys, time
from pathlib import Path
from app.sync.lock import SyncLock
lock = SyncLock(Path(sys.argv[1]))
lock.acquire()
print("holding", flush=True)
time.sleep(60)
"""


def test_only_one_sync_per_catalog_and_a_killed_holder_frees_it(sandbox: Any, tmp_path: Path):
    from app.sync.lock import SyncBusy

    db = prepare(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(db)], stdout=subprocess.PIPE,
                              text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    store = open_catalog(db)
    client = make_client(sandbox)
    try:
        with pytest.raises(SyncBusy, match=f"Another sync of this catalog is running .process {holder.pid}"):
            SyncEngine(store.catalog, store.drafts, store.outbox, client).run()
        assert server_counts(client)["labels"] == 0  # nothing was sent by the refused run
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        # the kernel dropped the dead holder's lock
        report = SyncEngine(store.catalog, store.drafts, store.outbox, client).run()
        assert report.ok, report.lines
        assert server_counts(client) == EXPECTED
    finally:
        client.close()
        store.close()
        if holder.poll() is None:
            holder.kill()


def test_an_operation_left_in_flight_by_a_kill_shows_as_syncing_until_the_next_run(
        sandbox: Any, tmp_path: Path):
    db = prepare(tmp_path)
    killed = run_child(db, sandbox, "inflight:2")  # the product was marked, never sent
    assert killed.returncode == -signal.SIGKILL
    store = open_catalog(db)
    client = make_client(sandbox)
    try:
        product = next(op.local_id for op in store.outbox.operations() if op.kind == "product")
        assert store.catalog.product_row(product).sync_state == "syncing"
        assert [(op.op, op.attempts) for op in store.outbox.operations() if op.local_id == product] == [
            ("create", 1), ("upload_cover", 0)]
        assert SyncEngine(store.catalog, store.drafts, store.outbox, client).run().ok
        assert store.catalog.product_row(product).sync_state == "synced"
        assert server_counts(client) == EXPECTED
    finally:
        client.close()
        store.close()


def test_sync_through_a_lossy_proxy_with_kills_converges_to_exactly_one_copy(
        sandbox: Any, tmp_path: Path, releasedesk_home: Path):
    """What the project owner will do: the real CLI, a proxy losing requests and answers, kills."""
    from tests.sync.chaos_proxy import ChaosProxy

    proxy = ChaosProxy(int(sandbox.base_url.rsplit(":", 1)[1]), seed=5).start()
    env = {**os.environ, "PYTHONPATH": str(REPO), "RELEASEDESK_HOME": str(releasedesk_home)}
    env.pop(ENV, None)
    try:
        login = subprocess.run(
            [sys.executable, "-m", "app", "login", "--server", proxy.url, "--email", sandbox.email,
             "--password-stdin", "--store-token-in-file", "--dialect", "limbo"],
            input=sandbox.password + "\n", env=env, capture_output=True, text=True, cwd=REPO, timeout=120)
        if login.returncode != 0:  # the proxy may eat the login itself: one plain retry
            login = subprocess.run(login.args, input=sandbox.password + "\n", env=env,
                                   capture_output=True, text=True, cwd=REPO, timeout=120)
        assert login.returncode == 0, login.stderr
        store = catalog_for_profile("default")
        label = store.drafts.create_label(name="Chaos Label")
        for serial in (1, 2):
            import_release(store, tmp_path / f"rel{serial}", label, serial=serial, tracks=3)
        store.close()

        for kill_after in (1.6, 2.0, 2.4):  # python start-up is ~1 s: these land mid-sync
            sync = subprocess.Popen([sys.executable, "-m", "app", "sync"], env=env, cwd=REPO,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                sync.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                sync.send_signal(signal.SIGKILL)
                sync.wait()
        for _ in range(6):  # then plain runs until everything is through the lossy link
            final = subprocess.run([sys.executable, "-m", "app", "sync"], env=env, cwd=REPO,
                                   capture_output=True, text=True, timeout=180)
            if final.returncode == 0:
                break
        assert final.returncode == 0, final.stdout + final.stderr
        assert proxy.dropped > 0  # the link really was lossy
    finally:
        proxy.stop()
    client = make_client(sandbox)
    assert server_counts(client) == {"labels": 1, "products": 2, "tracks": 6, "records": 6}
    client.close()


def test_a_key_edited_after_a_lost_answer_still_finds_the_first_copy(sandbox: Any, tmp_path: Path):
    """Killed after the server made the product; the user then changes its UPC and a track's ISRC.
    The retry finds both under their old keys and updates them instead of making second copies."""
    from app.domain.resources import Product, Track
    from tests.sync.release import upc

    db = prepare(tmp_path)
    killed = run_child(db, sandbox, "acted:3")  # label, product and the first track were made
    assert killed.returncode == -signal.SIGKILL
    store = open_catalog(db)
    client = make_client(sandbox)
    try:
        product = next(op.local_id for op in store.outbox.operations() if op.kind == "product")
        track = store.catalog.tracks(product)[0].local_id
        store.drafts.edit("product", product, {"upc_code": upc(77)})
        store.drafts.edit("track", track, {"isrc_code": "GBAYE2677777"})
        report = SyncEngine(store.catalog, store.drafts, store.outbox, client).run()
        assert report.ok, report.lines
        assert server_counts(client) == EXPECTED
        assert [p.upc_code for p in client.list(Product)] == [upc(77)]
        assert "GBAYE2677777" in [t.isrc_code for t in client.list(Track)]
    finally:
        client.close()
        store.close()


def test_a_master_replaced_after_its_answer_was_lost_is_not_sent_again(sandbox: Any, tmp_path: Path):
    from tests.sync.release import write_master

    db = prepare(tmp_path)
    killed = run_child(db, sandbox, "acted:6")  # the first master reached the server, answer lost
    assert killed.returncode == -signal.SIGKILL
    store = open_catalog(db)
    client = make_client(sandbox)
    try:
        product = store.catalog.products(store.catalog.labels()[0].local_id)[0].local_id
        first = store.catalog.tracks(product)[0].local_id
        store.drafts.attach_master(first, write_master(tmp_path / "remaster.flac", seconds=0.4, seed=9))
        report = SyncEngine(store.catalog, store.drafts, store.outbox, client).run()
        assert report.ok, report.lines
        assert any("check the replaced master" in line for line in report.lines)
        counts = server_counts(client)
        assert counts["records"] == 3  # the lost upload (now known here) + the new one + track 2's
        assert len(store.catalog.records(first)) == 2 and store.outbox.pending_count() == 0
        assert store.catalog.tracks(product)[0].master_path == str(tmp_path / "remaster.flac")
    finally:
        client.close()
        store.close()


# --- the same kills over the other kind of the one outbox engine: label profiles --------------------

LABEL_PROFILES_CHILD = r"""
import sys
from pathlib import Path
from app.api.label_profiles import LabelProfilesClient, connection
from app.platform.secrets import MemorySecretStore
from app.store.label_profiles import LabelProfileStore
from app.sync.label_profiles import LabelProfileSync

db, base_url, token = sys.argv[1:4]
client = LabelProfilesClient(connection("kill", base_url), MemorySecretStore(), backoff_base=0.01)
client.set_token(token)
store = LabelProfileStore.open(Path(db))
report = LabelProfileSync(store, client).run()
print("finished", report.sent, flush=True)
"""

LABEL_NAMES = ["Kigali Sound", "Sonic Wave", "Night Shift"]


@pytest.fixture
def label_profiles_sandbox() -> Any:
    from app.sandbox.label_profiles import start_label_profiles_sandbox

    sandbox = start_label_profiles_sandbox()
    try:
        yield sandbox
    finally:
        sandbox.stop()


def _label_profiles_client(sandbox: Any) -> Any:
    from app.api.label_profiles import LabelProfilesClient, connection
    from app.platform.secrets import MemorySecretStore

    client = LabelProfilesClient(connection("check", sandbox.base_url), MemorySecretStore(),
                                 backoff_base=0.01, backoff_cap=0.02, timeout=5)
    client.set_token(sandbox.token)
    return client


def _prepare_label_profiles(tmp_path: Path) -> Path:
    from app.domain.label_profile import LabelProfile
    from app.store.label_profiles import LabelProfileStore

    db = tmp_path / "label_profiles.sqlite3"
    store = LabelProfileStore.open(db)
    for name in LABEL_NAMES:
        store.create(LabelProfile(name=name, country="FR"))
    store.close()
    return db


def _run_label_profiles_child(db: Path, sandbox: Any,
                              kill_at: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop(ENV, None)
    if kill_at:
        env[ENV] = kill_at
    return subprocess.run([sys.executable, "-c", LABEL_PROFILES_CHILD, str(db), sandbox.base_url,
                           sandbox.token], env=env, capture_output=True, text=True, timeout=120, cwd=REPO)


@pytest.mark.parametrize("kill_at", ["inflight:2", "acted:1", "acted:2", "acted:3"])
def test_a_label_profile_sync_killed_mid_way_and_run_again_creates_nothing_twice(
        label_profiles_sandbox: Any, tmp_path: Path, kill_at: str):
    from app.store.label_profiles import LabelProfileStore
    from app.sync.label_profiles import LabelProfileSync

    db = _prepare_label_profiles(tmp_path)
    killed = _run_label_profiles_child(db, label_profiles_sandbox, kill_at)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert "finished" not in killed.stdout

    store = LabelProfileStore.open(db)
    client = _label_profiles_client(label_profiles_sandbox)
    try:
        assert store.pending_count() > 0  # what was not confirmed is still queued
        report = LabelProfileSync(store, client).run()
        assert report.ok, report.lines
        assert store.pending_count() == 0
        assert sorted(p.name for p in client.iter_all()) == sorted(LABEL_NAMES)
        assert all(row.sync_state == "synced" and row.server_id for row in store.rows())
        assert LabelProfileSync(store, client).run().requests == 0
    finally:
        client.close()
        store.close()


def test_repeated_label_profile_kills_still_converge_to_one_copy(label_profiles_sandbox: Any, tmp_path: Path):
    db = _prepare_label_profiles(tmp_path)
    for point in ("acted:1", "inflight:1", "acted:1", "acted:2"):
        done = _run_label_profiles_child(db, label_profiles_sandbox, point)
        assert done.returncode in (-signal.SIGKILL, 0), done.stderr
    final = _run_label_profiles_child(db, label_profiles_sandbox, None)
    assert final.returncode == 0, final.stderr
    client = _label_profiles_client(label_profiles_sandbox)
    try:
        assert sorted(p.name for p in client.iter_all()) == sorted(LABEL_NAMES)
    finally:
        client.close()
