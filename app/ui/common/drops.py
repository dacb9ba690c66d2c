"""What a drop means: files from the desktop onto the catalog, a product, a track or a well.

:func:`plan_drop` looks only at names and folders (cheap enough for the GUI thread is not the point:
it runs on the task runner with the folder listing) and answers a :class:`DropPlan`: the action and
the files in order, or one plain sentence saying what was wrong and what to drop instead. The real
content check (is this FLAC really FLAC?) is media QC's job afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData

from app.domain.media import AUDIO_SUFFIXES, IMAGE_SUFFIXES, VIDEO_SUFFIXES

if TYPE_CHECKING:
    from app.store.catalog import CatalogCache
    from app.store.drafts import Drafts

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def paths_from_mime(mime: QMimeData | None) -> list[Path]:
    """Local files and folders named by a drag (file URLs); anything else is ignored."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def is_audio(path: Path) -> bool:
    return path.suffix.lower() in AUDIO_SUFFIXES


def is_image(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES


def is_video(path: Path) -> bool:
    return path.suffix.lower() in VIDEO_SUFFIXES


def _natural_key(path: Path) -> list[object]:
    """ "2 - b.flac" before "10 - a.flac": numbers compare as numbers."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", path.name)]


@dataclass
class DropPlan:
    # "add_tracks" | "attach_master" | "set_cover" | "import_release" | "attach_video" | "motion_art"
    # | "refuse"
    action: str
    audio: list[Path] = field(default_factory=list)
    videos: list[Path] = field(default_factory=list)
    images: list[Path] = field(default_factory=list)
    folder: Path | None = None
    message: str = ""  # for "refuse": one sentence saying what to do instead
    ignored: list[Path] = field(default_factory=list)


def expand(paths: list[Path]) -> tuple[list[Path], list[Path], list[Path]]:
    """Audio files, images and other files among ``paths``, folders opened one level (disk: worker)."""
    audio: list[Path] = []
    images: list[Path] = []
    other: list[Path] = []
    for path in paths:
        entries = (
            sorted((p for p in path.iterdir() if p.is_file()), key=_natural_key) if path.is_dir() else [path]
        )
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if is_audio(entry):
                audio.append(entry)
            elif is_image(entry):
                images.append(entry)
            else:
                other.append(entry)
    if len(paths) > 1:
        audio.sort(key=_natural_key)
    return audio, images, other


def _refuse(message: str) -> DropPlan:
    return DropPlan("refuse", message=message)


def plan_drop(paths: list[Path], target: str) -> DropPlan:
    """``target`` is "catalog" (empty space), "label", "product", "track", "cover" or "audio"."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        return _refuse(
            translate("Drops", "“%1” cannot be found; drop files that are on this computer.").replace(
                "%1", missing[0].name
            )
        )
    audio, images, other = expand(paths)
    folder = paths[0] if len(paths) == 1 and paths[0].is_dir() else None
    videos = [p for p in other if is_video(p)]
    only_videos = bool(videos) and not audio and not images
    if target in ("video", "motion_art") or (only_videos and target in ("track", "product")):
        return _plan_video(paths, videos, target)
    if target in ("catalog", "label"):
        if folder is None:
            return _refuse(
                translate(
                    "Drops",
                    "Drop a release folder (audio files and a cover) here to import it "
                    "as a new draft; drop single files onto a product or track.",
                )
            )
        if not audio:
            return _refuse(
                translate(
                    "Drops", "The folder “%1” has no FLAC or WAV files; a release folder needs its masters."
                ).replace("%1", folder.name)
            )
        return DropPlan("import_release", audio=audio, images=images, folder=folder, ignored=other)
    if target == "cover":
        if len(images) == 1 and not audio:
            return DropPlan("set_cover", images=images, ignored=other)
        if not images:
            return _refuse(
                translate("Drops", "“%1” is not a cover image; drop a JPEG or PNG file.").replace(
                    "%1", paths[0].name
                )
            )
        return _refuse(translate("Drops", "Drop one cover image at a time."))
    if target in ("track", "audio"):
        if len(audio) == 1 and not images:
            return DropPlan("attach_master", audio=audio, ignored=other)
        if not audio:
            return _refuse(
                translate(
                    "Drops", "“%1” is not an audio file; drop a FLAC or WAV master onto a track."
                ).replace("%1", paths[0].name)
            )
        return _refuse(
            translate(
                "Drops", "Drop one master per track; to add several tracks, drop them onto the product."
            )
        )
    if target == "product":
        if audio:
            return DropPlan("add_tracks", audio=audio, images=images, folder=folder, ignored=other)
        if len(images) == 1:
            return DropPlan("set_cover", images=images, ignored=other)
        if len(images) > 1:
            return _refuse(translate("Drops", "Drop one cover image at a time."))
        return _refuse(
            translate(
                "Drops",
                "“%1” is neither audio nor an image; drop FLAC or WAV masters or a "
                "JPEG/PNG cover onto a product.",
            ).replace("%1", paths[0].name)
        )
    return _refuse(translate("Drops", "Nothing can be dropped here."))


