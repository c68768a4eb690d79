#!/usr/bin/env bash
# The load benchmark (issue 7):  bench/run.sh [sqlite|postgres] [--quick]
# Builds the benchmark build of Tandem (-c Bench: Release plus the raw ADO.NET baseline endpoints), generates the data
# set once (bench/data; regenerated after a week, since it ends on the day it was made), starts Tandem on it, and
# drives the scenarios written by `Tandem.Bench targets` with wrk over loopback: every read scenario alone with 32
# connections, the raw baselines, then the write mix (agenda topics, feedback, check-ins) alongside reads. The table
# goes to bench/results/load-PROVIDER[-quick]-TIMESTAMP.md. --quick: 3,000 people and 5 s per scenario.
# --only REGEX: just the scenarios whose names match (a name starting "write:" brings in the whole write mix).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PROVIDER=sqlite QUICK="" ONLY=""
while [ $# -gt 0 ]; do
  case $1 in
    sqlite|postgres) PROVIDER=$1 ;;
    --quick) QUICK=--quick ;;
    --only) ONLY=${2:?--only needs a pattern}; shift ;;
    *) echo "usage: bench/run.sh [sqlite|postgres] [--quick] [--only REGEX]" >&2; exit 2 ;;
  esac
  shift
done
wanted() { [ -z "$ONLY" ] || [[ $1 =~ $ONLY ]]; }
if [ -n "$QUICK" ]; then PEOPLE=3000 ORGS=5 DURATION=5 MIX=10 SET=quick; else PEOPLE=100000 ORGS=300 DURATION=20 MIX=60 SET=full; fi
CONNECTIONS=32
BENCH="$ROOT/bench/Tandem.Bench/bin/Release/net10.0/Tandem.Bench.dll"
APPDIR="$ROOT/src/Tandem/bin/Bench/net10.0"
WORK=$(mktemp -d /tmp/tandem-load.XXXXXX)
mkdir -p bench/data bench/results

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
command -v wrk >/dev/null || need+=(wrk)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)
[ "$PROVIDER" = postgres ] && { ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql); }
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log"; exit 1; }
fi

COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo +)" # what is built, before the build
echo "Building (Release tool, Bench app)"
dotnet build bench/Tandem.Bench -c Release -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet build src/Tandem -c Bench -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }

