"""Regenerate the Qt Linguist catalogs from the code, then compile them.

    python i18n/update.py            # lupdate app/ into i18n/releasedesk_*.ts, lrelease into app/i18n_data/
    python i18n/update.py --compile  # only lrelease (after a translator edited a .ts in Qt Linguist)
    python i18n/update.py --status   # per language: messages, unfinished, obsolete

Translators open ``i18n/releasedesk_<lang>.ts`` in Qt Linguist (``pyside6-linguist``), translate, mark
each entry finished and save; then ``--compile``. The compiled ``.qm`` files live in ``app/i18n_data/``
so they ship inside the Python package and the PyInstaller bundle; both are committed, and
``tests/i18n`` fails when either falls behind the code.

The functions here are also what ``tests/i18n`` uses (catalog parsing, lupdate into a temporary copy,
the pseudo-locale used to find clipped labels).
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "app" / "i18n_data"
SOURCE_DIR = ROOT / "app"
PREFIX = "releasedesk"
LANGUAGES = ("fr", "es", "de")  # French first: Labelcamp's home market
# Qt's %1/%L1/%n, and str.format fields ({name}) that some code fills after translating.
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)|%\(\w+\)[sdr]|%[sr]|\{\w*\}")


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{PREFIX}_{language}.ts"


def qm_path(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"{PREFIX}_{language}.qm"


def tool(name: str) -> str:
    """PySide6's own lupdate/lrelease binaries (shipped in the wheel), else ``pyside6-<name>`` on PATH."""
    try:
        import PySide6

        folder = Path(PySide6.__file__).parent
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    except ImportError:
        pass
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) and run this with its Python.")


def source_files(root: Path = SOURCE_DIR) -> list[Path]:
    """Every Python module under ``app/``: lupdate only picks up tr()/translate()/QT_TRANSLATE_NOOP calls."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


# A module-level helper ``def tr(text): return QCoreApplication.translate("Context", text)`` (used by
# the controllers) translates at run time under "Context", but lupdate files its calls under the
# enclosing class or under no context at all, so their translations would never be found. lupdate
# reads a copy of the code in which each bare ``tr(`` call of such a module is spelled out as
# ``QCoreApplication.translate("Context", `` on the same line: the catalog then matches run time.
_TR_WRAPPER = re.compile(
    r"^def tr\(\s*(\w+)[^)]*\)[^:]*:\s*\n"
    r"\s+return\s+QCoreApplication\.translate\(\s*[\"']([^\"']+)[\"']\s*,\s*\1\s*\)",
    re.MULTILINE,
)
_BARE_TR = re.compile(r"(?<![\w.])tr\(")


def wrapper_context(text: str) -> str | None:
    """The context of a module-level ``tr`` wrapper in ``text``, if the module defines one."""
    match = _TR_WRAPPER.search(text)
    return match.group(2) if match else None


_TRANSLATE_ALIAS = re.compile(r"^\s*tr\s*=\s*QCoreApplication\.translate\s*$", re.MULTILINE)


def imported_tr_module(text: str) -> str | None:
    """The module a ``from app.x import tr`` (wrapper imported from elsewhere) comes from."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if any(alias.name == "tr" and alias.asname is None for alias in node.names):
                return node.module
    return None


# ``QT_TRANSLATE_N_NOOP("Context", "%n …")`` marks a sentence with a count (app/domain/messages.py);
# PySide's lupdate knows no such macro and files plural forms only for a call with a count, so the copy
# lupdate reads spells it ``QCoreApplication.translate("Context", "%n …", "", 0)`` (newlines kept).
_N_NOOP = re.compile(r'QT_TRANSLATE_N_NOOP\((\s*"[^"]*"\s*,(?:\s*"(?:[^"\\]|\\.)*")+\s*)\)')


def plural_markers_spelled_out(text: str) -> str:
    return _N_NOOP.sub(lambda m: f'QCoreApplication.translate({m.group(1)}, "", 0)', text)


def as_lupdate_sees_it(text: str, root: Path | None = None) -> str:
    """``text`` with bare ``tr(`` calls spelled out as lupdate must read them (line numbers kept).

    Three spellings are resolved: a wrapper defined in the module, a wrapper imported from another
    module of the app (looked up under ``root``, the folder holding the ``app`` package), and a local
    alias ``tr = QCoreApplication.translate`` (whose calls already name their context).
    """
    context = wrapper_context(text)
    if context is None and root is not None:
        module = imported_tr_module(text)
        if module is not None:
            path = root.joinpath(*module.split(".")).with_suffix(".py")
            if path.is_file():
                context = wrapper_context(path.read_text(encoding="utf-8"))
    if context is not None:
        replacement = f'QCoreApplication.translate("{context}", '
    elif _TRANSLATE_ALIAS.search(text):
        replacement = "QCoreApplication.translate("
    else:
        return text
    lines = []
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith("def tr("):
            lines.append(line)
        else:
            lines.append(_BARE_TR.sub(replacement, line))
    return "".join(lines)


