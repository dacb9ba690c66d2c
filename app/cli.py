"""The ``releasedesk`` command line: a thin dispatcher over the same services the GUI uses.

Each subcommand lives in its own module under ``app/commands/`` with two functions,
``add_arguments(parser, command)`` and ``run(args) -> int`` (``args.command`` names the
subcommand, so one module can serve several); only the chosen one is imported, so the GUI
start (no subcommand) pays for none of them.

Errors: a :class:`UserError` prints its one sentence; anything unexpected prints one sentence that
points at the log file, and the traceback goes only to that file. Never a traceback on screen.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import logging
import sys
from collections.abc import Sequence

from app import APP_NAME
from app.domain.errors import UsageError, UserError
from app.domain.messages import msg

COMMANDS: dict[str, tuple[str, str]] = {
    "sandbox": ("app.commands.sandbox", "run the local sandbox server"),
    "login": ("app.commands.account", "sign in to a distributor server and remember the profile"),
    "logout": ("app.commands.account", "forget a profile's token"),
    "whoami": ("app.commands.account", "show the signed-in user, distributor and company"),
    "check": ("app.commands.check", "check audio masters and covers for what a DSP would reject"),
    "import": ("app.commands.drafts", "make a local draft product from a release folder"),
    "drafts": ("app.commands.drafts", "list local drafts and their sync state"),
    "sync": ("app.commands.drafts", "send pending drafts to the server"),
    "deliver": ("app.commands.delivery", "activate a product and deliver it to DSPs"),
    "deliveries": ("app.commands.delivery", "list or watch deliveries"),
    "live": ("app.commands.live", "show where a product is live, with its links"),
    "tag": ("app.commands.live", "add or remove a product's tag (sent with the next sync)"),
}

log = logging.getLogger("releasedesk")

# What to type, for core messages that ask for an action: the core sentence names no flag or command
# (docs/MESSAGES.md). ``{name}`` fields are the message's parameters.
CLI_HINTS: dict[str, str] = {
    "delivery.no_dsp": "--dsp NAME",
    "delivery.no_subgenre": "--subgenre NAME",
    "delivery.no_release_date": "--release-date YYYY-MM-DD",
    "delivery.next_unconfirmed": "--confirm-next",
    "api.not_logged_in": "releasedesk login",
    "api.not_logged_in.profile": "releasedesk login --profile {profile}",
    "profile.not_found": "releasedesk login --server URL --email EMAIL --profile {name}",
    "import.duplicate_upc": "releasedesk drafts --discard {draft}",
    "import.bad_set": "--set ATTRIBUTE=VALUE",
    "import.bad_label": "--label ID",
    "sandbox.remote_host": "--allow-remote",
    "account.no_password": "--password-stdin",
    "cli.poll_interval": "--poll-interval",
    "drafts.unknown": "releasedesk drafts",
    "sandbox.listen_failed": "--port",
    "sandbox.data_unusable": "--data",
    "sandbox.cli.port": "--port",
    "sandbox.cli.delivery_seconds": "--delivery-seconds",
    "sandbox.cli.token_ttl": "--token-ttl",
    "sandbox.cli.data_is_file": "--data",
}


def exit_code(error: UserError) -> int:
    """The CLI's convention: 2 for a wrong request (:class:`UsageError`), 1 for a failed operation."""
    return 2 if isinstance(error, UsageError) else 1


def error_line(error: UserError) -> str:
    """``error``'s sentence in the locale's language, with the flag to use when the CLI has one."""
    from app.domain.messages import fill
    from app.platform.messages import cli_language, render

    line = render(error.sentence, cli_language())
    hint = CLI_HINTS.get(error.sentence.code)
    if hint is None:
        return line
    params = {key: str(value) for key, value in error.sentence.items}
    return f"{line} ({fill(hint, params).replace(' --profile default', '')})"


class _TopParser(argparse.ArgumentParser):
    """The version is looked up only for --help and --version: importlib.metadata costs ~40 ms
    that ``releasedesk --sandbox`` would otherwise spend before its window is painted."""

    def format_help(self) -> str:
        from app import __version__

        self.description = f"{APP_NAME} {__version__}: prepare, check and deliver music releases."
        return super().format_help()


class _VersionAction(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        from app import __version__

        parser.exit(message=f"{APP_NAME} {__version__}\n")


def _top_parser() -> argparse.ArgumentParser:
    parser = _TopParser(
        prog="releasedesk",
        epilog="Commands: " + "; ".join(f"{name}: {help_}" for name, (_, help_) in COMMANDS.items())
        + ". Run 'releasedesk COMMAND --help' for one command's options.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    parser.add_argument("--sandbox", action="store_true", help="open the app on the embedded sandbox")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    parser.add_argument("--profile", default=None, help="connection profile to open")
    # A file manager's "Open with" (resources/releasedesk.desktop, Exec=releasedesk %F) passes files.
    parser.add_argument("files", nargs="*", default=[], help="audio masters or cover images to open")
    return parser


def _setup_logging() -> None:
    """Log to a file only; the screen gets plain sentences."""
    try:
        from app.platform.paths import log_dir

        handler: logging.Handler = logging.FileHandler(log_dir() / "releasedesk.log", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    for noisy in ("httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _log_path() -> str:
    try:
        from app.platform.paths import log_dir

        return str(log_dir() / "releasedesk.log")
    except OSError:
        return "the log"


def run_command(name: str, argv: Sequence[str]) -> int:
    module_name, help_ = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"releasedesk {name}", description=help_)
    module.add_arguments(parser, name)
    args = parser.parse_args(list(argv))
    args.command = name
    return int(module.run(args))


def _refuse_unknown_command(word: str) -> None:
    """A first word that is neither a command nor an existing file is a slip, not a file to open.

    Without this, ``releasedesk tag 1 add x`` would open the window with four "files" (and hang with no
    display); a file manager's "Open with" passes paths that exist, so those still reach the window.
    """
    import os

    if os.path.lexists(word):
        return
    close = difflib.get_close_matches(word, list(COMMANDS), n=1, cutoff=0.6)
    commands = ", ".join(COMMANDS)
    if close:
        raise UsageError(msg("cli.unknown_command.close", word=word, closest=close[0], commands=commands))
    raise UsageError(msg("cli.unknown_command", word=word, commands=commands))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _setup_logging()
    try:
        if argv and argv[0] in COMMANDS:
            return run_command(argv[0], argv[1:])
        if argv and not argv[0].startswith("-"):
            _refuse_unknown_command(argv[0])
        if not argv:  # double-clicked: straight to the window, no parser (and no version lookup)
            from app.ui.app import run_gui

            return run_gui(sandbox=False, profile=None)
        args = _top_parser().parse_args(argv)
        if args.self_test:
            from app.selftest import run_self_test

            return run_self_test()
        from app.ui.app import run_gui

        return run_gui(sandbox=args.sandbox, profile=args.profile, files=args.files)
    except UserError as exc:
        print(f"releasedesk: {error_line(exc)}", file=sys.stderr)
        return exit_code(exc)
    except KeyboardInterrupt:
        print("releasedesk: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one sentence, traceback to the log only
        log.exception("unexpected error")
        print(
            f"releasedesk: something unexpected went wrong ({type(exc).__name__}). "
            f"Nothing was lost; details are in {_log_path()}.",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
