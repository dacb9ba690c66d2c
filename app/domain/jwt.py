"""JSON Web Token pieces shared by the label-profiles sandbox (which signs) and client (which only
reads the expiry of a pasted token). Stdlib only; signing and verifying live in the sandbox."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any


def b64url_encode(raw: bytes) -> str:
    """base64url without padding, as JWTs write it."""
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """The inverse of :func:`b64url_encode`; raises ValueError on text that is not base64url."""
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as exc:
        raise ValueError(str(exc)) from exc


def unverified_claims(token: str) -> dict[str, Any] | None:
    """The claims of a JWT without checking its signature (the client cannot), or None when
    ``token`` is not a JWT. Use only for hints such as "this token expired yesterday"."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        claims = json.loads(b64url_decode(parts[1]))
    except ValueError:
        return None
    return claims if isinstance(claims, dict) else None
