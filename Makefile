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

.PHONY: help test check report extract bench lab lint clean env browser teaching

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

# The page tests drive Debian's chromium; installed here when missing and we can (root + apt), never by pytest.
browser:                       ## Install chromium for the page tests when it is missing (root and apt-get)
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium with apt-get for the page tests ..."; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
		|| echo "could not install chromium: the page tests will say how"; \
	else echo "chromium is missing and cannot be installed here: the page tests will say how"; fi

test: $(STAMP) browser         ## Run the whole test suite
	@$(PY) -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: that is a failure" >&2; exit 1; fi; exit $$rc

check: $(STAMP)                ## The fast loop (under a minute): every test but notebooks, browsers and ../shared/corpus
	@$(PY) -m pytest -q -m "not slow and not corpus"; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: that is a failure" >&2; exit 1; fi; exit $$rc

extract: $(STAMP)              ## Read the articles in CORPUS (default seeds/) and write the fact tables to FACTS
	$(PY) -m arabic_news extract $(CORPUS) --out $(FACTS)

report: $(STAMP)               ## Extract CORPUS (default seeds/) into FACTS, then render every notebook into REPORTS
	$(PY) -m arabic_news report $(CORPUS) --facts $(FACTS) --out $(REPORTS) $(REPORT_OPTIONS)

teaching: $(STAMP)             ## Render the course (notebooks/teaching): student and teacher notebooks and HTML in REPORTS/teaching
	$(PY) -m arabic_news.teaching notebooks/teaching --out $(REPORTS)/teaching

bench: $(STAMP)                ## Measure speed (MB/s) and write reports/bench.json
	$(PY) bench/run.py --out $(REPORTS)/bench.json

lab: $(STAMP)                  ## Open JupyterLab on notebooks/ (its python3 kernel is the project's .venv)
	$(PY) -m jupyter lab notebooks/

lint:  $(STAMP)                ## Check that committed notebooks hold no outputs (the tests check more)
	$(PY) -m pytest -q tests/test_notebooks_static.py

clean:                         ## Remove generated files (never seeds/ or data/gold/)
	find data/processed -mindepth 1 ! -name .gitkeep -delete
	find reports -mindepth 1 ! -name .gitkeep -delete
