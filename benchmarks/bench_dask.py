"""Extraction engines side by side, in one run: Dask (a 2-worker LocalCluster) vs local
`--workers 2` on the same generated articles, end to end through `kgbuild ingest` (start-up
included), with the two stores' exports compared byte for byte; then the break-even of
`--workers 2` over `--workers 1` by corpus size (what `--workers auto` uses).

    python benchmarks/bench_dask.py --articles 1000 --sizes 50,100,200,400,800
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write


def ingest(corpus: Path, db: Path, *args: str) -> float:
    """Seconds for one `kgbuild ingest` in a fresh process (models and workers started)."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kgbuild.cli", "ingest", "-q", "--db", str(db),
                    *args, str(corpus)], check=True)
    return time.perf_counter() - t


def export(db: Path) -> bytes:
    out = db.with_suffix(".jsonl")
    subprocess.run([sys.executable, "-m", "kgbuild.cli", "export", "--db", str(db),
                    "--format", "jsonl", "-o", str(out)], check=True, capture_output=True)
    return b"\n".join(sorted(out.read_bytes().splitlines()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--sizes", default="50,100,200,400,800",
                    help="corpus sizes for the --workers break-even")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = write(folder / "gen.jsonl", args.articles)
        # alternated, best of `rounds`: a shared machine's load hits both alike
        local = dask = float("inf")
        for r in range(args.rounds):
            local = min(local, ingest(corpus, folder / f"local{r}.db", "--workers", "2"))
            dask = min(dask, ingest(corpus, folder / f"dask{r}.db", "--engine", "dask",
                                    "--workers", "2"))
        (folder / "local0.db").rename(folder / "local.db")
        (folder / "dask0.db").rename(folder / "dask.db")
        same = export(folder / "local.db") == export(folder / "dask.db")
        print(f"engines, {args.articles} articles: local --workers 2 {local:.1f} s "
              f"({args.articles / local:.1f} articles/s), dask LocalCluster(2) {dask:.1f} s "
              f"({args.articles / dask:.1f} articles/s); dask/local {dask / local:.2f}x; "
              f"exports identical: {same}")
        print("break-even of --workers 2 over --workers 1 (seconds, start-up included):")
        for n in [int(x) for x in args.sizes.split(",") if x]:
            small = write(folder / f"gen{n}.jsonl", n)
            one = two = float("inf")
            for r in range(args.rounds):
                one = min(one, ingest(small, folder / f"one{n}-{r}.db", "--workers", "1"))
                two = min(two, ingest(small, folder / f"two{n}-{r}.db", "--workers", "2"))
            print(f"  {n:>5} articles: 1 worker {one:6.1f} s, 2 workers {two:6.1f} s, "
                  f"2/1 {two / one:.2f}x")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
