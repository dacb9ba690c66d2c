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
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app import APP_NAME

if TYPE_CHECKING:  # imported when first needed: the window's first paint needs none of them
    from app.domain.errors import UserError
    from app.domain.messages import Message

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
    "sheet": ("app.commands.sheet", "export the catalog to a spreadsheet, or import one back"),
    "trends": ("app.commands.trends", "daily streams by service, territory, track or product"),
    "review": ("app.commands.review", "list what a store would bounce a draft or product for"),
    "calendar": ("app.commands.review", "list planned releases with their send dates, or write an .ics"),
}

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
    "secrets.memory_only": "--store-token-in-file",
    "tag.unknown_product": "releasedesk sync --refresh",
    "review.unknown": "releasedesk drafts",
    "calendar.bad_send_date": "--send-date DRAFT_ID=YYYY-MM-DD",
}


def exit_code(error: UserError) -> int:
    """The CLI's convention: 2 for a wrong request (:class:`UsageError`), 1 for a failed operation."""
    from app.domain.errors import UsageError

    return 2 if isinstance(error, UsageError) else 1


def error_line(error: UserError) -> str:
    """``error``'s sentence in the locale's language, with the flag to use when the CLI has one."""
    return message_line(error.sentence)


def message_line(sentence: Message) -> str:
    """A core sentence in the locale's language, with the flag to use when the CLI has one."""
    from app.domain.messages import fill
    from app.platform.messages import cli_language, render

    line = render(sentence, cli_language())
    hint = CLI_HINTS.get(sentence.code)
    if hint is None:
        return line
    params = {key: str(value) for key, value in sentence.items}
    return f"{line} ({fill(hint, params).replace(' --profile default', '')})"


def _print_notice(sentence: Message) -> None:
    print(f"releasedesk: {message_line(sentence)}", file=sys.stderr)


# argparse's own words, as its gettext calls spell them (Python 3.11), so a translated --help and a
# translated usage error read in one language. Filed under the catalog context "argparse".
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
COMMANDS_LEAD = QT_TRANSLATE_NOOP("Cli", "Commands: ")
COMMANDS_TAIL = QT_TRANSLATE_NOOP("Cli", "Run 'releasedesk COMMAND --help' for one command's options.")
DESCRIPTION = QT_TRANSLATE_NOOP("Cli", "%(app)s %(version)s: prepare, check and deliver music releases.")


_GETTEXT = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]


def _speak_locale() -> None:
    """argparse's words in the command line's language (it asks gettext, which has no catalog of ours)."""
    from app.platform.i18n import cli_language, translate_text

    language = cli_language()
    argparse._, argparse.ngettext = _GETTEXT  # type: ignore[attr-defined]
    if language == "en":
        return
    argparse._ = lambda text: translate_text("argparse", text, language)  # type: ignore[attr-defined]
    argparse.ngettext = (  # type: ignore[attr-defined]
        lambda one, many, n: translate_text("argparse", one if n == 1 else many, language))


def cli_text(text: str) -> str:
    """A help text of the command line (context "Cli") in its language."""
    from app.platform.i18n import cli_language, translate_text

    return translate_text("Cli", text, cli_language())


def translate_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Every help line and the description of ``parser`` in the command line's language. The English
    texts are collected into ``app/commands/help_texts.py`` by ``i18n/update.py`` for the catalogs."""
    for one in all_parsers(parser):
        if one.description:
            one.description = cli_text(one.description)
        for action in one._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                action.help = cli_text(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:  # the lines that list the subcommands
                    if choice.help:
                        choice.help = cli_text(choice.help)
    return parser


def all_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """``parser`` and the parsers of its subcommands (``sheet export``), depth first."""
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += all_parsers(sub)
    return found


class _TopParser(argparse.ArgumentParser):
    """The version is looked up only for --help and --version: importlib.metadata costs ~40 ms
    that ``releasedesk --sandbox`` would otherwise spend before its window is painted."""

    def format_help(self) -> str:
        from app import __version__

        self.description = cli_text(DESCRIPTION) % {"app": APP_NAME, "version": __version__}
        self.epilog = _commands_epilog()
        translate_parser(self)
        return super().format_help()


class _VersionAction(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        from app import __version__

        parser.exit(message=f"{APP_NAME} {__version__}\n")


def _top_parser() -> argparse.ArgumentParser:
    parser = _TopParser(prog="releasedesk")
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    parser.add_argument("--sandbox", action="store_true", help="open the app on the embedded sandbox")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    parser.add_argument("--profile", default=None, help="connection profile to open")
    # A file manager's "Open with" (resources/releasedesk.desktop, Exec=releasedesk %F) passes files.
    parser.add_argument("files", nargs="*", default=[], help="audio masters or cover images to open")
    return parser


_LOGGING: list[bool] = []


def _commands_epilog() -> str:
    listed = "; ".join(f"{name}: {cli_text(help_)}" for name, (_, help_) in COMMANDS.items())
    return f"{cli_text(COMMANDS_LEAD)}{listed}. {cli_text(COMMANDS_TAIL)}"


def setup_logging() -> None:
    """Log to a file only; the screen gets plain sentences. Once per process: a command sets it up
    first thing, the GUI right after its window's first paint (``app/ui/app.py``)."""
    if _LOGGING:
        return
    _LOGGING.append(True)
    import logging

    from app.platform.logfile import LogFile

    handler = LogFile()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    for noisy in ("httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _log_path() -> str:
    from app.platform.logfile import NAME, log_path

    try:
        return str(log_path())
    except OSError:
        return NAME


def run_command(name: str, argv: Sequence[str]) -> int:
    module_name, help_ = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"releasedesk {name}", description=help_)
    module.add_arguments(parser, name)
    args = translate_parser(parser).parse_args(list(argv))
    args.command = name
    return int(module.run(args))