MARKER="bench/data/$SET-$PROVIDER.generated"
# Stale after a week, or when a migration is newer than the data set (the schema changed under it); not the build's obj/.
stale() { [ ! -f "$MARKER" ] || [ -n "$(find "$MARKER" -mtime +6)" ] || [ -n "$(find src/Tandem.Migrations.*/Migrations -name '*.cs' -newer "$MARKER")" ]; }
PG_RUNNING=""
cleanup() {
  [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
  [ -n "${SMTP:-}" ] && kill "$SMTP" 2>/dev/null
  [ -n "$PG_RUNNING" ] && as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
if [ "$PROVIDER" = postgres ]; then
  # A server of our own whose data stays in bench/data/postgres between runs.
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGDATA="$ROOT/bench/data/postgres"
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  as_postgres() { if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$PGDATA"; runuser -u postgres -- "$@"; else "$@"; fi; }
  if [ ! -d "$PGDATA" ]; then
    mkdir -p "$PGDATA"; rm -f bench/data/*-postgres.generated
    as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log"; exit 1; }
  fi
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
    -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=1GB -c max_wal_size=8GB" start >/dev/null \
    || { cat "$PGDATA/server.log"; exit 1; }
  PG_RUNNING=yes
  CONNECTION="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=tandem_$SET;Maximum Pool Size=64"
else
  CONNECTION="Data Source=$ROOT/bench/data/$SET-sqlite.db"
fi
if stale; then
  echo "Generating the $SET data set on $PROVIDER ($PEOPLE people and $ORGS small organisations)"
  dotnet "$BENCH" generate-full "$PROVIDER" "$CONNECTION" "$PEOPLE" "$ORGS" | tee "$WORK/generate.log"
  touch "$MARKER"
fi
dotnet "$BENCH" reset "$PROVIDER" "$CONNECTION"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
# Rate limits raised so that the scenarios' few accounts are not throttled; everything else as in production.
(cd "$APPDIR" && exec env ${BENCH_ENV:-} ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" Tandem__SecureCookies=false Demo__Seed=false \
  Logging__LogLevel__Default=Warning Database__Provider="$PROVIDER" ConnectionStrings__Tandem="$CONNECTION" \
  RateLimits__SignInPerMinute=1000 RateLimits__FeedbackPerHour=100000000 dotnet Tandem.dll) >"$WORK/tandem.log" 2>&1 &
APP=$!
# Up to 15 minutes: the first start after a new migration builds its indexes and statistics on the whole data set.
for _ in $(seq 1 900); do curl -fs "$BASE/health" >/dev/null && break; kill -0 $APP 2>/dev/null || break; sleep 1; done
curl -fs "$BASE/health" >/dev/null || { echo "Tandem did not start:"; cat "$WORK/tandem.log"; exit 1; }

echo "Preparing the scenarios"
dotnet "$BENCH" targets "$BASE" "$WORK" "$PROVIDER" "$CONNECTION" $QUICK
OUT="$WORK/results.jsonl"
if wanted "notices"; then
  # A local SMTP server that takes every message and keeps none (Debian's python3-aiosmtpd).
  SMTP_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Sink >"$WORK/smtp.log" 2>&1 &
  SMTP=$!
  sleep 1
  echo "Notices: a morning's 1:1 reminders, then their emails"
  dotnet "$BENCH" notices "$BASE" "$WORK" "$APP" "$SMTP_PORT"
  kill "$SMTP"; SMTP=""
fi
# One wrk run: name, seconds, threads, connections, token, paths file, method, body.
load() {
  BENCH_NAME="$1" BENCH_THREADS="$3" BENCH_TOKEN="$5" BENCH_PATHS="$6" BENCH_METHOD="$7" BENCH_BODY="$8" BENCH_OUT="$OUT" \
    wrk -t"$3" -c"$4" -d"$2s" --timeout 10s -s bench/scenario.lua "$BASE" >"$WORK/wrk.$BASHPID.log" 2>&1 \
    || { echo "wrk failed for $1:"; cat "$WORK/wrk.$BASHPID.log"; return 1; }
}

echo "Warming up"
while IFS=$'\t' read -r name method token paths body; do
  [ "$method" = GET ] && BENCH_OUT=/dev/null load "$name" 1 1 4 "$WORK/$token.token" "$paths" GET "" || true
done <"$WORK/scenarios.tsv"
: >"$OUT"

# Tandem's CPU time (user + system, in clock ticks): per request, it shows less of the machine's other work than requests/s.
app_cpu() { awk '{ print $14 + $15 }' /proc/$APP/stat; }
# wrk stops waiting when its time is up, Tandem does not: a slow scenario's last requests would still be running in the
# next one, in its latencies and its CPU time. Waits (up to 30 s) until Tandem has been idle for half a second.
settle() { for _ in $(seq 1 60); do local before; before=$(app_cpu); sleep 0.5; [ $(( $(app_cpu) - before )) -le 2 ] && return; done; }
echo "Reads, $DURATION s each with $CONNECTIONS connections"
while IFS=$'\t' read -r name method token paths body; do
  [ "$method" = GET ] && wanted "$name" || continue
  settle
  cpu=$(app_cpu)
  load "$name" "$DURATION" 2 "$CONNECTIONS" "$WORK/$token.token" "$paths" GET ""
  tail -1 "$OUT"
  printf '%s\t%s\t%s\n' "$name" $(( $(app_cpu) - cpu )) "$(tail -1 "$OUT" | sed 's/.*"requests":\([0-9]*\).*/\1/')" >>"$WORK/cpu.tsv"
done <"$WORK/scenarios.tsv"

writes=$(awk -F'\t' '$2 == "POST" { print $1 }' "$WORK/scenarios.tsv")
if [ -z "$ONLY" ] || grep -qE "$ONLY" <<<"$writes"; then
  settle
  echo "Write mix alongside reads, $MIX s: each write with 8 connections, the manager home page with 8"
  pids=()
  while IFS=$'\t' read -r name method token paths body; do
    [ "$method" = POST ] || continue
    # A check-in thread keeps to its own key results, so its threads have one connection each.
    case $body in *'"version":{arg}'*) threads=8 ;; *) threads=2 ;; esac
    load "$name" "$MIX" "$threads" 8 "$WORK/$token.token" "$paths" POST "$body" & pids+=($!)
  done <"$WORK/scenarios.tsv"
  IFS=$'\t' read -r _ _ token paths _ < <(awk -F'\t' '$1 == "manager home page"' "$WORK/scenarios.tsv")
  load "mix: manager home page" "$MIX" 2 8 "$WORK/$token.token" "$paths" GET "" & pids+=($!)
  wait "${pids[@]}"
fi

RSS=$(awk '/VmHWM/ { print int($2 / 1024) }' /proc/$APP/status 2>/dev/null || echo 0)
if grep -qi "database is locked" "$WORK/tandem.log"; then LOCKED=$(grep -ci "database is locked" "$WORK/tandem.log"); else LOCKED=0; fi
RESULT="bench/results/load-$PROVIDER$( [ -n "$QUICK" ] && echo -quick)-$(date -u +%Y%m%d-%H%M).md"
dotnet "$BENCH" report "$OUT" "$RESULT" "$PROVIDER" "$SET" "$RSS" "$LOCKED" "$COMMIT"
[ -s "$WORK/reviews.table" ] && cat "$WORK/reviews.table" >>"$RESULT"
[ -s "$WORK/calibration.table" ] && cat "$WORK/calibration.table" >>"$RESULT"
[ -s "$WORK/notices.table" ] && cat "$WORK/notices.table" >>"$RESULT"
[ -s "$WORK/talent.table" ] && cat "$WORK/talent.table" >>"$RESULT"
if [ -s "$WORK/cpu.tsv" ]; then
  { echo; echo "Tandem's CPU time per request, each read scenario alone (user + system time of its process):"; echo
    echo "| scenario | requests | CPU s | CPU ms per request |"; echo "|---|---:|---:|---:|"
    awk -F'\t' -v hz="$(getconf CLK_TCK)" '{ printf "| %s | %d | %.1f | %.2f |\n", $1, $3, $2 / hz, $3 ? 1000 * $2 / hz / $3 : 0 }' "$WORK/cpu.tsv"
  } >>"$RESULT"
  tail -n +"$(grep -n "CPU time per request" "$RESULT" | cut -d: -f1)" "$RESULT"
fi
if grep -q "fail:" "$WORK/tandem.log"; then echo "Tandem logged errors:"; grep -A5 "fail:" "$WORK/tandem.log" | head -40; fi
