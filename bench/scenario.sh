#!/usr/bin/env bash
# One benchmark scenario set on SQLite, timed through a running Tandem:
#   bench/scenario.sh goals [GOALS]          a goal tree of GOALS goals (default 100,000)
#   bench/scenario.sh development [PEOPLE]   capabilities and gaps for PEOPLE people (default 100,000), 50 capabilities
# Builds Release, generates bench/data/NAME-COUNT.db once, starts Tandem on it on a free loopback port, runs the
# scenarios and appends the table to bench/results/NAME.md.
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=${1:?goals or development}
COUNT=${2:-100000}
DATA=bench/data/$NAME-$COUNT.db
BENCH=bench/Tandem.Bench/bin/Release/net10.0
APPDIR=src/Tandem/bin/Release/net10.0
mkdir -p bench/data bench/results

dotnet build bench/Tandem.Bench -c Release -v quiet -nologo >/dev/null
if [ ! -f "$DATA" ]; then
  dotnet "$BENCH/Tandem.Bench.dll" "generate-$NAME" "$DATA" "$COUNT"
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
LOG=$(mktemp /tmp/tandem-bench.XXXXXX.log)
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" Tandem__SecureCookies=false Demo__Seed=false \
  Logging__LogLevel__Default=Warning ConnectionStrings__Tandem="Data Source=$(pwd)/$DATA" \
  bash -c "cd $APPDIR && exec dotnet Tandem.dll" >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { echo "Tandem did not start:"; cat "$LOG"; exit 1; }

{ echo; echo "Commit $(git rev-parse --short HEAD), $NAME at $COUNT."; } >> "bench/results/$NAME.md"
dotnet "$BENCH/Tandem.Bench.dll" "$NAME" "http://127.0.0.1:$PORT" "bench/results/$NAME.md"
echo "Peak RSS of Tandem: $(awk '/VmHWM/ {printf "%d MB", $2/1024}' /proc/$APP/status)" | tee -a "bench/results/$NAME.md"
