"""``releasedesk live`` and ``releasedesk tag``: where a release is live, and its tags.

``live`` reads the product's states from the server (and caches them); when the server cannot be
reached or no one is signed in, it prints what was last read. ``tag`` edits the product's tags as a
draft, sent by the next ``releasedesk sync``, so it works offline.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.domain.messages import msg
from app.platform.messages import cli_language, render


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    parser.add_argument("--profile", default="default", help="connection profile (default: default)")
    parser.add_argument("product_id", metavar="PRODUCT_ID", help="the product's server id")
    if command == "live":
        parser.add_argument("--json", action="store_true", help="print the states as JSON")
        return
    parser.add_argument("action", choices=("add", "remove"), help="add or remove the tag")
    parser.add_argument("name", metavar="NAME", help="the tag's name")


def run(args: argparse.Namespace) -> int:
    if args.command == "live":
        return _live(args)
    return _tag(args)


def _client(profile: str) -> Any:
    """The profile's client, or None when there is no saved connection (the cache still answers)."""
    from app.domain.errors import UserError
    from app.services.session import open_client

    try:
        return open_client(profile)[1]
    except UserError:
        return None


def _live(args: argparse.Namespace) -> int:
    from app.services.live import live_service
    from app.services.session import Session

    language = cli_language()
    with Session.open(args.profile) as session:
        client = _client(args.profile)
        try:
            service = live_service(client, session.store.db)
            local = session.store.catalog.local_id_for("product", str(args.product_id))
            name = str(session.store.catalog.values(local).get("name") or "") if local else ""
            report = service.live(args.product_id, product_name=name)
        finally:
            if client is not None:
                client.close()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(render(msg("cli.live.title", name=report.product_name or "?", product=report.product_id), language))
    if report.offline:
        print(render(msg("cli.live.offline"), language))
    if not report.states:
        print(render(msg("cli.live.none"), language))
        return 0
    rows = [("DSP", "STATE", "SINCE", "TERRITORIES", "URL")] + [
        (s.dsp, s.state, (s.since or "")[:10], ",".join(s.territories), s.url or "") for s in report.states
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[4])
    if not report.playlists:
        print(render(msg("cli.live.no_playlists"), language))
        return 0
    print(render(msg("cli.live.playlists", n=len(report.playlists)), language))
    for p in report.playlists:
        print("  " + render(msg("cli.live.playlist", name=p.name, dsp=p.dsp, track=p.track or "?",
                                position=p.position if p.position is not None else "?",
                                followers=p.followers if p.followers is not None else "?",
                                added=(p.added_on or "?")[:10], url=p.url or ""), language).rstrip())
    return 0


def _tag(args: argparse.Namespace) -> int:
    from app.services.session import Session
    from app.services.tags import TagService

    language = cli_language()
    with Session.open(args.profile) as session:
        service = TagService(session.store.catalog, session.store.drafts)
        local = service.local_product(args.product_id)
        change = service.add(local, args.name) if args.action == "add" else service.remove(local, args.name)
    if not change.changed:
        print(render(msg("cli.tag.unchanged", product=args.product_id,
                         tags=", ".join(change.tags) or "-"), language))
        return 0
    code = "cli.tag.added" if args.action == "add" else "cli.tag.removed"
    print(render(msg(code, tag=" ".join(args.name.split()), product=args.product_id), language))
    return 0
