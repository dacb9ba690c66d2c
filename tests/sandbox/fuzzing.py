"""Schemathesis against a running sandbox: shared by the test suite (small, fixed budget) and the deeper
benchmark run (tests/benchmarks/bench_sandbox_fuzz.py)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import hypothesis
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


@dataclass
class FuzzReport:
    operations: int = 0
    cases: int = 0
    failures: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0


def fuzz(base_url: str, headers: dict[str, str], *, examples: int, seed: int,
         deadline: float | None = None) -> FuzzReport:
    """Every operation of ``base_url``/openapi.json, ``examples`` generated cases each (fixed ``seed``)
    that fit the document and as many that do not (negative mode: wrong types, missing fields), each
    answer checked; failures are collected, never raised, so one run shows all."""
    schema = schemathesis.openapi.from_url(base_url + "/openapi.json")
    report = FuzzReport()
    start = time.monotonic()
    for result in schema.get_all_operations():
        operation = result.ok()
        report.operations += 1
        if deadline is not None and time.monotonic() - start > deadline:
            report.failures.append(f"{operation.label}: not run, the time budget was spent")
            continue
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _fuzz_operation(operation, mode, base_url, headers, examples, seed, report)
    report.seconds = time.monotonic() - start
    return report


def _fuzz_operation(operation: Any, mode: GenerationMode, base_url: str, headers: dict[str, str],
                    examples: int, seed: int, report: FuzzReport) -> None:
    seen: set[str] = set()

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck), print_blob=False)
    @hypothesis.seed(seed)
    def run(case: Any) -> None:
        report.cases += 1
        try:
            response = case.call(base_url=base_url, headers=headers, timeout=30)
            report.statuses[response.status_code] = report.statuses.get(response.status_code, 0) + 1
            case.validate_response(response, checks=CHECKS)
        except Exception as exc:  # a failed check: keep the first of each kind per operation
            text = str(exc)
            kind = f"{type(exc).__name__}: {text.splitlines()[0] if text else ''}"
            if kind not in seen:
                seen.add(kind)
                report.failures.append(
                    f"{operation.label} ({mode.value}): {text[:1500]}\n  {case.as_curl_command()}"
                )

    run()
