# Two commands for a fresh machine with Python >= 3.11 and pip:
#   make demo   build the graph of the bundled pages into output/
#   make test   run the whole test suite (lint included)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench models browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build --out output

lint: $(STAMP)
	$(BIN)/ruff check kg tests bench scripts

test: lint browser
	$(BIN)/python -m pytest -q

# The HTML graph's tests drive Debian's chromium headless; install it where we can (root, apt).
browser:
	@command -v chromedriver >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) \
	      >/dev/null; \
	  else echo "chromium and chromium-driver are needed for the browser tests (apt-get install chromium chromium-driver)"; fi; }

bench: $(STAMP)
	$(BIN)/python bench/ingest_bench.py

clean:
	rm -rf $(VENV) output/*.jsonl bench/_corpus

models: $(STAMP)
	$(BIN)/kg assemble models/kg_zh
