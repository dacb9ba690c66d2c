"""Typed failures of the distributor API, each carrying one sentence for a user as a message.

Every class subclasses :class:`app.domain.errors.UserError`, so the CLI prints the sentence as one
line and the GUI shows it in a dialog, each in the user's language (``docs/MESSAGES.md``); the
server's own words travel as parameters. Messages never contain tokens, passwords or headers.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import UserError
from app.domain.messages import Message, msg


class ApiError(UserError):
    """The server answered with an error (``status`` is the HTTP status, ``None`` when there was none)."""

    def __init__(self, status: int | None, message: Message | str) -> None:
        super().__init__(message)
        self.status = status


class AuthFailed(ApiError):
    """The server refused the email/username and password."""

    def __init__(self, message: Message | str | None = None, *, status: int | None = 401) -> None:
        super().__init__(status, message or msg("api.auth_failed"))


class AuthExpired(ApiError):
    """The token expired or was revoked: the user has to log in again."""

    def __init__(self, message: Message | str | None = None, *, status: int | None = 401) -> None:
        super().__init__(status, message or msg("api.auth_expired"))


class NotLoggedIn(ApiError):
    def __init__(self, message: Message | str | None = None) -> None:
        super().__init__(None, message or msg("api.not_logged_in"))


class NotFound(ApiError):
    def __init__(self, message: Message | str | None = None, *, status: int | None = 404) -> None:
        super().__init__(status, message or msg("api.not_found"))


class ConflictError(ApiError):
    def __init__(self, message: Message | str, *, status: int | None = 409) -> None:
        super().__init__(status, message)


@dataclass(frozen=True)
class FieldError:
    """One problem the server found: ``field`` is the snake_case domain field (``upc_code``) or the
    relationship field (``label_id``) when the pointer could be mapped, ``None`` otherwise."""

    field: str | None
    pointer: str
    message: str


class ValidationFailed(ApiError):
    """A 422: the server listed what is wrong, one :class:`FieldError` per problem."""

    def __init__(self, field_errors: list[FieldError], message: Message | str | None = None,
                 *, status: int | None = 422) -> None:
        if message is None:
            # the pointer's field and the server's own words are parameters: only the frame translates
            parts = [f"{e.field or e.pointer or 'request'}: {e.message}" for e in field_errors]
            message = (msg("api.validation", details="; ".join(parts)) if parts
                       else msg("api.validation.no_details"))
        super().__init__(status, message)
        self.field_errors = list(field_errors)

    def for_field(self, field: str) -> list[FieldError]:
        return [e for e in self.field_errors if e.field == field]


class RateLimited(ApiError):
    def __init__(self, message: Message | str, *, retry_after: float | None = None,
                 status: int | None = 429) -> None:
        super().__init__(status, message)
        self.retry_after = retry_after


class ServerUnavailable(ApiError):
    """A 5xx (or a dropped connection) that outlasted the retries."""

    def __init__(self, message: Message | str, *, status: int | None = None) -> None:
        super().__init__(status, message)


class Offline(ApiError):
    """The server could not be reached at all (DNS, refused, timeouts)."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(None, message)


class AmbiguousRequest(ApiError):
    """A POST whose outcome is unknown: the server may or may not have created the item.

    Never retried blindly; the sync layer looks the item up by its natural key (UPC, ISRC...).
    """

    def __init__(self, message: Message | str, *, method: str = "POST", path: str = "") -> None:
        super().__init__(None, message)
        self.method = method
        self.path = path


class InsecureUrl(ApiError):
    def __init__(self, message: Message | str) -> None:
        super().__init__(None, message)


class UploadChanged(ApiError):
    """The file changed while it was being uploaded."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(None, message)


class Cancelled(ApiError):
    def __init__(self, message: Message | str | None = None) -> None:
        super().__init__(None, message or msg("api.cancelled"))
