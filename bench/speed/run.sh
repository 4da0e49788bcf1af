#!/usr/bin/env bash
# Speed benchmark, one command (as root, on the 2-core machine): bench/speed/run.sh
#
# Imports the ANT corpus (10,161 real Arabic stories) into a fresh embedded data directory (REUSE=1
# keeps the last one), then for each JDK in JDKS:
#   1. times process start → first served page, with java -jar and with the launcher, which then serves;
#   2. saves a copy of one story page and serves it with nginx (Debian) as a static file: the limit;
#   3. runs wrk with the same settings against each target in turn, static first, and prints
#      requests/s, p50, p99 and the ratio to static: story (cache hit), home, section page 1 and
#      page 200, search, feed; the server's resident memory is sampled throughout;
#   4. restarts Nashir with the page cache off and measures the same pages again (the cold path);
#   5. WordPress's story page without a page cache, when WORDPRESS=1 (set up with the peers rig in
#      ../shared/bench/peers, nginx + php-fpm + MariaDB from Debian);
#   6. an overload burst: search (never cached) at OVERLOAD_CONNS connections, counting 503s.
# Then, when SOAK is set (e.g. SOAK=10m), a soak on the last JDK: a mix of cached pages, misses over
# many stories, and searches, with resident memory printed every 30 s.
#
# Environment: SHARED (../shared), BENCH_DIR (/tmp/nashir-bench-speed), JDKS (java homes, default the
# machine's JDK 17 and Temurin 25), DURATION (15s), WARMUP (5s per target), JIT_WARMUP (20s per page
# after each start, so that the JIT has compiled the hot paths), THREADS (2), CONNS (32), OVERLOAD_CONNS (256);
# NASHIR_MEMORY and JAVA_OPTS as for the launcher (docs/operators/startup.md).
set -euo pipefail
shopt -s extglob
cd "$(dirname "$0")/../.."
. bench/lib.sh
ROOT=$(pwd)
SHARED=$(cd "${SHARED:-../shared}" && pwd)
CORPUS=$SHARED/data/ant-v1.1/articles.jsonl.gz
WORK=${BENCH_DIR:-/tmp/nashir-bench-speed}
JDKS=${JDKS:-"$(dirname "$(dirname "$(readlink -f "$(command -v java)")")") /usr/lib/jvm/temurin-25-jdk-amd64"}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNS=${CONNS:-32}
OVERLOAD_CONNS=${OVERLOAD_CONNS:-256}
JIT_WARMUP=${JIT_WARMUP:-20s}
PORT=18094
STATIC_PORT=18095
BASE="http://127.0.0.1:$PORT"

. "$SHARED/bench/peers/lib.sh"
require_root
prepare_state_dirs
command -v wrk >/dev/null || apt_install wrk
command -v nginx >/dev/null || apt_install nginx

site_with_ant "$WORK"

SERVER=
stop_server() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=; fi
}
SAMPLER=
stop_sampler() {
  if [ -n "$SAMPLER" ]; then kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true; SAMPLER=; fi
}
trap 'stop_sampler; stop_server; stop_pidfile nginx-nashir-static "$PEERS_RUN/nginx-nashir-static.pid" 5' EXIT

