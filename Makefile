# One entry point for routine tasks; CI calls the same targets.
PY ?= python3

.PHONY: install demo test lint eval bench neo4j-start neo4j-stop neo4j-reset

install:
	$(PY) -m pip install -q -e ".[dev,analysis,dask]"

demo: install
	kgbuild ingest --db kgbuild.db examples/articles

# the suite gets its own Neo4j (scripts/neo4j-test): never the user's server
test: install
	scripts/neo4j-test $(PY) -m pytest -q tests

lint:
	ruff check src tests scripts benchmarks
	mypy src scripts benchmarks

# the held-out sets are the folders tests/data/heldout*/ (tests/data/HELDOUT.md)
# the dev set is ../shared/eval/dev when this is the team's checkout, else its copy in tests/data
DEV ?= $(if $(wildcard ../shared/eval/dev/gold.jsonl),../shared/eval/dev,tests/data)
DEV_GOLD = $(if $(wildcard $(DEV)/gold.jsonl),$(DEV)/gold.jsonl,$(DEV)/dev_gold.jsonl)
DEV_ARTICLES = $(if $(wildcard $(DEV)/articles.jsonl),$(DEV)/articles.jsonl,$(DEV)/dev_articles.jsonl)

eval: install
	kgbuild eval --gold $(DEV_GOLD) $(DEV_ARTICLES)
	for d in tests/data/heldout*/; do d=$${d%/}; \
	  echo "== $$d"; kgbuild eval --gold $$d/gold.jsonl $$d/articles.jsonl; done

bench: install
	benchmarks/run | tee benchmarks/out/latest.txt

neo4j-start:
	scripts/neo4j-start

neo4j-stop:
	scripts/neo4j-stop

# wipes the local server's databases on purpose (they survive stop, start and kill -9)
neo4j-reset:
	scripts/neo4j-stop
	rm -rf $${KGBUILD_NEO4J_HOME:-var/neo4j}
