"""Trends: what an extract asks for and what the app reads back (docs/API.md, "Choices: trends")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.domain.errors import UsageError
from app.domain.messages import msg

SCOPE_KINDS = ("catalog", "product", "artist", "label")
DIMENSIONS = ("dsp", "territory", "track", "product")
MAX_RANGE_DAYS = 731  # what one extract covers (trend-3)


@dataclass(frozen=True)
class TrendScope:
    """Whose streams: the whole catalog, or one product, artist or label (by server id)."""

    kind: str = "catalog"
    id: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in SCOPE_KINDS or (self.kind == "catalog") != (self.id is None):
            raise ValueError(f"bad trend scope {self.kind}/{self.id}")

    @property
    def key(self) -> str:
        return self.kind if self.id is None else f"{self.kind}:{self.id}"

    def attributes(self) -> dict[str, str]:
        return {} if self.id is None else {f"{self.kind}-id": self.id}


@dataclass(frozen=True)
class ExtractJob:
    """An extract as the server describes it."""

    id: str
    status: str
    result_url: str | None


@dataclass(frozen=True)
class TrendRow:
    """One row of a daily-trends CSV."""

    day: dt.date
    product_id: str
    upc: str
    track_id: str
    isrc: str
    dsp: str
    territory: str
    streams: int


@dataclass
class TrendTable:
    """Streams per day per value of one dimension: ``series[name][i]`` is the day ``days[i]``."""

    by: str
    days: list[dt.date]
    series: dict[str, list[int]] = field(default_factory=dict)
    offline: bool = False
    fetched_at: float | None = None  # when the newest cached extract for this scope was read

    def total(self) -> int:
        return sum(sum(values) for values in self.series.values())


def parse_day(text: str, what: str) -> dt.date:
    """A YYYY-MM-DD date, or a UsageError naming ``what``."""
    try:
        if len(text) != 10:
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(msg("trends.bad_date", field=what, value=text)) from None


def check_range(since: dt.date, until: dt.date) -> None:
    if until < since:
        raise UsageError(msg("trends.range_reversed", since=since.isoformat(), until=until.isoformat()))
    if (until - since).days + 1 > MAX_RANGE_DAYS:
        raise UsageError(msg("trends.range_too_long", days=MAX_RANGE_DAYS))
