"""What inspecting one file found: its kind, measured properties and problems.

A :class:`MediaReport` is plain data (picklable, so a worker process can send it back) and has the
JSON shape ``releasedesk check --json`` prints for one file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from app.domain.messages import Message, msg
from app.domain.problems import Problem, Severity
from app.media.sniff import Sniffed, sniff

Kind = Literal["audio", "image", "video", "other"]


@dataclass
class MediaReport:
    path: Path
    kind: Kind
    properties: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    full: bool = True  # False when only the headers were read (the GUI's first paint)
    # an audio master's picture (app.media.picture.Picture), made in the QC pass; not part of the JSON
    picture: Any = None

    @property
    def ok(self) -> bool:
        """True exactly when no problem is an error (warnings allowed)."""
        return not any(p.is_error for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    def codes(self) -> list[str]:
        return [p.code for p in self.problems]

    def add(self, code: str, severity: Severity, message: Message) -> None:
        self.problems.append(Problem(code=code, severity=severity, text=message))

    def error(self, code: str, message: Message) -> None:
        self.add(code, Severity.ERROR, message)

    def warning(self, code: str, message: Message) -> None:
        self.add(code, Severity.WARNING, message)

    def to_json(self, path_text: str | None = None) -> dict[str, Any]:
        return {
            "path": path_text if path_text is not None else str(self.path),
            "kind": self.kind,
            "ok": self.ok,
            "properties": {key: _plain(value) for key, value in self.properties.items()},
            "problems": [p.to_json() for p in self.problems],
        }


def display_name(path: Path) -> str:
    """How a message names the file."""
    return path.name or str(path)


def sniff_for(report: MediaReport, expected: Literal["audio", "image"]) -> Sniffed | None:
    """What ``report.path`` really is, when it is ``expected``; else None, with the one error
    ``<expected>.unreadable`` (the file cannot be opened, or is empty, text or another kind: then
    ``report.kind`` says which; the message says what to export or save again)."""
    name = display_name(report.path)
    code = f"{expected}.unreadable"
    try:
        sniffed = sniff(report.path)
    except OSError as exc:
        report.kind = "other"
        report.error(code, msg("media.open_failed", file=name, reason=str(exc.strerror or exc)))
        return None
    report.properties["bytes"] = sniffed.size
    if sniffed.kind == expected:
        return sniffed
    prefix = "audio.not_audio" if expected == "audio" else "image.not_image"
    if sniffed.kind in ("audio", "image", "video"):
        report.kind = "audio" if sniffed.kind == "audio" else "image" if sniffed.kind == "image" else "video"
        report.error(code, msg(f"{prefix}.{sniffed.kind}", file=name, format=str(sniffed.format)))
        return None
    report.kind = "other"
    what = sniffed.reason if sniffed.reason in ("empty", "text") else "unknown"
    report.error(code, msg(f"{prefix}.{what}", file=name))
    return None


def format_name(label: str) -> str:
    """"an MP3 file" → "MP3": a format's own name for a message (the label's articles are English)."""
    for article in ("an ", "a "):
        label = label.removeprefix(article)
    for noun in (" file", " image", " stream"):
        label = label.removesuffix(noun)
    return label


def _plain(value: Any) -> Any:
    """JSON-safe: numpy scalars to Python numbers, NaN/infinity (never valid JSON) to null."""
    if hasattr(value, "item") and callable(value.item):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Path):
        return str(value)
    return value
