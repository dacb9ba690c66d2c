"""The release calendar's rules and its iCalendar (RFC 5545) form; pure and stdlib only.

Rules (docs/STYLE-RULES.md#calendar): a release date fewer than :data:`LEAD_DAYS` days after the send
(delivery) date leaves the stores no time for an editorial pitch (``release.lead_time``, the same code
readiness uses); a pre-order must start after the send date, at least :data:`PREORDER_LEAD_DAYS` days
after it, and before the release date (``release.preorder``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.findings import Finding, warning
from app.domain.findings import error as error_finding
from app.domain.messages import msg

LEAD_DAYS = 7
PREORDER_LEAD_DAYS = 7


def parse_date(value: str | None) -> dt.date | None:
    """The day a date field holds (its first 10 characters, ``YYYY-MM-DD``; a server may send a full
    timestamp), or None when it is empty or not a date."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def lead_time_findings(release_date: dt.date, send_date: dt.date, *, ref: str | None = None,
                       lead_days: int = LEAD_DAYS) -> list[Finding]:
    lead = (release_date - send_date).days
    if lead < 0:
        return [warning("release.lead_time", msg("release.lead_time.past",
                                                 release_date=release_date.isoformat(),
                                                 delivery_date=send_date.isoformat()),
                        field="release_date", ref=ref)]
    if lead < lead_days:
        return [warning("release.lead_time", msg("release.lead_time.short",
                                                 release_date=release_date.isoformat(), n=lead,
                                                 delivery_date=send_date.isoformat(),
                                                 lead_days=lead_days),
                        field="release_date", ref=ref)]
    return []


def preorder_findings(release_date: dt.date, preorder_date: dt.date | None, send_date: dt.date, *,
                      ref: str | None = None) -> list[Finding]:
    if preorder_date is None:
        return []
    if preorder_date >= release_date:
        return [error_finding("release.preorder", msg("release.preorder.after_release",
                                                      preorder=preorder_date.isoformat(),
                                                      release_date=release_date.isoformat()),
                              field="preorder_date", kind="offer", ref=ref)]
    gap = (preorder_date - send_date).days
    if gap < 0:
        return [error_finding("release.preorder", msg("release.preorder.before_send",
                                                      preorder=preorder_date.isoformat(),
                                                      send_date=send_date.isoformat()),
                              field="preorder_date", kind="offer", ref=ref)]
    if gap < PREORDER_LEAD_DAYS:
        return [warning("release.preorder", msg("release.preorder.short", n=gap,
                                                preorder=preorder_date.isoformat(),
                                                minimum=PREORDER_LEAD_DAYS),
                        field="preorder_date", kind="offer", ref=ref)]
    return []


# ------------------------------------------------------------------------------------ iCalendar

@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    day: dt.date
    summary: str
    description: str = ""


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _fold(line: str) -> list[str]:
    """RFC 5545 3.1: lines of at most 75 octets, continued with a leading space (never inside a
    UTF-8 sequence)."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += width
    out.append(current)
    return out


def event_uid(*parts: str) -> str:
    digest = hashlib.sha1("/".join(parts).encode("utf-8")).hexdigest()[:20]
    return f"{digest}@releasedesk"


def to_ics(events: Sequence[CalendarEvent], *, now: dt.datetime, name: str = "Releasedesk") -> str:
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Releasedesk//Release calendar//EN",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_escape(name)}"]
    for event in events:
        lines += ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{event.day.strftime('%Y%m%d')}",
                  f"DTEND;VALUE=DATE:{(event.day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
                  f"SUMMARY:{_escape(event.summary)}", "TRANSP:TRANSPARENT"]
        if event.description:
            lines.append(f"DESCRIPTION:{_escape(event.description)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))


def parse_ics(text: str) -> list[CalendarEvent]:
    """Read the events back (unfolding and unescaping as RFC 5545 says); for round trips."""
    unfolded: list[str] = []
    for raw in re.split(r"\r?\n", text):
        if raw.startswith((" ", "\t")) and unfolded:
            unfolded[-1] += raw[1:]
        elif raw:
            unfolded.append(raw)
    events: list[CalendarEvent] = []
    current: dict[str, str] | None = None
    for line in unfolded:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT" and current is not None:
            day = dt.datetime.strptime(current["DTSTART"], "%Y%m%d").date()
            events.append(CalendarEvent(current["UID"], day, _unescape(current.get("SUMMARY", "")),
                                        _unescape(current.get("DESCRIPTION", ""))))
            current = None
        elif current is not None:
            key, _, value = line.partition(":")
            current[key.split(";")[0]] = value
    return events
