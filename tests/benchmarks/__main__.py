from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    wanted = [n if n.startswith("bench_") else f"bench_{n}" for n in argv]
    unknown = [w for w in wanted if w not in names]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; have: {', '.join(names)}", file=sys.stderr)
        return 2
    for name in wanted or names:
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        importlib.import_module(f"tests.benchmarks.{name}").main()
        print(f"== {name} done in {time.perf_counter() - start:.1f} s", flush=True)
    return 0


raise SystemExit(main(sys.argv[1:]))
