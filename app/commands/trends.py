"""``releasedesk trends``: daily streams for a date range, summed by service, territory, track or
product, as a table or a CSV file. Runs :class:`~app.services.trends.TrendsService`, as the GUI's
Trends view does; without a connection it reads what an earlier run cached, and says so.
"""

from __future__ import annotations

import argparse
import csv
import sys

from app.domain.errors import UsageError, UserError
from app.domain.messages import msg
from app.domain.trends import DIMENSIONS, TrendScope, TrendTable, parse_day
from app.platform.messages import cli_language, render


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    parser.add_argument("--profile", default="default", help="connection profile (default: default)")
    parser.add_argument("--since", required=True, metavar="YYYY-MM-DD", help="first day")
    parser.add_argument("--until", required=True, metavar="YYYY-MM-DD", help="last day")
    parser.add_argument("--by", default="dsp", choices=DIMENSIONS,
                        help="sum streams by service (dsp), territory, track or product (default: dsp)")
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--product", default=None, metavar="ID", help="only this product (server id)")
    scope.add_argument("--artist", default=None, metavar="ID", help="only this artist's products")
    scope.add_argument("--label", default=None, metavar="ID", help="only this label's products")
    parser.add_argument("--csv", default=None, metavar="FILE",
                        help="write date,<by>,streams rows to FILE instead of a table")
    parser.add_argument("--offline", action="store_true", help="read only what was fetched before")


def _scope(args: argparse.Namespace) -> TrendScope:
    for kind in ("product", "artist", "label"):
        value = getattr(args, kind)
        if value is not None:
            if not (value.isascii() and value.isdigit()):
                raise UsageError(msg("trends.bad_scope", value=value))
            return TrendScope(kind, value)
    return TrendScope()


def run(args: argparse.Namespace) -> int:
    from app.services.session import Session, open_client
    from app.services.trends import TrendsService

    since, until = parse_day(args.since, "--since"), parse_day(args.until, "--until")
    scope = _scope(args)
    language = cli_language()
    with Session.open(args.profile) as session:
        client = None
        if not args.offline:
            try:
                _profile, client = open_client(args.profile)
            except UserError:
                client = None  # no saved login: the cache is all there is
        service = TrendsService.beside(session.store.db.path, client)
        try:
            table = service.load(scope, since, until, args.by, offline=args.offline or client is None)
        finally:
            service.close()
            if client is not None:
                client.close()
    if table.offline:
        stamp = _day(table.fetched_at)
        print(render(msg("trends.offline", date=stamp), language), file=sys.stderr)
    if args.csv:
        written = _write_csv(args.csv, table)
        print(render(msg("cli.trends.csv_written", n=written, file=args.csv), language))
        return 0
    if not table.series:
        print(render(msg("cli.trends.no_streams"), language))
        return 0
    _print_table(table)
    return 0


def _day(stamp: float | None) -> str:
    import datetime as dt

    return "?" if stamp is None else dt.datetime.fromtimestamp(stamp).date().isoformat()


def _write_csv(path: str, table: TrendTable) -> int:
    rows = 0
    try:
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["date", table.by, "streams"])
            for i, day in enumerate(table.days):
                for name, values in table.series.items():
                    writer.writerow([day.isoformat(), name, values[i]])
                    rows += 1
    except OSError as exc:
        raise UserError(msg("cli.trends.cannot_write", file=path, reason=exc.strerror or str(exc))) from None
    return rows


def _print_table(table: TrendTable) -> None:
    """Days down, one column per value of the dimension (busiest first), a total line at the end.
    The header names are tokens a script may read (the dimension's values as the server sends them)."""
    names = list(table.series)
    widths = [max(len(name), len(str(max(table.series[name]))), len(str(sum(table.series[name]))))
              for name in names]
    header = "DATE".ljust(10) + "".join("  " + n.rjust(w) for n, w in zip(names, widths, strict=True))
    print(header)
    for i, day in enumerate(table.days):
        cells = "".join("  " + str(table.series[n][i]).rjust(w) for n, w in zip(names, widths, strict=True))
        print(day.isoformat() + cells)
    totals = "".join("  " + str(sum(table.series[n])).rjust(w) for n, w in zip(names, widths, strict=True))
    print("TOTAL".ljust(10) + totals)
