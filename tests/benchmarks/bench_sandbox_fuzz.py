"""The deeper Schemathesis run: every operation of each sandbox's /openapi.json (limbo, Labelcamp, label
profiles) with many generated cases, checks for server errors, response schemas, status codes and
content types. The suite runs the same with a handful of cases (tests/sandbox/test_openapi_fuzz.py).

``RELEASEDESK_BENCH_FUZZ_EXAMPLES`` sets the cases per operation (default 60; label profiles get ten
times as many, having 5 operations), ``RELEASEDESK_BENCH_FUZZ_SEED`` the random seed, and each sandbox's run
stops starting new operations after ``RELEASEDESK_BENCH_FUZZ_SECONDS`` (default 900).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.sandbox.label_profiles import start_label_profiles_sandbox
from app.sandbox.runner import start_sandbox
from tests.sandbox.fuzzing import FuzzReport, fuzz
from tests.sandbox.helpers import token_for

EXAMPLES = int(os.environ.get("RELEASEDESK_BENCH_FUZZ_EXAMPLES", "60"))
SEED = int(os.environ.get("RELEASEDESK_BENCH_FUZZ_SEED", "20261206"))
SECONDS = float(os.environ.get("RELEASEDESK_BENCH_FUZZ_SECONDS", "900"))


def _show(name: str, report: FuzzReport) -> None:
    statuses = ", ".join(f"{code}: {count}" for code, count in sorted(report.statuses.items()))
    print(f"{name}: {report.operations} operations, {report.cases} cases in {report.seconds:.1f} s "
          f"({report.cases / max(report.seconds, 1e-9):.0f} cases/s); failures {len(report.failures)}")
    print(f"  statuses: {statuses}")
    for failure in report.failures[:10]:
        print("  FAILURE", failure[:2000])


def main() -> None:
    total = 0
    for dialect in ("limbo", "labelcamp"):
        with tempfile.TemporaryDirectory(prefix="bench-fuzz-") as folder, \
                start_sandbox(data_dir=Path(folder) / "data", dialect=dialect, demo=True) as sb:
            report = fuzz(sb.base_url, {"Authorization": f"Bearer {token_for(sb)}"}, examples=EXAMPLES,
                          seed=SEED, deadline=SECONDS)
            _show(dialect, report)
            total += len(report.failures)
    lp = start_label_profiles_sandbox(demo=True)
    try:
        report = fuzz(lp.base_url, {"Authorization": f"Bearer {lp.token}"}, examples=EXAMPLES * 10,
                      seed=SEED, deadline=SECONDS)
        _show("label-profiles", report)
        total += len(report.failures)
    finally:
        lp.stop()
    print(f"total failures: {total}")


if __name__ == "__main__":
    main()
