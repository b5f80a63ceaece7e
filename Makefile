# Every target sets itself up: a virtual environment in .venv with the pinned toolchain, and Redocly in
# .tools when Node is present. `make help` lists the targets.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DEMO_STAMP := $(VENV)/.demo-stamp
REDOCLY_VERSION := 2.77.0
REDOCLY := .tools/node_modules/.bin/redocly
SPEC := openapi/a2e.yaml
OFFICIAL ?= tests/data/official/openapi.json
SITE ?= site
# What the tests drive besides Python: headless Chromium (the reference pages) and zsh and fish (the completion
# scripts), from Debian's packages when missing.
TEST_TOOLS := /usr/bin/chromium /usr/bin/zsh /usr/bin/fish
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.DEFAULT_GOAL := help
.PHONY: help setup generate check-generated lint-spec lint typecheck test demo spec-report spec-diff bench mock clean docs

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt -e '.[mock]'
	touch $(STAMP)

# The demo needs only the package and its mock: a fresh machine gets just those for `make demo`.
$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[mock]'
	touch $(DEMO_STAMP)

setup: $(STAMP) ## Create .venv with the package (editable) and the pinned toolchain

generate: $(STAMP) ## Rebuild generated/ from openapi/a2e.yaml, and the sync client from the async one
	$(PY) generator/generate.py
	$(PY) generator/codegen/unasync.py

check-generated: $(STAMP) ## Fail if generated/ or the sync client differ from what their sources produce
	$(PY) generator/generate.py --check generated
	$(PY) generator/codegen/unasync.py --check

lint-spec: $(STAMP) ## Validate the spec (openapi-spec-validator; Redocly lint when Node is present)
	$(PY) -m openapi_spec_validator $(SPEC)
	@if command -v npm >/dev/null 2>&1; then \
	  [ -x $(REDOCLY) ] || npm install --silent --no-audit --no-fund --prefix .tools @redocly/cli@$(REDOCLY_VERSION) >/dev/null; \
	  $(REDOCLY) lint --config redocly.yaml $(SPEC) 2>&1 | grep -v -e '^ *║' -e '^ *╔' -e '^ *╚'; \
	  exit $${PIPESTATUS[0]}; \
	else echo "Node not found: Redocly lint skipped"; fi

LINTED := overrides generator tests benchmarks examples docs

lint: $(STAMP) ## ruff check and ruff format --check over the hand-written code (generated files are excluded)
	$(PY) -m ruff check $(LINTED)
	$(PY) -m ruff format --check $(LINTED)

typecheck: $(STAMP) ## mypy --strict and pyright over the hand-written code and examples
	$(PY) -m mypy
	$(VENV)/bin/pyright

test: lint-spec check-generated lint typecheck $(TEST_TOOLS) ## Validate the spec, check generated/, lint, type-check, run the test suite
	$(PY) -m pytest

demo: $(DEMO_STAMP) ## Voices -> TTS -> avatar video -> wait -> download, against the mock (or live: see README)
	$(PY) examples/demo.py

spec-report: $(STAMP) ## Operations per section and per confidence (documented/observed/weak/inferred)
	$(PY) generator/spec_report.py

spec-diff: $(STAMP) ## Compare openapi/a2e.yaml with A2E's published OpenAPI document (OFFICIAL=file.json|yaml)
	$(PY) -m a2e.spec_diff $(OFFICIAL) --spec $(SPEC)

bench: $(STAMP) ## Print import and per-call costs next to raw httpx
	$(PY) benchmarks/run.py

mock: $(STAMP) ## Run the mock A2E server on http://127.0.0.1:8000
	$(PY) -m a2e.mock --port 8000

clean: ## Remove .venv, .tools and demo output
	rm -rf $(VENV) .tools demo-output

$(REDOCLY):
	npm install --silent --no-audit --no-fund --prefix .tools @redocly/cli@$(REDOCLY_VERSION) >/dev/null

# Debian's Chromium, for tests/test_docs.py (headless screenshots of the built pages)
$(TEST_TOOLS) &:
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium zsh fish >/dev/null

docs: $(STAMP) $(REDOCLY) ## Build the HTML reference (Redocly, with Python samples) and the client's pages into site/ (SITE=dir)
	@mkdir -p $(SITE)
	$(PY) docs/build.py --spec $(SPEC) --out $(SITE)
