"""``releasedesk import`` / ``drafts`` / ``sync``: local drafts from release folders, and sending them.

``import`` works offline and sends nothing. ``sync`` prints one line per operation and a summary;
it exits 0 when everything was sent and 1 when something failed (it stays queued).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.domain.errors import UsageError
from app.domain.messages import Message, msg
from app.platform.messages import cli_language, render, render_text
from app.services.drafts import DraftsService
from app.services.importer import ImportService, parse_assignments
from app.services.session import Session, open_client
from app.services.sync import SyncService


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    if command == "import":
        parser.add_argument("folder", type=Path, help="the release folder: tagged FLAC/WAV files and a cover")
        parser.add_argument("--label", required=True, metavar="LABEL_ID",
                            help="the label's id on the server (or a local label id)")
        parser.add_argument("--language", metavar="ID", help="the product's language id (e.g. 5 Spanish)")
        parser.add_argument("--product-type", metavar="ID", help="the product type id (1 Album, 2 Single)")
        parser.add_argument("--set", action="append", default=[], metavar="ATTRIBUTE=VALUE",
                            help="set a product attribute by its API name, e.g. "
                                 "--set production-line=\"2026 Label\" (repeatable)")
        parser.add_argument("--no-check", action="store_true", help="skip the media QC of the files")
        parser.add_argument("--json", action="store_true", help="print the result as JSON")
    elif command == "drafts":
        parser.add_argument("--json", action="store_true", help="print the drafts as JSON")
        parser.add_argument("--discard", metavar="DRAFT_ID",
                            help="forget a draft: a new one is removed, an existing one loses its "
                                 "unsent changes (nothing is deleted on the server)")
    elif command == "sync":
        parser.add_argument("--quiet", action="store_true", help="print only the summary")
        parser.add_argument("--refresh", action="store_true",
                            help="then read the catalog from the server, as the app's Sync does")
    parser.add_argument("--profile", default="default", help="connection profile (default: default)")


def run(args: argparse.Namespace) -> int:
    if args.command == "import":
        return _import(args)
    if args.command == "drafts":
        return _drafts(args)
    return _sync(args)


def _import(args: argparse.Namespace) -> int:
    overrides = parse_assignments(args.set)
    with Session.open(args.profile) as session:
        result = ImportService.from_store(session.store).import_folder(
            args.folder, args.label, language_id=args.language, product_type_id=args.product_type,
            overrides=overrides, qc=not args.no_check)
        if args.json:
            document = result.to_json()
            # scripts read English sentences that name the option to use, and the codes beside them
            document["missing_messages"] = document["missing"]
            document["missing"] = [f"{m}; add {_how(m)}" if _how(m) else str(m) for m in result.missing]
            print(json.dumps(document, indent=2, ensure_ascii=False))
            return 0
        language = cli_language()
        cover: str | Message = result.cover.name if result.cover else msg("cli.import.no_cover")
        print(render(msg("cli.import.draft", draft=result.product_local_id, name=result.name,
                         n=len(result.tracks), cover=cover), language))
        for t in result.tracks:
            isrc = f" {t.isrc}" if t.isrc else ""
            print(f"  {t.volume_number}-{t.track_number:02d} {t.title}{isrc}  [{t.path.name}]")
        for path in result.skipped:
            print("  " + render(msg("cli.import.skipped", file=path.name), language))
        if result.missing:
            print(render(msg("cli.import.missing"), language))
            for line in result.missing:
                how = _how(line)
                print(f"  - {render(line, language)}" + (f" ({how})" if how else ""))
        else:
            print(render(msg("cli.import.nothing_missing"), language))
        if result.problems:
            print(render(msg("cli.import.media_check"), language))
            for path, problem in result.problems:
                sentence = render(problem.sentence, language)
                print(f"  {path.name}: {problem.severity.value} {problem.code}: {sentence}")
        elif not args.no_check:
            print(render(msg("cli.import.media_ok"), language))
        print(render(msg("cli.import.not_sent", command="releasedesk sync"), language))
        return 0


def _drafts(args: argparse.Namespace) -> int:
    with Session.open(args.profile) as session:
        language = cli_language()
        drafts = DraftsService(session.store.catalog, session.store.drafts, session.store.outbox)
        if args.discard:
            if not drafts.exists(args.discard):
                raise UsageError(msg("drafts.unknown", draft=args.discard))
            drafts.discard(args.discard)
            print(render(msg("cli.drafts.discarded", draft=args.discard), language))
            return 0
        lines = drafts.lines()
        if args.json:
            print(json.dumps({"pending_operations": drafts.pending_count(),
                              "drafts": [d.to_json() for d in lines]}, indent=2, ensure_ascii=False))
            return 0
        if not lines:
            print(render(msg("cli.drafts.none"), language))
            return 0
        for d in lines:
            server = "  " + render(msg("cli.drafts.on_server", id=d.server_id), language) \
                if d.server_id and d.state == "synced" else ""
            print(f"{d.state:<9} {d.kind:<8} {d.local_id:<24} {d.name}{server}")
            shown = [render_text(reason, language) for reason in d.reasons]
            for line in shown:
                print(f"          {line}")
            shown += [str(reason) for reason in d.reasons]
            for name, message in d.fields.items():
                if message not in shown:
                    field = name or render(msg("cli.drafts.product"), language)
                    print(f"          {field}: {message}")
        unsent = sum(1 for d in lines if d.state != "synced")
        queued = drafts.pending_count()
        print(render(msg("cli.drafts.summary", drafts=msg("cli.drafts.count", n=len(lines)),
                         unsent=msg("cli.drafts.unsent", n=unsent),
                         queued=msg("cli.drafts.queued", n=queued)), language))
        return 0


def _sync(args: argparse.Namespace) -> int:
    with Session.open(args.profile) as session:
        # the profile first: an unknown one is a slip (exit 2), even with nothing queued
        session.profile, session.client = open_client(args.profile)
        store = session.store
        service = SyncService(store.catalog, store.drafts, store.outbox, session.client)
        if DraftsService(store.catalog, store.drafts, store.outbox).pending_count() == 0:
            print(render(msg("cli.sync.nothing"), cli_language()))
            return _refresh(service) if args.refresh else 0

        language = cli_language()

        def out(line: Message) -> None:
            if not args.quiet:
                print(render(line, language), flush=True)

        report = service.send(on_line=out)
        summary = msg("cli.sync.summary", sent=report.sent, rejected=report.rejected,
                      conflicts=report.conflicts, failed=report.failed,
                      remaining=msg("cli.sync.remaining", n=report.remaining),
                      requests=msg("cli.sync.requests", n=report.requests),
                      seconds=round(float(report.seconds), 1))
        print(render(summary, language))
        if not report.ok:
            print(render(msg("cli.sync.see_drafts", command="releasedesk drafts"), language),
                  file=sys.stderr)
            return 1
        return _refresh(service) if args.refresh else 0


def _refresh(service: SyncService) -> int:
    """Read the catalog from the server into the local store (what the app's Sync does after sending)."""
    outcome = service.run(send=False)
    if outcome.refresh_error is not None:
        raise outcome.refresh_error
    refreshed = outcome.refreshed
    count = refreshed.products if refreshed is not None else 0
    print(render(msg("cli.sync.refreshed", n=count), cli_language()))
    return 0


def _how(missing: Message) -> str:
    """The option that fills in a missing product field (the service names the field, not the flag)."""
    if missing.code != "import.missing.field":
        return ""
    params = missing.params
    return {"language_id": "--language ID", "product_type_id": "--product-type ID"}.get(
        str(params.get("field")), f"--set {params.get('attribute')}=VALUE")