# start_server JAVA_HOME [app args]: Nashir as production runs it, through the launcher the build writes
# (target/nashir/bin/nashir: its memory flags, Spring AOT and this JDK's start-up cache; JAVA_OPTS adds flags);
# start_jar: plain java -jar target/nashir.jar with the JVM's defaults. Both set SERVER and START_MS, the
# milliseconds from process start to the first page.
start_server() { launch launcher "$@"; }
start_jar() { launch jar "$@"; }
launch() {
  local how=$1 java_home=$2 t0 t1
  shift 2
  port_free "$PORT" || die "port $PORT is taken: stop what listens there first"
  # wrk is one client address: per-client limits would answer most of its requests 429 (the overload burst below
  # is there to see the site-wide load shedding)
  set -- --server.port=$PORT --nashir.security.rate-limits.enabled=false "$@"
  t0=$(date +%s%N)
  if [ "$how" = jar ]; then
    "$java_home/bin/java" -jar target/nashir.jar "$@" >"$WORK/server.log" 2>&1 &
  else
    JAVA_HOME=$java_home target/nashir/bin/nashir "$@" >"$WORK/server.log" 2>&1 &
  fi
  SERVER=$!
  until curl -fs -o /dev/null "$BASE/"; do
    kill -0 "$SERVER" 2>/dev/null || { tail -30 "$WORK/server.log" >&2; die "the server died"; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  START_MS=$(( (t1 - t0) / 1000000 ))
}

rss_mb() { echo $(( $(ps -o rss= -p "$SERVER" | tr -d ' ') / 1024 )); }

# samples the server's resident memory every second into $WORK/rss.txt
start_sampler() {
  : >"$WORK/rss.txt"
  ( while kill -0 "$SERVER" 2>/dev/null; do ps -o rss= -p "$SERVER" >>"$WORK/rss.txt" 2>/dev/null || true; sleep 1; done ) &
  SAMPLER=$!
}
max_rss_mb() { sort -n "$WORK/rss.txt" | tail -1 | awk '{printf "%d", $1 / 1024}'; }

STATIC_RPS=
# measure NAME URL: warm-up, then one wrk run; prints a row with the ratio to the static file
measure() {
  local name=$1 url=$2 out rps p50 p99 errors ratio
  wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$url" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --timeout 30s --latency "$url")
  echo "$out" >"$WORK/wrk-$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-').txt"
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {n+=$NF} /Socket errors/ {n+=1} END {print n+0}')
  [ -z "$STATIC_RPS" ] && STATIC_RPS=$rps
  ratio=$(awk -v a="$rps" -v b="$STATIC_RPS" 'BEGIN {printf "%.3f", a / b}')
  printf '%-34s %10s %9s %9s %9s %7s\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$errors"
}
# the JIT compiles the hot paths in the first minute or two on 2 cores; measure the server as it runs for days
warm_up() {
  local url
  for url in "$@"; do wrk -t"$THREADS" -c"$CONNS" -d"$JIT_WARMUP" "$url" >/dev/null; done
}
header() { printf '%-34s %10s %9s %9s %9s %7s\n' target 'req/s' p50 p99 'x static' errors; }

serve_static_copy() {
  local story=$1
  mkdir -p "$WORK/static"
  curl -fs "$BASE$story" -o "$WORK/static/story.html"
  chmod -R a+rX "$WORK/static"
  prepare_nginx_tmp nashir-static
  {
    nginx_main_block nashir-static
    echo 'http {'
    nginx_http_common nashir-static
    cat <<CONF
    server {
        listen 127.0.0.1:$STATIC_PORT;
        root $WORK/static;
        charset utf-8;
        location = / { try_files /story.html =404; default_type text/html; }
    }
}
CONF
  } >"$WORK/nginx.conf"
  start_nginx nashir-static "$WORK/nginx.conf"
  wait_for 10 "static nginx" http_ok "http://127.0.0.1:$STATIC_PORT/"
}

WP_URL=
if [ -n "${WORDPRESS:-}" ]; then
  bash "$SHARED/bench/peers/setup-wordpress.sh" >"$WORK/wordpress-setup.log" 2>&1
  WP_URL=$(cat "$PEERS_STATE/wordpress/article-url")
fi

