"""``releasedesk deliver`` and ``releasedesk deliveries`` end to end against the sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.cli import main
from app.domain.resources import Offer, Product, SendTask
from app.services.delivery import DeliveryService


def test_deliver_wait_takes_two_dsps_to_completed_and_exits_0(api, make_draft, capsys) -> None:
    product = make_draft()
    code = main(["deliver", str(product.id), "--dsp", "Spotify", "--dsp", "deezer",
                 "--release-date", "2027-04-02", "--subgenre", "Alternative", "--subgenre2", "Pop",
                 "--wait", "--poll-interval", "0.2", "--timeout", "30"])
    out = capsys.readouterr().out
    assert code == 0, out
    for line in ("rights: done", "default offer: done", "validate offer: done", "activate: done",
                 "DSP offer: done", "send task: done"):
        assert line in out
    assert "Spotify: task" in out and "Deezer: task" in out
    assert out.count("-> completed") == 2
    assert api.get(Product, str(product.id)).status == "active"
    default = next(o for o in api.list(Offer, filters={"product-id": str(product.id)}) if o.is_default)
    assert default.release_date[:10] == "2027-04-02" and default.subgenre2_id is not None


def test_deliver_twice_prints_skipped_steps_and_creates_no_task(api, make_draft, capsys) -> None:
    product = make_draft()
    args = ["deliver", str(product.id), "--dsp", "Spotify", "--subgenre", "Pop"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "done" not in out.replace("already done", "")
    assert out.count("skipped") >= 5
    assert len(list(api.list(SendTask, filters={"product-id": str(product.id)}))) == 1


def test_failed_delivery_shows_its_reason_exits_1_and_redelivers(api, make_draft, capsys) -> None:
    product = make_draft()
    service = DeliveryService(api)
    assert main(["deliver", str(product.id), "--dsp", "Spotify", "--subgenre", "Pop"]) == 0
    tidal = service.resolve_dsps(["Tidal"])[0]
    failed = api.create(SendTask(deliverable=True, delivery_type="delivery", product_id=product.id,
                                 dsp_upload_identification_id=tidal.dui.id))
    capsys.readouterr()
    code = main(["deliveries", "--product", str(product.id), "--watch", "--poll-interval", "0.2",
                 "--timeout", "30"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"task {failed.id}" in out and "-> error: No distribution right covers Tidal" in out
    code = main(["deliveries", "--status", "error"])
    out = capsys.readouterr().out
    assert code == 0 and "Tidal" in out and "No distribution right covers Tidal" in out

    # deliver again to Tidal: it adds the right and the offer, and a new task completes
    code = main(["deliver", str(product.id), "--dsp", "Tidal", "--wait", "--poll-interval", "0.2",
                 "--timeout", "30"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "rights: done" in out and "-> completed" in out


def test_deliver_refused_by_readiness_lists_the_problems_and_exits_1(api, make_draft, capsys) -> None:
    product = make_draft(artist="Various Artists")
    code = main(["deliver", str(product.id), "--dsp", "Spotify", "--subgenre", "Pop"])
    captured = capsys.readouterr()
    assert code == 1
    assert "activate: blocked" in captured.out and "Various Artists" in captured.out
    assert "fix the problems above" in captured.err


def test_bad_input_is_one_sentence_without_traceback(api, make_draft, capsys) -> None:
    product = make_draft()
    assert main(["deliver", str(product.id), "--dsp", "Nowhere FM"]) == 2
    err = capsys.readouterr().err
    assert "no DSP named 'Nowhere FM'" in err and "Traceback" not in err
    assert main(["deliver", str(product.id), "--dsp", "Spotify", "--release-date", "next friday"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["deliver", str(product.id), "--dsp", "Spotify", "--priority", "next"]) == 2
    assert "confirm" in capsys.readouterr().err


def test_deliver_in_a_real_subprocess(api, make_draft, delivery_sandbox, releasedesk_home: Path) -> None:
    product = make_draft()
    env = {**os.environ, "RELEASEDESK_HOME": str(releasedesk_home),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    # the token lives in the test's in-memory store: hand the child a file store instead
    from app.platform.profiles import ProfileStore
    from app.platform.secrets import FileSecretStore

    profile = ProfileStore().load("default")
    profile.token_in_file = True
    ProfileStore().save(profile)
    from app.api.client import ApiClient

    with ApiClient(profile, FileSecretStore()) as child_client:
        child_client.login(delivery_sandbox.password)
    proc = subprocess.run([sys.executable, "-m", "app", "deliver", str(product.id), "--dsp", "Spotify",
                           "--subgenre", "Pop", "--wait", "--poll-interval", "0.2", "--timeout", "30"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "-> completed" in proc.stdout and "Traceback" not in proc.stderr
