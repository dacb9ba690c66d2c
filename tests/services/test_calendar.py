"""The release calendar over a real catalog file: planned releases, lead-time warnings from the planned
send date, pre-order rules, and an .ics that parses back (RFC 5545 line endings, folding, escaping)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from app.domain.calendar import CalendarEvent, parse_ics, preorder_findings, to_ics
from app.services.calendar import CalendarService
from app.store import catalog_for_profile, open_catalog
from app.store.release_plans import ReleasePlans

TODAY = dt.date(2026, 3, 2)


def test_planned_releases_with_lead_time_and_ics_round_trip(tmp_path: Path) -> None:
    with open_catalog(tmp_path / "catalog.sqlite3") as store:
        label = store.catalog.ensure_cached("label", "7")
        soon = store.drafts.create_product(label, name="Night Drive; Part 1, Remixes",
                                           release_date="2026-03-06", artist=["Nova"])
        later = store.drafts.create_product(label, name="Day Drive", release_date="2026-04-10",
                                            artist=["Nova"])
        store.drafts.create_product(label, name="Old", release_date="2025-01-01", artist=["Nova"])
        store.drafts.create_product(label, name="Undated", artist=["Nova"])
        service = CalendarService(store.catalog, ReleasePlans(store.db), today=lambda: TODAY)
        service.set_send_date(soon, dt.date(2026, 3, 3))
        service.set_send_date(later, service.suggested_send_date(dt.date(2026, 4, 10)))
        releases = service.releases()
        assert [r.name for r in releases] == ["Night Drive; Part 1, Remixes", "Day Drive"]
        assert releases[0].lead_days == 3
        assert [f.code for f in releases[0].findings] == ["release.lead_time"]
        assert releases[1].send_date == dt.date(2026, 4, 3) and releases[1].findings == []
        text = service.ics(releases, now=dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "\n" not in text.replace("\r\n", "")
    events = parse_ics(text)
    assert [(e.day, e.summary) for e in events] == [
        (dt.date(2026, 3, 6), "Night Drive; Part 1, Remixes — release"),
        (dt.date(2026, 3, 3), "Night Drive; Part 1, Remixes — send to stores"),
        (dt.date(2026, 4, 10), "Day Drive — release"),
        (dt.date(2026, 4, 3), "Day Drive — send to stores")]
    assert len({e.uid for e in events}) == 4


def test_long_unicode_lines_fold_and_unfold() -> None:
    event = CalendarEvent("x@releasedesk", dt.date(2026, 1, 1), "Ünïcødé " * 20, "line one\nline two; a, b")
    text = to_ics([event], now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert parse_ics(text) == [event]


def test_preorder_rules() -> None:
    release, send = dt.date(2026, 5, 1), dt.date(2026, 4, 1)
    assert preorder_findings(release, None, send) == []
    assert preorder_findings(release, dt.date(2026, 4, 15), send) == []
    assert [f.severity.value for f in preorder_findings(release, dt.date(2026, 5, 2), send)] == ["error"]
    assert [f.severity.value for f in preorder_findings(release, dt.date(2026, 3, 30), send)] == ["error"]
    assert [f.severity.value for f in preorder_findings(release, dt.date(2026, 4, 3), send)] == ["warning"]


def test_calendar_cli_plans_a_send_date_and_writes_ics(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    store = catalog_for_profile("default")
    try:
        label = store.catalog.ensure_cached("label", "7")
        draft = store.drafts.create_product(label, name="Night Drive", release_date="2099-06-05",
                                            artist=["Nova"])
    finally:
        store.close()
    ics = tmp_path / "releases.ics"
    assert main(["calendar", "--send-date", f"{draft}=2099-06-01", "--ics", str(ics), "--json"]) == 0
    [release] = json.loads(capsys.readouterr().out)["releases"]
    assert release["send_date"] == "2099-06-01" and release["lead_days"] == 4
    assert release["findings"][0]["code"] == "release.lead_time"
    assert ics.read_bytes().count(b"\r\n") == ics.read_bytes().count(b"\n")
    assert {e.day for e in parse_ics(ics.read_bytes().decode("utf-8"))} == {
        dt.date(2099, 6, 5), dt.date(2099, 6, 1)}
    assert main(["calendar", "--send-date", "nope=2099-01-01"]) == 2
    assert "does not name a product draft" in capsys.readouterr().err
    # the review of that draft names the short lead time from the planned send date
    main(["review", draft, "--json"])
    codes = {f["code"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "release.lead_time" in codes


def test_an_unplanned_release_too_close_to_today_is_warned(tmp_path: Path) -> None:
    with open_catalog(tmp_path / "catalog.sqlite3") as store:
        label = store.catalog.ensure_cached("label", "7")
        store.drafts.create_product(label, name="Tomorrow", release_date="2026-03-03", artist=["Nova"])
        store.drafts.create_product(label, name="Later", release_date="2026-04-03", artist=["Nova"])
        service = CalendarService(store.catalog, ReleasePlans(store.db), today=lambda: TODAY)
        [soon, later] = service.releases()
    assert soon.send_date is None and [f.code for f in soon.findings] == ["release.lead_time"]
    assert later.findings == []


def test_calendar_cli_refuses_bad_input_in_one_sentence(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calendar", "--since", "next tuesday"]) == 2
    assert "“next tuesday” in --since is not a date" in capsys.readouterr().err
    assert main(["calendar", "--ics", str(tmp_path / "missing" / "x.ics")]) == 1
    err = capsys.readouterr().err
    assert "could not be written" in err and "Traceback" not in err
    assert main(["review", ""]) == 2
    assert "no draft or product" in capsys.readouterr().err
