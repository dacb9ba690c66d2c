"""Print the structural counts docs/ARCHITECTURE.md#one-core-two-faces tracks (run from the repository root).

    python tools/structure_counts.py

- lower-layer imports from the faces: ``app.api``/``app.sync``/``app.store`` imported by ``app/ui`` or
  ``app/commands`` outside ``if TYPE_CHECKING:`` (error modules aside: a face may catch their exceptions);
- ``Any`` in ``app/ui`` (every ``Any`` name used);
- imports inside functions, in ``app/ui`` and in ``app`` as a whole;
- the largest classes of the store and the main controller (methods, lines).
mypy's count is separate: ``python -m mypy app/services app/ui``.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOWER = ("app.api", "app.sync", "app.store")


def modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_modules(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.module:
        return [node.module]
    return []


def walk(node: ast.AST, in_function: bool, in_type_checking: bool,
         visit: Callable[[ast.AST, bool, bool], None]) -> None:
    for child in ast.iter_child_nodes(node):
        function = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
        guarded = in_type_checking or (isinstance(child, ast.If) and is_type_checking(child))
        if isinstance(child, ast.Import | ast.ImportFrom):
            visit(child, in_function, in_type_checking)
        walk(child, function, guarded, visit)


def lower_imports(folders: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for folder in folders:
        for path in modules(folder):
            tree = ast.parse(path.read_text(encoding="utf-8"))

            def visit(node: ast.AST, in_function: bool, guarded: bool, path: Path = path) -> None:
                if guarded:
                    return
                for name in imported_modules(node):
                    if name.startswith(LOWER) and not name.endswith(".errors"):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")

            walk(tree, False, False, visit)
    return found


def function_imports(folder: str) -> int:
    count = 0
    for path in modules(folder):
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, in_function: bool, guarded: bool) -> None:
            nonlocal count
            count += in_function

        walk(tree, False, False, visit)
    return count


def any_count(folder: str) -> int:
    """Every ``Any`` word, as ``grep -rwo Any`` counts it (annotations, strings and comments alike)."""
    return sum(len(re.findall(r"\bAny\b", path.read_text(encoding="utf-8"))) for path in modules(folder))


def classes(folder: str, names: set[str]) -> list[str]:
    rows = []
    for path in modules(folder):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name in names:
                methods = sum(isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) for n in node.body)
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                rows.append(f"{path.relative_to(ROOT)} {node.name}: {methods} methods, {lines} lines")
    return rows


def main() -> int:
    lower = lower_imports(("app/ui", "app/commands"))
    verbose = "-v" in sys.argv
    print(f"lower-layer imports from app/ui + app/commands (outside TYPE_CHECKING): {len(lower)}")
    if verbose:
        print("\n".join("    " + row for row in lower))
    print(f"Any in app/ui: {any_count('app/ui')}")
    print(f"imports inside functions: app/ui {function_imports('app/ui')}, app {function_imports('app')}")
    for row in classes("app", {"Store", "MainController"}):
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
