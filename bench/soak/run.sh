#!/usr/bin/env bash
# Soak, one command (as root, on the 2-core machine): bench/soak/run.sh
#
# MINUTES (30) of mixed traffic against one Nashir on 127.0.0.1, on the embedded default with the
# ANT corpus (10,161 real Arabic stories, imported into a fresh data folder; REUSE=1 keeps the last):
#   readers  wrk, CONNS connections: 70% story pages over every story, 10% section pages, 10% the home
#            page, 10% searches;
#   editors  editors.py, one editor without pause through the admin API: create, save again with the
#            version read, publish, and every tenth story unpublish one.
# Every WINDOW seconds (60) it prints one line: readers' requests/s, non-2xx answers, socket errors,
# p50/p90/p99/max; editors' operations, errors, p50/p99/max; the server's resident memory and its heap
# after a full collection. Targets: no errors at all, and memory flat from the second window on.
# The per-client limits are off: every reader here is 127.0.0.1, and the limiter is not what is measured.
#
# Environment: SHARED (../shared), BENCH_DIR (/tmp/nashir-bench-soak), JAVA_HOME (the default java),
# JAVA_OPTS (the production settings of docs/operators/caching.md), THREADS (2), CONNS (16).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
SHARED=$(cd "${SHARED:-../shared}" && pwd)
CORPUS=$SHARED/data/ant-v1.1/articles.jsonl.gz
WORK=${BENCH_DIR:-/tmp/nashir-bench-soak}
MINUTES=${MINUTES:-30}
WINDOW=${WINDOW:-60}
THREADS=${THREADS:-2}
CONNS=${CONNS:-16}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVA_OPTS=${JAVA_OPTS:-"-Xms128m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
PORT=18096
BASE="http://127.0.0.1:$PORT"
log() { echo "== $*" >&2; }
die() { echo "soak: $*" >&2; exit 1; }
command -v wrk >/dev/null || die "wrk is missing (apt-get install wrk)"

site_with_ant "$WORK"
# the account is already there when REUSE kept the data; a real failure shows at create-token
NASHIR_ADMIN_PASSWORD=soak-test-password "$JAVA" -jar target/nashir.jar create-admin --username=soak --name=محررة \
  >/dev/null 2>&1 || true
TOKEN=$("$JAVA" -jar target/nashir.jar create-token --username=soak --scopes=stories:write,stories:publish 2>/dev/null | grep '^nsr_')

# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar target/nashir.jar --server.port=$PORT --nashir.security.rate-limits.enabled=false >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; kill $EDITORS 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$BASE/actuator/health"; do
  kill -0 "$SERVER" 2>/dev/null || { tail -30 "$WORK/server.log" >&2; die "the server died"; }
  sleep 0.2
done
"$JAVA" -version 2>&1 | head -1 >&2

# every story's path, and every section's, for the readers
python3 - "$BASE" "$WORK" <<'PY'
import json, sys, urllib.parse, urllib.request
base, work = sys.argv[1], sys.argv[2]
paths, cursor = [], None
while True:
    page = json.load(urllib.request.urlopen(base + "/api/v1/articles?limit=100" + ("&cursor=" + cursor if cursor else "")))
    paths += [urllib.parse.urlsplit(a["url"]).path for a in page["articles"]]
    cursor = page["meta"]["next_cursor"]
    if not cursor:
        break
open(work + "/paths.txt", "w").write("\n".join(paths) + "\n")
sections = [urllib.parse.urlsplit(s["url"]).path for s in json.load(urllib.request.urlopen(base + "/api/v1/sections"))["sections"]]
open(work + "/sections.txt", "w").write("\n".join(sections) + "\n")
print("== %d stories, %d sections" % (len(paths), len(sections)), file=sys.stderr)
PY
export PATHS_FILE=$WORK/paths.txt SECTIONS_FILE=$WORK/sections.txt

python3 bench/soak/editors.py "$BASE" "$TOKEN" "$WINDOW" $((MINUTES * 60)) >"$WORK/editors.txt" &
EDITORS=$!

printf '%-7s %9s %6s %6s %8s %8s %8s %8s | %6s %6s %8s %8s %8s | %7s %7s\n' elapsed "reads/s" non2xx sockerr \
  p50ms p90ms p99ms maxms "edits" errors p50ms p99ms maxms rssMB heapMB
total_errors=0
for ((w = 1; w * WINDOW <= MINUTES * 60; w++)); do
  read -r _ requests non2xx sockerr p50 p90 p99 max < <(wrk -t"$THREADS" -c"$CONNS" -d"${WINDOW}s" --timeout 10s \
    -s bench/soak/readers.lua "$BASE" | grep '^READERS')
  edits=$(sed -n "${w}p" "$WORK/editors.txt")
  while [ -z "$edits" ] && kill -0 "$EDITORS" 2>/dev/null; do sleep 0.5; edits=$(sed -n "${w}p" "$WORK/editors.txt"); done
  read -r _ ops errors ep50 ep99 emax <<<"${edits:-EDITORS 0 0 0 0 0}"
  rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SERVER/status")
  # the live heap: what is left in use right after a full collection
  heap=$(jcmd "$SERVER" GC.run >/dev/null 2>&1; jstat -gc "$SERVER" 2>/dev/null \
    | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i} NR == 2 {printf "%d", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024}')
  printf '%-7s %9.0f %6d %6d %8.1f %8.1f %8.1f %8.1f | %6d %6d %8.1f %8.1f %8.1f | %7s %7s\n' \
    "$((w * WINDOW / 60))m$((w * WINDOW % 60))s" "$(awk -v r="$requests" -v w="$WINDOW" 'BEGIN {print r / w}')" "$non2xx" "$sockerr" "$p50" "$p90" "$p99" "$max" \
    "$ops" "$errors" "$ep50" "$ep99" "$emax" "$rss" "${heap:-?}"
  total_errors=$((total_errors + non2xx + sockerr + errors))
done
wait "$EDITORS" || true
# grep -c answers 1 when it counts none
log "errors in the server's log: $(grep -c " ERROR " "$WORK/server.log" || true)"
log "errors in answers: $total_errors (target 0)"
[ "$total_errors" -eq 0 ]
