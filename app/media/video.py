"""Music video and Apple Motion Art QC: what the distributor's and the services' ingest would refuse.

:func:`inspect_video` reads the file's boxes (``app/media/isobmff.py``: no decoder, nothing bundled)
for the container, codec, picture size, pixel aspect, frame rate, interlacing, duration and sound,
and checks the sample tables against the file (a truncated copy, broken boxes, damaged frames).
Motion Art gets its own rules (aspect by type, size, length, no sound) and, when the system has
``ffmpeg``, a seamless-loop check on its first and last frames (``app/media/frames.py``).
Every rule and where it comes from: ``docs/MEDIA.md``. Never raises for a bad file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.domain.messages import msg
from app.domain.problems import Severity
from app.media import frames
from app.media.isobmff import (
    AVC_FOURCCS,
    HEVC_FOURCCS,
    PCM_FOURCCS,
    PRORES_FOURCCS,
    Movie,
    Track,
    check_payload,
    parse_prores_frame,
    read_first_sample,
    read_movie_from,
)
from app.media.report import MediaReport, display_name
from app.media.sniff import sniff

log = logging.getLogger(__name__)

MUSIC_VIDEO = "music_video"
MOTION_ART_MOBILE = "apple_motion_art_mobile"
MOTION_ART_DESKTOP = "apple_motion_art_desktop"
ROLES = (MUSIC_VIDEO, MOTION_ART_MOBILE, MOTION_ART_DESKTOP)

VIDEO_CONTAINERS = ("mp4", "mov")
MIN_WIDTH, MIN_HEIGHT = 1920, 1080
STANDARD_RATES = (23.976, 24.0, 25.0, 29.97, 30.0)
HIGH_RATES = (50.0, 59.94, 60.0)
AUDIO_RATES = (44100, 48000)
ASPECT_TOLERANCE = 0.01  # 2048×2732 is "3:4" to 0.05 %; 1920×1088 is not 16:9
AV_DRIFT_S = 1.0  # sound and picture lengths differ by more: the export cut one of them
# A loop's seam may jump this many times the typical step between neighbouring frames, plus a floor
# for codec noise on still pictures (in 0-255 grey levels over 64×64 thumbnails).
SEAM_FACTOR = 3.0
SEAM_FLOOR = 2.0


@dataclass(frozen=True)
class MotionArtSpec:
    ratio: tuple[int, int]  # width : height
    min_width: int
    min_height: int
    min_s: float
    max_s: float


MOTION_ART = {
    MOTION_ART_MOBILE: MotionArtSpec((3, 4), 2048, 2732, 8.0, 20.0),
    MOTION_ART_DESKTOP: MotionArtSpec((1, 1), 3840, 3840, 8.0, 20.0),
}
MUSIC_VIDEO_CODECS = AVC_FOURCCS | HEVC_FOURCCS | PRORES_FOURCCS | {"AVdn", "AVdh"}
MOTION_ART_CODECS = AVC_FOURCCS | PRORES_FOURCCS
MOTION_ART_PRORES = frozenset({"ap4h", "ap4x"})
AUDIO_CODECS = PCM_FOURCCS | {"mp4a"}

CONTAINER_LABELS = {
    "mp4": "MP4", "mov": "QuickTime (MOV)", "matroska": "Matroska (MKV)", "webm": "WebM", "avi": "AVI",
    "mpeg-ts": "MPEG transport stream", "mpeg-ps": "MPEG program stream", "flv": "Flash video (FLV)",
    "mxf": "MXF", "asf": "Windows Media (WMV/ASF)",
}


def inspect_video(path: Path, *, role: str = MUSIC_VIDEO, full: bool = True) -> MediaReport:
    """QC of one video. ``role``: a music video, or the Motion Art attachment type it is for
    (:data:`MOTION_ART_MOBILE`, :data:`MOTION_ART_DESKTOP`). ``full=False`` reads the boxes only (no
    frame framing walk, no decoded frames): the GUI's first paint."""
    path = Path(path)
    report = MediaReport(path=path, kind="video", full=full)
    report.properties["role"] = role if role in ROLES else MUSIC_VIDEO
    name = display_name(path)
    sniffed = _sniff_video(report)
    if sniffed is None:
        return report
    if sniffed not in VIDEO_CONTAINERS:
        label = CONTAINER_LABELS.get(sniffed, sniffed)
        report.error("video.format", msg("video.format.container", file=name, format=label))
        return report
    try:
        with open(path, "rb") as fh:
            movie = read_movie_from(fh)
            _check(report, movie, fh if full else None)
    except OSError as exc:
        report.error("video.unreadable", msg("media.open_failed", file=name, reason=str(exc.strerror or exc)))
    except MemoryError:
        report.error("video.corrupt", msg("video.corrupt.damaged", file=name, detail="out of memory"))
    except Exception as exc:  # noqa: BLE001 - a hostile file must not stop a batch
        log.info("video check failed for %s", path, exc_info=True)
        report.error("video.corrupt", msg("video.corrupt.damaged", file=name, detail=type(exc).__name__))
    return report


