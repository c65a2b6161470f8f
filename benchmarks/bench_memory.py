"""Memory: peak RSS of `kgbuild ingest` on 1,000 vs 10,000 articles, and end-to-end speed.

The RSS of the whole process tree (the CLI and its worker processes) is sampled from
/proc every 0.2 s; the peak of the sum is reported. Streaming means the peak does not
grow with the corpus: articles are read, parsed and stored in bounded batches.

    python benchmarks/bench_memory.py --small 1000 --large 10000 --workers 2
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write

OUT = Path(__file__).parent / "out"


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text()
            out.extend(int(x) for x in text.split())
    except OSError:
        pass
    return out


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss(pid: int) -> int:
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _rss_kib(p)
        todo.extend(_children(p))
    return total


def ingest(corpus: Path, workers: int) -> tuple[float, int]:
    """(seconds, peak KiB) of one `kgbuild ingest` run into a fresh store."""
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "kgbuild.cli", "ingest", "-q",
                                 "--workers", str(workers), "--db", str(Path(tmp) / "m.db"),
                                 str(corpus)])
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.2)
        elapsed = time.perf_counter() - t0
        if proc.returncode:
            raise SystemExit(f"kgbuild ingest failed on {corpus} (exit {proc.returncode})")
    return elapsed, peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    runs = {}
    for n in (args.small, args.large):
        runs[n] = ingest(write(OUT / f"corpus-{n}-7.jsonl", n), args.workers)
        secs, peak = runs[n]
        print(f"ingest --workers {args.workers}, {n} articles: {secs:.0f} s = "
              f"{n / secs:.1f} articles/s end to end; peak RSS {peak / 1024:.0f} MiB")
    ratio = runs[args.large][1] / runs[args.small][1]
    print(f"memory: peak RSS {args.large} vs {args.small} articles: {ratio:.2f}x "
          f"(target <= 1.25x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