def lupdate(ts_files: Sequence[Path], source_root: Path = SOURCE_DIR) -> None:
    """Merge the code's strings into ``ts_files`` (created when missing), dropping strings no longer used."""
    with tempfile.TemporaryDirectory(prefix="releasedesk-lupdate-") as tmp:
        mirror = Path(tmp) / source_root.name
        files = []
        for source in source_files(source_root):
            copy = mirror / source.relative_to(source_root)
            copy.parent.mkdir(parents=True, exist_ok=True)
            text = as_lupdate_sees_it(source.read_text(encoding="utf-8"), source_root.parent)
            text = plural_markers_spelled_out(text)
            copy.write_text(text, encoding="utf-8")
            files.append(str(copy))
        command = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative", *files, "-ts",
                   *(str(p) for p in ts_files)]
        subprocess.run(command, check=True)
        # Locations point into the copy: make them point at the real files again.
        for ts in ts_files:
            seen = os.path.relpath(mirror, ts.parent).replace(os.sep, "/")
            real = os.path.relpath(source_root, ts.parent).replace(os.sep, "/")
            text = ts.read_text(encoding="utf-8")
            ts.write_text(text.replace(f'filename="{seen}/', f'filename="{real}/'), encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: list[str] = field(default_factory=list)
    state: str = ""  # "" (finished), "unfinished", "obsolete", "vanished"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.state == "" and all(t for t in self.translations) and bool(self.translations)


def read_catalog(ts: Path) -> list[Message]:
    """Every message of a ``.ts`` file, in file order."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", default="")
        for node in context.iter("message"):
            translation = node.find("translation")
            forms: list[str] = []
            state = ""
            if translation is not None:
                state = translation.get("type", "")
                numerus = translation.findall("numerusform")
                forms = [f.text or "" for f in numerus] if numerus else [translation.text or ""]
            messages.append(Message(
                context=name,
                source=node.findtext("source", default=""),
                comment=node.findtext("comment", default=""),
                numerus=node.get("numerus") == "yes",
                translations=forms,
                state=state,
            ))
    return messages


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


_PROTECTED = re.compile(r"(<[^>]*>|&[a-zA-Z]+;|&#\d+;|%L?\d+|%n|\{[^}]*\})")


def stretch(text: str) -> str:
    """Pseudo-translation: every vowel doubled (about +35 % in English, like French or German text),
    markup, entities and placeholders left intact, so it still reads and still formats."""
    parts = _PROTECTED.split(text)
    return "".join(
        part if i % 2 else re.sub(r"([aeiouAEIOU])", r"\1\1", part) for i, part in enumerate(parts)
    )


def write_pseudo_catalog(source_ts: Path, out_ts: Path) -> int:
    """Copy ``source_ts`` with every translation replaced by the stretched source text; returns the count."""
    tree = ET.parse(source_ts)
    count = 0
    for node in tree.getroot().iter("message"):
        source = node.findtext("source", default="")
        translation = node.find("translation")
        if translation is None:
            translation = ET.SubElement(node, "translation")
        translation.attrib.pop("type", None)
        numerus = translation.findall("numerusform")
        if numerus:
            for form in numerus:
                form.text = stretch(source)
        else:
            translation.text = stretch(source)
        count += 1
    tree.write(out_ts, encoding="utf-8", xml_declaration=True)
    return count


def status(languages: Iterable[str] = LANGUAGES) -> list[str]:
    lines = []
    for language in languages:
        path = ts_path(language)
        if not path.is_file():
            lines.append(f"{language}: no catalog yet ({path.relative_to(ROOT)})")
            continue
        messages = read_catalog(path)
        unfinished = sum(1 for m in messages if not m.finished and m.state not in ("obsolete", "vanished"))
        lines.append(f"{language}: {len(messages)} messages, {unfinished} unfinished")
    return lines


HELP_TEXTS = SOURCE_DIR / "commands" / "help_texts.py"


def help_texts() -> list[str]:
    """Every help text the command line shows: each command's summary and description, and the help
    of each of its options, as ``app/cli.py`` builds them (argparse's own words are in ``app/cli.py``)."""
    sys.path.insert(0, str(ROOT))
    import importlib

    from app import cli

    seen: dict[str, None] = {}
    parsers = [cli._top_parser()]
    for name, (module_name, summary) in cli.COMMANDS.items():
        seen[summary] = None
        parser = argparse.ArgumentParser(prog=f"releasedesk {name}", description=summary)
        importlib.import_module(module_name).add_arguments(parser, name)
        parsers.append(parser)
    for parser in [one for top in parsers for one in cli.all_parsers(top)]:
        if parser.description:
            seen[parser.description] = None
        for action in parser._actions:
            if action.help and action.help is not argparse.SUPPRESS and \
                    action.help != "show this help message and exit":
                seen[action.help] = None
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        seen[choice.help] = None
    return list(seen)


def write_help_texts(path: Path = HELP_TEXTS) -> str:
    """``app/commands/help_texts.py``: the help texts as calls lupdate files under "Cli"."""
    lines = ['"""The command line\'s help texts, for the translation catalogs (context "Cli").',
             "",
             "Generated by ``python i18n/update.py`` from the parsers themselves; do not edit. At run time",
             "``app.cli.translate_parser`` looks each text up in the catalog of the command line\'s",
             "language.",
             '"""', "", "# ruff: noqa: E501", "", "from __future__ import annotations", "", "",
             "def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate\'s name",
             "    return text", "", "", "TEXTS = ("]
    lines += [f'    QT_TRANSLATE_NOOP("Cli", {text!r}),' for text in help_texts()]
    lines += [")", ""]
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate and compile Releasedesk's translation catalogs.")
    parser.add_argument("--compile", action="store_true", help="only compile the .ts files into .qm")
    parser.add_argument("--status", action="store_true", help="only report what is left to translate")
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES), help="default: fr es de")
    args = parser.parse_args(argv)
    unknown = [lang for lang in args.languages if lang not in LANGUAGES]
    if unknown:
        parser.error(f"unknown language {unknown[0]!r}: add it to LANGUAGES in i18n/update.py first")
    if not args.status:
        if not args.compile:
            write_help_texts()
            lupdate([ts_path(lang) for lang in args.languages])
        for lang in args.languages:
            lrelease(ts_path(lang), qm_path(lang))
    for line in status(args.languages):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
