"""``releasedesk check [--json] [--jobs N] [--headers-only] [--atmos] [--motion-art TYPE] [--png DIR]
PATH...``

Human output: one line per file with a verdict (OK, WARN, ERROR) and what it is, its problems indented
below, in the locale's language (``LANG=fr_FR.UTF-8``: French). ``--json``: one document,
``{"files": [...], "summary": {"files", "errors", "warnings"}}``; each problem has its stable ``code``,
``severity``, ``message_code`` and ``params`` and the ``message`` in English.
``--png DIR``: also a picture of each audio master (app/media/picture.py), ``DIR/<name>.png``.
Exit 0 when no file has an error, 1 when one does (or a picture could not be written), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.errors import UsageError
from app.domain.messages import msg
from app.platform.messages import cli_language, render
from app.services.check import MediaReport, check_paths


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number of processes, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("--jobs takes 1 or more processes")
    return value


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="audio masters, covers, videos, or folders of them")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of text")
    parser.add_argument("--jobs", "-j", type=_jobs, default=None,
                        help="files checked at once (default: one per CPU core)")
    parser.add_argument("--headers-only", action="store_true",
                        help="read headers only: fast, but no decoding, checksum or loudness")
    parser.add_argument("--png", metavar="DIR", type=Path, default=None,
                        help="also write a picture of each audio master (waveform, loudness over time, "
                             "clipping, silence) as DIR/<name>.png")
    parser.add_argument("--atmos", action="store_true",
                        help="the audio belongs to a Dolby Atmos record (more than 2 channels allowed)")
    parser.add_argument("--motion-art", choices=("apple_motion_art_mobile", "apple_motion_art_desktop"),
                        default=None, metavar="TYPE",
                        help="check the videos as Apple Motion Art of this type (apple_motion_art_mobile: "
                             "3:4, apple_motion_art_desktop: 1:1) instead of as music videos")


def run(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    # lstat, not exists(): a link that loops or leads nowhere, or a file we may not open, does exist and
    # gets its own clear verdict in the report
    missing = [p for p in paths if not _named(p)]
    if missing and len(missing) == len(paths):
        names = ", ".join(_display_path(p) for p in missing)
        raise UsageError(msg("check.nothing", paths=names))
    present = [p for p in paths if _named(p)]
    for stream in (sys.stdout, sys.stderr):
        # a file name the console's code page can't show must not end the run
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    png_dir: Path | None = getattr(args, "png", None)
    if png_dir is not None:
        try:
            png_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(msg("check.png_folder", folder=_display_path(png_dir),
                                 reason=exc.strerror or str(exc))) from None
    empty: list[Path] = []
    reports = check_paths(present, jobs=args.jobs, full=not args.headers_only, atmos=args.atmos,
                          on_report=_progress(), empty=empty,
                          video_role=getattr(args, "motion_art", None) or "music_video")
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
    if not reports:
        names = ", ".join(_display_path(p) for p in [*missing, *empty])
        raise UsageError(msg("check.nothing_in_folders", paths=names))
    summary = _summary(reports)
    try:
        if not args.json:
            emit = _printer()
            for report in reports:  # sorted by path, whatever order the workers finished in
                emit(report)
            _print_summary(summary)
        else:
            document = {"files": [r.to_json(str(r.path)) for r in reports], "summary": summary}
            text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False)
            sys.stdout.write(_escape_surrogates(text) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader (head, grep -q) left early: not an error of ours; keep the exit code meaningful
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    png_failed = _write_pictures(reports, png_dir) if png_dir is not None else False
    for p in missing:
        print(f"releasedesk: {render(msg('check.missing', path=_display_path(p)), cli_language())}",
              file=sys.stderr)
    for p in empty:
        print(f"releasedesk: {render(msg('check.empty_folder', path=_display_path(p)), cli_language())}",
              file=sys.stderr)
    if missing or empty:
        return 2
    return 1 if summary["errors"] or png_failed else 0


def _write_pictures(reports: list[MediaReport], folder: Path) -> bool:
    """One PNG per audio master that was decoded, named after the file (``a.flac`` → ``a.png``; a second
    master of the same name gets ``a-2.png``). Says on stderr how many; True when one could not be
    written."""
    from app.media.picture import png_name, render_png

    taken: set[str] = set()
    written = 0
    failed = False
    for report in reports:
        if report.picture is None:
            continue
        name = png_name(report.path)
        stem, n = name[:-4], 2
        while name.casefold() in taken:
            name, n = f"{stem}-{n}.png", n + 1
        taken.add(name.casefold())
        try:
            render_png(report.picture, folder / name)
            written += 1
        except OSError as exc:
            failed = True
            text = msg("check.png_failed", file=_display_path(report.path), folder=_display_path(folder),
                       reason=exc.strerror or str(exc))
            print(f"releasedesk: {render(text, cli_language())}", file=sys.stderr)
    line = msg("check.png_written", n=written, folder=_display_path(folder))
    print(f"releasedesk: {render(line, cli_language())}", file=sys.stderr)
    return failed


def _progress() -> Callable[[MediaReport], None] | None:
    """A live count on a terminal's stderr (stdout stays clean for pipes and --json)."""
    if not sys.stderr.isatty():
        return None
    count = 0

    def tick(report: MediaReport) -> None:
        nonlocal count
        count += 1
        line = render(msg("check.progress", count=count, file=report.path.name[:60]), cli_language())
        sys.stderr.write(f"\r{line}\033[K")
        sys.stderr.flush()

    return tick


