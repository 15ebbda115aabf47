# Mission Control: developer entry points.
#
#   make setup   .venv with Python >= 3.12, the package and its dev tools;
#                builds the web UI too when frontend/package.json exists
#   make run     start the server (embedded PostgreSQL unless DATABASE_URL is set)
#   make test    Python tests, then the frontend unit and e2e tests if present
#   make lint    ruff check, ruff format --check, mypy (+ eslint, prettier, vue-tsc)
#   make client  regenerate the web UI's typed API client from the server's OpenAPI
#   make bench-web  the web UI's figures: bundle sizes, a 500-task board in Chromium
#   make clean   remove the virtualenv and tool caches
#
# Variables: PYTHON=/path/to/python3.12  HOST=0.0.0.0  PORT=8000  PYTEST_ARGS='-k foo -x'

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := setup
.SUFFIXES:

VENV     := .venv
VENV_BIN := $(VENV)/bin
VENV_PY  := $(VENV_BIN)/python
# Touched after a successful install; older than pyproject.toml (or a rebuilt
# venv) means "install again".
PY_STAMP := $(VENV)/.installed

FRONTEND     := frontend
HAS_FRONTEND := $(wildcard $(FRONTEND)/package.json)
# Where the app serves the built UI from (same place as in the Dockerfile).
STATIC_DIR   := mission_control/static

# Everything `make setup` does. To add a step, append its target here
# (ideally a stamp file that depends on its inputs, so setup stays quick).
SETUP_STEPS := $(PY_STAMP)
ifneq ($(HAS_FRONTEND),)
SETUP_STEPS += frontend-build
endif

.PHONY: setup run test lint clean frontend-build frontend-deps client client-check bench-web FORCE

setup: $(SETUP_STEPS)

# ---------------------------------------------------------------- Python ---

