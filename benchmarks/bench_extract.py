"""Extraction speed: kgbuild vs bare spaCy on the same texts, and --workers 1 vs 2.

1. Overhead, in one process: bare `nlp.pipe` of the same packaged model (loaded the plain
   way, all its components) against kgbuild's `extract_batch` (its pipeline, including the
   sentence-bounds component, plus extraction), alternating rounds so that the machine's
   noise falls on both sides; the best round of each is compared.
2. Parallelism, end to end: `kgbuild extract --workers 1` and `--workers 2` on the same
   corpus, as a user runs them (model loading included), with their outputs compared.

    python benchmarks/bench_extract.py --articles 400 --workers-articles 1000
"""

from __future__ import annotations

import argparse
import filecmp
import importlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write

from kgbuild.articles import Article, read_articles
from kgbuild.extract import Resources, extract_batch
from kgbuild.ingest import BATCH_SIZE
from kgbuild.nlp import Pipelines, models

OUT = Path(__file__).parent / "out"


def _bare(lang: str):  # type: ignore[no-untyped-def]
    for name in models(lang):
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise SystemExit(f"no spaCy model for {lang}")


def overhead(path: Path, rounds: int, batch_size: int = 32) -> dict[str, float]:
    """Bare nlp.pipe (`batch_size` same-language texts at a time) vs kgbuild's extract_batch
    on the same batches of its default size; best total of `rounds` rounds for each."""
    arts = [a for a in read_articles([str(path)]) if isinstance(a, Article)]
    res, pipes = Resources.load(), Pipelines()
    bare = {lang: _bare(lang) for lang in ("fr", "en")}
    for lang in ("fr", "en"):  # load and warm both sides
        pipes.get(lang)
        list(bare[lang].pipe(["Bonjour." if lang == "fr" else "Hello."]))
    texts = {lang: [a.text for a in arts if a.lang == lang] for lang in ("fr", "en")}
    tokens = sum(len(d) for lang in ("fr", "en")
                 for d in bare[lang].pipe(texts[lang][:20], batch_size=batch_size))
    tokens_per_article = tokens / 40
    best_bare, best_kg = float("inf"), float("inf")
    for _ in range(rounds):
        # batch by batch, each batch parsed bare then extracted by kgbuild, so that the
        # machine's drift falls on both sides alike
        t_bare = t_kg = 0.0
        for i in range(0, len(arts), BATCH_SIZE):
            batch = arts[i:i + BATCH_SIZE]
            t0 = time.perf_counter()
            for lang in ("fr", "en"):
                same = [a.text for a in batch if a.lang == lang]
                for _doc in bare[lang].pipe(same, batch_size=batch_size):
                    pass
            t_bare += time.perf_counter() - t0
            t0 = time.perf_counter()
            extract_batch(batch, pipes, res)
            t_kg += time.perf_counter() - t0
        best_bare, best_kg = min(best_bare, t_bare), min(best_kg, t_kg)
    n = len(arts)
    return {"articles": n, "tokens_per_article": tokens_per_article,
            "bare_s": best_bare, "kgbuild_s": best_kg,
            "bare_aps": n / best_bare, "kgbuild_aps": n / best_kg,
            "bare_tps": n * tokens_per_article / best_bare,
            "kgbuild_tps": n * tokens_per_article / best_kg,
            "overhead": best_kg / best_bare - 1}


def workers(path: Path, n: int) -> dict[str, float]:
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for w in (1, 2):
            out = Path(tmp) / f"w{w}.jsonl"
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kgbuild.cli", "extract", "-q",
                            "--workers", str(w), "-o", str(out), str(path)], check=True)
            times[w] = time.perf_counter() - t0
        same = filecmp.cmp(Path(tmp) / "w1.jsonl", Path(tmp) / "w2.jsonl", shallow=False)
    return {"articles": n, "w1_s": times[1], "w2_s": times[2], "w1_aps": n / times[1],
            "w2_aps": n / times[2], "speedup": times[1] / times[2], "identical": same}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400, help="corpus for the overhead")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers-articles", type=int, default=1000,
                    help="corpus for --workers 1 vs 2")
    args = ap.parse_args()
    o = overhead(write(OUT / f"corpus-{args.articles}-7.jsonl", args.articles), args.rounds)
    print(f"extract: {o['articles']} articles of ~{o['tokens_per_article']:.0f} tokens "
          f"(best of {args.rounds} rounds, batch by batch side by side, one process)")
    print(f"  bare spaCy nlp.pipe: {o['bare_s']:.1f} s = {o['bare_aps']:.1f} articles/s, "
          f"{o['bare_tps']:,.0f} tokens/s")
    print(f"  kgbuild extract:     {o['kgbuild_s']:.1f} s = {o['kgbuild_aps']:.1f} articles/s, "
          f"{o['kgbuild_tps']:,.0f} tokens/s")
    print(f"  overhead: {o['overhead']:+.1%} of bare spaCy's time (target <= 15%)")
    w = workers(write(OUT / f"corpus-{args.workers_articles}-7.jsonl", args.workers_articles),
                args.workers_articles)
    print(f"workers: kgbuild extract on {w['articles']} articles, end to end "
          f"(model loading included)")
    print(f"  --workers 1: {w['w1_s']:.1f} s = {w['w1_aps']:.1f} articles/s")
    print(f"  --workers 2: {w['w2_s']:.1f} s = {w['w2_aps']:.1f} articles/s")
    print(f"  speedup: {w['speedup']:.2f}x (target >= 1.7x); outputs identical: "
          f"{w['identical']}")
    return 0 if w["identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
