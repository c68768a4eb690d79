#!/usr/bin/env bash
# The people import at scale (issue 16):  bench/import.sh [sqlite|postgres] [PEOPLE]
# Builds Release, generates a fresh organisation (a CEO and an HR admin) and a CSV of PEOPLE people (default 50,000;
# bench/data/import-PEOPLE.csv), starts Tandem on it on a free loopback port, and posts the file as a dry run, for
# real, again unchanged, and with every tenth title changed. Prints each answer's time, size and counts with Tandem's
# peak RSS (VmHWM) so far, and appends the table to bench/results/import.md.
# PostgreSQL: set TANDEM_BENCH_POSTGRES to a server (e.g. Host=127.0.0.1;Port=5432;Username=postgres); the database
# tandem_import on it is dropped and created again.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PROVIDER=${1:-sqlite}
PEOPLE=${2:-50000}
BENCH="$ROOT/bench/Tandem.Bench/bin/Release/net10.0/Tandem.Bench.dll"
APPDIR="$ROOT/src/Tandem/bin/Release/net10.0"
CSV="$ROOT/bench/data/import-$PEOPLE.csv"
mkdir -p bench/data bench/results
if [ "$PROVIDER" = postgres ]; then
  CONNECTION="${TANDEM_BENCH_POSTGRES:?set TANDEM_BENCH_POSTGRES to a PostgreSQL server};Database=tandem_import"
else
  CONNECTION="Data Source=$ROOT/bench/data/import.db"
  rm -f bench/data/import.db bench/data/import.db-wal bench/data/import.db-shm
fi

COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo +)"
dotnet build bench/Tandem.Bench -c Release -v quiet -nologo >/tmp/tandem-import-build.log 2>&1 || { cat /tmp/tandem-import-build.log; exit 1; }
dotnet "$BENCH" generate-import "$PROVIDER" "$CONNECTION" "$CSV" "$PEOPLE"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
LOG=$(mktemp /tmp/tandem-import.XXXXXX.log)
(cd "$APPDIR" && exec env ${BENCH_ENV:-} ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" Tandem__SecureCookies=false \
  Demo__Seed=false Logging__LogLevel__Default=Warning Database__Provider="$PROVIDER" ConnectionStrings__Tandem="$CONNECTION" \
  dotnet Tandem.dll) >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && break; kill -0 $APP 2>/dev/null || break; sleep 1; done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { echo "Tandem did not start:"; cat "$LOG"; exit 1; }

OUT=$(mktemp /tmp/tandem-import.XXXXXX.md)
dotnet "$BENCH" import "http://127.0.0.1:$PORT" "$CSV" "$APP" | tee "$OUT" || { echo "The run failed; Tandem's log:"; tail -60 "$LOG"; exit 1; }
{ echo; echo "## $(date -u '+%Y-%m-%d %H:%M') UTC, commit $COMMIT, $PROVIDER, $PEOPLE people, $(nproc) cores"; echo; cat "$OUT"; } >> bench/results/import.md
rm -f "$OUT"
if grep -q "fail:" "$LOG"; then echo "Tandem logged errors:"; grep -A5 "fail:" "$LOG" | head -40; fi
