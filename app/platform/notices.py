"""Who prints a notice raised deep below the faces (today: no keyring, tokens kept in memory).

The command line registers its printer here (it names the flag to use); without one, the notice is a
line on stderr. A module of its own so registering costs the command line no import of what raises
the notice (``app.platform.secrets`` and the keyring).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

printers: list[Callable[[Any], None]] = []
