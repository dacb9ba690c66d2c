"""``releasedesk review`` and ``releasedesk calendar``: what a store would bounce, and when releases go out.

``review`` exits 0 when nothing blocks and 1 when a finding is an error; ``--json`` prints
``{"findings": [{"code", "severity", "field", "message", "fix", "store", "kind", "ref"}]}``.
``calendar`` lists upcoming releases with their send dates and lead-time warnings; ``--ics FILE``
writes them as an iCalendar file; ``--send-date ID=YYYY-MM-DD`` plans a send date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from app.domain.errors import UsageError
from app.domain.messages import msg
from app.platform.messages import cli_language, render
from app.services.calendar import CalendarService
from app.services.review import ReviewService, finding_json
from app.services.session import Session, open_client

STORE_TITLES = {"all": "review.store.all", "apple": "review.store.apple", "spotify": "review.store.spotify"}


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    if command == "review":
        parser.add_argument("id", help="a draft id as 'releasedesk drafts' shows it, or a product id")
        parser.add_argument("--store", choices=("apple", "spotify", "all"), default="all",
                            help="only the rules of this store (and those all stores share)")
        parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    else:
        parser.add_argument("--ics", type=Path, metavar="FILE", help="write the calendar as an .ics file")
        parser.add_argument("--send-date", action="append", default=[], metavar="DRAFT_ID=YYYY-MM-DD",
                            help="plan the day a release is sent to the stores (repeatable; "
                                 "DRAFT_ID=none forgets it)")
        parser.add_argument("--since", metavar="YYYY-MM-DD", help="first release date shown (default today)")
        parser.add_argument("--json", action="store_true", help="print the releases as JSON")
    parser.add_argument("--profile", default="default", help="connection profile (default: default)")


def run(args: argparse.Namespace) -> int:
    return _review(args) if args.command == "review" else _calendar(args)


def _review(args: argparse.Namespace) -> int:
    if ":" not in args.id and not args.id.strip().isdigit():  # neither a draft id nor a product id
        raise UsageError(msg("review.unknown", id=args.id))
    with Session.open(args.profile) as session:
        if ":" not in args.id:  # a product on the server: review what the server has
            session.profile, session.client = open_client(args.profile)
        service = ReviewService.from_store(session.store, session.client)
        findings = service.review(args.id, store=args.store)
        if args.json:
            print(json.dumps({"id": args.id, "store": args.store,
                              "findings": [finding_json(f) for f in findings]},
                             indent=2, ensure_ascii=False))
            return 1 if any(f.blocks for f in findings) else 0
        language = cli_language()
        if not findings:
            print(render(msg("review.none"), language))
            return 0
        for store in ("all", "apple", "spotify"):
            group = [f for f in findings if f.store == store]
            if not group:
                continue
            print(render(msg(STORE_TITLES[store]), language))
            for f in group:
                where = f" [{f.ref}]" if f.ref else ""
                print(f"  {f.severity.value.upper():<7} {f.code}{where}: {render(f.sentence, language)}")
                if f.fix is not None:
                    print("          " + render(msg("review.fix", fix=f.fix.label), language))
        errors = sum(1 for f in findings if f.blocks)
        print(render(msg("review.summary", n=len(findings), errors=msg("review.errors", n=errors)),
                     language))
        return 1 if errors else 0


def _parse_day(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(msg("calendar.bad_date", value=text, what=what)) from None


def _calendar(args: argparse.Namespace) -> int:
    with Session.open(args.profile) as session:
        service = CalendarService.from_store(session.store)
        catalog = session.store.catalog
        for item in args.send_date:
            draft, sep, day = item.partition("=")
            draft = draft.strip()
            if not sep or not catalog.exists(draft) or catalog.kind_of(draft) != "product":
                raise UsageError(msg("calendar.bad_send_date", item=item))
            service.set_send_date(draft, None if day.strip().lower() == "none"
                                  else _parse_day(day, item))
        since = _parse_day(args.since, "--since") if args.since else None
        releases = service.releases(since=since)
        if args.ics:
            service.write_ics(args.ics, releases)
        if args.json:
            print(json.dumps({"releases": [r.to_json() for r in releases]}, indent=2, ensure_ascii=False))
            return 0
        language = cli_language()
        if not releases:
            print(render(msg("calendar.none"), language))
        for r in releases:
            send = r.send_date.isoformat() if r.send_date else "—"
            ident = r.server_id or r.product_local_id
            print(f"{r.release_date.isoformat()}  {send:<10}  {ident:<24} {r.name} — {r.artists}")
            for f in r.findings:
                print(f"            {f.severity.value.upper()} {f.code}: {render(f.sentence, language)}")
        if args.ics:
            print(render(msg("calendar.written", file=str(args.ics), n=len(releases)), language))
        return 0