def _sniff_video(report: MediaReport) -> str | None:
    """The container, when the file is a video; else None with the one ``video.unreadable`` error."""
    name = display_name(report.path)
    try:
        sniffed = sniff(report.path)
    except OSError as exc:
        report.kind = "other"
        report.error("video.unreadable", msg("media.open_failed", file=name, reason=str(exc.strerror or exc)))
        return None
    report.properties["bytes"] = sniffed.size
    if sniffed.kind == "video":
        report.properties["format"] = sniffed.format
        return sniffed.format or "unknown"
    if sniffed.kind in ("audio", "image"):
        report.kind = "audio" if sniffed.kind == "audio" else "image"
        report.error("video.unreadable", msg(f"video.not_video.{sniffed.kind}", file=name,
                                             format=str(sniffed.format)))
        return None
    report.kind = "other"
    what = sniffed.reason if sniffed.reason in ("empty", "text") else "unknown"
    report.error("video.unreadable", msg(f"video.not_video.{what}", file=name))
    return None


def _check(report: MediaReport, movie: Movie, fh: object | None) -> None:
    name = display_name(report.path)
    role = str(report.properties["role"])
    motion = MOTION_ART.get(role)
    props = report.properties
    if movie.brand:
        props["brand"] = movie.brand.strip()
    if not movie.has_moov:
        truncated = any(d.kind == "truncated" for d in movie.damage)
        report.error("video.corrupt", msg("video.corrupt.no_moov" if not truncated else "video.corrupt.cut",
                                          file=name))
        return
    videos, sounds = movie.of("vide"), movie.of("soun")
    video = videos[0] if videos else None
    if video is not None and fh is not None:
        check_payload(fh, video, movie)  # type: ignore[arg-type]
    _damage(report, movie)
    if video is None:
        if not movie.damage:  # a damaged file's tracks are lost, not missing: corrupt says it all
            report.error("video.format", msg("video.format.no_video", file=name))
        return
    _describe_video(report, movie, video, fh)
    if not video.sample_count:
        report.error("video.duration", msg("video.duration.empty", file=name))
        return
    _codec_rules(report, video, motion, role)
    _size_rules(report, video, motion, role)
    _rate_rules(report, video, motion)
    _interlace_rules(report, video, motion)
    _duration_rules(report, movie, video, sounds, motion)
    _sound_rules(report, sounds, motion)
    if motion is not None and report.full:
        _loop_rule(report)


def _damage(report: MediaReport, movie: Movie) -> None:
    name = display_name(report.path)
    missing = sum(d.missing_bytes for d in movie.damage if d.kind == "truncated")
    if missing:
        report.error("video.corrupt", msg("video.corrupt.truncated", file=name, missing=missing))
    details = [d.detail for d in movie.damage if d.kind != "truncated"]
    if details:
        report.error("video.corrupt", msg("video.corrupt.damaged", file=name, detail="; ".join(details[:3])))


def _display_size(track: Track) -> tuple[int, int]:
    """The picture's size as shown: the coded size (the SPS's, after cropping, when known) stretched by
    a non-square pixel aspect."""
    width = track.coded_width or track.width
    height = track.coded_height or track.height
    if track.pixel_aspect and all(track.pixel_aspect) and track.pixel_aspect[0] != track.pixel_aspect[1]:
        width = round(width * track.pixel_aspect[0] / track.pixel_aspect[1])
    return width, height


