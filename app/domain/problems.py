"""A problem found in a release: a stable code, a severity and one plain sentence."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    code: str  # stable, e.g. "audio.sample_rate", "product.upc_check_digit"
    severity: Severity
    message: str  # one sentence naming the file or field and what to do
    field: str | None = None  # domain field it concerns, e.g. "upc_code"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "severity": self.severity.value, "message": self.message}
