"""The README's two set-up commands, read from the README itself: the one source CI runs them from.

    python3 tests/repository/readme.py open    # prints the "install and open the app" command
    python3 tests/repository/readme.py test    # prints the "install and run the tests" command

Standard library only: ``.ci/run`` calls it before anything is installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADING = "## Two commands"


def readme_commands(readme: Path) -> tuple[str, str]:
    """The indented command lines under the "Two commands" heading, in order: (open, test)."""
    text = readme.read_text(encoding="utf-8")
    if HEADING not in text:
        raise ValueError(f"{readme} has no '{HEADING}' section")
    section = text.split(HEADING, 1)[1].split("\n## ", 1)[0]
    commands = [line.strip() for line in section.splitlines()
                if line.startswith("    ") and line.strip().startswith("sh .ci/setup")]
    if len(commands) != 2:
        raise ValueError(f"expected two set-up commands under '{HEADING}', found {len(commands)}")
    return commands[0], commands[1]


def main(argv: list[str]) -> int:
    which = argv[1] if len(argv) > 1 else ""
    if which not in ("open", "test"):
        print("usage: readme.py open|test", file=sys.stderr)
        return 2
    open_command, test_command = readme_commands(Path(__file__).resolve().parents[2] / "README.md")
    print(open_command if which == "open" else test_command)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
