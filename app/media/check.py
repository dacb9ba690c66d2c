"""Checking many files: by content, in parallel, each failure confined to its own file.

:func:`inspect_file` picks the audio or image checks from the file's bytes (never its name);
:func:`check_paths` expands folders, runs full checks in a process pool (decoding is CPU-bound and
numpy/libsndfile release the GIL only in parts) and returns the reports sorted by path.
"""

from __future__ import annotations

import errno
import logging
import multiprocessing
import os
import stat
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from app.domain.messages import msg
from app.media.report import Kind, MediaReport
from app.media.sniff import extension_kind, sniff

log = logging.getLogger(__name__)

# Checks run one process per core; BLAS threads on top of them (numpy's OpenBLAS starts one per core
# for the loudness meter's small matrix products) only fight those processes and spin between calls:
# tripled CPU time for the same work. Read when numpy loads its BLAS, so set before it is imported
# (the decoders import it) and inherited by worker processes; a user's own setting wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

POOL_MIN_BYTES_FORK = 8 * 1024 * 1024
POOL_MIN_BYTES_SPAWN = 200 * 1024 * 1024

# Files a release folder carries that are nobody's master or cover.
IGNORED_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", "icon\r"})


def inspect_file(path: Path, *, full: bool = True, atmos: bool = False,
                 video_role: str = "music_video") -> MediaReport:
    """Audio, image or video QC for ``path``, chosen by content. Never raises for a bad file.
    ``video_role``: what a video is checked as (a music video, or a Motion Art type)."""
    path = Path(path)
    try:
        if not stat.S_ISREG(_stat_named(path).st_mode):
            # a FIFO or device would block or never end; a folder is expanded by check_paths
            what = "media.folder" if _is_dir(path) else "media.not_regular"
            report = MediaReport(path=path, kind="other", full=full)
            report.error(_unreadable_code(path), msg(what, file=path.name or str(path)))
            return report
        sniffed = sniff(path)
    except OSError as exc:
        code = _unreadable_code(path)
        report = MediaReport(path=path, kind="other", full=full)
        name = path.name or str(path)
        if exc.errno == errno.ELOOP:
            report.error(code, msg("media.link_loop", file=name))
        elif exc.errno == errno.ENOENT and _is_link(path):
            report.error(code, msg("media.link_dangling", file=name, target=_link_target(path)))
        else:
            reason = exc.strerror or str(exc)
            report.error(code, msg("media.open_failed", file=name, reason=reason))
        return report
    try:
        if sniffed.kind == "audio":
            from app.media.audio import inspect_audio

            return inspect_audio(path, full=full, atmos=atmos)
        if sniffed.kind == "image":
            from app.media.image import inspect_image

            return inspect_image(path)
        if sniffed.kind == "video":
            from app.media.video import inspect_video

            return inspect_video(path, role=video_role, full=full)
    except Exception as exc:  # noqa: BLE001 - last line of defence: one file never stops a batch
        log.exception("checking %s failed", path)
        return _crashed(path, sniffed.kind, full, exc)
    return _other(path, sniffed.reason, full)


def _other(path: Path, reason: str | None, full: bool) -> MediaReport:
    """A file that is neither audio nor an image: reported under the kind its name claims."""
    report = MediaReport(path=path, kind="other", full=full)
    report.properties["bytes"] = _size(path)
    claimed = extension_kind(path)
    what = reason if reason in ("empty", "text") else "unknown"
    if claimed == "image":
        report.error("image.unreadable", msg(f"image.other.{what}", file=path.name))
    elif claimed == "video":
        report.error("video.unreadable", msg(f"video.not_video.{what}", file=path.name))
    else:
        report.error("audio.unreadable", msg(f"media.other.{what}", file=path.name))
    return report


def _unreadable_code(path: Path) -> str:
    """The unreadable code for a file that can't be opened: the kind its name claims."""
    return _unreadable_for(extension_kind(path))


def _unreadable_for(kind: str | None) -> str:
    return f"{kind}.unreadable" if kind in ("image", "video") else "audio.unreadable"


