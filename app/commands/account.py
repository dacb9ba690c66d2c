"""``releasedesk login``, ``logout`` and ``whoami``: connection profiles on the command line.

Every failure is a UserError with one sentence (wrong password, unreachable server, expired token,
plain http:// to a remote host); ``app.cli.main`` prints it and exits 1. Tokens are never printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from app.domain.errors import UsageError, UserError
from app.domain.messages import msg
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
    password = _read_password(args, f"Password for {args.email} on {root}: ")
    profile, client = sessions.sign_in(args.server, args.email, args.dialect, password, args.profile,
                                       remember_password=bool(args.remember_password),
                                       token_in_file=bool(args.store_token_in_file))
    with client:
        who = sessions.who_am_i(client)
    name = who.user.email if who.user and who.user.email else args.email
    print(f"Logged in to {root} ({profile.dialect}) as {name}; profile '{profile.name}' saved.")
    if who.company is not None or who.distributor is not None:
        print(_describe(who))
    return 0


def _describe(who: WhoAmI) -> str:
    lines = []
    if who.user is not None:
        user = who.user.email or "?"
        if who.user.name and who.user.name != who.user.email:
            user = f"{who.user.name} <{user}>"
        lines.append(f"User: {user}")
    if who.distributor is not None:
        lines.append(f"Distributor: {who.distributor.name or '?'} (id {who.distributor.id})")
    if who.company is not None:
        lines.append(f"Company: {who.company.name or '?'} (id {who.company.id})")
    return "\n".join(lines)


def _logout(args: argparse.Namespace) -> int:
    server = sessions.sign_out(args.profile)
    print(f"Logged out of {server} (profile '{args.profile}').")
    return 0


def _whoami(args: argparse.Namespace) -> int:
    profile, client = sessions.open_client(args.profile)
    with client:
        who = sessions.who_am_i(client)
        print(_describe(who))
        print(f"Server: {profile.server_url} ({profile.dialect}), "
              f"profile '{args.profile}'")
    return 0


def run(args: argparse.Namespace) -> int:
    handlers = {"login": _login, "logout": _logout, "whoami": _whoami}
    handler = handlers.get(args.command)
    if handler is None:
        raise UserError(f"Unknown account command {args.command}.")
    return handler(args)
