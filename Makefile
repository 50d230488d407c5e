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
KB := $(BIN)/python -m kb

.PHONY: serve test test-fast check format build new-page status stamp move pr-summary reviews font external-links bench bench-search \
	setup system-packages

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# The whole suite on every core, browser tests included (CONTRIBUTING.md, "Where the code lives",
# says which test goes where).
# worksteal: a worker that runs out of tests takes some from the other, so that a long test
# near the end does not leave a core idle.
test: setup system-packages
	$(BIN)/python -m pytest -n auto --dist worksteal

# What a contributor runs while working: the unit tests and the tests of the one built site;
# not the browser, and not the tests marked slow (those that build projects of their own or
# run a benchmark), which `make test` and CI run.
test-fast: setup
	$(BIN)/python -m pytest -n auto --dist worksteal -m "not browser and not slow"

# Before you push (about 5 to 9 s): the build itself, in-process, naming every problem of every page
# as file:line: message (links, anchors, the HTML policy, the site's own links), the rules that
# only read sources (letters, terminology, parity, front matter...), then the linter and the formatting.
PYTHON_CODE := scripts tests
check: setup
	$(KB) check
	$(BIN)/ruff check --quiet $(PYTHON_CODE)
	$(BIN)/ruff format --check --quiet $(PYTHON_CODE)

# Apply the formatting `make check` asks for.
format: setup
	$(BIN)/ruff format $(PYTHON_CODE)
	$(BIN)/ruff check --fix $(PYTHON_CODE)

build: setup
	$(BIN)/mkdocs build --strict

# A variable given on the command line as one shell word, exactly as typed: $(value) keeps make
# from expanding a $(...) in it, single quotes keep the shell from expanding anything (a title
# "Costs in $(id -un)" must not run `id`), and each ' in it becomes '\''.
QUOTE := '
shell_word = '$(subst $(QUOTE),$(QUOTE)\$(QUOTE)$(QUOTE),$(value $(1)))'

# Contributors' tool (kb/cli.py): make new-page PAGE=tools/webinars TITLE="Webinars"
new-page: setup
	@$(if $(and $(value PAGE),$(value TITLE)),:,echo 'usage: make new-page PAGE=tools/webinars TITLE="Webinars"'; exit 2)
	$(KB) new-page $(call shell_word,PAGE) --title $(call shell_word,TITLE)

# Which translations are up to date, stale or missing; DIFF=1 shows how English changed.
status: setup
	$(KB) status $(if $(DIFF),--diff)

# Record that a translation matches its English page: make stamp PAGE=docs/fa/tools/seo.md
stamp: setup
	@$(if $(value PAGE),:,echo 'usage: make stamp PAGE=docs/fa/tools/seo.md'; exit 2)
	$(KB) stamp $(call shell_word,PAGE)

# Move a page in every language, with its links, menu entry and a redirect from the old address:
# make move OLD=checklists/weekly-leadership-sync.md NEW=checklists/weekly-leadership-meeting.md
move: setup
	@$(if $(and $(value OLD),$(value NEW)),:,echo 'usage: make move OLD=checklists/a.md NEW=checklists/b.md'; exit 2)
	$(KB) move $(call shell_word,OLD) $(call shell_word,NEW)

# What the working tree changes against BASE, as Markdown (CI appends it to the run's summary).
pr-summary: setup
	@$(if $(value BASE),:,echo 'usage: make pr-summary BASE=origin/main'; exit 2)
	@$(KB) pr-summary $(call shell_word,BASE)
# Pages past their review date or due within 30 days, with owner and date (kb/content/reviews.py);
# FAIL=1 exits with 1 when any page is overdue (the deploy workflow's weekly job does).
reviews: setup
	$(KB) reviews $(if $(FAIL),--fail-overdue)

# Fetch every external link with lychee (the weekly deploy job runs this; tests stay offline).
external-links: setup
	$(BIN)/lychee --no-progress --max-concurrency 8 --accept 200..=299,403,429 'docs/**/*.md' mkdocs.yml

# Build, live-preview, page-weight and Lighthouse figures: one table, and bench-build.json.
bench: setup system-packages
	$(BIN)/python -m kb.bench.build --json bench-build.json

# Search index sizes and typing-to-results times, real and synthetic site.
bench-search: setup system-packages
	$(BIN)/python -m kb.bench.search --json bench-search.json

# Regenerate the Arabic-script font subset after adding characters the site never used.
font: setup
	$(BIN)/python -m kb.subset_font

setup: $(VENV)/.installed node_modules/.installed

# Pinned packages first, then the project's own package (scripts/kb) as an editable install,
# built with the pinned setuptools rather than one fetched for the occasion.
$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
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