def _crashed(path: Path, kind: str, full: bool, exc: BaseException) -> MediaReport:
    shown: Kind = kind if kind in ("image", "audio", "video") else "other"  # type: ignore[assignment]
    report = MediaReport(path=path, kind=shown, full=full)
    report.error(_unreadable_for(kind), msg("media.crashed", file=path.name, reason=type(exc).__name__))
    return report


def _stat_named(path: Path) -> os.stat_result:
    """``path.stat()``; a link loop raises OSError(ELOOP) like any other unreadable path."""
    return os.stat(path)


def _is_dir(path: Path) -> bool:
    """``Path.is_dir()`` without its exceptions: a path under a folder we may not enter is no folder to
    walk (checking it reports why it can't be opened)."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except (OSError, ValueError):
        return False


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "a missing file"


def unreadable_folder(path: Path, exc: OSError, *, full: bool = True) -> MediaReport:
    """The report for a folder that could not be listed: an error beside the other files' results."""
    report = MediaReport(path=path, kind="other", full=full)
    reason = exc.strerror or str(exc)
    report.error("folder.unreadable", msg("folder.unreadable", path=str(path), reason=reason))
    return report


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def expand_paths(
    paths: Iterable[Path],
    *,
    unreadable: dict[Path, OSError] | None = None,
    empty: list[Path] | None = None,
) -> list[Path]:
    """Files named, plus every file under the folders named (recursively), sorted, without duplicates.

    Hidden files and OS litter (.DS_Store, Thumbs.db, AppleDouble ``._x``) inside folders are skipped; a
    file named explicitly is always checked. A path that doesn't exist is kept: it is reported as such.
    A folder (named, or found inside one) that can't be listed is in the result too, in its sorted place,
    and in ``unreadable`` with its error; a folder named that holds no file to check is added to ``empty``.
    """
    seen: set[Path] = set()
    out: list[Path] = []
    failed = unreadable if unreadable is not None else {}

    def add(p: Path) -> None:
        key = Path(os.path.normpath(p))
        if key not in seen:
            seen.add(key)
            out.append(p)

    for given in paths:
        given = Path(given)
        if _is_dir(given):
            found: list[Path] = []

            def listing_failed(exc: OSError) -> None:
                where = Path(exc.filename) if exc.filename else given  # noqa: B023 - called inside the loop
                failed[where] = exc
                found.append(where)  # noqa: B023

            for root, dirs, files in os.walk(given, onerror=listing_failed):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in files:
                    if f.startswith(".") or f.lower() in IGNORED_NAMES:
                        continue
                    candidate = Path(root) / f
                    try:
                        if not stat.S_ISREG(candidate.stat().st_mode):
                            continue  # FIFOs, sockets, devices, broken links: nobody's master
                    except OSError:
                        pass  # unreadable entry: reported by inspect_file
                    found.append(candidate)
            if not found and empty is not None:
                empty.append(given)
            for p in sorted(found, key=_sort_key):
                add(p)
        else:
            add(given)
    return out


def _sort_key(path: Path) -> tuple[str, ...]:
    return tuple(part.casefold() for part in path.parts)


