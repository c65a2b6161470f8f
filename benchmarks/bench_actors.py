"""Actor lookups: alias lookups/s and dated resolutions/s over the packaged tables.

Every alias the tables hold (states, capitals and seats, organisations, office holders,
in both languages) is looked up as written, lower-cased and with a French article in
front, then resolved on a date (office holders resolve to whom they represent that day).

    python benchmarks/bench_actors.py --lookups 300000
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from kgbuild.actors import fold, load_actors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lookups", type=int, default=300_000)
    args = ap.parse_args()
    table = load_actors()
    names = sorted({a.text for bucket in table.aliases.values() for a in bucket if a.text})
    probes = names + [n.lower() for n in names] + [f"la {n}" for n in names]
    rng = random.Random(7)
    queries = [rng.choice(probes) for _ in range(args.lookups)]
    days = [f"20{rng.randrange(0, 26):02d}-{rng.randrange(1, 13):02d}-15" for _ in queries]

    fold.cache_clear()  # cold: every distinct string folded for the first time
    t0 = time.perf_counter()
    for q in probes:
        table.lookup(q)
    cold_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    hits = sum(1 for q in queries if table.lookup(q))
    lookup_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    resolved = 0
    for q, day in zip(queries, days, strict=True):
        for alias in table.lookup(q):
            if table.resolve_alias(alias, day):
                resolved += 1
                break
    resolve_s = time.perf_counter() - t0
    print(f"actors: {len(names)} distinct aliases in the tables; {args.lookups:,} queries, "
          f"{hits / args.lookups:.0%} found")
    print(f"  alias lookups, cold (each string new): {len(probes) / cold_s:,.0f}/s "
          f"(target >= 100,000)")
    print(f"  alias lookups, news-like repetition: {args.lookups / lookup_s:,.0f}/s")
    print(f"  lookup + dated resolution: {args.lookups / resolve_s:,.0f}/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
