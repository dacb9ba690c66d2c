"""``releasedesk check``: human and JSON output, exit codes, folders, worker processes, bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.cli import main
from app.domain.messages import Message
from app.media.check import check_paths, expand_paths
from tests.fixtures.media import MediaFactory


@pytest.fixture
def release(media: MediaFactory, good_master: Path) -> Path:
    """A release folder: a clean master, a short mono one, a bad cover, a text file, OS litter."""
    folder = media.folder
    (folder / "01 good.flac").write_bytes(good_master.read_bytes())
    media.audio("02 short.flac", channels=1, seconds=2.0)
    media.image("cover.jpg", (1000, 800))
    media.text("notes.txt")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    sub = folder / "extras"
    sub.mkdir()
    MediaFactory(sub).image("front.png")
    return folder


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["check", "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_json_document_has_the_documented_shape(release: Path, capsys: pytest.CaptureFixture[str]):
    code, doc = run_json(capsys, str(release))
    assert set(doc) == {"files", "summary"}
    names = [Path(f["path"]).name for f in doc["files"]]
    assert names == ["01 good.flac", "02 short.flac", "cover.jpg", "front.png", "notes.txt"]
    for entry in doc["files"]:
        assert set(entry) == {"path", "kind", "ok", "properties", "problems"}
        assert entry["ok"] == (not any(p["severity"] == "error" for p in entry["problems"]))
        for problem in entry["problems"]:
            assert set(problem) == {"code", "severity", "message", "message_code", "params"}
            # scripts get the stable codes, the parameters and the sentence in English
            sentence = Message(problem["message_code"], tuple(problem["params"].items()))
            assert problem["message"] == sentence.english()
            assert Path(entry["path"]).name in sentence.english()
    by_name = {Path(f["path"]).name: f for f in doc["files"]}
    good = by_name["01 good.flac"]
    assert good["kind"] == "audio" and good["ok"] and good["problems"] == []
    assert {"format", "sample_rate", "bit_depth", "channels", "duration_s", "md5", "lufs",
            "true_peak_dbtp"} <= set(good["properties"])
    assert by_name["cover.jpg"]["kind"] == "image" and not by_name["cover.jpg"]["ok"]
    assert {"format", "width", "height", "mode", "bytes"} <= set(by_name["front.png"]["properties"])
    assert by_name["notes.txt"]["kind"] == "other"
    errors = sum(p["severity"] == "error" for f in doc["files"] for p in f["problems"])
    warnings = sum(p["severity"] == "warning" for f in doc["files"] for p in f["problems"])
    assert doc["summary"] == {"files": 5, "errors": errors, "warnings": warnings}
    assert code == 1


def test_exit_0_when_only_warnings(media: MediaFactory, capsys: pytest.CaptureFixture[str]):
    path = media.audio("short.flac", seconds=2.0)  # duration warning only
    code, doc = run_json(capsys, str(path))
    assert code == 0
    assert doc["summary"]["errors"] == 0 and doc["summary"]["warnings"] == 1


def test_human_output_is_one_verdict_line_per_file_with_problems_indented(
    release: Path, capsys: pytest.CaptureFixture[str]
):
    code = main(["check", str(release)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    verdicts = [line for line in out if not line.startswith(" ")][:-1]
    assert [line.split()[0] for line in verdicts] == ["OK", "WARN", "ERROR", "OK", "ERROR"]
    assert "01 good.flac" in verdicts[0] and "LUFS" in verdicts[0]
    cover_at = out.index(verdicts[2])
    assert out[cover_at + 1].startswith("      error:") and "[image.not_square]" in out[cover_at + 1]
    assert out[-1].startswith("5 files checked:")


def test_no_path_is_bad_usage(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_info:
        main(["check"])
    assert exit_info.value.code == 2


def test_zero_jobs_is_bad_usage(good_master: Path, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--jobs", "0", str(good_master)])
    assert exit_info.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_missing_path_is_bad_usage_but_the_rest_is_still_checked(
    good_master: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    code = main(["check", "--json", str(good_master), str(tmp_path / "nope.flac")])
    captured = capsys.readouterr()
    assert code == 2
    assert len(json.loads(captured.out)["files"]) == 1
    assert "nope.flac does not exist" in captured.err


def test_only_missing_paths_is_one_sentence_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    code = main(["check", str(tmp_path / "nope.flac")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("releasedesk: nothing to check") and "Traceback" not in err


def test_unreadable_files_do_not_stop_the_run(media: MediaFactory, good_master: Path,
                                               capsys: pytest.CaptureFixture[str]):
    broken = media.audio("broken.flac", seconds=1.0)
    broken.write_bytes(broken.read_bytes()[:200])
    empty = media.empty("empty.wav")
    code, doc = run_json(capsys, str(broken), str(empty), str(good_master))
    assert code == 1
    assert [f["ok"] for f in doc["files"]] == [False, False, True]


def test_worker_processes_give_the_same_reports_as_one_process(release: Path):
    files = expand_paths([release])
    seen: list[Path] = []
    pooled = check_paths([release], jobs=2, on_report=lambda r: seen.append(r.path))
    single = check_paths([release], jobs=1)
    assert [r.path for r in pooled] == files == [r.path for r in single]
    assert sorted(seen) == sorted(files)
    assert [r.to_json() for r in pooled] == [r.to_json() for r in single]


def test_folders_are_recursed_sorted_and_litter_skipped(release: Path):
    names = [p.relative_to(release).as_posix() for p in expand_paths([release, release / "cover.jpg"])]
    assert names == ["01 good.flac", "02 short.flac", "cover.jpg", "extras/front.png", "notes.txt"]


def test_kind_follows_content_not_extension(media: MediaFactory, capsys: pytest.CaptureFixture[str]):
    png_named_flac = media.image("cover.flac", format="PNG")
    flac_named_jpg = media.audio("track.jpg", seconds=1.0, format="FLAC")
    _, doc = run_json(capsys, str(png_named_flac), str(flac_named_jpg))
    kinds = {Path(f["path"]).name: f["kind"] for f in doc["files"]}
    assert kinds == {"cover.flac": "image", "track.jpg": "audio"}


def test_headers_only_skips_measurements(good_master: Path, capsys: pytest.CaptureFixture[str]):
    code, doc = run_json(capsys, "--headers-only", str(good_master))
    assert code == 0
    assert doc["files"][0]["properties"]["lufs"] is None


def test_json_stays_valid_for_silent_and_tiny_files(media: MediaFactory, capsys: pytest.CaptureFixture[str]):
    silent = media.audio("silent.wav", np.zeros((100, 2)))
    code, doc = run_json(capsys, str(silent))
    assert code == 1
    assert doc["files"][0]["properties"]["lufs"] is None
    assert "audio.silence" in [p["code"] for p in doc["files"][0]["problems"]]


def test_real_process_exit_codes(media: MediaFactory, good_master: Path, tmp_path: Path):
    root = Path(__file__).resolve().parents[2]
    bad = media.image("small.jpg", (500, 500))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env_home = {"RELEASEDESK_HOME": str(tmp_path / "home")}
        import os

        return subprocess.run([sys.executable, "-m", "app", "check", *args], cwd=root, capture_output=True,
                              text=True, env={**os.environ, **env_home})

    assert run(str(good_master)).returncode == 0
    assert run("--json", str(bad)).returncode == 1
    usage = run()
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_fifo_is_reported_not_waited_on(media: MediaFactory, good_master: Path,
                                        capsys: pytest.CaptureFixture[str]):
    import os

    fifo = media.path("pipe.wav")
    os.mkfifo(fifo)
    code, doc = run_json(capsys, str(fifo), str(good_master))
    assert code == 1
    assert [f["ok"] for f in doc["files"]] == [False, True]
    assert "not a regular file" in doc["files"][0]["problems"][0]["message"]
    assert expand_paths([media.folder]) == []  # inside a folder it is simply skipped


def test_pool_under_a_qt_application_uses_spawn_and_still_checks(media: MediaFactory, tmp_path: Path):
    """The GUI's case: once a Qt application exists, fork is unsafe, so workers are spawned."""
    root = Path(__file__).resolve().parents[2]
    files = [media.audio("a.flac", seconds=1.0), media.image("b.png", (1500, 1500))]
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from app.media.check import _pool_context, check_paths\n"
        "reports = check_paths([Path(p) for p in sys.argv[1:]], jobs=2)\n"
        "print(json.dumps({'method': _pool_context().get_start_method(),\n"
        "                  'codes': [r.codes() for r in reports]}))\n"
    )
    import os

    env = {**os.environ, "RELEASEDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script, *map(str, files)], cwd=root, capture_output=True,
                         text=True, env=env, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["method"] == "spawn"
    assert result["codes"] == [["audio.duration"], ["image.too_small"]]


def test_non_ascii_names_are_checked_and_printed(media: MediaFactory, capsys: pytest.CaptureFixture[str]):
    path = media.audio("Ünïcødé — 名前.flac", seconds=1.0)
    code, doc = run_json(capsys, str(path))
    assert code == 0
    assert doc["files"][0]["path"] == str(path)
    assert doc["files"][0]["properties"]["md5"] == doc["files"][0]["properties"]["pcm_md5"]


def test_a_command_ends_without_interpreter_teardown_yet_loses_no_output(good_master: Path, tmp_path: Path):
    # app.cli.run ends a command's process at once: what is still in the output buffer must be flushed
    # first. Through a pipe (block-buffered) read slowly: the JSON document, and the human report whose
    # last line (the summary) is printed last
    import os
    import time

    root = Path(__file__).resolve().parents[2]
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(200):  # ~150 kB of JSON
        os.link(good_master, folder / f"take-{i:03d}.flac")
    env = {**os.environ, "RELEASEDESK_HOME": str(tmp_path / "home"), "RELEASEDESK_LANG": "en"}
    env.pop("PYTHONUNBUFFERED", None)  # buffered, as a user's shell has it (CI machines set it)

    def piped(*args: str) -> bytes:
        proc = subprocess.Popen([sys.executable, "-m", "app", *args],
                                cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        assert proc.stdout is not None and proc.stderr is not None
        chunks = []
        while chunk := proc.stdout.read(4096):
            chunks.append(chunk)
            time.sleep(0.001)
        assert proc.wait(timeout=60) == 0 and proc.stderr.read() == b""
        return b"".join(chunks)

    data = piped("check", "--headers-only", "--json", str(folder))
    assert len(data) > 100_000 and len(json.loads(data)["files"]) == 200
    human = piped("check", "--headers-only", str(folder)).decode()
    assert human.splitlines()[-1].startswith("200 files checked")
    # a command that leaves its last line in the buffer (check flushes its own)
    assert piped("drafts").decode() == "No drafts.\n"
