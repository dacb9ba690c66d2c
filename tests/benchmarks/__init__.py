"""Benchmarks: ``python -m tests.benchmarks [NAME...]`` runs every ``bench_*.py`` (or the named ones).

Each module has ``main() -> None`` that measures the real code path and prints ratios against a
reference measured in the same run. No timed assertions live in the unit tests.
"""
