"""Exceptions that carry a sentence fit to show a user as it is."""

from __future__ import annotations


class UserError(Exception):
    """An expected failure with a plain message; the CLI prints it as one line, the GUI in a dialog.

    ``exit_code`` follows the CLI convention: 1 for a failed operation, 2 for bad usage.
    """

    exit_code = 1

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class UsageError(UserError):
    exit_code = 2
