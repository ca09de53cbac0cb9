# Two commands on a fresh Debian/Ubuntu machine with Python 3.11:
#   make run    installs everything, loads the demo and serves http://127.0.0.1:8000
#   make test   installs the test tools (Chromium included) and runs every test
# Debian's own Python 3.11 where it is there: built with profile-guided optimisation, it runs
# our pages and PDFs about 15% faster than the unoptimised python3 a version manager builds.
PYTHON ?= $(firstword $(wildcard /usr/bin/python3.11) python3)
VENV := .venv
PY := $(VENV)/bin/python
NPM_MODULES := node_modules
VENDOR := static/vendor
export DJANGO_DEBUG ?= 1
export DJANGO_SECURE ?= 0

.PHONY: run test test-sqlite test-postgres test-lang install install-test assets demo chromium java libreoffice postgres fonts clean

run: install assets fonts
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	$(PY) manage.py load_demo
	PY=$(PY) scripts/run-dev.sh 127.0.0.1:8000  # runserver plus the worker that renders PDFs

# The whole suite on SQLite, then again on a throwaway PostgreSQL 15 cluster. The browser
# tests check pages, not the database, so they run once (on SQLite) to keep CI short.
# The other tests run on every core (pytest-xdist, a test file per worker: each worker has its
# own test database); the browser tests run one at a time, as Chromium needs a core of its own.
test: test-sqlite test-postgres

test-sqlite: install-test assets chromium java libreoffice fonts
	$(PY) -m pytest -n auto --dist loadfile --ignore=tests/browser
	$(PY) -m pytest tests/browser

test-postgres: install-test assets postgres java libreoffice fonts
	scripts/with-postgres.sh $(PY) -m pytest -n auto --dist loadfile --ignore=tests/browser

# A longer random Hypothesis run (new examples every time); `make test` is derandomised.
test-lang: install-test assets fonts
	HYPOTHESIS_PROFILE=lang $(PY) -m pytest --ignore=tests/browser

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(NPM_MODULES)/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Copy just the NL Design System files we serve, not whole packages.
assets: $(NPM_MODULES)/.installed
	mkdir -p $(VENDOR)/utrecht $(VENDOR)/theme $(VENDOR)/noto-sans/files
	cp $(NPM_MODULES)/@utrecht/component-library-css/dist/index.css $(VENDOR)/utrecht/
	cp $(NPM_MODULES)/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css $(VENDOR)/theme/
	cp $(NPM_MODULES)/@fontsource/noto-sans/400.css $(NPM_MODULES)/@fontsource/noto-sans/700.css $(VENDOR)/noto-sans/
	cp $(NPM_MODULES)/@fontsource/noto-sans/files/*-400-normal.* $(NPM_MODULES)/@fontsource/noto-sans/files/*-700-normal.* $(VENDOR)/noto-sans/files/

# Debian's Chromium for the browser tests (Playwright may not download its own browser here).
chromium:
	@command -v chromium >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils)

# Fonts for what DejaVu Sans lacks, so that no typed character prints as an empty box in the PDF:
# emoji in colour (fonts-noto-color-emoji, 10 MB) and Chinese, Japanese and Korean
# (fonts-wqy-microhei, 5 MB; fonts-noto-cjk would be 91 MB). fontconfig's fallback finds them.
fonts:
	@test -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf && test -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-color-emoji fonts-wqy-microhei)

# Java for the W3C HTML checker (vnu-jar from npm) that tests/test_html_valid.py runs.
java:
	@command -v java >/dev/null 2>&1 || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless)

# LibreOffice without its desktop parts, for tests/test_editable.py: it must open the plan's ODT
# and DOCX without repair and convert them to PDF (about 260 MB and 75 s, once per machine).
libreoffice:
	@command -v soffice >/dev/null 2>&1 || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui)

# PostgreSQL 15 server binaries for test-postgres (no cluster is created or started).
postgres:
	@test -x /usr/lib/postgresql/15/bin/initdb || ( \
		mkdir -p /etc/postgresql-common/createcluster.d && \
		echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.d/no-main-cluster.conf && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15)

clean:
	rm -rf $(VENV) $(NPM_MODULES) $(VENDOR) staticfiles
