"""Schemathesis, generating requests from each sandbox's own /openapi.json, finds no server error, no
answer outside the document (status, body schema, content type): a fixed seed and a small budget here;
tests/benchmarks/bench_sandbox_fuzz.py runs the same with many more cases."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.sandbox.label_profiles import start_label_profiles_sandbox
from app.sandbox.runner import start_sandbox
from tests.sandbox.fuzzing import fuzz
from tests.sandbox.helpers import token_for

SEED = 20261206


@pytest.mark.slow
@pytest.mark.parametrize("dialect", ["limbo", "labelcamp"])
def test_schemathesis_finds_nothing_in_the_distributor_sandbox(dialect: str, tmp_path: Path) -> None:
    with start_sandbox(data_dir=tmp_path / "data", dialect=dialect, demo=True) as sb:
        headers = {"Authorization": f"Bearer {token_for(sb)}"}
        report = fuzz(sb.base_url, headers, examples=3, seed=SEED)
        assert report.operations > 100 and report.cases >= report.operations
        assert report.failures == [], "\n\n".join(report.failures)
        assert set(report.statuses) & {200, 201, 204} and max(report.statuses) < 500
        assert httpx_get_ok(sb.api_url + "/labels", headers)


@pytest.mark.slow
def test_schemathesis_finds_nothing_in_the_label_profiles_sandbox() -> None:
    sb = start_label_profiles_sandbox(demo=True)
    try:
        headers = {"Authorization": f"Bearer {sb.token}"}
        report = fuzz(sb.base_url, headers, examples=40, seed=SEED)
        assert report.operations == 5 and report.cases >= 5
        assert report.failures == [], "\n\n".join(report.failures)
        assert {200, 201} <= set(report.statuses) and max(report.statuses) < 500
        assert httpx_get_ok(sb.api_url + "/labels", headers)
    finally:
        sb.stop()


def httpx_get_ok(url: str, headers: dict[str, str]) -> bool:
    """A plain read after the fuzzing still answers."""
    return httpx.get(url, headers=headers).status_code == 200