def _describe_video(report: MediaReport, movie: Movie, video: Track, fh: object | None) -> None:
    props = report.properties
    width = video.coded_width or video.width
    height = video.coded_height or video.height
    props["width"], props["height"] = width, height
    props["codec"] = video.codec
    props["fourcc"] = video.fourcc
    if video.profile:
        props["profile"] = video.profile
    if video.bit_depth:
        props["bit_depth"] = video.bit_depth
    if video.chroma:
        props["chroma"] = video.chroma
    rate = video.frame_rate
    props["frame_rate"] = round(rate, 3) if rate else None
    props["variable_frame_rate"] = video.variable_rate
    props["duration_s"] = round(movie.duration_s or video.duration_s, 3)
    if video.pixel_aspect:
        props["pixel_aspect"] = f"{video.pixel_aspect[0]}:{video.pixel_aspect[1]}"
    if video.fourcc in PRORES_FOURCCS and fh is not None:
        frame = parse_prores_frame(read_first_sample(fh, video))  # type: ignore[arg-type]
        if frame is not None:
            video.interlaced = frame[2]
    interlaced = video.interlaced
    if interlaced is None and video.fields:
        interlaced = video.fields == 2
    props["interlaced"] = bool(interlaced)
    if movie.duration_s:
        props["bitrate_mbps"] = round(movie.file_size * 8 / movie.duration_s / 1e6, 2)
    sounds = movie.of("soun")
    props["audio_tracks"] = len(sounds)
    if sounds:
        sound = sounds[0]
        props["audio_codec"] = sound.codec
        props["audio_channels"] = sound.channels
        props["audio_sample_rate"] = int(sound.sample_rate)


def _codec_rules(report: MediaReport, video: Track, motion: MotionArtSpec | None, role: str) -> None:
    name = display_name(report.path)
    if motion is None:
        if video.fourcc not in MUSIC_VIDEO_CODECS:
            report.error("video.format", msg("video.format.codec", file=name, codec=video.codec))
        return
    if video.fourcc not in MOTION_ART_CODECS:
        report.error("video.format", msg("video.format.motion_codec", file=name, codec=video.codec))
    elif video.fourcc in PRORES_FOURCCS and video.fourcc not in MOTION_ART_PRORES:
        report.warning("video.format", msg("video.format.motion_prores", file=name, codec=video.codec))


def _size_rules(report: MediaReport, video: Track, motion: MotionArtSpec | None, role: str) -> None:
    name = display_name(report.path)
    if video.pixel_aspect and all(video.pixel_aspect) and video.pixel_aspect[0] != video.pixel_aspect[1]:
        report.error("video.aspect", msg("video.aspect.pixels", file=name,
                                         ratio=f"{video.pixel_aspect[0]}:{video.pixel_aspect[1]}"))
    width, height = _display_size(video)
    if not width or not height:
        report.error("video.corrupt", msg("video.corrupt.no_size", file=name))
        return
    if motion is None:
        landscape = width >= height
        need_w, need_h = (MIN_WIDTH, MIN_HEIGHT) if landscape else (MIN_HEIGHT, MIN_WIDTH)
        if width < need_w or height < need_h:
            report.error("video.resolution", msg("video.resolution.too_small", file=name, width=width,
                                                 height=height))
        if abs(width / height - 16 / 9) > ASPECT_TOLERANCE * 16 / 9:
            report.warning("video.aspect", msg("video.aspect.not_16_9", file=name, width=width,
                                               height=height))
        return
    rw, rh = motion.ratio
    ratio = f"{rw}:{rh}"
    kind = msg(f"video.role.{role}")
    if abs(width * rh / (height * rw) - 1) > ASPECT_TOLERANCE:
        report.error("video.aspect", msg("video.aspect.motion_art", file=name, width=width, height=height,
                                         ratio=ratio, role=kind))
    elif width < motion.min_width or height < motion.min_height:
        report.error("video.resolution", msg("video.resolution.motion_art", file=name, width=width,
                                             height=height, min_width=motion.min_width,
                                             min_height=motion.min_height, role=kind))


def _near(rate: float, rates: tuple[float, ...]) -> bool:
    return any(abs(rate - r) < 0.01 for r in rates)


