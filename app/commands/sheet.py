"""``releasedesk sheet export FILE`` / ``sheet import FILE``: the catalog as a spreadsheet.

``export`` writes every product, offer, track and writer of the catalog (or of one label) to an
.xlsx or .csv file. ``import`` compares the file with the catalog, prints every change and every
error by row and column, and applies the changes as drafts (sent by the next sync) only when no row
is wrong; ``--dry-run`` applies nothing. Exit 1 when any cell is refused (docs/SHEET.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.domain.messages import msg
from app.platform.messages import cli_language, render
from app.services.session import Session
from app.services.sheet import SheetService


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar="export|import")
    export = sub.add_parser("export", help="write the catalog to FILE.xlsx or FILE.csv")
    export.add_argument("file", type=Path, help="the file to write (.xlsx or .csv)")
    export.add_argument("--label", metavar="ID", help="only this label (its id on the server, or a local id)")
    imp = sub.add_parser("import", help="apply the edits of a sheet exported before")
    imp.add_argument("file", type=Path, help="the .xlsx or .csv file")
    imp.add_argument("--dry-run", action="store_true", help="list the changes and errors, apply nothing")
    imp.add_argument("--json", action="store_true", help="print {\"changes\": N, \"errors\": [...]} as JSON")
    for p in (export, imp):
        p.add_argument("--profile", default="default", help="connection profile (default: default)")


def run(args: argparse.Namespace) -> int:
    language = cli_language()
    with Session.open(args.profile) as session:
        store = session.store
        service = SheetService(store.catalog, store.drafts, store.credits)
        if args.action == "export":
            count = service.export(args.file, args.label)
            print(render(msg("sheet.exported", n=count, path=str(args.file)), language))
            return 0
        report = service.import_file(args.file, dry_run=args.dry_run)
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
        return 1 if report.errors else 0
    for change in report.changes:
        print(f"{change.row}:{change.column}  " + render(change.sentence(), language))
    for error in report.errors:
        print(render(msg("sheet.error_line", row=error.row, column=error.column,
                         message=error.message), language))
    if report.errors:
        print(render(msg("sheet.errors", n=len(report.errors)), language))
        return 1
    key = "sheet.applied" if report.applied else "sheet.changes"
    print(render(msg(key, n=len(report.changes)), language))
    return 0
