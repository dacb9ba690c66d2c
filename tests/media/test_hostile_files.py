"""Hostile and odd files, each made for real: a clear verdict for the file, the rest of the report intact."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from app.media.check import inspect_file
from app.media.sniff import sniff
from tests.fixtures.media import MediaFactory

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------------------------------- covers


def _png_chunks(blob: bytes) -> list[tuple[bytes, bytes]]:
    chunks, pos = [], 8
    while pos < len(blob):
        size = struct.unpack(">I", blob[pos : pos + 4])[0]
        chunks.append((blob[pos + 4 : pos + 8], blob[pos + 8 : pos + 8 + size]))
        pos += 12 + size
    return chunks


def _png(chunks: list[tuple[bytes, bytes]]) -> bytes:
    def chunk(cid: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + cid + payload + struct.pack(">I", zlib.crc32(cid + payload))

    return b"\x89PNG\r\n\x1a\n" + b"".join(chunk(cid, payload) for cid, payload in chunks)


@pytest.fixture
def textured_png(media: MediaFactory) -> bytes:
    """A 1500x1500 RGB PNG of noise: its pixel data spans many deflate blocks."""
    from PIL import Image

    pixels = (np.random.default_rng(7).random((1500, 1500, 3)) * 255).astype(np.uint8)
    path = media.path("source.png")
    Image.fromarray(pixels).save(path)
    blob = path.read_bytes()
    path.unlink()
    return blob


def _unreadable(report) -> bool:  # type: ignore[no-untyped-def]
    return report.kind == "image" and "image.unreadable" in report.codes() and not report.ok


def test_png_with_damaged_pixel_data_is_unreadable(media: MediaFactory, textured_png: bytes):
    # bytes flipped in the middle of the compressed pixels, the chunk's CRC recomputed: only decoding
    # the pixels can tell (reading EXIF first used to swallow the error and pass the cover)
    chunks = _png_chunks(textured_png)
    idat = bytearray(b"".join(p for cid, p in chunks if cid == b"IDAT"))
    middle = len(idat) // 2
    idat[middle : middle + 64] = bytes(b ^ 0x5A for b in idat[middle : middle + 64])
    head = [(cid, p) for cid, p in chunks if cid not in (b"IDAT", b"IEND")]
    path = media.path("damaged.png")
    path.write_bytes(_png([*head, (b"IDAT", bytes(idat)), (b"IEND", b"")]))
    assert _unreadable(inspect_file(path))


def test_png_whose_data_stream_stops_early_is_unreadable(media: MediaFactory, textured_png: bytes):
    # Pillow's broken_data_stream case: a well-formed chunk sequence around a cut-short deflate stream
    chunks = _png_chunks(textured_png)
    idat = b"".join(p for cid, p in chunks if cid == b"IDAT")
    head = [(cid, p) for cid, p in chunks if cid not in (b"IDAT", b"IEND")]
    path = media.path("broken_data_stream.png")
    path.write_bytes(_png([*head, (b"IDAT", idat[: len(idat) // 3]), (b"IEND", b"")]))
    assert _unreadable(inspect_file(path))


@pytest.mark.parametrize("cut", [6, 4000], ids=["inside-IEND", "inside-last-IDAT"])
def test_png_cut_inside_a_chunk_is_unreadable(media: MediaFactory, textured_png: bytes, cut: int):
    # Pillow's truncated_end_chunk case: the file stops inside its last chunk
    path = media.path("truncated_end_chunk.png")
    path.write_bytes(textured_png[:-cut])
    assert _unreadable(inspect_file(path))


def test_intact_png_made_the_same_way_passes(media: MediaFactory, textured_png: bytes):
    path = media.path("intact.png")
    path.write_bytes(_png(_png_chunks(textured_png)))
    report = inspect_file(path)
    assert report.ok and report.codes() == ["image.too_small"]  # 1500 px: Apple's 3000 px warning only


def test_damaged_image_in_another_format_is_unreadable_too(media: MediaFactory):
    path = media.image("cover.bmp", (1500, 1500), format="BMP")
    path.write_bytes(path.read_bytes()[:-100_000])
    report = inspect_file(path)
    assert report.kind == "image"
    assert {"image.format", "image.unreadable"} <= set(report.codes())


@pytest.mark.parametrize("fmt", ["TGA", "DDS", "PPM", "PCX", "SGI", "QOI", "XBM"])
def test_images_in_formats_that_are_not_covers_get_image_codes(media: MediaFactory, fmt: str):
    mode = "1" if fmt == "XBM" else "RGB"
    path = media.image(f"cover.{fmt.lower()}", (64, 64), mode=mode, format=fmt)
    report = inspect_file(path)
    assert report.kind == "image"
    assert "image.format" in report.codes()
    assert not any(code.startswith("audio.") for code in report.codes())


def test_gd_image_starting_like_an_mpeg_sync_word_is_an_image_not_mp3(media: MediaFactory):
    # GD 2.x palette image: 0xFFFE, width, height, truecolor flag, colours, transparent index, palette
    header = struct.pack(">HHHBHI", 0xFFFE, 64, 64, 0, 256, 0xFFFFFFFF) + bytes(range(256)) * 4
    path = media.path("logo.gd")
    path.write_bytes(header + bytes(64 * 64))
    sniffed = sniff(path)
    assert (sniffed.kind, sniffed.format) == ("image", "gd")
    report = inspect_file(path)
    assert report.kind == "image" and report.codes() == ["image.format"]


def test_fli_whose_first_bytes_look_like_an_mp3_frame_is_an_image(media: MediaFactory):
    # the 32-bit size field at the start reads FF FB 90 44: an MPEG-1 layer III frame header, but no
    # second frame follows where the first would end
    header = bytearray(128)
    header[0:4] = b"\xff\xfb\x90\x44"
    struct.pack_into("<HHHHHH", header, 4, 0xAF11, 1, 320, 200, 8, 0)
    path = media.path("intro.fli")
    path.write_bytes(bytes(header) + bytes(2000))
    sniffed = sniff(path)
    assert (sniffed.kind, sniffed.format) == ("image", "fli")
    assert not any(code.startswith("audio.") for code in inspect_file(path).codes())


# -------------------------------------------------------------------------------------------- audio


def _ffmpeg(out: Path, *args: str) -> Path:
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=f=440:d=40", "-ac", "2", *args,
                    str(out)], check=True)
    return out


@pytest.mark.parametrize("name,args,fmt", [
    ("track.mp3", [], "mp3"),
    ("track-24k.mp3", ["-ar", "24000", "-write_xing", "0"], "mp3"),
    ("track.mp2", ["-c:a", "mp2"], "mp2"),
])
def test_mpeg_audio_gets_its_real_duration_and_no_truncation(media: MediaFactory, name: str, args: list[str],
                                                              fmt: str):
    path = _ffmpeg(media.path(name), *args)
    for full in (False, True):
        report = inspect_file(path, full=full)
        assert report.properties["format"] == fmt
        assert report.properties["duration_s"] == pytest.approx(40.0, abs=0.2)
        assert "audio.format" in report.codes() and "audio.corrupt" not in report.codes()


def test_wav_of_64_bit_integer_samples_is_unsupported_not_damaged(media: MediaFactory):
    samples = (np.random.default_rng(3).standard_normal((44100, 2)) * 2**60).astype(np.int64)
    path = media.wav_bytes("deep.wav", samples, bits=64)
    report = inspect_file(path)
    assert "audio.corrupt" not in report.codes()
    formats = [p.message for p in report.problems if p.code == "audio.format"]
    assert len(formats) == 1 and "64-bit integer" in formats[0]
    assert report.properties["decoded"] is False


def test_format_chunk_after_5000_junk_chunks_is_found(media: MediaFactory):
    samples = (np.random.default_rng(4).standard_normal((44100 * 2, 2)) * 3000).astype(np.int16)
    junk = [(b"junk", b"\x00" * 6)] * 5000
    path = media.wav_bytes("buried.wav", samples, extra_chunks=junk)
    report = inspect_file(path)
    assert "audio.corrupt" not in report.codes()
    assert report.properties["sample_rate"] == 44100 and report.properties["frames_decoded"] == 44100 * 2
    assert report.properties["lufs"] is not None


# The child's own peak (VmHWM belongs to its address space; getrusage's maxrss would carry over the
# peak of the forking parent, this test process, across exec).
_RSS_CHILD = """
import json, re, sys
from pathlib import Path
from app.media.check import inspect_file
report = inspect_file(Path(sys.argv[1]))
status = Path("/proc/self/status").read_text()
peak_kb = int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1))
print(json.dumps({"codes": report.codes(), "frames": report.properties.get("frames_decoded"),
                  "rss_mb": peak_kb / 1024}))
