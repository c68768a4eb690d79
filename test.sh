#!/usr/bin/env bash
# Runs every test project against real parts: SQLite, a PostgreSQL server and an SMTP server started here, Chromium.
# Installs what is missing (as root, with apt; the OpenAPI linter with npm), and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need_apt+=(postgresql)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || need_apt+=(python3-aiosmtpd)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq "${need_apt[@]}"; } >"$RESULTS/apt.log" 2>&1 || { echo "apt-get failed, see $RESULTS/apt.log"; exit 1; }
fi

# One PostgreSQL server for the whole run, on a free port, in a throwaway folder.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d /tmp/tandem-pg.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
as_postgres() { if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$PGDIR"; runuser -u postgres -- "$@"; else "$@"; fi; }
as_postgres "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$RESULTS/pg-init.log" 2>&1 \
  || { echo "initdb failed, see $RESULTS/pg-init.log"; exit 1; }
as_postgres "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 30 \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null \
  || { echo "PostgreSQL did not start"; cat "$PGDIR/server.log"; exit 1; }
# One SMTP server for the whole run (Debian's aiosmtpd), keeping every message it receives in a Maildir folder that the
# tests read back.
MAILDIR=$(mktemp -d /tmp/tandem-mail.XXXXXX) && mkdir -p "$MAILDIR"/{tmp,new,cur}
SMTPPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTPPORT" -c aiosmtpd.handlers.Mailbox "$MAILDIR" >"$RESULTS/smtp.log" 2>&1 &
SMTPPID=$!
stop_pg() { as_postgres "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1; rm -rf "$PGDIR"; kill "$SMTPPID" 2>/dev/null; rm -rf "$MAILDIR"; }
trap stop_pg EXIT
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$SMTPPORT") 2>/dev/null && break; sleep 0.1; done
export TANDEM_TEST_SMTP="127.0.0.1:$SMTPPORT" TANDEM_TEST_MAILDIR="$MAILDIR"
export TANDEM_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Pooling=true"
export TANDEM_CHROMIUM="${TANDEM_CHROMIUM:-$(command -v chromium)}"

# The OpenAPI linter that ApiContractTests runs (Redocly CLI, pinned in tools/openapi-lint/package-lock.json).
npm ci --prefix tools/openapi-lint --no-audit --no-fund --silent >"$RESULTS/npm.log" 2>&1 || { echo "npm ci failed, see $RESULTS/npm.log"; exit 1; }

dotnet build Tandem.slnx -c Release -v quiet -nologo || { echo "0 passed, 1 failed"; exit 1; }

status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$RESULTS/$name.trx" --logger "console;verbosity=minimal" || status=1
done

# One line over all projects, from the TRX files.
python3 - "$RESULTS" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("{*}ResultSummary/{*}Counters")
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
print(f"{passed} passed, {failed} failed")
PY
exit $status
