# One entry point for routine tasks; CI calls the same targets.
PY ?= python3

.PHONY: install demo test lint eval bench neo4j-start neo4j-stop

install:
	$(PY) -m pip install -q -e ".[dev]"

demo: install
	kgbuild ingest --db kgbuild.db examples/articles

test: install
	$(PY) -m pytest -q tests

lint:
	ruff check src tests
	mypy src

eval: install
	kgbuild eval --gold ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles.jsonl
	for d in tests/data/heldout tests/data/heldout2 tests/data/heldout3 tests/data/heldout4 tests/data/heldout5; do \
	  echo "== $$d"; kgbuild eval --gold $$d/gold.jsonl $$d/articles.jsonl; done

bench: install
	benchmarks/run | tee benchmarks/out/latest.txt

neo4j-start:
	scripts/neo4j-start

neo4j-stop:
	scripts/neo4j-stop
