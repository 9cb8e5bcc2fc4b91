# Two commands for a fresh machine with Python >= 3.11 and pip:
#   make demo   build the graph of the bundled pages into output/
#   make test   run the whole test suite (lint included)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench models clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build --out output

lint: $(STAMP)
	$(BIN)/ruff check kg tests bench scripts

test: lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/ingest_bench.py

clean:
	rm -rf $(VENV) output/*.jsonl bench/_corpus

models: $(STAMP)
	$(BIN)/kg assemble models/kg_zh
