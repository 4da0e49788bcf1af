#!/usr/bin/env bash
# Distribution benchmark, one command: bench/distribution/run.sh [STORIES]
#   no argument: the ANT corpus (10,161 real articles); STORIES: that many synthesised stories.
# Imports into a fresh data directory (REUSE=1 keeps the last one), starts the server, then measures
# with wrk, one client, each distribution endpoint beside two baselines served by the same process:
# a static file (the stylesheet) and a story page. Reports requests/s, p50 and p99, and response sizes.
# Environment: SHARED (default ../shared), BENCH_DIR, JAVA_HOME, DURATION (default 10s).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
SHARED=${SHARED:-../shared}
CORPUS=$SHARED/data/ant-v1.1/articles.jsonl.gz
STORIES=${1:-0}
WORK=${BENCH_DIR:-/tmp/nashir-bench-distribution}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PORT=${PORT:-18092}
DURATION=${DURATION:-10s}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
./mvnw -q -B -ntp -DskipTests package
export NASHIR_DATA_DIR=$WORK/data NASHIR_DEMO=false
if [ -n "${REUSE:-}" ] && [ -d "$WORK/data" ]; then
  echo "== reusing the stories imported in $WORK"
else
  rm -rf "$WORK" && mkdir -p "$WORK"
  import_ant "$WORK" "$STORIES"
fi
echo "== $("$JAVA" -version 2>&1 | head -1)"

"$JAVA" -Xmx2g -jar target/nashir.jar --server.port="$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done
BASE="http://127.0.0.1:$PORT"
MONTH=$(curl -s "$BASE/sitemap.xml" | grep -o 'articles-[0-9-]*\.xml' | tail -1)
STORY=$(curl -s "$BASE/api/v1/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"][0]["id"])')
STORY_PAGE=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/a/$STORY" | sed "s|^$BASE||")
SECTION=$(curl -s "$BASE/api/v1/sections" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["sections"][0]["slug"]))')

printf '%-44s %9s %9s %9s %10s\n' endpoint 'req/s' 'p50 ms' 'p99 ms' 'bytes'
for path in /assets/css/site.css "$STORY_PAGE" /feed /feed/atom "/$SECTION/feed" /sitemap.xml "/sitemaps/$MONTH" \
    /sitemaps/news.xml "/api/v1/articles?limit=20" "/api/v1/articles?limit=20&include=body" "/api/v1/articles/$STORY" \
    "/share/$STORY-0.png"; do
  wrk -t1 -c1 -d3s "$BASE$path" >/dev/null
  out=$(wrk -t1 -c1 -d"$DURATION" --latency "$BASE$path")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$path")
  printf '%-44s %9s %9s %9s %10s\n' "$(python3 -c 'import sys,urllib.parse; print(urllib.parse.unquote(sys.argv[1])[:44])' "$path")" "$rps" "$p50" "$p99" "$bytes"
done
