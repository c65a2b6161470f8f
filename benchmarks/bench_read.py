"""Reading: peak RSS of reading a 10 MB and a 1 GB JSONL file article by article.

Each size is read by `kgbuild.articles.read_articles` in a fresh process (the parse of the
articles is left out: this measures the reader). Streaming means the 1 GB file's peak is
within 1.25x of the 10 MB one's: memory holds one line, not the file.

    python benchmarks/bench_read.py --small-mb 10 --large-mb 1000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).parent / "out"
LINE = ("La Russie et la Chine ont tenu mardi des pourparlers à Moscou sur leur coopération "
        "militaire, a indiqué le ministère russe des Affaires étrangères. ") * 20

READER = """
import resource, sys, time
from kgbuild.articles import Article, read_articles
t = time.perf_counter()
n = sum(1 for a in read_articles([sys.argv[1]], lang="fr") if isinstance(a, Article))
print(n, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def corpus(mb: int) -> Path:
    path = OUT / f"read_{mb}mb.jsonl"
    if path.exists() and path.stat().st_size >= mb * 1_000_000:
        return path
    OUT.mkdir(exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        i = 0
        while f.tell() < mb * 1_000_000:
            f.write(json.dumps({"id": f"r{i}", "published": "2024-11-12", "text": LINE},
                               ensure_ascii=False) + "\n")
            i += 1
    return path


def measure(path: Path) -> tuple[int, float, int]:
    out = subprocess.run([sys.executable, "-c", READER, str(path)], capture_output=True,
                         text=True, check=True).stdout.split()
    return int(out[0]), float(out[1]), int(out[2])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small-mb", type=int, default=10)
    ap.add_argument("--large-mb", type=int, default=1000)
    args = ap.parse_args()
    rows = []
    for mb in (args.small_mb, args.large_mb):
        path = corpus(mb)
        n, secs, rss = measure(path)
        rows.append((mb, n, secs, rss))
        print(f"read: {path.stat().st_size / 1e6:,.0f} MB, {n:,} articles in {secs:.1f} s "
              f"({path.stat().st_size / 1e6 / secs:,.0f} MB/s), peak RSS {rss / 1024:.0f} MiB")
    ratio = rows[1][3] / rows[0][3]
    print(f"read: peak RSS {args.large_mb} MB vs {args.small_mb} MB: {ratio:.2f}x "
          f"(target <= 1.25x)")


if __name__ == "__main__":
    main()
