"""What inspecting one file found: its kind, measured properties and problems.

A :class:`MediaReport` is plain data (picklable, so a worker process can send it back) and has the
JSON shape ``releasedesk check --json`` prints for one file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from app.domain.problems import Problem, Severity
from app.media.sniff import Sniffed, sniff

Kind = Literal["audio", "image", "other"]


@dataclass
class MediaReport:
    path: Path
    kind: Kind
    properties: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    full: bool = True  # False when only the headers were read (the GUI's first paint)

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

    def add(self, code: str, severity: Severity, message: str) -> None:
        self.problems.append(Problem(code=code, severity=severity, message=message))

    def error(self, code: str, message: str) -> None:
        self.add(code, Severity.ERROR, message)

    def warning(self, code: str, message: str) -> None:
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


_NOUN = {"audio": "audio", "image": "an image"}


def sniff_for(report: MediaReport, expected: Literal["audio", "image"], remedy: str) -> Sniffed | None:
    """What ``report.path`` really is, when it is ``expected``; else None, with the one error
    ``<expected>.unreadable`` (the file cannot be opened, or is empty, text or another kind: then
    ``report.kind`` says which), ending in ``remedy`` ("export the master again as FLAC or WAV")."""
    name = display_name(report.path)
    code = f"{expected}.unreadable"
    try:
        sniffed = sniff(report.path)
    except OSError as exc:
        report.kind = "other"
        report.error(code, f"{name} could not be opened ({exc.strerror or exc}); check the "
                     "file exists and you may read it.")
        return None
    report.properties["bytes"] = sniffed.size
    if sniffed.kind == expected:
        return sniffed
    noun = _NOUN[expected]
    if sniffed.kind == "audio":
        report.kind = "audio"
        what = f"is audio, not {noun}"
    elif sniffed.kind == "image":
        report.kind = "image"
        what = f"is an image ({sniffed.format}), not {noun}"
    else:
        report.kind = "other"
        what = {"empty": "is empty (0 bytes)", "text": f"is a text file, not {noun}"}.get(
            sniffed.reason or "", f"is not {noun} in any format Releasedesk knows")
    report.error(code, f"{name} {what}; {remedy}.")
    return None


def _plain(value: Any) -> Any:
    """JSON-safe: numpy scalars to Python numbers, NaN/infinity (never valid JSON) to null."""
    if hasattr(value, "item") and callable(value.item):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Path):
        return str(value)
    return value
