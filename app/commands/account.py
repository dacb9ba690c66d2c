"""``releasedesk login``, ``logout`` and ``whoami``: connection profiles on the command line.

Every failure is a UserError with one sentence (wrong password, unreachable server, expired token,
plain http:// to a remote host); ``app.cli.main`` prints it and exits 1. Tokens are never printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from app.domain.errors import UsageError
from app.domain.messages import msg
from app.platform.messages import cli_language, render
from app.services import session as sessions

if TYPE_CHECKING:
    from app.api.client import WhoAmI


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    parser.add_argument("--profile", default="default", help="connection profile name (default: default)")
    if command != "login":
        return
    parser.add_argument("--server", required=True,
                        help="server address, e.g. https://api.idol.io or https://host/api/v1")
    parser.add_argument("--email", required=True, help="your login (email, or Labelcamp username)")
    parser.add_argument("--dialect", choices=("limbo", "labelcamp"), default=None,
                        help="API dialect (detected from the address or the server when omitted)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input")
    parser.add_argument("--remember-password", action="store_true",
                        help="keep the password in the keyring to renew an expired session silently")
    parser.add_argument("--store-token-in-file", action="store_true",
                        help="keep the token in a private file (mode 0600) when no keyring is available")


def _read_password(args: argparse.Namespace, prompt: str) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        password = password.rstrip("\r")
    else:
        try:
            password = getpass.getpass(prompt)
        except EOFError:
            password = ""
    if not password:
        raise UsageError(msg("account.no_password"))
    return password


def _login(args: argparse.Namespace) -> int:
    root = sessions.server_root(args.server)  # refuse plain http to a remote host before the password
    password = _read_password(args, render(msg("cli.account.password", email=args.email, server=root),
                                           cli_language()))
    profile, client = sessions.sign_in(args.server, args.email, args.dialect, password, args.profile,
                                       remember_password=bool(args.remember_password),
                                       token_in_file=bool(args.store_token_in_file))
    with client:
        who = sessions.who_am_i(client)
    name = who.user.email if who.user and who.user.email else args.email
    print(render(msg("cli.account.logged_in", server=root, dialect=profile.dialect, user=name,
                     profile=profile.name), cli_language()))
    if who.company is not None or who.distributor is not None:
        print(_describe(who))
    return 0


def _describe(who: WhoAmI) -> str:
    language = cli_language()
    lines = []
    if who.user is not None:
        user = who.user.email or "?"
        if who.user.name and who.user.name != who.user.email:
            user = f"{who.user.name} <{user}>"
        lines.append(render(msg("cli.account.user", user=user), language))
    if who.distributor is not None:
        lines.append(render(msg("cli.account.distributor", name=who.distributor.name or "?",
                                id=str(who.distributor.id)), language))
    if who.company is not None:
        lines.append(render(msg("cli.account.company", name=who.company.name or "?",
                                id=str(who.company.id)), language))
    return "\n".join(lines)


def _logout(args: argparse.Namespace) -> int:
    server = sessions.sign_out(args.profile)
    print(render(msg("cli.account.logged_out", server=server, profile=args.profile), cli_language()))
    return 0


def _whoami(args: argparse.Namespace) -> int:
    profile, client = sessions.open_client(args.profile)
    with client:
        who = sessions.who_am_i(client)
        print(_describe(who))
        print(render(msg("cli.account.server", server=profile.server_url, dialect=profile.dialect,
                         profile=args.profile), cli_language()))
    return 0


def run(args: argparse.Namespace) -> int:
    handlers = {"login": _login, "logout": _logout, "whoami": _whoami}
    return handlers[args.command](args)  # the dispatcher only routes these three names here
