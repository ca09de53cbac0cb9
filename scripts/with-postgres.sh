#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster, then always removes the cluster.
#
#   scripts/with-postgres.sh .venv/bin/python -m pytest -q
#
# The cluster lives in a temporary folder, listens on 127.0.0.1 only and trusts local
# connections (it holds test data only). The command gets DATABASE_URL pointing at it.
# As root the cluster runs as the `postgres` user (initdb refuses root); otherwise as you.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$PG_BIN/initdb" ]; then
    echo "PostgreSQL 15 niet gevonden in $PG_BIN (installeer: make postgres)" >&2
    exit 2
fi
if [ "$#" -eq 0 ]; then
    echo "Gebruik: $0 COMMANDO [ARGUMENTEN...]" >&2
    exit 2
fi

# A free loopback port, so parallel runs on one machine do not collide.
PG_PORT="${PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
DATA_DIR="$(mktemp -d -t pgtest.XXXXXX)"

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    as_owner "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DATA_DIR"
}
trap stop_cluster EXIT
# Turn INT/TERM into a normal exit so the EXIT trap stops the cluster.
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$DATA_DIR"
fi
as_owner "$PG_BIN/initdb" -D "$DATA_DIR" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
# Throwaway data: durability settings off make the test run faster. The log stays in the
# data folder because the postgres user may not write to folders root created.
as_owner "$PG_BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/pg.log" -w \
    -o "-p $PG_PORT -k $DATA_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${PG_EXTRA_OPTS:-}" \
    start >/dev/null || { cat "$DATA_DIR/pg.log" >&2; exit 1; }

export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
echo "PostgreSQL draait tijdelijk op 127.0.0.1:$PG_PORT" >&2
"$@"
