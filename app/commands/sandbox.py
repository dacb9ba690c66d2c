"""``releasedesk sandbox``: run the local distributor server until Ctrl-C."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.domain.errors import UsageError
from app.domain.messages import msg
from app.platform.messages import cli_language, render


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1; others need --allow-remote)",
    )
    parser.add_argument(
        "--port", type=int, default=8700, help="port to listen on (default 8700; 0 = any free)"
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="folder for the sandbox's SQLite store and files (default: a temporary folder)",
    )
    parser.add_argument(
        "--dialect",
        choices=("limbo", "labelcamp"),
        default="limbo",
        help="limbo/Beat v1 (default) or Labelcamp v2 conventions",
    )
    parser.add_argument("--demo", action="store_true", help="seed a believable demo catalog")
    parser.add_argument(
        "--delivery-seconds",
        type=float,
        default=3.0,
        help="how long a send task takes from pending to completed (default 3)",
    )
    parser.add_argument(
        "--token-ttl",
        type=float,
        default=3600.0,
        help="seconds before an access token expires (default 3600)",
    )
    parser.add_argument(
        "--api",
        choices=("distributor", "label-profiles"),
        default="distributor",
        help="the distributor JSON:API (default) or the label-profiles REST API, which "
        "prints a signed access token (token: <JWT>)",
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host (plain http: only on a network you trust)",
    )


def run(args: argparse.Namespace) -> int:
    from app.sandbox.runner import run_until_interrupted, start_sandbox

    if not 0 <= args.port <= 65535:
        raise UsageError(msg("sandbox.cli.port", port=args.port))
    if args.delivery_seconds < 0:
        raise UsageError(msg("sandbox.cli.delivery_seconds"))
    if args.token_ttl <= 0:
        raise UsageError(msg("sandbox.cli.token_ttl"))
    if args.data is not None and args.data.exists() and not args.data.is_dir():
        raise UsageError(msg("sandbox.cli.data_is_file", path=str(args.data)))
    language = cli_language()
    if args.api == "label-profiles":
        from app.sandbox.label_profiles import start_label_profiles_sandbox

        profiles = start_label_profiles_sandbox(host=args.host, port=args.port, token_ttl=args.token_ttl,
                                                demo=args.demo, allow_remote=args.allow_remote)
        for line in (msg("cli.sandbox.lp_ready", url=profiles.base_url),
                     msg("cli.sandbox.api", url=profiles.api_url)):
            print(render(line, language), flush=True)
        print(f"token: {profiles.token}", flush=True)  # a fixed key scripts read, like a header
        print(render(msg("cli.sandbox.lp_expires", seconds=f"{args.token_ttl:g}"), language), flush=True)
        code = run_until_interrupted(profiles.stop)
        print(render(msg("cli.sandbox.stopped"), language), flush=True)
        return code
    running = start_sandbox(
        data_dir=args.data,
        dialect=args.dialect,
        host=args.host,
        port=args.port,
        demo=args.demo,
        delivery_seconds=args.delivery_seconds,
        token_ttl=args.token_ttl,
        allow_remote=args.allow_remote,
    )
    lines = [msg("cli.sandbox.ready", url=running.base_url)]
    if args.allow_remote:
        lines.append(msg("cli.sandbox.remote"))
    lines += [msg("cli.sandbox.api", url=running.api_url),
              msg("cli.sandbox.login", email=running.email, password=running.password),
              msg("cli.sandbox.data", folder=str(running.data_dir)), msg("cli.sandbox.stop")]
    for line in lines:
        print(render(line, language), flush=True)
    code = run_until_interrupted(running.stop)
    print(render(msg("cli.sandbox.stopped"), language), flush=True)
    return code
