"""A problem found in a release: a stable code, a severity and one sentence as a :class:`Message`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.messages import Message, text


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    code: str  # stable, e.g. "audio.sample_rate", "product.upc_check_digit"
    severity: Severity
    text: Message | str  # the sentence naming the file or field and what to do (a str: not translatable)
    field: str | None = None  # domain field it concerns, e.g. "upc_code"

    @property
    def sentence(self) -> Message:
        """The sentence as a message, for a face to render in the user's language."""
        return self.text if isinstance(self.text, Message) else text(self.text)

    @property
    def message(self) -> str:
        """The sentence in English (logs, ``--json``)."""
        return str(self.text)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, object]:
        sentence = self.sentence
        return {"code": self.code, "severity": self.severity.value, "message": self.message,
                "message_code": sentence.code, "params": sentence.to_json()["params"]}


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