def _check_one(path: Path, full: bool, atmos: bool, video_role: str = "music_video") -> MediaReport:
    return inspect_file(path, full=full, atmos=atmos, video_role=video_role)


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork when it is safe (no other threads, no Qt application: the CLI), else spawn (the GUI).

    fork starts a worker in milliseconds with numpy and the decoders already imported; spawn re-imports them
    (a second or more) but is the only safe choice once Qt's threads exist in the process.
    """
    if _fork_is_safe():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _fork_is_safe() -> bool:
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return False
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        return False
    return True


def _worth_a_pool(files: list[Path], workers: int, forking: bool) -> bool:
    """Whether starting worker processes pays for itself: only for enough audio to decode."""
    if workers <= 1 or len(files) <= 1:
        return False
    audio_bytes = 0
    for path in files:
        if extension_kind(path) not in ("image", "video"):  # a video's check reads its boxes only
            audio_bytes += _size(path) or 0
    # decoding runs at roughly 50-100 MB/s per core; a spawned worker costs ~1 s of imports
    threshold = POOL_MIN_BYTES_FORK if forking else POOL_MIN_BYTES_SPAWN
    return audio_bytes >= threshold


def check_paths(
    paths: list[Path],
    *,
    jobs: int | None = None,
    full: bool = True,
    atmos: bool = False,
    on_report: Callable[[MediaReport], None] | None = None,
    empty: list[Path] | None = None,
    video_role: str = "music_video",
) -> list[MediaReport]:
    """QC every file in ``paths`` (folders recursed); reports sorted by path, whatever order they finish in.

    ``jobs``: worker processes for full checks (default: all cores, when there is enough audio to make
    starting them worthwhile); header-only checks run in-process.
    ``on_report`` is called in the calling thread as each file finishes.
    A folder that can't be listed gets a ``folder.unreadable`` report in its place; the folders named
    that hold nothing to check are added to ``empty`` (the caller decides what that means).
    ``video_role``: what the videos are checked as (``app.media.video.ROLES``).
    """
    unreadable: dict[Path, OSError] = {}
    entries = expand_paths(paths, unreadable=unreadable, empty=empty)
    folder_reports = {i: unreadable_folder(p, unreadable[p], full=full) for i, p in enumerate(entries)
                      if p in unreadable}
    files = [p for i, p in enumerate(entries) if i not in folder_reports]
    workers = min(jobs if jobs and jobs > 0 else (os.cpu_count() or 1), len(files))
    reports: dict[int, MediaReport] = {}
    # an explicit jobs > 1 always gets its pool; the default decides by the amount of audio
    pooled = full and workers > 1 and (bool(jobs) or _worth_a_pool(files, workers, _fork_is_safe()))
    if not pooled:
        for i, path in enumerate(files):
            report = _check_one(path, full, atmos, video_role)
            reports[i] = report
            if on_report is not None:
                on_report(report)
    else:
        _run_pool(files, workers, full, atmos, reports, on_report, video_role)
    checked = iter(reports[i] for i in range(len(files)))
    return [folder_reports[i] if i in folder_reports else next(checked) for i in range(len(entries))]


def _run_pool(
    files: list[Path],
    workers: int,
    full: bool,
    atmos: bool,
    reports: dict[int, MediaReport],
    on_report: Callable[[MediaReport], None] | None,
    video_role: str = "music_video",
) -> None:
    from concurrent.futures import as_completed

    def done(i: int, report: MediaReport) -> None:
        reports[i] = report
        if on_report is not None:
            on_report(report)

    context = _pool_context()
    if context.get_start_method() == "fork":
        # import the decoders (numpy, soundfile, libFLAC) and what every audio check loads (mutagen for
        # FLAC headers, the picture and fingerprint) once here, not once per forked worker
        from app.media import audio, fingerprint, flacdec, image, normalization, picture  # noqa: F401

        flacdec._library()
        if any(extension_kind(files[i]) != "image" for i in range(len(files))):
            import mutagen.flac  # noqa: F401
    # biggest files first so one long master doesn't finish alone at the end
    order = sorted(range(len(files)), key=lambda i: -(_size(files[i]) or 0))
    orphans: list[int] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures: dict[Future[MediaReport], int] = {
            pool.submit(_check_one, files[i], full, atmos, video_role): i for i in order
        }
        for future in as_completed(futures):
            i = futures[future]
            try:
                done(i, future.result())
            except BrokenProcessPool:
                orphans.append(i)  # a worker died (a decoder crash): retried alone below
            except Exception as exc:  # noqa: BLE001 - pickling or worker failure: this file only
                log.exception("worker failed on %s", files[i])
                done(i, _crashed(files[i], _kind_guess(files[i]), full, exc))
    # One crashing file takes every file queued in its pool down with it; give each its own process so
    # only the guilty one is reported.
    for i in sorted(orphans, key=lambda i: order.index(i)):
        try:
            with ProcessPoolExecutor(max_workers=1, mp_context=context) as solo:
                done(i, solo.submit(_check_one, files[i], full, atmos, video_role).result())
        except Exception as exc:  # noqa: BLE001 - this file crashes the decoder
            log.warning("checking %s crashed its worker: %s", files[i], exc)
            done(i, _crashed(files[i], _kind_guess(files[i]), full, exc))


def _kind_guess(path: Path) -> str:
    try:
        return sniff(path).kind
    except OSError:
        return "other"
