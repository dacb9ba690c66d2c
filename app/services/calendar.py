"""The release calendar: planned releases from the products' release dates (drafts included), their
planned send dates (kept locally), lead-time warnings, and the ``.ics`` export.

Both faces use it: ``releasedesk calendar [--ics FILE]`` and the calendar view (app/ui/calendar/).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.calendar import (
    LEAD_DAYS,
    CalendarEvent,
    event_uid,
    lead_time_findings,
    parse_date,
    to_ics,
)
from app.domain.errors import UserError
from app.domain.findings import Finding
from app.domain.messages import msg
from app.store.release_plans import ReleasePlans

if TYPE_CHECKING:
    from app.store.catalog import CatalogCache
    from app.store.catalog_store import CatalogStore

PAGE = 500


@dataclass(frozen=True)
class PlannedRelease:
    product_local_id: str
    server_id: str | None
    name: str
    artists: str
    upc: str | None
    status: str | None
    draft: bool  # not yet on the server
    release_date: dt.date
    send_date: dt.date | None  # planned; None: not planned yet
    findings: list[Finding] = field(default_factory=list)

    @property
    def lead_days(self) -> int | None:
        return None if self.send_date is None else (self.release_date - self.send_date).days

    def to_json(self) -> dict[str, object]:
        return {"product": self.server_id, "draft": self.product_local_id, "name": self.name,
                "artists": self.artists, "upc": self.upc, "status": self.status,
                "release_date": self.release_date.isoformat(),
                "send_date": None if self.send_date is None else self.send_date.isoformat(),
                "lead_days": self.lead_days,
                "findings": [{"code": f.code, "severity": f.severity.value, "message": f.message}
                             for f in self.findings]}


class CalendarService:
    @classmethod
    def from_store(cls, store: CatalogStore) -> CalendarService:
        return cls(store.catalog, ReleasePlans(store.db))

    def __init__(self, catalog: CatalogCache, plans: ReleasePlans, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self.catalog = catalog
        self.plans = plans
        self._today = today

    def releases(self, *, since: dt.date | None = None, until: dt.date | None = None) -> list[PlannedRelease]:
        """Every product with a release date from ``since`` (default: today) to ``until``, by date."""
        start = since or self._today()
        sends = self.plans.send_dates()
        out: list[PlannedRelease] = []
        for label in self.catalog.labels():
            offset = 0
            while True:
                rows = self.catalog.products(label.local_id, offset=offset, limit=PAGE)
                for row in rows:
                    day = parse_date(row.release_date)
                    if day is None or day < start or (until is not None and day > until):
                        continue
                    send = sends.get(row.local_id)
                    # not planned and not yet delivered: it can go out today at the earliest
                    earliest = send or (self._today() if row.delivery_state is None else None)
                    findings = lead_time_findings(day, earliest, ref=row.server_id) if earliest else []
                    out.append(PlannedRelease(
                        row.local_id, row.server_id, row.name, row.artists, row.upc, row.status,
                        row.server_id is None, day, send, findings))
                if len(rows) < PAGE:
                    break
                offset += PAGE
        out.sort(key=lambda r: (r.release_date, r.name.casefold()))
        return out

    def set_send_date(self, product_local_id: str, day: dt.date | None) -> None:
        self.plans.set_send_date(product_local_id, day)

    def suggested_send_date(self, release_date: dt.date) -> dt.date:
        """The latest send date that still leaves the editorial lead time (never in the past)."""
        return max(self._today(), release_date - dt.timedelta(days=LEAD_DAYS))

    def events(self, releases: list[PlannedRelease]) -> list[CalendarEvent]:
        events: list[CalendarEvent] = []
        for r in releases:
            key = r.server_id or r.product_local_id
            details = " · ".join(x for x in (r.artists, f"UPC {r.upc}" if r.upc else "") if x)
            events.append(CalendarEvent(event_uid("release", key), r.release_date,
                                        f"{r.name} — release", details))
            if r.send_date is not None:
                events.append(CalendarEvent(event_uid("send", key), r.send_date,
                                            f"{r.name} — send to stores", details))
        return events

    def ics(self, releases: list[PlannedRelease], *, now: dt.datetime | None = None) -> str:
        return to_ics(self.events(releases), now=now or dt.datetime.now(dt.UTC))

    def write_ics(self, path: Path, releases: list[PlannedRelease]) -> None:
        try:
            Path(path).write_text(self.ics(releases), encoding="utf-8", newline="")
        except OSError as exc:
            raise UserError(msg("calendar.write_failed", file=str(path),
                                reason=exc.strerror or str(exc))) from None