def _refuse_unknown_command(word: str) -> None:
    """A first word that is neither a command nor an existing file is a slip, not a file to open.

    Without this, ``releasedesk tag 1 add x`` would open the window with four "files" (and hang with no
    display); a file manager's "Open with" passes paths that exist, so those still reach the window.
    """
    import difflib
    import os

    from app.domain.errors import UsageError
    from app.domain.messages import msg

    if os.path.lexists(word):
        return
    close = difflib.get_close_matches(word, list(COMMANDS), n=1, cutoff=0.6)
    commands = ", ".join(COMMANDS)
    if close:
        raise UsageError(msg("cli.unknown_command.close", word=word, closest=close[0], commands=commands))
    raise UsageError(msg("cli.unknown_command", word=word, commands=commands))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(argv)
    finally:  # argparse's words back in English: a caller in this process (a test) builds parsers next
        argparse._, argparse.ngettext = _GETTEXT  # type: ignore[attr-defined]


def _main(argv: list[str]) -> int:
    if argv:  # a double-click passes nothing and builds no parser
        _speak_locale()
    try:
        if argv and argv[0] in COMMANDS:
            setup_logging()
            from app.platform import notices

            notices.printers.append(_print_notice)  # the missing-keyring notice names its flag
            try:
                return run_command(argv[0], argv[1:])
            finally:
                notices.printers.remove(_print_notice)
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
    except KeyboardInterrupt:
        print(f"releasedesk: {_sentence('cli.interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`releasedesk deliveries | head`): stop quietly
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail again
        return 141  # 128 + SIGPIPE, as a shell reports a command its pipe closed
    except Exception as exc:  # one sentence on screen; for the unexpected, the traceback goes to the log
        from app.domain.errors import UserError

        if isinstance(exc, UserError):
            print(f"releasedesk: {error_line(exc)}", file=sys.stderr)
            return exit_code(exc)
        import logging

        setup_logging()
        logging.getLogger("releasedesk").exception("unexpected error")
        print(f"releasedesk: {_sentence('cli.unexpected', kind=type(exc).__name__, log=_log_path())}",
              file=sys.stderr)
        return 1


def run() -> None:
    """The process entry point (the ``releasedesk`` script, ``python -m app``, the bundle): :func:`main`,
    then exit. After a command, once its output is flushed and its log closed, the process ends at once
    instead of tearing the interpreter down module by module (~25 ms of every command, numpy's modules
    most of it): a pipeline calling the command line many times waits for none of it. Only with no
    other thread alive, so nothing still working is cut short; the window exits the normal way."""
    argv = sys.argv[1:]
    code = main(argv)
    if not (argv and argv[0] in COMMANDS):
        raise SystemExit(code)
    import threading

    if threading.active_count() > 1:
        raise SystemExit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away: as main() reports it
        code = 141
    except OSError:
        raise SystemExit(code) from None
    import logging
    import os

    logging.shutdown()
    os._exit(code)


def _sentence(code: str, **params: str) -> str:
    from app.domain.messages import msg
    from app.platform.messages import cli_language, render

    return render(msg(code, **params), cli_language())


if __name__ == "__main__":
    raise SystemExit(main())