"""


def _checked_in_child(path: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", _RSS_CHILD, str(path)], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_memory_is_bounded_by_blocks_not_by_channel_count(media: MediaFactory):
    import soundfile as sf

    noise = (np.random.default_rng(5).standard_normal((96000, 256)) * 0.1).astype(np.float32)
    wide = media.path("256ch.wav")
    sf.write(str(wide), noise, 48000, subtype="PCM_16")  # 49 MB: 2 s of 256 channels
    stereo = media.path("stereo.wav")
    sf.write(str(stereo), noise[:, :2], 48000, subtype="PCM_16")
    base, many = _checked_in_child(stereo), _checked_in_child(wide)
    assert many["frames"] == 96000 and "audio.channels" in many["codes"]
    assert "audio.corrupt" not in many["codes"]
    # 2 s blocks of 256 channels took ~280 MB more than stereo; blocks of 1 Mi samples take ~30 MB more
    assert many["rss_mb"] - base["rss_mb"] < 100, (base, many)


def test_two_thousand_channel_header_gets_an_honest_verdict_in_bounded_memory(media: MediaFactory):
    samples = (np.random.default_rng(6).standard_normal((50, 2000)) * 3000).astype(np.int32) << 8
    path = media.wav_bytes("2000ch.wav", samples, rate=192000, bits=24)
    result = _checked_in_child(path)
    assert "audio.channels" in result["codes"] and "audio.corrupt" not in result["codes"]
    assert result["frames"] == 50
    assert result["rss_mb"] < 300


# ------------------------------------------------------------------------------- the check command


def _run_cli(*args: str, cwd: Path, drop_privileges: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "app", "check", *args]
    if drop_privileges and os.geteuid() == 0:
        # root reads any folder; without these two capabilities it obeys the permission bits like anyone
        caps = "-dac_override,-dac_read_search"
        command = [shutil.which("setpriv") or "setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}",
                   *command]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


@pytest.fixture
def locked_release(media: MediaFactory, good_master: Path) -> Iterator[Path]:
    folder = media.folder
    shutil.copy(good_master, folder / "01 good.flac")
    locked = folder / "02 locked"
    locked.mkdir()
    shutil.copy(good_master, locked / "hidden.flac")
    media.image("cover.jpg", (3000, 3000))
    locked.chmod(0)
    try:
        yield folder
    finally:
        locked.chmod(0o755)


def test_unreadable_folder_is_an_error_beside_the_other_files(locked_release: Path):
    result = _run_cli("--json", "--headers-only", "01 good.flac", ".", cwd=locked_release,
                      drop_privileges=True)
    assert result.returncode == 1, result.stderr
    doc = json.loads(result.stdout)
    by_name = {Path(f["path"]).name: f for f in doc["files"]}
    assert set(by_name) == {"01 good.flac", "02 locked", "cover.jpg"}
    assert by_name["01 good.flac"]["ok"] and by_name["cover.jpg"]["ok"]
    locked = by_name["02 locked"]
    assert [p["code"] for p in locked["problems"]] == ["folder.unreadable"]
    assert "02 locked" in locked["problems"][0]["message"]
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr


def test_file_inside_an_unreadable_folder_is_reported_not_a_crash(locked_release: Path):
    result = _run_cli("01 good.flac", "02 locked/hidden.flac", cwd=locked_release, drop_privileges=True)
    assert result.returncode == 1
    assert "hidden.flac could not be opened" in result.stdout
    assert result.stdout.splitlines()[0].startswith("OK")


def test_empty_folder_is_a_usage_error(media: MediaFactory, good_master: Path):
    (media.folder / "empty").mkdir()
    only_litter = media.folder / "litter"
    only_litter.mkdir()
    (only_litter / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    alone = _run_cli("empty", "litter", cwd=media.folder)
    assert alone.returncode == 2 and alone.stdout == ""
    assert "empty" in alone.stderr and "litter" in alone.stderr and "no audio files or covers" in alone.stderr
    shutil.copy(good_master, media.folder / "good.flac")
    beside = _run_cli("--headers-only", "good.flac", "empty", cwd=media.folder)
    assert beside.returncode == 2
    assert beside.stdout.startswith("OK") and "1 file checked" in beside.stdout
    assert "empty holds no audio files or covers" in beside.stderr


def test_symlink_loop_and_dangling_link_named_on_the_command_line_say_so(media: MediaFactory,
                                                                          good_master: Path):
    os.symlink("loop.flac", media.folder / "loop.flac")
    os.symlink("gone.flac", media.folder / "dangling.flac")
    shutil.copy(good_master, media.folder / "good.flac")
    result = _run_cli("--json", "--headers-only", "loop.flac", "dangling.flac", "good.flac",
                      cwd=media.folder)
    assert result.returncode == 1
    by_name = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert "link loop" in by_name["loop.flac"]["problems"][0]["message"]
    assert "gone.flac, which does not exist" in by_name["dangling.flac"]["problems"][0]["message"]
    assert by_name["good.flac"]["ok"]


def test_json_path_round_trips_a_file_name_that_is_not_utf8(good_master: Path):
    with tempfile.TemporaryDirectory() as folder:
        raw = os.fsencode(folder) + b"/caf\xe9 \xff.flac"
        shutil.copy(good_master, raw.decode("utf-8", "surrogateescape"))
        result = _run_cli("--json", "--headers-only", folder, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        doc = json.loads(result.stdout)
        [entry] = doc["files"]
        assert os.fsencode(entry["path"]) == raw
        assert Path(entry["path"]).is_file()
        human = _run_cli("--headers-only", folder, cwd=ROOT)
        assert "caf\\xe9 \\xff.flac" in human.stdout

