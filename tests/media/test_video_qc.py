"""Video QC on real files made with ffmpeg: music videos and Apple Motion Art (docs/MEDIA.md)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from app.cli import main
from app.media.check import inspect_file
from app.media.isobmff import read_movie
from app.media.sniff import sniff
from app.media.video import (
    MOTION_ART_DESKTOP,
    MOTION_ART_MOBILE,
    inspect_video,
    poster_frame,
)
from tests.fixtures.video import ffmpeg, make_video, repeat


@pytest.fixture(scope="module")
def videos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every file the tests below check, made once (a few seconds of ffmpeg in all)."""
    d = tmp_path_factory.mktemp("videos")
    make_video(d / "good.mp4")
    make_video(d / "small.mp4", size="640x360")
    make_video(d / "silent.mp4", audio=False, source="color=c=0x204080")
    make_video(d / "mono.mp4", channels=1, source="color=c=0x204080")
    make_video(d / "22k.mp4", audio_rate=22050, source="color=c=0x204080")
    make_video(d / "interlaced.mp4", extra=("-flags", "+ildct+ilme", "-top", "1"))
    make_video(d / "fast.mp4", rate="60", source="color=c=0x204080")
    make_video(d / "prores.mov", size="640x360", codec="prores_ks", extra=("-profile:v", "3"))
    make_video(d / "prores_il.mov", size="640x360", codec="prores_ks",
               extra=("-profile:v", "3", "-flags", "+ildct", "-top", "1"))
    make_video(d / "faststart.mp4", extra=("-movflags", "+faststart"))
    make_video(d / "hevc.mp4", size="640x360", codec="libx265", source="color=c=0x204080",
               extra=("-preset", "ultrafast", "-tag:v", "hvc1", "-x265-params", "log-level=error"))
    make_video(d / "mpeg4.mp4", codec="mpeg4", source="color=c=0x204080")
    make_video(d / "clip.mkv", size="320x240", audio=False, source="color=c=0x204080")
    ffmpeg("-f", "lavfi", "-i", "sine=f=440:r=48000:d=1", "-ac", "2", "-c:a", "aac", str(d / "song.m4a"))
    ffmpeg("-f", "lavfi", "-i", "sine=f=440:r=48000:d=1", "-ac", "2", "-c:a", "aac", "-f", "mp4",
           str(d / "song_isom.mp4"))
    # Motion Art: one second at full size, repeated to 8 s without re-encoding
    make_video(d / "sq1.mp4", size="3840x3840", rate="24", audio=False, source="color=c=0x3050a0")
    repeat(d / "sq1.mp4", d / "motion_square.mp4", 8)
    make_video(d / "tall1.mp4", size="2048x2732", rate="24", audio=False, source="color=c=0x3050a0")
    repeat(d / "tall1.mp4", d / "motion_tall.mp4", 8)
    repeat(d / "tall1.mp4", d / "motion_tall_sound.mp4", 8, audio=True)
    # fades from black to white over its whole length: the last frame can't lead back to the first
    make_video(d / "motion_fade.mp4", size="300x400", rate="24", seconds=8, audio=False,
               source="color=c=white", extra=("-vf", "fade=in:0:192"))
    ffmpeg("-i", str(d / "good.mp4"), "-c", "copy", "-movflags", "frag_keyframe+empty_moov",
           str(d / "fragmented.mp4"))
    make_video(d / "vfr.mp4", source="color=c=0x204080", rate="25", seconds=2,
               extra=("-vf", "select='lt(mod(n,5),2)'", "-vsync", "vfr"))
    # bands moving across the picture that are back where they started after exactly 8 s
    make_video(d / "motion_wave.mp4", size="300x400", rate="24", seconds=8, audio=False,
               source="color=c=black", extra=("-vf", "geq=lum='128+100*sin(2*PI*(X/W+T/8))':cb=128:cr=128"))
    (d / "notes.mp4").write_text("this is not a video\n")
    data = (d / "faststart.mp4").read_bytes()
    (d / "cut.mp4").write_bytes(data[: len(data) // 2])  # moov first: the sample tables outlive the data
    late = (d / "good.mp4").read_bytes()
    (d / "cut_late.mp4").write_bytes(late[: len(late) // 2])  # moov last: cut before it
    return d


def codes(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.code for p in report.problems}


def errors(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.code for p in report.errors}


def test_full_hd_h264_with_stereo_aac_passes(videos: Path):
    report = inspect_file(videos / "good.mp4")
    assert report.kind == "video"
    assert report.ok and report.problems == []
    p = report.properties
    assert (p["width"], p["height"], p["frame_rate"], p["codec"]) == (1920, 1080, 25.0, "H.264")
    assert p["duration_s"] == pytest.approx(1.0, abs=0.05)
    assert (p["audio_codec"], p["audio_channels"], p["audio_sample_rate"]) == ("AAC", 2, 48000)
    assert p["interlaced"] is False


def test_640x360_is_a_resolution_error(videos: Path):
    report = inspect_file(videos / "small.mp4")
    assert errors(report) == {"video.resolution"}
    sentence = report.errors[0].message
    assert "small.mp4" in sentence and "640×360" in sentence and "1920×1080" in sentence


def test_no_sound_is_a_video_audio_error(videos: Path):
    report = inspect_file(videos / "silent.mp4")
    assert errors(report) == {"video.audio"}
    assert report.properties["audio_tracks"] == 0


@pytest.mark.parametrize("name", ["mono.mp4", "22k.mp4"])
def test_sound_that_is_not_stereo_44_or_48_khz_is_an_error(videos: Path, name: str):
    assert errors(inspect_file(videos / name)) == {"video.audio"}


def test_truncated_files_are_corrupt(videos: Path):
    # moov in front: the sample tables point past the end of the file
    cut = inspect_file(videos / "cut.mp4")
    assert cut.kind == "video" and "video.corrupt" in errors(cut)
    assert any("truncated" in p.message for p in cut.errors)
    assert cut.properties["width"] == 1920  # what the header says is still reported
    # moov at the end: cut before it, nothing says what the file holds
    late = inspect_file(videos / "cut_late.mp4")
    assert late.kind == "video" and errors(late) == {"video.corrupt"}


def test_fragmented_files_are_read_from_their_fragments(videos: Path, tmp_path: Path):
    report = inspect_file(videos / "fragmented.mp4")
    assert report.ok and report.problems == []
    assert report.properties["frame_rate"] == 25.0
    assert report.properties["duration_s"] == pytest.approx(1.0, abs=0.05)
    data = (videos / "fragmented.mp4").read_bytes()
    cut = tmp_path / "fragmented_cut.mp4"
    cut.write_bytes(data[: len(data) * 2 // 3])
    assert "video.corrupt" in errors(inspect_file(cut))


def test_a_variable_frame_rate_is_flagged(videos: Path):
    report = inspect_file(videos / "vfr.mp4")
    assert report.properties["variable_frame_rate"] is True
    assert "video.frame_rate" in codes(report)


def test_overwritten_frames_are_corrupt(videos: Path, tmp_path: Path):
    damaged = tmp_path / "damaged.mp4"
    data = bytearray((videos / "faststart.mp4").read_bytes())
    movie = read_movie(videos / "faststart.mp4")
    video = movie.first("vide")
    assert video is not None and video.sample_offsets is not None
    at = int(video.sample_offsets[5])
    data[at:at + 4] = struct.pack(">I", 0x7FFFFFF0)  # a NAL unit length far past its frame
    damaged.write_bytes(bytes(data))
    report = inspect_file(damaged)
    assert "video.corrupt" in errors(report)
    assert inspect_file(damaged, full=False).ok  # the header-only pass does not read frames


def test_a_text_file_named_mp4_is_unreadable(videos: Path):
    report = inspect_file(videos / "notes.mp4")
    assert errors(report) == {"video.unreadable"}
    assert "text file" in report.errors[0].message
    assert inspect_video(videos / "notes.mp4").codes() == ["video.unreadable"]


def test_interlaced_h264_and_prores_are_found(videos: Path):
    h264 = inspect_file(videos / "interlaced.mp4")
    assert "video.interlaced" in codes(h264) and h264.properties["interlaced"] is True
    assert h264.ok  # a warning for a music video: Apple takes interlaced video-sourced material
    prores = inspect_file(videos / "prores_il.mov")
    assert "video.interlaced" in codes(prores)
    assert "video.interlaced" not in codes(inspect_file(videos / "prores.mov"))


def test_prores_in_quicktime_is_read(videos: Path):
    report = inspect_file(videos / "prores.mov")
    p = report.properties
    assert (p["format"], p["codec"], p["width"], p["height"]) == ("mov", "ProRes 422 HQ", 640, 360)
    assert (p["audio_codec"], p["audio_sample_rate"]) == ("PCM", 48000)
    assert errors(report) == {"video.resolution"}


def test_hevc_is_read(videos: Path):
    report = inspect_file(videos / "hevc.mp4")
    assert (report.properties["codec"], report.properties["width"]) == ("HEVC", 640)
    assert errors(report) == {"video.resolution"}  # and no corrupt: its NAL framing adds up


def test_frame_rate_and_codec_rules(videos: Path):
    fast = inspect_file(videos / "fast.mp4")
    assert fast.properties["frame_rate"] == 60.0
    assert "video.frame_rate" in codes(fast) and fast.ok  # 60 fps: a warning (Apple takes at most 30)
    assert "video.format" in errors(inspect_file(videos / "mpeg4.mp4"))


def test_other_containers_are_videos_in_the_wrong_format(videos: Path):
    report = inspect_file(videos / "clip.mkv")
    assert report.kind == "video" and errors(report) == {"video.format"}
    assert "Matroska" in report.errors[0].message


def test_m4a_and_audio_only_mp4_stay_audio(videos: Path):
    assert sniff(videos / "song.m4a").kind == "audio"
    assert sniff(videos / "song_isom.mp4").kind == "audio"
    assert inspect_file(videos / "song.m4a").kind == "audio"
    assert sniff(videos / "good.mp4").kind == "video"


def test_motion_art_square_and_tall_pass(videos: Path):
    square = inspect_video(videos / "motion_square.mp4", role=MOTION_ART_DESKTOP)
    assert square.problems == [], [p.message for p in square.problems]
    assert (square.properties["width"], square.properties["height"]) == (3840, 3840)
    tall = inspect_video(videos / "motion_tall.mp4", role=MOTION_ART_MOBILE)
    assert tall.problems == [], [p.message for p in tall.problems]
    assert tall.properties["duration_s"] == pytest.approx(8.0, abs=0.05)
    assert tall.properties["loop_seam"] == pytest.approx(0.0, abs=1.0)


def test_motion_art_wrong_aspect_and_sound_fail(videos: Path):
    assert errors(inspect_video(videos / "motion_tall.mp4", role=MOTION_ART_DESKTOP)) == {"video.aspect"}
    assert errors(inspect_video(videos / "motion_square.mp4", role=MOTION_ART_MOBILE)) == {"video.aspect"}
    assert errors(inspect_video(videos / "motion_tall_sound.mp4", role=MOTION_ART_MOBILE)) == {"video.audio"}
    short = inspect_video(videos / "good.mp4", role=MOTION_ART_DESKTOP)
    assert {"video.aspect", "video.duration", "video.audio"} <= errors(short)


def test_motion_art_that_does_not_loop_is_flagged(videos: Path):
    report = inspect_video(videos / "motion_fade.mp4", role=MOTION_ART_MOBILE)
    assert "video.loop" in codes(report)
    assert report.properties["loop_seam"] > 100  # black back to white
    assert "video.resolution" in errors(report)  # 300×400 is 3:4 but far too small


def test_motion_art_that_moves_and_loops_is_not_flagged(videos: Path):
    report = inspect_video(videos / "motion_wave.mp4", role=MOTION_ART_MOBILE)
    assert "video.loop" not in codes(report)
    assert report.properties["frame_step"] > 1  # it does move: the seam is one more step
    assert report.properties["loop_seam"] < 2 * report.properties["frame_step"]


def test_without_a_decoder_the_loop_is_an_unchecked_warning_not_a_crash(
        videos: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("RELEASEDESK_FFMPEG", "")
    report = inspect_video(videos / "motion_tall.mp4", role=MOTION_ART_MOBILE)
    assert [p.code for p in report.problems] == ["video.loop"] and report.ok
    assert "ffmpeg" in report.problems[0].message
    assert poster_frame(videos / "good.mp4") is None


def test_poster_frame_is_a_png(videos: Path):
    import io

    from PIL import Image

    png = poster_frame(videos / "good.mp4")
    assert png is not None and png.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(png)) as img:
        assert img.size == (640, 360)
    assert poster_frame(videos / "notes.mp4") is None
    assert poster_frame(videos / "cut_late.mp4") is None


def test_check_command_json_has_the_video_properties(videos: Path, capsys: pytest.CaptureFixture[str]):
    code = main(["check", "--json", str(videos / "good.mp4"), str(videos / "small.mp4")])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1
    good, small = doc["files"]
    assert good["kind"] == "video" and good["ok"]
    assert {"width", "height", "frame_rate", "codec", "duration_s"} <= set(good["properties"])
    assert [p["code"] for p in small["problems"]] == ["video.resolution"]


def test_check_command_motion_art_option(videos: Path, capsys: pytest.CaptureFixture[str]):
    code = main(["check", "--motion-art", "apple_motion_art_desktop", str(videos / "motion_square.mp4")])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("OK ")
    code = main(["check", "--motion-art", "apple_motion_art_mobile", str(videos / "motion_square.mp4")])
    assert code == 1 and "[video.aspect]" in capsys.readouterr().out


def test_the_check_service_offers_the_video_functions(videos: Path):
    from app.services.check import (
        MOTION_ART_MOBILE as MOBILE,
    )
    from app.services.check import (
        check_video,
        video_decoder_available,
        video_poster,
    )

    assert video_decoder_available()
    assert check_video(videos / "motion_tall.mp4", role=MOBILE, full=False).problems == []
    assert (video_poster(videos / "good.mp4") or b"").startswith(b"\x89PNG")


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def full_box(kind: bytes, payload: bytes) -> bytes:
    return box(kind, b"\x00\x00\x00\x00" + payload)


def hostile_movie(stsz: bytes, stsc: bytes, stco: bytes, handler: bytes = b"soun") -> bytes:
    stbl = box(b"stbl", full_box(b"stsz", stsz) + full_box(b"stsc", stsc) + full_box(b"stco", stco))
    mdia = box(b"mdia", full_box(b"mdhd", bytes(16) + struct.pack(">I", 0)) +
               full_box(b"hdlr", bytes(4) + handler + bytes(12)) + box(b"minf", stbl))
    ftyp = box(b"ftyp", b"isom\x00\x00\x02\x00isom")
    return ftyp + box(b"moov", box(b"trak", mdia)) + box(b"mdat", bytes(64))


@pytest.mark.parametrize("handler", [b"soun", b"vide"])
def test_a_header_claiming_billions_of_samples_costs_no_memory(tmp_path: Path, handler: bytes):
    path = tmp_path / "bomb.mp4"
    path.write_bytes(hostile_movie(
        stsz=struct.pack(">II", 1, 0xFFFFFFFF),  # 4 billion samples of 1 byte: never expanded
        stsc=struct.pack(">IIII", 1, 1, 0xFFFFFFFF, 1),
        stco=struct.pack(">II", 1, 40), handler=handler))
    movie = read_movie(path)
    assert [d.kind for d in movie.damage] == ["truncated"]  # they lie past the end
    assert movie.damage[0].missing_bytes > 10**9
    report = inspect_file(path)  # a sound-only movie is audio: the audio check says what it can't read
    assert report.kind == ("video" if handler == b"vide" else "audio") and not report.ok


@pytest.mark.parametrize("tail", [
    struct.pack(">I4s", 1, b"moov") + struct.pack(">Q", 2**64 - 1),  # a 64-bit size past everything
    struct.pack(">I4s", 4, b"moov"),  # smaller than its own header
    b"\x00\x00\x00\x10\xff\xfe\xfd\xfc" + bytes(8),  # not a box type
    box(b"moov", box(b"trak", b"\x00\x00\xff\xffmdia")),  # a child running past its parent
])
def test_broken_boxes_are_corrupt_not_a_crash(tmp_path: Path, tail: bytes):
    path = tmp_path / "broken.mp4"
    path.write_bytes(box(b"ftyp", b"isom\x00\x00\x02\x00isom") + tail)
    report = inspect_file(path)
    assert report.kind == "video" and errors(report) == {"video.corrupt"}
    assert poster_frame(path) is None
