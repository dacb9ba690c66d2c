"""``releasedesk check [--json] [--jobs N] [--headers-only] [--atmos] PATH...``

Human output: one line per file with a verdict (OK, WARN, ERROR) and what it is, its problems indented
below. ``--json``: one document, ``{"files": [...], "summary": {"files", "errors", "warnings"}}``.
Exit 0 when no file has an error, 1 when one does, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.errors import UsageError
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
    parser.add_argument("paths", nargs="+", metavar="PATH", help="audio masters, covers, or folders of them")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of text")
    parser.add_argument("--jobs", "-j", type=_jobs, default=None,
                        help="files checked at once (default: one per CPU core)")
    parser.add_argument("--headers-only", action="store_true",
                        help="read headers only: fast, but no decoding, checksum or loudness")
    parser.add_argument("--atmos", action="store_true",
                        help="the audio belongs to a Dolby Atmos record (more than 2 channels allowed)")


def run(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    missing = [p for p in paths if not p.exists()]
    if missing and len(missing) == len(paths):
        names = ", ".join(str(p) for p in missing)
        raise UsageError(f"nothing to check: {names} does not exist; give audio files, covers or folders.")
    present = [p for p in paths if p.exists()]
    for stream in (sys.stdout, sys.stderr):
        # a file name the console's code page can't show must not end the run
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    reports = check_paths(present, jobs=args.jobs, full=not args.headers_only, atmos=args.atmos,
                          on_report=_progress())
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
    summary = _summary(reports)
    try:
        if not args.json:
            emit = _printer()
            for report in reports:  # sorted by path, whatever order the workers finished in
                emit(report)
            _print_summary(summary)
        else:
            document = {"files": [r.to_json(_display_path(r.path)) for r in reports], "summary": summary}
            json.dump(document, sys.stdout, indent=2, ensure_ascii=False, allow_nan=False)
            sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader (head, grep -q) left early: not an error of ours; keep the exit code meaningful
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    for p in missing:
        print(f"releasedesk: {p} does not exist and was not checked.", file=sys.stderr)
    if missing:
        return 2
    return 1 if summary["errors"] else 0


def _progress() -> Callable[[MediaReport], None] | None:
    """A live count on a terminal's stderr (stdout stays clean for pipes and --json)."""
    if not sys.stderr.isatty():
        return None
    count = 0

    def tick(report: MediaReport) -> None:
        nonlocal count
        count += 1
        sys.stderr.write(f"\rchecked {count}: {report.path.name[:60]}\033[K")
        sys.stderr.flush()

    return tick


def _summary(reports: list[MediaReport]) -> dict[str, int]:
    return {
        "files": len(reports),
        "errors": sum(len(r.errors) for r in reports),
        "warnings": sum(len(r.warnings) for r in reports),
    }


def _display_path(path: Path) -> str:
    return str(path)


def _describe(report: MediaReport) -> str:
    p: dict[str, Any] = report.properties
    bits: list[str] = []
    if report.kind == "audio":
        fmt = p.get("format")
        if fmt:
            bits.append(str(fmt).upper())
        depth, rate = p.get("bit_depth"), p.get("sample_rate")
        if depth and rate:
            bits.append(f"{depth}-bit{' float' if p.get('float') else ''}/{rate / 1000:g} kHz")
        channels = p.get("channels")
        if channels:
            bits.append({1: "mono", 2: "stereo"}.get(channels, f"{channels} ch"))
        duration = p.get("duration_s")
        if duration is not None:
            minutes, seconds = divmod(float(duration), 60)
            bits.append(f"{int(minutes)}:{seconds:04.1f}")
        if p.get("lufs") is not None:
            bits.append(f"{p['lufs']:.1f} LUFS")
        if p.get("true_peak_dbtp") is not None:
            bits.append(f"{p['true_peak_dbtp']:+.1f} dBTP")
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

    def emit(report: MediaReport) -> None:
        description = _describe(report)
        line = f"{_verdict(report):<5} {_display_path(report.path)}"
        if description:
            line += f"  ({description})"
        print(line, file=out)
        for problem in report.problems:
            print(f"      {problem.severity.value}: {problem.message} [{problem.code}]", file=out)
        out.flush()

    return emit


def _print_summary(summary: dict[str, int]) -> None:
    files, errors, warnings = summary["files"], summary["errors"], summary["warnings"]
    print(
        f"{files} file{'s' if files != 1 else ''} checked: {errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}.",
        file=sys.stdout,
    )

