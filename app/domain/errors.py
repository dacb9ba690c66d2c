"""Expected failures, each carrying one sentence for a user as a :class:`Message`.

The kind of failure is the class: :class:`UserError` (an operation failed) or :class:`UsageError` (the
request itself was wrong: a bad value, a missing choice). Each face decides what a kind means to it;
the CLI, for one, maps them to its exit codes (``app/cli.py``).
"""

from __future__ import annotations

from app.domain.messages import Message, text


class UserError(Exception):
    """An expected failure; the CLI prints its sentence as one line, the GUI in a dialog or status."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        # a str is a sentence nobody can translate (a server's own words); core code passes a Message
        self.sentence: Message = message if isinstance(message, Message) else text(message)

    @property
    def message(self) -> str:
        """The sentence in English (logs, ``--json``); faces render :attr:`sentence`."""
        return str(self.sentence)

    def __str__(self) -> str:
        return self.message


class UsageError(UserError):
    """The request was wrong (a value, a missing choice): fix it and ask again."""
