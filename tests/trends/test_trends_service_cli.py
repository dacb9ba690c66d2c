"""The trends service and ``releasedesk trends`` against the sandbox: extract, poll, download, parse,
sums by dimension equal to the CSV's own, the cache read offline, the CLI's columns."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from app.api.client import ApiClient
from app.cli import main
from app.domain.errors import UserError
from app.domain.trends import TrendScope
from app.platform.paths import profile_dir
from app.sandbox.runner import RunningSandbox
from app.services.trends import TrendsService, parse_csv
from tests.trends.conftest import yesterday


def _service(client: ApiClient | None) -> TrendsService:
    return TrendsService.beside(profile_dir("default") / "catalog.sqlite3", client, poll_interval=0.05)


def _raw_rows(client: ApiClient, since: dt.date, until: dt.date, **scope: str) -> list:
    job = client.create_extract("daily-trends", {"start-date": since.isoformat(),
                                                 "end-date": until.isoformat(), **scope})
    while job.result_url is None:
        job = client.get_extract(job.id)
    chunks: list[bytes] = []
    client.download(job.result_url, chunks.append)
    return list(parse_csv(iter(chunks)))


def test_fetch_sums_by_every_dimension_like_the_csv(client: ApiClient) -> None:
    until = yesterday()
    since = until - dt.timedelta(days=89)
    raw = _raw_rows(client, since, until)
    service = _service(client)
    try:
        result = service.fetch(TrendScope(), since, until)
        assert result.rows == len(raw) > 0
        dsp = service.table(TrendScope(), since, until, "dsp")
        assert len(dsp.days) == 90 and dsp.days[0] == since and dsp.days[-1] == until
        expected = Counter()
        for row in raw:
            expected[row.dsp] += row.streams
        assert {name: sum(values) for name, values in dsp.series.items()} == dict(expected)
        assert list(dsp.series)[0] == "Spotify"  # busiest first
        for by, key in (("territory", "territory"), ("track", "track_id"), ("product", "product_id")):
            table = service.table(TrendScope(), since, until, by)
            sums = Counter()
            for row in raw:
                sums[getattr(row, key)] += row.streams
            assert {name: sum(v) for name, v in table.series.items()} == dict(sums), by
            assert table.total() == dsp.total()
        day = until - dt.timedelta(days=3)
        on_day = sum(r.streams for r in raw if r.day == day and r.dsp == "Deezer")
        assert dsp.series["Deezer"][dsp.days.index(day)] == on_day
    finally:
        service.close()


def test_scopes_product_and_label(client: ApiClient) -> None:
    until = yesterday()
    since = until - dt.timedelta(days=29)
    service = _service(client)
    try:
        product = service.load(TrendScope("product", "1"), since, until, "track")
        raw = _raw_rows(client, since, until, **{"product-id": "1"})
        assert {r.product_id for r in raw} == {"1"}
        assert product.total() == sum(r.streams for r in raw) > 0 and not product.offline
        label = service.load(TrendScope("label", "1"), since, until, "product")
        assert "1" in label.series and len(label.series) >= 3
        catalog = service.load(TrendScope(), since, until, "product")
        assert set(label.series) < set(catalog.series)
    finally:
        service.close()


def test_offline_reads_the_cache_and_says_so(client: ApiClient, trends_sandbox: RunningSandbox) -> None:
    until = yesterday()
    since = until - dt.timedelta(days=13)
    service = _service(client)
    online = service.load(TrendScope("artist", "1"), since, until, "dsp")
    service.close()
    assert not online.offline and online.total() > 0
    trends_sandbox.stop()
    service = _service(client)
    try:
        offline = service.load(TrendScope("artist", "1"), since, until, "dsp")
        assert offline.offline and offline.series == online.series and offline.fetched_at is not None
        with pytest.raises(UserError) as never:
            service.load(TrendScope("label", "2"), since, until, "dsp")
        assert never.value.sentence.code == "trends.nothing_cached"
    finally:
        service.close()


def test_cli_table_csv_and_offline(client: ApiClient, trends_sandbox: RunningSandbox, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    until = yesterday()
    since = until - dt.timedelta(days=6)
    args = ["trends", "--since", since.isoformat(), "--until", until.isoformat()]
    assert main([*args, "--by", "dsp"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["DATE", "Spotify"] and len(out) == 1 + 7 + 1
    assert out[1].startswith(since.isoformat()) and out[-1].startswith("TOTAL")
    for by in ("dsp", "territory", "track"):
        target = tmp_path / f"{by}.csv"
        assert main([*args, "--by", by, "--product", "1", "--csv", str(target)]) == 0
        with target.open(newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert list(rows[0]) == ["date", by, "streams"]
        assert {r["date"] for r in rows} == {(since + dt.timedelta(days=i)).isoformat() for i in range(7)}
        assert sum(int(r["streams"]) for r in rows) > 0
    capsys.readouterr()
    trends_sandbox.stop()
    assert main([*args, "--by", "territory", "--product", "1", "--csv", str(tmp_path / "off.csv")]) == 0
    captured = capsys.readouterr()
    assert "Offline: showing the trends cached on" in captured.err
    assert (tmp_path / "off.csv").read_text() == (tmp_path / "territory.csv").read_text()
    assert main(["trends", "--since", "2026-13-01", "--until", "2026-01-01"]) == 2
    assert "--since" in capsys.readouterr().err


def test_a_failing_server_falls_back_to_the_cache_and_a_lost_answer_is_asked_again(
        client: ApiClient, trends_sandbox: RunningSandbox) -> None:
    until = yesterday()
    since = until - dt.timedelta(days=6)
    service = _service(client)
    try:
        first = service.load(TrendScope("product", "2"), since, until, "territory")
        trends_sandbox.inject_fault("POST", r"/extracts$", status=503, count=20)
        cached = service.load(TrendScope("product", "2"), since, until, "territory")
        assert cached.offline and cached.series == first.series
        trends_sandbox.clear_faults()
        # The first answer is lost after the server made the job: the client asks once more.
        trends_sandbox.inject_fault("POST", r"/extracts$", status=0, count=1, when="after")
        again = service.load(TrendScope("product", "2"), since, until, "territory")
        assert not again.offline and again.series == first.series
    finally:
        service.close()