def _plan_video(paths: list[Path], videos: list[Path], target: str) -> DropPlan:
    """One video onto a track, a product or a video well; one loop onto a Motion Art well."""
    action = "motion_art" if target == "motion_art" else "attach_video"
    if len(videos) == 1 and len(paths) == 1:
        return DropPlan(action, videos=videos)
    if not videos:
        if target == "motion_art":
            return _refuse(translate("Drops", "“%1” is not a video; drop an MP4 or MOV Motion Art loop.")
                           .replace("%1", paths[0].name))
        return _refuse(translate("Drops", "“%1” is not a video; drop an MP4 or MOV music video.").replace(
            "%1", paths[0].name))
    return _refuse(translate("Drops", "Drop one video at a time."))


def attach_master_file(drafts: Drafts, track_local_id: str, path: Path) -> str:
    """Attach ``path`` as the track's master with the type and precision its headers tell (worker)."""
    from app.media.master_type import master_fields

    return drafts.attach_master(track_local_id, path, **master_fields(path))


def attach_video_file(catalog: CatalogCache, drafts: Drafts, kind: str, local_id: str, path: Path) -> str:
    """A video dropped on a track (linked to it) or on a product (its own video); named after the
    track or product it is for. Runs on the ordered worker; returns the video's local id."""
    values = catalog.values(local_id)
    if kind == "track":
        product = catalog.parent_of(local_id)
        assert product is not None
        title = str(values.get("title") or path.stem)
        return drafts.attach_video(product, path, name=title, track_local_id=local_id)
    return drafts.attach_video(local_id, path, name=str(values.get("name") or path.stem))


def add_tracks_from_files(catalog: CatalogCache, drafts: Drafts, product_local_id: str,
                          audio: list[Path]) -> list[str]:
    """Create one track per file, in the order given, from its tags; attach each file as the master.

    Runs on the ordered worker. Numbers continue after the product's existing tracks when the files
    carry none.
    """
    from app.media.tags import read_tags

    existing = catalog.tracks(product_local_id)
    next_number = max([t.track_number or 0 for t in existing] + [0]) + 1
    created: list[str] = []
    for path in audio:
        tags = read_tags(path)
        number = tags.track_number if tags.track_number is not None else next_number
        next_number = max(next_number, number) + 1
        fields: dict[str, Any] = {
            "title": tags.title or path.stem,
            "artist": list(tags.artists) or None,
            "track_number": number,
            "volume_number": tags.disc_number or 1,
            "isrc_code": tags.isrc,
            "explicit_content": tags.explicit,
            "composer": list(tags.composers) or None,
        }
        track = drafts.create_track(product_local_id, **{k: v for k, v in fields.items() if v is not None})
        attach_master_file(drafts, track, path)
        created.append(track)
    return created
