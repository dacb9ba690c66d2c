"""Where the video wells meet video QC: one replaceable seam over ``app.media.video``.

Video QC (``inspect_video(path, role=...)``, a ``MediaReport`` with ``video.*`` problems and the
``width``, ``height``, ``frame_rate``, ``codec``, ``duration_s`` properties) and the poster frame
(``poster_frame(path)``, PNG bytes or None) live in ``app/media/video.py``. A build without it, or a
file it cannot picture, gets None from these functions and the well shows a neutral placeholder with
the file's name and size. Both run on worker threads only.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MUSIC_VIDEO = "music_video"


def _video_module() -> Any:
    try:
        import app.media.video as module  # a plain import, so the bundle's analysis sees it
    except ImportError:
        return None
    return module


def inspect(path: Path, role: str = MUSIC_VIDEO) -> Any:
    """The QC report of the video at ``path`` for ``role`` (a music video or a Motion Art kind), or None."""
    module = _video_module()
    if module is None or not hasattr(module, "inspect_video"):
        return None
    return module.inspect_video(Path(path), role=role, full=True)


def poster(path: Path) -> bytes | None:
    """A PNG of one frame of the video, or None (no decoder here, or the frame cannot be read)."""
    module = _video_module()
    if module is None or not hasattr(module, "poster_frame"):
        return None
    try:
        data = module.poster_frame(Path(path))
    except Exception:  # a picture is a nicety; a hostile file never reaches the GUI as an exception
        log.info("no poster frame for %s", path, exc_info=True)
        return None
    return data if isinstance(data, bytes) else None
