# Two commands on a fresh Debian/Ubuntu machine with Python 3.11:
#   make run    installs everything, loads the demo and serves http://127.0.0.1:8000
#   make test   installs the test tools (Chromium included) and runs every test
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NPM_MODULES := node_modules
VENDOR := static/vendor
export DJANGO_DEBUG ?= 1
export DJANGO_SECURE ?= 0

.PHONY: run test install install-test assets demo chromium clean

run: install assets
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:8000

test: install-test assets chromium
	$(PY) -m pytest

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

clean:
	rm -rf $(VENV) $(NPM_MODULES) $(VENDOR) staticfiles
