# parwatch: every target sets up what it needs first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
HOST    ?= 127.0.0.1
PORT    ?= 8000
PYTEST_ARGS ?=

.PHONY: help setup system es-prepare run demo test bench es es-stop clean

help:
	@echo "make run    crawl the configured portals into var/parwatch.sqlite, alert, then serve http://$(HOST):$(PORT)/ (crawling again every 6h)"
	@echo "make demo   the same against a bundled offline portal mirror served on 127.0.0.1"
	@echo "make test   install everything and run the whole test suite"
	@echo "make bench  run the benchmarks and print one table"
	@echo "make es     start a local Elasticsearch node (scripts/es-node) on 127.0.0.1:9200"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || { echo "error: '$(PY) -m venv' failed: install Debian's python3-venv (apt-get install python3-venv)"; exit 2; }
	$(BIN)/pip install -q --upgrade pip
	@# PYTHONWARNINGS: setuptools' editable-install banner is noise for a newcomer
	PYTHONWARNINGS=ignore $(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

system:
	@scripts/setup-system

# Maven fetches the Elasticsearch jars once (cached in ~/.m2); the launcher is compiled once.
es-prepare: setup system
	$(BIN)/python scripts/es-node prepare

run: setup
	$(BIN)/parwatch run --host $(HOST) --port $(PORT)

# The portal simulator (portal_sim/) is source-tree tooling, not in the package: put the tree on the path.
demo: setup
	PYTHONPATH=$(CURDIR)$${PYTHONPATH:+:$$PYTHONPATH} $(BIN)/parwatch demo --host $(HOST) --port $(PORT)

test: setup system es-prepare
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: setup system es-prepare
	$(BIN)/python -m bench.run

es: setup
	scripts/es-node start --nodes 1 --port 9200 --data var/es-data

es-stop:
	scripts/es-node stop --data var/es-data

clean:
	rm -rf $(VENV) var build *.egg-info