# Runs on every `make setup` (cheap): (re)create .venv unless it already has a
# working Python >= 3.12. A venv made by 3.11 is rebuilt. When the venv is
# recreated, pyvenv.cfg becomes newer than the stamp and the install reruns.
$(VENV)/pyvenv.cfg: FORCE
	@if [ -x $(VENV_PY) ] && $(VENV_PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
		exit 0; \
	fi; \
	py=$$(PYTHON='$(PYTHON)' scripts/find-python.sh); \
	if [ -e $(VENV) ]; then \
		echo "==> $(VENV) is not a Python >= 3.12 virtualenv; rebuilding it"; \
		rm -rf $(VENV); \
	fi; \
	echo "==> creating $(VENV) with $$py ($$("$$py" -c 'import platform; print(platform.python_version())'))"; \
	"$$py" -m venv $(VENV)

$(PY_STAMP): pyproject.toml $(VENV)/pyvenv.cfg
	@echo "==> installing mission-control[dev] into $(VENV)"
	@$(VENV_PY) -m pip install --quiet --upgrade pip \
		|| echo "warning: could not upgrade pip; continuing with $$($(VENV_PY) -m pip --version)"
	$(VENV_PY) -m pip install -e '.[dev]'
	@touch $@

# -------------------------------------------------------------- Frontend ---
# Only when frontend/package.json exists; otherwise none of this is used.

ifneq ($(HAS_FRONTEND),)
FE_LOCK        := $(wildcard $(FRONTEND)/package-lock.json)
FE_DEPS_STAMP  := $(FRONTEND)/node_modules/.mc-installed
FE_BUILD_STAMP := $(FRONTEND)/node_modules/.mc-built
# Build inputs: every file under frontend/ except installed and generated ones.
FE_SOURCES := $(shell find $(FRONTEND) \
	\( -name node_modules -o -name dist -o -name test-results -o -name playwright-report \
	   -o -name coverage -o -name .vite -o -name .cache \) -prune \
	-o -type f -print 2>/dev/null)

frontend-build: $(FE_BUILD_STAMP)
frontend-deps: $(FE_DEPS_STAMP)

$(FE_DEPS_STAMP): $(FRONTEND)/package.json $(FE_LOCK)
	@echo "==> installing frontend dependencies"
	cd $(FRONTEND) && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; \
		else npm install --no-audit --no-fund; fi
	@mkdir -p $(@D) && touch $@

# Vite may write frontend/dist (copied to $(STATIC_DIR), as the Dockerfile
# does) or build straight into $(STATIC_DIR); both work.
$(FE_BUILD_STAMP): $(FE_DEPS_STAMP) $(FE_SOURCES)
	@echo "==> building the web UI"
	npm --prefix $(FRONTEND) run build
	@if [ -d $(FRONTEND)/dist ]; then \
		rm -rf $(STATIC_DIR) && mkdir -p $(STATIC_DIR) && cp -R $(FRONTEND)/dist/. $(STATIC_DIR)/; \
	fi
	@touch $@
endif

# The typed client (frontend/src/api/schema.d.ts) is generated from the OpenAPI document
# the app builds (scripts/dump_openapi.py: no database needed) and committed. After an API
# change: `make client`, then commit. `make test` fails while the committed one is stale.
client: $(PY_STAMP) frontend-deps
	PYTHON=$(VENV_PY) npm --prefix $(FRONTEND) run client

client-check: $(PY_STAMP) frontend-deps
	PYTHON=$(VENV_PY) npm --prefix $(FRONTEND) run client:check

# Bundle sizes (also checked by every build) and the 500-task board in headless Chromium.
bench-web: setup
	scripts/ensure-chromium.sh && npm --prefix $(FRONTEND) run bench

# Exit 0 if frontend/package.json has the npm script $(1).
fe_has_script = node -e 'const s = require("./$(FRONTEND)/package.json").scripts || {}; process.exit(s[process.argv[1]] ? 0 : 1)' '$(1)'

# ------------------------------------------------------------------ Run ---

SERVE_ARGS := $(if $(HOST),--host $(HOST)) $(if $(PORT),--port $(PORT))

run: setup
	$(VENV_BIN)/mission-control serve $(SERVE_ARGS)

# ----------------------------------------------------------------- Test ---
# Every suite runs even if an earlier one failed; the exit status is non-zero
# if any failed.

test: setup
	@status=0; failed=""; \
	echo "==> pytest $(PYTEST_ARGS)"; \
	$(VENV_PY) -m pytest $(PYTEST_ARGS) || { status=1; failed="$$failed pytest"; }; \
	if [ -f $(FRONTEND)/package.json ]; then \
		if $(call fe_has_script,client:check); then \
			echo "==> API client up to date?"; \
			PYTHON=$(VENV_PY) npm --prefix $(FRONTEND) run --silent client:check \
				|| { status=1; failed="$$failed client:check"; }; \
		fi; \
		if $(call fe_has_script,test:unit); then \
			echo "==> npm run test:unit"; \
			npm --prefix $(FRONTEND) run test:unit || { status=1; failed="$$failed test:unit"; }; \
		fi; \
		if $(call fe_has_script,test:e2e); then \
			echo "==> npm run test:e2e"; \
			{ scripts/ensure-chromium.sh && npm --prefix $(FRONTEND) run test:e2e; } \
				|| { status=1; failed="$$failed test:e2e"; }; \
		fi; \
	fi; \
	if [ $$status -ne 0 ]; then echo "==> FAILED:$$failed" >&2; fi; \
	exit $$status

# ----------------------------------------------------------------- Lint ---

LINT_DEPS := $(PY_STAMP) $(if $(HAS_FRONTEND),frontend-deps)

lint: $(LINT_DEPS)
	@status=0; \
	echo "==> ruff check ."; $(VENV_BIN)/ruff check . || status=1; \
	echo "==> ruff format --check ."; $(VENV_BIN)/ruff format --check . || status=1; \
	echo "==> mypy"; $(VENV_BIN)/mypy || status=1; \
	if [ -f $(FRONTEND)/package.json ]; then \
		echo "==> eslint, prettier --check, vue-tsc (frontend)"; \
		npm --prefix $(FRONTEND) run --silent lint || status=1; \
	fi; \
	exit $$status

# ---------------------------------------------------------------- Clean ---
# Deliberately NOT removed: .mission-control/ (MC_DATA_DIR). It holds user
# data: the embedded database, the generated secret key and admin password.

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(FRONTEND)/node_modules $(FRONTEND)/dist $(STATIC_DIR)

FORCE:
