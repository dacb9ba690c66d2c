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


def _plain(value: Any) -> Any:
    """JSON-safe: numpy scalars to Python numbers, NaN/infinity (never valid JSON) to null."""
    if hasattr(value, "item") and callable(value.item):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Path):
        return str(value)
    return value
