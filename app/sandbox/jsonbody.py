"""The one JSON decoder every request body of every sandbox goes through (docs/SANDBOX.md).

A body is refused, with one sentence saying why, when it is larger than its route allows, is not
UTF-8, is not JSON, nests deeper than :data:`MAX_DEPTH`, repeats a key inside one object, holds a lone
UTF-16 surrogate (``"\\ud800"``: SQLite and every UTF-8 encoder choke on it later) or a non-finite
number (``NaN``, ``Infinity``, ``1e999``: not JSON, and unreadable by strict clients once echoed back).
Nothing of a refused body is stored. The callers turn :class:`JsonBodyError` into their own error shape
(a JSON:API ``errors`` document, or label profiles' ``{statusCode, message}``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import AsyncIterator
from typing import Any

MAX_DEPTH = 32  # arrays and objects inside one another; the deepest real document has 6
SMALL_BODY = 64 * 1024  # token requests, fault specs, label profiles
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_BRACKETS = bytes(sorted(set(range(256)) - set(b"[]{}")))
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)


class JsonBodyError(Exception):
    """``status`` is 400 (not acceptable JSON) or 413 (too large)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _refuse_constant(name: str) -> Any:
    raise JsonBodyError(400, f"The request body holds {name}, which is not a JSON number.")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonBodyError(400, f"The number {text[:40]} in the request body is too large.")
    return value


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise JsonBodyError(400, f"The key {key!r} appears twice in one object of the request body.")
        out[key] = value
    return out


def nesting_depth(text: str | bytes) -> int:
    """How deeply arrays and objects nest in ``text`` (strings skipped), stopping once past the limit."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    # Strings may hold brackets; drop them (and their escapes) before counting.
    skeleton = _STRING.sub(b"", data)
    depth = deepest = 0
    for byte in skeleton.translate(None, delete=_NOT_BRACKETS):
        if byte in (0x5B, 0x7B):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    break
        else:
            depth -= 1
    return deepest


def _check_strings(document: Any) -> None:
    """Lone surrogates in keys or values; walked with a stack (the depth is already bounded)."""
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                raise JsonBodyError(
                    400, "The request body holds a lone UTF-16 surrogate (\\ud800-\\udfff); send valid text."
                )
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def decode_json(raw: bytes | str, *, check_depth: bool = True) -> Any:
    """The parsed document, or :class:`JsonBodyError`. ``check_depth=False`` when the caller has
    counted the nesting already (the streaming parser does, as the bytes arrive)."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise JsonBodyError(400, "The request body is not UTF-8 text.") from None
    else:
        text = raw
    if not text.strip():
        raise JsonBodyError(400, "The request body is empty; send a JSON document.")
    if check_depth and nesting_depth(text) > MAX_DEPTH:
        raise JsonBodyError(400, f"The request body nests more than {MAX_DEPTH} levels deep.")
    try:
        document = json.loads(
            text, object_pairs_hook=_object, parse_constant=_refuse_constant, parse_float=_finite
        )
    except RecursionError:
        raise JsonBodyError(400, f"The request body nests more than {MAX_DEPTH} levels deep.") from None
    except JsonBodyError:
        raise
    except ValueError as exc:
        raise JsonBodyError(400, f"The request body is not valid JSON ({_short(exc)}).") from None
    _check_strings(document)
    return document


def _short(exc: ValueError) -> str:
    text = str(exc)
    return text if len(text) <= 120 else text[:117] + "..."


def parse_whole(text: str, *, max_digits: int = 18) -> int | None:
    """The one strict integer parser for URLs and query strings: ASCII digits only, no sign, spaces,
    underscores or other scripts' digits (``int()`` takes all of those), no leading zero but "0"."""
    if not (0 < len(text) <= max_digits and text.isascii() and text.isdigit()):
        return None
    if len(text) > 1 and text[0] == "0":
        return None
    return int(text)


async def read_limited(chunks: AsyncIterator[bytes], limit: int, declared: str | None = None) -> bytes:
    """The whole body, refused with 413 as soon as it passes ``limit`` bytes (or says it will, in
    Content-Length), so a huge body is never held in memory."""
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise JsonBodyError(413, f"The request body is larger than this route accepts ({limit} bytes).")
    body = bytearray()
    async for chunk in chunks:
        body.extend(chunk)
        if len(body) > limit:
            raise JsonBodyError(413, f"The request body is larger than this route accepts ({limit} bytes).")
    return bytes(body)
