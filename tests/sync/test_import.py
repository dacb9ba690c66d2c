"""``releasedesk import`` on real tagged release folders (no server needed: nothing is sent)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.store import catalog_for_profile
from tests.sync.release import TrackSpec, isrc, make_release, upc


def test_import_makes_a_draft_ordered_by_disc_and_track_tags_with_the_cover(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = make_release(tmp_path / "Neon Tide", [
        # file names deliberately disagree with the tags: the tags win
        TrackSpec("Opening", 1, 1, isrc(1), file_name="z-last-name.flac"),
        TrackSpec("Second Disc Opener", 1, 2, isrc(3), file_name="a-first-name.flac"),
        TrackSpec("Middle", 2, 1, isrc(2), file_name="m-middle.flac"),
    ], barcode=upc(7))
    code = main(["import", str(folder), "--label", "7", "--language", "5", "--product-type", "1",
                 "--set", "production-line=2026 Night Shift Records"])
    out = capsys.readouterr().out
    assert code == 0
    draft = out.split()[1].rstrip(":")
    assert draft.startswith("product:n-")
    assert "Nothing was sent" in out

    store = catalog_for_profile("default")
    try:
        product = store.catalog.product(draft)
        assert product.name == "Neon Tide"
        assert product.artist == ["Ada Vale"]
        assert product.upc_code == upc(7)
        assert product.copyright_line == "2026 Night Shift Records"
        assert product.production_line == "2026 Night Shift Records"
        assert product.production_year == 2026
        assert product.language_id == "5" and product.product_type_id == "1"
        assert store.catalog.server_id(store.catalog.parent_of(draft) or "") == "7"
        tracks = store.catalog.tracks(draft)
        assert [(t.volume_number, t.track_number, t.title) for t in tracks] == [
            (1, 1, "Opening"), (1, 2, "Middle"), (2, 1, "Second Disc Opener")]
        assert [t.isrc for t in tracks] == [isrc(1), isrc(2), isrc(3)]
        assert all(t.has_master for t in tracks)
        assert tracks[0].master_path and tracks[0].master_path.endswith("z-last-name.flac")
        assert store.catalog.product_row(draft).has_cover
        ops = [o.op for o in store.outbox.operations()]
        assert ops.count("create") == 4 and ops.count("upload_record") == 3
        assert ops.count("upload_cover") == 1
    finally:
        store.close()


def test_import_lists_what_is_missing_by_api_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = make_release(tmp_path / "untagged", [TrackSpec("Song", None, None, None)], barcode=None,
                          cover=None)
    assert main(["import", str(folder), "--label", "3", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    missing = " | ".join(result["missing"])
    assert "no upc-code; add --set upc-code=VALUE" in missing
    assert "no production-line" in missing and "no language; add --language ID" in missing
    assert "no cover file" in missing
    assert "has no isrc-code" in missing
    assert result["tracks"][0]["number"] == 1  # numbered by position when the tag is absent


def test_set_overrides_tags_and_types_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = make_release(tmp_path / "r", [TrackSpec("Song", 1, 1, isrc(9))], barcode=upc(9))
    assert main(["import", str(folder), "--label", "3", "--set", "name=Other Name",
                 "--set", "production-year=2024", "--set", "artist=A, B", "--set", "is-compilation=yes",
                 "--no-check", "--json"]) == 0
    draft = json.loads(capsys.readouterr().out)["draft"]
    store = catalog_for_profile("default")
    try:
        product = store.catalog.product(draft)
        assert (product.name, product.production_year, product.artist, product.is_compilation) == (
            "Other Name", 2024, ["A", "B"], True)
    finally:
        store.close()


def test_bad_input_gives_one_sentence_and_no_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = make_release(tmp_path / "r", [TrackSpec("Song", 1, 1, isrc(9))])
    assert main(["import", str(folder), "--label", "3", "--set", "colour=red"]) == 2
    err = capsys.readouterr().err
    assert "'colour' is not a product attribute" in err and "Traceback" not in err
    assert main(["import", str(tmp_path / "nope"), "--label", "3"]) == 1
    assert "is not a folder" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["import", str(empty), "--label", "3"]) == 1
    assert "holds no FLAC or WAV files" in capsys.readouterr().err
    assert main(["import", str(folder), "--label", "abc"]) == 2
    err = capsys.readouterr().err
    assert "A label is given by its id on the server (a number); got 'abc'." in err
    assert "(--label ID)" in err  # the CLI names its own option; the service's sentence does not


def test_import_runs_the_media_check_and_reports_problems(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]):
    folder = make_release(tmp_path / "r", [TrackSpec("Song", 1, 1, isrc(9))], barcode=upc(9), cover=None)
    from PIL import Image

    Image.new("RGB", (300, 300), "red").save(folder / "front.png")  # far too small for a DSP
    assert main(["import", str(folder), "--label", "3", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["cover"].endswith("front.png")
    cover_problems = [p for p in result["problems"] if p["file"].endswith("front.png")]
    assert cover_problems and any(p["severity"] == "error" for p in cover_problems)


def test_drafts_lists_imported_drafts_as_json_and_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = make_release(tmp_path / "r", [TrackSpec("Song", 1, 1, isrc(9))], barcode=upc(9))
    assert main(["import", str(folder), "--label", "3", "--no-check"]) == 0
    capsys.readouterr()
    assert main(["drafts", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    kinds = sorted(d["kind"] for d in doc["drafts"])
    assert kinds == ["product", "record", "track"]
    assert all(d["state"] == "local" for d in doc["drafts"])
    assert doc["pending_operations"] == 4
    assert main(["drafts"]) == 0
    text = capsys.readouterr().out
    assert "local" in text and "Album" not in text and "Neon Tide" in text


def test_import_through_the_real_command_line(tmp_path: Path, releasedesk_home: Path):
    folder = make_release(tmp_path / "r", [TrackSpec("Song", 1, 1, isrc(9))], barcode=upc(9))
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "app", "import", str(folder), "--label", "3",
                           "--no-check"], capture_output=True, text=True, cwd=repo, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Draft product:n-")


def test_importing_the_same_release_twice_is_refused_until_the_draft_is_discarded(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = make_release(tmp_path / "r", [TrackSpec("Song", 1, 1, isrc(9))], barcode=upc(9))
    assert main(["import", str(folder), "--label", "3", "--no-check", "--json"]) == 0
    draft = json.loads(capsys.readouterr().out)["draft"]
    assert main(["import", str(folder), "--label", "3", "--no-check"]) == 1
    err = capsys.readouterr().err
    assert f"already has a product with UPC {upc(9)} ({draft})" in err
    assert main(["drafts", "--discard", draft]) == 0
    capsys.readouterr()
    assert main(["import", str(folder), "--label", "3", "--no-check"]) == 0


def test_an_import_killed_half_way_leaves_no_half_draft(tmp_path: Path, releasedesk_home: Path):
    import os
    import signal

    folder = make_release(tmp_path / "r", [TrackSpec(f"Song {i}", i, 1, isrc(i)) for i in range(1, 5)],
                          barcode=upc(4))
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "RELEASEDESK_KILL_AT": "import_track:3", "PYTHONPATH": str(repo)}
    killed = subprocess.run([sys.executable, "-m", "app", "import", str(folder), "--label", "3",
                             "--no-check"], capture_output=True, text=True, cwd=repo, env=env, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    store = catalog_for_profile("default")
    try:
        assert store.db.integrity_ok()
        assert store.drafts.drafts() == [] and store.outbox.operations() == []  # all or nothing
    finally:
        store.close()
    env.pop("RELEASEDESK_KILL_AT")
    again = subprocess.run([sys.executable, "-m", "app", "import", str(folder), "--label", "3",
                            "--no-check"], capture_output=True, text=True, cwd=repo, env=env, timeout=120)
    assert again.returncode == 0, again.stderr


def test_untagged_files_are_numbered_by_name_after_the_tagged_ones_on_their_disc(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = make_release(tmp_path / "r", [
        TrackSpec("B untagged", None, 2, None, file_name="b.flac"),
        TrackSpec("A untagged", None, 2, None, file_name="a.flac"),
        TrackSpec("Disc two one", 1, 2, isrc(21), file_name="z.flac"),
        TrackSpec("Disc one one", 1, 1, isrc(11), file_name="y.flac"),
    ], barcode=upc(21))
    assert main(["import", str(folder), "--label", "3", "--no-check", "--json"]) == 0
    tracks = json.loads(capsys.readouterr().out)["tracks"]
    assert [(t["volume"], t["number"], t["title"]) for t in tracks] == [
        (1, 1, "Disc one one"), (2, 1, "Disc two one"), (2, 2, "A untagged"), (2, 3, "B untagged")]
