"""What a readiness or style check found, and the one-click fix it may offer.

A :class:`Finding` wraps a :class:`Problem` with the object it concerns (``kind`` + ``ref``: the
server id, or ``#N`` for a draft track at position N) so a checklist can jump to the field. A
:class:`Fix` is a list of plain field edits (or a create) that the delivery service knows how to send
to the server; it is offered only where applying it cannot lose the user's intent (e.g. setting the
default offer's release date to the product's, not guessing a subgenre).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.messages import Message
from app.domain.problems import Problem, Severity


@dataclass(frozen=True)
class Edit:
    kind: str  # "product" | "track" | "offer" | "right"
    ref: str | None  # server id of the object; None with create=True
    changes: dict[str, Any]  # snake_case domain field -> new value
    create: bool = False


@dataclass(frozen=True)
class Fix:
    label: Message  # the button text, e.g. "Write “Song (feat. B)”"
    edits: tuple[Edit, ...]


@dataclass(frozen=True)
class Finding:
    problem: Problem
    kind: str = "product"
    ref: str | None = None
    fix: Fix | None = None
    store: str = "all"  # the store whose rule this is: "all" (every store), "apple", "spotify"

    @property
    def code(self) -> str:
        return self.problem.code

    @property
    def severity(self) -> Severity:
        return self.problem.severity

    @property
    def message(self) -> str:
        """The sentence in English (logs, ``--json``); faces render :attr:`sentence`."""
        return self.problem.message

    @property
    def sentence(self) -> Message:
        return self.problem.sentence

    @property
    def field(self) -> str | None:
        return self.problem.field

    @property
    def blocks(self) -> bool:
        return self.problem.is_error


def error(code: str, message: Message, *, field: str | None = None, kind: str = "product",
          ref: str | None = None, fix: Fix | None = None) -> Finding:
    return Finding(Problem(code, Severity.ERROR, message, field), kind, ref, fix)


def warning(code: str, message: Message, *, field: str | None = None, kind: str = "product",
            ref: str | None = None, fix: Fix | None = None) -> Finding:
    return Finding(Problem(code, Severity.WARNING, message, field), kind, ref, fix)
