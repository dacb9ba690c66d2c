"""``releasedesk deliver`` and ``releasedesk deliveries``: the delivery sequence for pipelines.

``deliver`` runs :class:`~app.services.delivery.DeliveryService` (the same code the GUI's deliver
dialog runs), prints each step, and with ``--wait`` prints each DSP's status changes until every task
is terminal: exit 0 when every task completed, 1 otherwise. ``deliveries`` lists send tasks, and with
``--watch`` follows the unfinished ones the same way.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.domain.errors import UsageError
from app.domain.messages import Message, msg
from app.platform.messages import cli_language, render

DELIVERY_TYPES = ("delivery", "update", "redelivery", "delete")


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    parser.add_argument("--profile", default="default", help="connection profile (default: default)")
    parser.add_argument("--poll-interval", type=float, default=2.0, metavar="SECONDS",
                        help="first interval between status checks; it grows while nothing changes")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="stop waiting after this long (exit 1)")
    if command == "deliveries":
        parser.add_argument("--product", default=None, metavar="ID", help="only this product's tasks")
        parser.add_argument("--status", default=None, help="only tasks in this status (e.g. error)")
        parser.add_argument("--watch", action="store_true",
                            help="follow the unfinished tasks until each completes or fails")
        return
    parser.add_argument("product_ids", metavar="PRODUCT_ID", nargs="*",
                        help="the products' server ids; more than one go through one send-task factory")
    parser.add_argument("--tag", default=None, metavar="NAME",
                        help="every product carrying this tag (through one send-task factory)")
    parser.add_argument("--comments", default=None, metavar="TEXT", help="a note kept with a factory")
    parser.add_argument("--dsp", action="append", default=[], metavar="NAME", required=True,
                        help="a DSP to deliver to, by name (repeat for several: one task each)")
    parser.add_argument("--release-date", default=None, metavar="YYYY-MM-DD")
    parser.add_argument("--preorder-date", default=None, metavar="YYYY-MM-DD")
    parser.add_argument("--subgenre", default=None, metavar="NAME")
    parser.add_argument("--subgenre2", default=None, metavar="NAME")
    parser.add_argument("--territories", default="WW", metavar="WW|CODE,...",
                        help="where the right applies: WW (worldwide) or ISO codes like FR,BE")
    parser.add_argument("--type", dest="delivery_type", default="delivery", choices=DELIVERY_TYPES)
    parser.add_argument("--priority", default="normal", choices=("normal", "urgent", "next"))
    parser.add_argument("--confirm-next", action="store_true",
                        help="confirm priority 'next' (skips checks, spends the daily quota)")
    parser.add_argument("--send-date", default=None, metavar="'YYYY-MM-DD HH:MM:SS'",
                        help="hold the delivery until then")
    parser.add_argument("--wait", action="store_true",
                        help="follow each DSP's status until it completes or fails")


def run(args: argparse.Namespace) -> int:
    from app.services.session import open_client

    if args.poll_interval <= 0:
        raise UsageError(msg("cli.poll_interval"))
    _profile, client = open_client(args.profile)
    with client:
        if args.command == "deliveries":
            return _deliveries(client, args)
        if not args.product_ids and not args.tag:
            raise UsageError(msg("bulk.no_products"))
        if args.tag or len(args.product_ids) > 1:
            return _deliver_many(client, args)
        args.product_id = args.product_ids[0]
        return _deliver(client, args)


def _out(text: str) -> None:
    print(text, flush=True)


def _deliver(client: Any, args: argparse.Namespace) -> int:
    from app.services.delivery import (
        DeliveryRequest,
        DeliveryService,
        StatusPoller,
        profile_media,
        task_reason,
    )

    service = DeliveryService(client)
    request = DeliveryRequest(
        product_id=args.product_id, dsps=list(args.dsp), release_date=args.release_date,
        preorder_date=args.preorder_date, subgenre=args.subgenre, subgenre2=args.subgenre2,
        territories=[t for t in args.territories.split(",") if t.strip()] or ["WW"],
        delivery_type=args.delivery_type, priority=args.priority, send_date=args.send_date,
        confirm_next=args.confirm_next)
    if args.priority == "next":
        used = service.next_quota_used()
        from app.services.delivery import NEXT_DAILY_QUOTA

        _out(render(msg("cli.deliver.next_quota", used=used, quota=NEXT_DAILY_QUOTA), cli_language()))
    # masters this machine synced are checked too (media QC folds into readiness)
    media = profile_media(args.profile, args.product_id) if args.delivery_type != "delete" else {}
    language = cli_language()
    result = service.deliver(request, on_step=lambda s: _out(render(s.sentence, language)), media=media)
    if result.blocked:
        for finding in result.findings:
            severity = render(msg(f"severity.{finding.severity.value}"), cli_language())
            _out(f"  {severity}: {render(finding.sentence, cli_language())}")
        print(f"releasedesk: {render(msg('cli.deliver.not_delivered'), language)}", file=sys.stderr)
        return 1
    names = service.dsp_names_by_dui()
    for task in result.tasks:
        reason = task_reason(task) if task.status in ("error", "stuck") else ""
        status: str | Message = task.status or msg("cli.deliver.created")
        _out(render(msg("cli.deliver.task_reason" if reason else "cli.deliver.task",
                        dsp=names.get(str(task.dsp_upload_identification_id), "?"), task=str(task.id),
                        status=status, **({"reason": reason} if reason else {})), language))
    if not args.wait:
        return 0
    poller = StatusPoller(client, result.tasks, min_interval=args.poll_interval,
                          max_interval=max(args.poll_interval, 15.0))
    final = _follow(poller, names, args.timeout)
    tasks = {str(t.id): t for t in result.tasks}
    tasks.update(final)
    return 0 if tasks and all(t.status == "completed" for t in tasks.values()) else 1


def _deliver_many(client: Any, args: argparse.Namespace) -> int:
    """Several products (or a tag's): one factory of product x DSP tasks, then the same watching."""
    from app.domain.errors import UserError
    from app.services.bulk import BulkService
    from app.services.delivery import NEXT_DAILY_QUOTA, DeliveryService, StatusPoller

    language = cli_language()
    if args.priority == "next" and not args.confirm_next:
        raise UsageError(msg("delivery.next_unconfirmed", quota=NEXT_DAILY_QUOTA))
    bulk = BulkService(client)
    products = bulk.products(args.product_ids) if args.product_ids else []
    if args.tag:
        tagged = bulk.products_with_tag(args.tag)
        if not tagged:
            raise UserError(msg("bulk.no_tagged", tag=args.tag))
        known = {str(p.id) for p in products}
        products += [p for p in tagged if str(p.id) not in known]
    plan = bulk.plan(products, list(args.dsp), args.delivery_type, priority=args.priority,
                     comments=args.comments, send_date=args.send_date)
    _out(render(msg("cli.bulk.plan", n=plan.task_count, type=args.delivery_type,
                    products=", ".join(p.name or str(p.id) for p in products[:5])
                    + (f" (+{len(products) - 5})" if len(products) > 5 else ""),
                    dsps=", ".join(t.dsp_name for t in plan.targets)), language))
    if args.priority == "next":
        used = DeliveryService(client).next_quota_used()
        _out(render(msg("cli.deliver.next_quota", used=used, quota=NEXT_DAILY_QUOTA), language))
    factory = bulk.create(plan)
    _out(render(msg("cli.bulk.created", factory=str(factory.id), **factory.counts()), language))
    tasks = bulk.tasks(str(factory.id))
    names = {t.dui_id: t.dsp_name for t in plan.targets}
    final = {str(t.id): t for t in tasks}
    if args.wait:
        poller = StatusPoller(client, tasks, min_interval=args.poll_interval,
                              max_interval=max(args.poll_interval, 15.0))
        final.update(_follow(poller, names, args.timeout))
    for result in bulk.results(products, final.values()):
        _out(render(msg("cli.bulk.product", name=result.name, product=result.product_id,
                        status=result.status), language))
        for task in result.tasks:
            if task.status in ("error", "stuck"):
                _out("  " + render(msg("cli.bulk.problem", name=result.name, product=result.product_id,
                                       dsp=names.get(str(task.dsp_upload_identification_id), "?"),
                                       status=str(task.status), reason=bulk.reason(task)), language))
    if not args.wait:
        return 0
    return 0 if final and all(t.status == "completed" for t in final.values()) else 1


def _follow(poller: Any, names: dict[str, str], timeout: float | None) -> dict[str, Any]:
    """Print each status change until every task is terminal; returns the last seen tasks."""
    from app.services.delivery import task_reason, wait_for

    seen: dict[str, Any] = {}
    language = cli_language()

    def show(change: Any) -> None:
        task = change.task
        seen[str(task.id)] = task
        reason = task_reason(task) if task.status in ("error", "stuck") else ""
        old: str | Message = change.old_status or msg("cli.deliver.new")
        _out(render(msg("cli.deliver.change_reason" if reason else "cli.deliver.change",
                        dsp=names.get(str(task.dsp_upload_identification_id), "?"), task=str(task.id),
                        old=old, new=str(task.status), **({"reason": reason} if reason else {})),
                    language))

    wait_for(poller, show, timeout=timeout)
    if not poller.done:
        left = ", ".join(sorted(poller.watching))
        stopped = msg("cli.deliver.stopped", n=len(poller.watching), tasks=left,
                      command="releasedesk deliveries --watch")
        print(f"releasedesk: {render(stopped, language)}", file=sys.stderr)
    return seen


def _deliveries(client: Any, args: argparse.Namespace) -> int:
    from app.services.delivery import DeliveryService, StatusPoller, task_reason

    service = DeliveryService(client)
    tasks = service.send_tasks(args.product, status=args.status)
    names = service.dsp_names_by_dui()
    if not tasks:
        none = msg("cli.deliveries.none_for", product=args.product) if args.product \
            else msg("cli.deliveries.none")
        _out(render(none, cli_language()))
        return 0
    header = ("TASK", "PRODUCT", "DSP", "TYPE", "PRIORITY", "STATUS", "UPDATED", "REASON")
    rows = [header] + [
        (str(t.id), str(t.product_id or ""), names.get(str(t.dsp_upload_identification_id), "?"),
         t.delivery_type or "", t.priority or "", t.status or "", (t.updated_at or "")[:19],
         task_reason(t) if t.status in ("error", "stuck") else "")
        for t in tasks]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header) - 1)]
    for row in rows:
        _out("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1])
    if not args.watch:
        return 0
    poller = StatusPoller(client, tasks, min_interval=args.poll_interval,
                          max_interval=max(args.poll_interval, 15.0))
    if poller.done:
        _out(render(msg("cli.deliveries.finished"), cli_language()))
        return 0 if all(t.status == "completed" for t in tasks) else 1
    final = {str(t.id): t for t in tasks}
    final.update(_follow(poller, names, args.timeout))
    return 0 if all(t.status == "completed" for t in final.values()) else 1
