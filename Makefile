# Every target has one `##` line of help; `make` alone lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
CORPUS ?= seeds
FACTS ?= data/processed
REPORTS ?= reports

.PHONY: help test report extract bench lab nav lint clean env browser

help:                          ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

# The environment: created when missing, reinstalled when pyproject.toml or the lock changes.
$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@if command -v uv >/dev/null 2>&1; then \
		uv pip install --python $(PY) -q -r requirements.lock -e . ; \
	else \
		$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock -e . ; \
	fi
	@touch $(STAMP)

env: $(STAMP)                  ## Create .venv with the locked versions (done by the other targets)

test: $(STAMP)                 ## Run the whole test suite
	@$(PY) -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: that is a failure" >&2; exit 1; fi; exit $$rc

extract: $(STAMP)              ## Read the articles in CORPUS (default seeds/) and write the fact tables to FACTS
	$(PY) -m arabic_news extract $(CORPUS) --out $(FACTS)

report: extract                ## Extract, then render every notebook on CORPUS into REPORTS (default reports/)
	@echo "(notebooks come with the notebook issue)"

bench: $(STAMP)                ## Measure speed (MB/s) and write reports/bench.json
	$(PY) bench/run.py --out $(REPORTS)/bench.json

lab: $(STAMP)                  ## Open JupyterLab on notebooks/ with the project's environment
	$(PY) -m jupyter lab notebooks/

clean:                         ## Remove generated files (never seeds/ or data/gold/)
	find data/processed -mindepth 1 ! -name .gitkeep -delete
	find reports -mindepth 1 ! -name .gitkeep -delete
