#!/usr/bin/env bash
# Search benchmark, one command: bench/search/run.sh [STORIES]
#   no argument: the ANT corpus as it is (10,161 real articles); STORIES: that many synthesised stories
#   (the corpus's sentences recombined), e.g. 1000000.
# Imports into a fresh data directory, then reports import pace, index size, search latency through the
# API (wrk, one client and eight) and, on the real corpus, concept recall and precision (concepts.tsv and
# concepts-2.tsv) for our Arabic chain beside Lucene's stock ArabicAnalyzer. Environment: SHARED (default ../shared), BENCH_DIR, JAVA_HOME;
# REUSE=1 measures again on the stories already imported in BENCH_DIR.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
SHARED=${SHARED:-../shared}
CORPUS=$SHARED/data/ant-v1.1/articles.jsonl.gz
STORIES=${1:-0}
WORK=${BENCH_DIR:-/tmp/nashir-bench-search}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PORT=${PORT:-18091}
DURATION=${DURATION:-20s}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
[ -f "$CORPUS" ] || { echo "corpus not found: $CORPUS (set SHARED)" >&2; exit 2; }
./mvnw -q -B -ntp -DskipTests package
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath

export NASHIR_DATA_DIR=$WORK/data NASHIR_DEMO=false
if [ -n "${REUSE:-}" ] && [ -d "$WORK/data" ]; then
  echo "== reusing the stories imported in $WORK, $("$JAVA" -version 2>&1 | head -1)"
else
  rm -rf "$WORK" && mkdir -p "$WORK"
  echo "== $("$JAVA" -version 2>&1 | head -1)"
  import_ant "$WORK" "$STORIES"
fi
echo "index: $(du -sh "$WORK/data/index/story" | cut -f1), database: $(du -sh "$WORK/data/db" | cut -f1)"

# wrk is one client address: per-client limits would answer most of its searches 429
"$JAVA" -Xmx2g -jar target/nashir.jar --server.port="$PORT" --nashir.security.rate-limits.enabled=false \
  > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done
# warm-up: the JIT and the index caches, as on a server that has been up for a while
wrk -t1 -c1 -d10s -s bench/search/queries.lua "http://127.0.0.1:$PORT" -- bench/search/queries.txt >/dev/null
echo "== search latency, one client"
wrk -t1 -c1 -d"$DURATION" -s bench/search/queries.lua "http://127.0.0.1:$PORT" -- bench/search/queries.txt | tail -2
echo "== search latency, eight clients"
wrk -t2 -c8 -d"$DURATION" -s bench/search/queries.lua "http://127.0.0.1:$PORT" -- bench/search/queries.txt | tail -2
kill $SERVER; wait $SERVER 2>/dev/null || true

if [ "$STORIES" = 0 ] && [ -z "${REUSE:-}" ]; then
  echo "== concept recall and precision (ours beside Lucene's stock ArabicAnalyzer)"
  "$JAVA" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    org.nashir.search.SearchQualityBenchmark "$CORPUS" "$SHARED/arabic/concepts.tsv" "$SHARED/arabic/concepts-2.tsv"
fi