def _rate_rules(report: MediaReport, video: Track, motion: MotionArtSpec | None) -> None:
    name = display_name(report.path)
    rate = video.frame_rate
    if rate is None:
        return
    shown = f"{rate:.3f}".rstrip("0").rstrip(".")
    if video.variable_rate:
        report.add("video.frame_rate", _severity(motion is not None),
                   msg("video.frame_rate.variable", file=name))
    elif _near(rate, STANDARD_RATES):
        return
    elif motion is None and _near(rate, HIGH_RATES):
        report.warning("video.frame_rate", msg("video.frame_rate.high", file=name, rate=shown))
    else:
        report.error("video.frame_rate", msg("video.frame_rate.unusual", file=name, rate=shown))


def _severity(error: bool) -> Severity:
    return Severity.ERROR if error else Severity.WARNING


def _interlace_rules(report: MediaReport, video: Track, motion: MotionArtSpec | None) -> None:
    if report.properties.get("interlaced"):
        report.add("video.interlaced", _severity(motion is not None),
                   msg("video.interlaced.motion_art" if motion else "video.interlaced.music_video",
                       file=display_name(report.path)))


def _duration_rules(report: MediaReport, movie: Movie, video: Track, sounds: list[Track],
                    motion: MotionArtSpec | None) -> None:
    name = display_name(report.path)
    seconds = video.duration_s or movie.duration_s
    if motion is not None:
        if seconds < motion.min_s - 0.05 or seconds > motion.max_s + 0.05:
            report.error("video.duration", msg("video.duration.motion_art", file=name,
                                               seconds=round(seconds, 2), min=int(motion.min_s),
                                               max=int(motion.max_s)))
        return
    if sounds and sounds[0].duration_s and abs(sounds[0].duration_s - seconds) > AV_DRIFT_S:
        report.warning("video.duration", msg("video.duration.av_mismatch", file=name,
                                             video=round(seconds, 2), audio=round(sounds[0].duration_s, 2)))


def _sound_rules(report: MediaReport, sounds: list[Track], motion: MotionArtSpec | None) -> None:
    name = display_name(report.path)
    if motion is not None:
        if sounds:
            report.error("video.audio", msg("video.audio.motion_art", file=name))
        return
    if not sounds:
        report.error("video.audio", msg("video.audio.missing", file=name))
        return
    if len(sounds) > 1:
        report.warning("video.audio", msg("video.audio.several", file=name, count=len(sounds)))
    sound = sounds[0]
    if sound.fourcc not in AUDIO_CODECS:
        report.error("video.audio", msg("video.audio.codec", file=name, codec=sound.codec))
    if sound.channels == 1:
        report.error("video.audio", msg("video.audio.mono", file=name))
    elif sound.channels != 2:
        report.error("video.audio", msg("video.audio.channels", file=name, channels=sound.channels))
    if int(sound.sample_rate) not in AUDIO_RATES:
        report.error("video.audio", msg("video.audio.sample_rate", file=name,
                                        rate=round(sound.sample_rate / 1000, 3)))


def _loop_rule(report: MediaReport) -> None:
    name = display_name(report.path)
    if frames.decoder() is None:
        report.warning("video.loop", msg("video.loop.unchecked", file=name))
        return
    measured = frames.loop_seam(report.path)
    if measured is None:
        report.warning("video.loop", msg("video.loop.undecodable", file=name))
        return
    seam, step = measured
    report.properties["loop_seam"] = round(seam, 2)
    report.properties["frame_step"] = round(step, 2)
    if seam > SEAM_FACTOR * step + SEAM_FLOOR:
        report.warning("video.loop", msg("video.loop.seam", file=name))


def poster_frame(path: Path) -> bytes | None:
    """A PNG (at most 640 px on its longer edge) of a frame a tenth of the way into the video (at most
    5 s in); None when the system has no decoder or the frame can't be decoded: show a placeholder."""
    try:
        return frames.poster_frame(Path(path))
    except Exception:  # noqa: BLE001 - a picture is a nicety; never an exception in the GUI
        log.info("poster frame failed for %s", path, exc_info=True)
        return None


def decoder_available() -> bool:
    """Whether poster frames and the Motion Art loop check can be made (the system has ffmpeg)."""
    return frames.decoder() is not None
