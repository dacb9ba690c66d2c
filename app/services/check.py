"""Checking media files before they are sent: audio masters, covers and videos, several at once.

``releasedesk check`` runs this; the GUI checks one dropped file at a time where it is attached
(``app/ui/editors``) with the same inspectors. The reports carry problems as data (code, severity,
sentence) for each face to print or show. Videos: :func:`check_video` (a music video or a Motion Art
type), :func:`video_poster` (a PNG of a frame, or None without a decoder); a record's master type:
:func:`record_master_type`. The video and master-type modules load numpy, so they are imported when
first used, not when the app starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.media.check import check_paths, inspect_file
from app.media.report import MediaReport

if TYPE_CHECKING:
    from app.media.master_type import MasterType

MUSIC_VIDEO = "music_video"
MOTION_ART_MOBILE = "apple_motion_art_mobile"
MOTION_ART_DESKTOP = "apple_motion_art_desktop"

__all__ = ["MOTION_ART_DESKTOP", "MOTION_ART_MOBILE", "MUSIC_VIDEO", "MediaReport", "check_paths",
           "check_video", "inspect_file", "master_fingerprint", "record_master_type", "remember_master",
           "same_audio", "video_decoder_available", "video_poster"]


def check_video(path: Path, *, role: str = MUSIC_VIDEO, full: bool = True) -> MediaReport:
    """QC of one video as ``role`` (:data:`MUSIC_VIDEO`, :data:`MOTION_ART_MOBILE` or
    :data:`MOTION_ART_DESKTOP`); ``full=False`` reads the boxes only (instant, for a first paint)."""
    from app.media.video import inspect_video

    return inspect_video(Path(path), role=role, full=full)


def video_poster(path: Path) -> bytes | None:
    """A PNG (at most 640 px on its longer edge) of one frame of the video, or None when the system
    has no decoder or the frame can't be decoded (show a neutral placeholder). Runs ffmpeg: call it off
    the GUI thread."""
    from app.media.video import poster_frame

    return poster_frame(Path(path))


def video_decoder_available() -> bool:
    """Whether poster frames and the Motion Art loop check can be made on this machine."""
    from app.media.frames import decoder

    return decoder() is not None


def record_master_type(path: Path) -> MasterType | None:
    """A record's master type (``cd_quality``, ``hd``, ``dolby_atmos``) and precision ("24/96") from its
    FLAC or WAV file's headers; None for anything else. Raises OSError when the file can't be read."""
    from app.media.master_type import master_type

    return master_type(Path(path))


def remember_master(path: Path, report: MediaReport) -> None:
    """Keep what a full QC pass of the master at ``path`` learnt that later views reuse without decoding
    again: its picture, and its fingerprint for the duplicate-audio check. Never raises."""
    from app.media import fingerprint, picture

    if report.picture is not None:
        picture.save_cached(path, report.picture)
    text = report.properties.get("fingerprint")
    if isinstance(text, str) and text:
        fingerprint.save_cached(path, text)


def master_fingerprint(path: Path) -> str | None:
    """The fingerprint a QC pass kept for the master at ``path`` (None when the file changed since, or
    was never checked in full)."""
    from app.media import fingerprint

    return fingerprint.load_cached(Path(path))


def same_audio(a: bytes, b: bytes) -> bool:
    """Whether two kept fingerprints are the same audio (docs/MEDIA.md, the fingerprint)."""
    from app.media import fingerprint

    return fingerprint.similar(a, b) >= fingerprint.MATCH
