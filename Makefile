# The two commands a newcomer needs (see README.md):
#   make serve   set everything up and serve the site at http://127.0.0.1:8000 with live reload
#   make test    set everything up and run the whole test suite, browser tests included
# Everything comes from the project's own pinned files: requirements.txt (PyPI),
# package-lock.json (npm) and Debian packages for the browser and PDF tools.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := chromium poppler-utils
# MkDocs 1.6 prints an end-of-life banner that would bury real warnings.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build font setup system-packages

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: setup system-packages
	$(BIN)/python -m pytest

build: setup
	$(BIN)/mkdocs build --strict

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

# Installed only when missing, so a machine that has them is left alone.
system-packages:
	@missing=""; for pkg in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
