"""``releasedesk login``, ``logout`` and ``whoami``: connection profiles on the command line.

Every failure is a UserError with one sentence (wrong password, unreachable server, expired token,
plain http:// to a remote host); ``app.cli.main`` prints it and exits 1. Tokens are never printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from app.domain.errors import UsageError, UserError


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
        raise UsageError("No password was given; type it when asked or pass --password-stdin.")
    return password


def _login(args: argparse.Namespace) -> int:
    from app.api.client import ApiClient, check_url, detect_dialect, split_server_url
    from app.platform import secrets as platform_secrets
    from app.platform.profiles import Profile, ProfileStore

    root, hinted = split_server_url(args.server)
    check_url(root)  # refuse plain http to a remote host before the password is even asked
    store = (platform_secrets.FileSecretStore() if args.store_token_in_file
             else platform_secrets.default_secret_store())
    password = _read_password(args, f"Password for {args.email} on {root}: ")
    dialect = args.dialect or hinted or detect_dialect(root, args.email, password, store,
                                                       profile_name=args.profile)
    profile = Profile(name=args.profile, server_url=root, dialect=dialect, login=args.email,
                      remember_password=bool(args.remember_password),
                      token_in_file=bool(args.store_token_in_file))
    with ApiClient(profile, store) as client:
        client.login(password)
        who = client.whoami()
    ProfileStore().save(profile)
    if not args.store_token_in_file:  # an older opt-in's file copy must not outlive this login
        from app.platform.secrets import SERVICE

        platform_secrets.FileSecretStore().delete(SERVICE, f"{profile.name}:token")
    name = who.user.email if who.user and who.user.email else args.email
    print(f"Logged in to {root} ({dialect}) as {name}; profile '{profile.name}' saved.")
    if who.company is not None or who.distributor is not None:
        print(_describe(who))
    return 0


def _describe(who: object) -> str:
    from app.api.client import WhoAmI

    assert isinstance(who, WhoAmI)
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
    from app.api.client import open_client

    with open_client(args.profile) as client:
        client.logout()
        print(f"Logged out of {client.profile.server_url} (profile '{args.profile}').")
    return 0


def _whoami(args: argparse.Namespace) -> int:
    from app.api.client import open_client

    with open_client(args.profile) as client:
        who = client.whoami()
        print(_describe(who))
        print(f"Server: {client.profile.server_url} ({client.profile.dialect}), "
              f"profile '{args.profile}'")
    return 0


def run(args: argparse.Namespace) -> int:
    handlers = {"login": _login, "logout": _logout, "whoami": _whoami}
    handler = handlers.get(args.command)
    if handler is None:
        raise UserError(f"Unknown account command {args.command}.")
    return handler(args)