for JDK in $JDKS; do
  echo
  echo "== $("$JDK/bin/java" -version 2>&1 | head -1), through target/nashir/bin/nashir"
  JAVA_HOME=$JDK target/nashir/bin/nashir train >"$WORK/training.log" 2>&1 || die "training failed: $WORK/training.log"
  plain=()
  for _ in 1 2 3; do
    start_jar "$JDK"
    plain+=("$START_MS")
    stop_server
  done
  launched=()
  for _ in 1 2 3; do
    stop_server
    start_server "$JDK"
    launched+=("$START_MS")
  done
  STORY_ID=$(curl -s "$BASE/api/v1/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"][0]["id"])')
  STORY=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/a/$STORY_ID" | sed "s|^$BASE||")
  # the first section deep enough to have a page 200
  SECTION=
  for slug in $(curl -s "$BASE/api/v1/sections" | python3 -c 'import json,sys,urllib.parse
for s in json.load(sys.stdin)["sections"]: print(urllib.parse.quote(s["slug"]))'); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/$slug/page/200")" = 200 ] && { SECTION=$slug; break; }
  done
  [ -n "$SECTION" ] || die "no section has 200 pages"
  QUERY=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("الحكومة"))')
  echo "start to first page: java -jar ${plain[*]} ms; the launcher ${launched[*]} ms"
  echo "resident memory idle: $(rss_mb) MB"
  echo "story $STORY ($(curl -s "$BASE$STORY" | wc -c) bytes), section /$SECTION"
  [ -f "$WORK/static/story.html" ] || serve_static_copy "$STORY"
  pid_alive "$PEERS_RUN/nginx-nashir-static.pid" || serve_static_copy "$STORY"
  STATIC_RPS=
  warm_up "$BASE$STORY" "$BASE/" "$BASE/$SECTION" "$BASE/$SECTION/page/200" "$BASE/feed" "$BASE/search?q=$QUERY"
  start_sampler
  header
  measure "static file (nginx)" "http://127.0.0.1:$STATIC_PORT/"
  measure "story (cache hit)" "$BASE$STORY"
  measure "home (cache hit)" "$BASE/"
  measure "section page 1 (cache hit)" "$BASE/$SECTION"
  measure "section page 200 (cache hit)" "$BASE/$SECTION/page/200"
  measure "feed (cache hit)" "$BASE/feed"
  measure "search (never cached)" "$BASE/search?q=$QUERY"
  stop_sampler
  echo "resident memory under load: max $(max_rss_mb) MB"
  stop_server

  start_server "$JDK" --nashir.cache.pages.enabled=false
  warm_up "$BASE$STORY" "$BASE/" "$BASE/$SECTION" "$BASE/$SECTION/page/200" "$BASE/feed"
  start_sampler
  measure "story (cache off)" "$BASE$STORY"
  measure "home (cache off)" "$BASE/"
  measure "section page 1 (cache off)" "$BASE/$SECTION"
  measure "section page 200 (cache off)" "$BASE/$SECTION/page/200"
  measure "feed (cache off)" "$BASE/feed"
  [ -n "$WP_URL" ] && measure "WordPress story (no page cache)" "$WP_URL"
  stop_sampler
  echo "resident memory under load, cache off: max $(max_rss_mb) MB"
  if [ -n "$WP_URL" ]; then
    awk -v a="$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-story--cache-off-.txt")" \
        -v b="$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-WordPress-story--no-page-cache-.txt")" \
        'BEGIN {printf "story with the cache off ÷ WordPress story: %.0f×\n", a / b}'
  fi

  out=$(wrk -t"$THREADS" -c"$OVERLOAD_CONNS" -d"$DURATION" --timeout 30s --latency "$BASE/search?q=$QUERY")
  echo "$out" >"$WORK/wrk-overload.txt"
  echo "overload, search at $OVERLOAD_CONNS connections: $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s," \
    "p50 $(echo "$out" | awk '$1=="50%" {print $2}'), p99 $(echo "$out" | awk '$1=="99%" {print $2}')," \
    "non-2xx $(echo "$out" | awk '/Non-2xx/ {print $NF}' | grep . || echo 0) of $(echo "$out" | awk '/requests in/ {print $1}')," \
    "Retry-After: $(curl -s -o /dev/null -D - "$BASE/search?q=$QUERY" | awk 'tolower($1)=="retry-after:" {print $2}' | tr -d '\r' | grep . || echo '-')"
  stop_server
done

if [ -n "${SOAK:-}" ]; then
  echo
  echo "== soak $SOAK on $("$JDK/bin/java" -version 2>&1 | head -1): cached pages, misses over many stories, searches"
  start_server "$JDK"
  # 100 stories and 200 section pages: the cache keeps the popular ones, the rest are rendered
  curl -s "$BASE/api/v1/articles?limit=100" | python3 -c '
import json, sys, urllib.parse
for a in json.load(sys.stdin)["articles"]: print(urllib.parse.urlsplit(a["url"]).path)' >"$WORK/soak-paths.txt"
  for n in $(seq 2 200); do echo "/$SECTION/page/$n"; done >>"$WORK/soak-paths.txt"
  cat >"$WORK/soak.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("SOAK_PATHS")) do paths[#paths + 1] = line end
local counter = 0
request = function()
  counter = counter + 1
  local r = counter % 10
  if r < 5 then return wrk.format("GET", "/")
  elseif r < 9 then return wrk.format("GET", paths[(counter * 7919) % #paths + 1])
  else return wrk.format("GET", "/search?q=%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9&page=" .. (counter % 20 + 1)) end
end
LUA
  SOAK_PATHS=$WORK/soak-paths.txt wrk -t"$THREADS" -c"$CONNS" -d"$SOAK" --timeout 30s --latency -s "$WORK/soak.lua" "$BASE" >"$WORK/wrk-soak.txt" &
  WRK=$!
  while kill -0 "$WRK" 2>/dev/null; do
    printf '%s resident %s MB\n' "$(date +%H:%M:%S)" "$(rss_mb)"
    sleep 30
  done
  wait "$WRK" || true
  grep -E "Requests/sec|Non-2xx|Socket|requests in" "$WORK/wrk-soak.txt"
  echo "after the soak: resident $(rss_mb) MB"
fi
