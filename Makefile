# The two commands a newcomer needs (see README.md):
#   make serve   set everything up and serve the site at http://127.0.0.1:8000 with live reload
#   make test    set everything up and run the whole test suite, browser tests included
# Everything comes from the project's own pinned files: requirements.txt (PyPI),
# package-lock.json (npm) and Debian packages for the browser and PDF tools.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# command the tests run -> Debian package that provides it
SYSTEM_TOOLS := /usr/bin/chromium:chromium pdftotext:poppler-utils java:default-jre-headless
# MkDocs 1.6 prints an end-of-life banner that would bury real warnings.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build font external-links bench bench-search setup system-packages

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: setup system-packages
	$(BIN)/python -m pytest

build: setup
	$(BIN)/mkdocs build --strict

# Fetch every external link (the weekly deploy job runs this; tests stay offline).
external-links: setup
	$(BIN)/python -m scripts.external_links --online

# Build, live-preview, page-weight and Lighthouse figures: one table, and bench-build.json.
bench: setup system-packages
	$(BIN)/python -m scripts.bench_build --json bench-build.json

# Search index sizes and typing-to-results times, real and synthetic site.
bench-search: setup system-packages
	$(BIN)/python -m scripts.bench_search --json bench-search.json

# Regenerate the Arabic-script font subset after adding characters the site never used.
font: setup
	$(BIN)/python -m scripts.subset_font

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Installed only when the command is missing, so a machine that has them is left alone.
system-packages:
	@missing=""; for pair in $(SYSTEM_TOOLS); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair##*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