def _summary(reports: list[MediaReport]) -> dict[str, int]:
    return {
        "files": len(reports),
        "errors": sum(len(r.errors) for r in reports),
        "warnings": sum(len(r.warnings) for r in reports),
    }


def _named(path: Path) -> bool:
    """Whether a path named on the command line is there at all (a broken or looping link is)."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return True  # there, but not ours to read: inspect_file says why
    return True


def _display_path(path: Path) -> str:
    """The path for a human: bytes that aren't valid in the file system's encoding shown as ``\\xNN``."""
    return os.fsencode(path).decode(sys.getfilesystemencoding(), "backslashreplace")


_SURROGATE = re.compile("[\udc80-\udcff]")


def _escape_surrogates(text: str) -> str:
    """JSON text with each undecodable file-name byte (a lone surrogate, Python's ``surrogateescape``)
    written as its ``\\udcNN`` escape: valid JSON that any reader decodes back to the same string, so
    ``os.fsencode(path)`` gives the file name's exact bytes. Written raw, it could not be encoded at all."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _describe(report: MediaReport) -> str:
    p: dict[str, Any] = report.properties
    bits: list[str] = []
    if report.kind == "audio":
        fmt = p.get("format")
        if fmt:
            bits.append(str(fmt).upper())
        depth, rate = p.get("bit_depth"), p.get("sample_rate")
        if depth and rate:
            kind = render(msg("check.float"), cli_language()) if p.get("float") else ""
            bits.append(f"{depth}-bit{' ' + kind if kind else ''}/{rate / 1000:g} kHz")
        channels = p.get("channels")
        if channels:
            layout = {1: msg("check.mono"), 2: msg("check.stereo")}.get(channels, msg("check.channels",
                                                                                       n=int(channels)))
            bits.append(render(layout, cli_language()))
        duration = p.get("duration_s")
        if duration is not None:
            minutes, seconds = divmod(float(duration), 60)
            bits.append(f"{int(minutes)}:{seconds:04.1f}")
        if p.get("lufs") is not None:
            bits.append(f"{p['lufs']:.1f} LUFS")
        if p.get("true_peak_dbtp") is not None:
            bits.append(f"{p['true_peak_dbtp']:+.1f} dBTP")
    elif report.kind == "video":
        if p.get("codec"):
            bits.append(str(p["codec"]))
        if p.get("width") and p.get("height"):
            bits.append(f"{p['width']}×{p['height']}")
        if p.get("frame_rate"):
            bits.append(f"{p['frame_rate']:g}{'i' if p.get('interlaced') else 'p'}")
        duration = p.get("duration_s")
        if duration is not None:
            minutes, seconds = divmod(float(duration), 60)
            bits.append(f"{int(minutes)}:{seconds:04.1f}")
        if p.get("audio_codec"):
            rate = p.get("audio_sample_rate") or 0
            bits.append(f"{p['audio_codec']} {p.get('audio_channels')} ch/{rate / 1000:g} kHz")
    elif report.kind == "image":
        fmt = p.get("format")
        if fmt:
            bits.append(str(fmt).upper())
        if p.get("width") and p.get("height"):
            bits.append(f"{p['width']}×{p['height']}")
        if p.get("mode"):
            bits.append(str(p["mode"]))
    return ", ".join(bits)


def _verdict(report: MediaReport) -> str:
    if not report.ok:
        return "ERROR"
    return "WARN" if report.problems else "OK"


def _printer() -> Callable[[MediaReport], None]:
    out = sys.stdout
    language = cli_language()

    def emit(report: MediaReport) -> None:
        description = _describe(report)
        line = f"{_verdict(report):<5} {_display_path(report.path)}"
        if description:
            line += f"  ({description})"
        print(line, file=out)
        for problem in report.problems:
            severity = render(msg(f"severity.{problem.severity.value}"), language)
            print(f"      {severity}: {render(problem.sentence, language)} [{problem.code}]", file=out)
        out.flush()

    return emit


def _print_summary(summary: dict[str, int]) -> None:
    line = msg("check.summary", files=msg("check.summary.files", n=summary["files"]),
               errors=msg("check.summary.errors", n=summary["errors"]),
               warnings=msg("check.summary.warnings", n=summary["warnings"]))
    print(render(line, cli_language()), file=sys.stdout)

