#!/usr/bin/env bash
# Development server with a task worker next to it (the worker renders the PDFs).
# Each runs in its own process group, so stopping the script (Ctrl-C or kill) also stops
# their autoreloader children.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

setsid "$PY" manage.py db_worker --interval 0.25 &  # looks for work 4 times a second when idle
worker=$!
setsid "$PY" manage.py runserver "${1:-127.0.0.1:8000}" &
server=$!
trap 'kill -- "-$worker" "-$server" 2>/dev/null || true' EXIT
trap "exit 130" INT TERM
wait "$server"
