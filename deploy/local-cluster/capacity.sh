#!/usr/bin/env bash
# What one app node serves, and what PostgreSQL and OpenSearch do for it, measured on the local cluster
# (KEEP_CLUSTER=1 failure-tests.sh first: it leaves the cluster running, with an administrator "chief").
# The figures of docs/operators/scale-out.md come from this script. Node B is left without its page cache.
#   deploy/local-cluster/capacity.sh [seconds per run, default 15]
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIR=${NASHIR_CLUSTER_DIR:-$ROOT/target/local-cluster}
SECONDS_PER_RUN=${1:-15}
LB=http://127.0.0.1:${NASHIR_CLUSTER_PORT:-8080}
A=http://127.0.0.1:18081
B=http://127.0.0.1:18082
PG_PORT=55432

psql_q() { psql -h 127.0.0.1 -p "$PG_PORT" -U nashir -d nashir -Atc "$1"; }
pg_xacts() { psql_q "select xact_commit + xact_rollback from pg_stat_database where datname = 'nashir'"; }
pg_rows() { psql_q "select tup_returned + tup_fetched from pg_stat_database where datname = 'nashir'"; }
os_queries() { curl -fsS "http://127.0.0.1:19202/_nodes/stats/indices/search" | jq '[.nodes[].indices.search.query_total] | add'; }
os_indexed() { curl -fsS "http://127.0.0.1:19202/_nodes/stats/indices/indexing" | jq '[.nodes[].indices.indexing.index_total] | add'; }
rate() { awk '/Requests\/sec/ {printf "%d", $2}' "$1"; }
p99() { awk '/ 99%/ {print $2}' "$1"; }

measure() { # label url [wrk args...]
  local label=$1 url=$2; shift 2
  local x0 r0 q0 x1 r1 q1 out="$DIR/capacity-$(echo "$label" | tr -c 'a-z0-9' '-').txt"
  # a few seconds first, not counted: the figures are of a node in service, not of its compiler
  wrk -t2 -c8 -d5s "$@" "$url" >/dev/null 2>&1
  x0=$(pg_xacts); r0=$(pg_rows); q0=$(os_queries)
  wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" --latency "$@" "$url" >"$out" 2>&1
  x1=$(pg_xacts); r1=$(pg_rows); q1=$(os_queries)
  local requests
  requests=$(awk '/requests in/ {print $1}' "$out")
  printf '| %s | %s | %s | %.2f | %.0f | %.2f |\n' "$label" "$(rate "$out")" "$(p99 "$out")" \
      "$(echo "($x1 - $x0) / $requests" | bc -l)" "$(echo "($r1 - $r0) / $requests" | bc -l)" \
      "$(echo "($q1 - $q0) / $requests" | bc -l)"
}

command -v bc >/dev/null || { echo "needs bc" >&2; exit 1; }
curl -fsS -o /dev/null "$A/actuator/health" || { echo "start the cluster first: $HERE/cluster.sh start" >&2; exit 1; }

STORY=$(curl -fsS "$A/api/v1/articles?limit=1" | jq -r '.articles[0].url' | sed -E 's|^https?://[^/]+||')
SECTION=$(curl -fsS "$A/api/v1/sections" | jq -r '.sections[0].url' | sed -E 's|^https?://[^/]+||')
WORD=$(jq -rn --arg s "الحكومة" '$s|@uri')
for url in "$A$STORY" "$A/" "$A$SECTION" "$B$STORY" "$B/"; do curl -fsS -o /dev/null "$url"; done

echo "wrk, 2 threads, 8 connections, ${SECONDS_PER_RUN} s each after 5 s not counted; per request: PostgreSQL transactions and rows read, OpenSearch shard queries"
echo
echo "| what | requests/s | p99 | PG transactions | PG rows read | OpenSearch queries |"
echo "|---|---|---|---|---|---|"
measure "node A, story page, cached" "$A$STORY"
measure "node A, home page, cached" "$A/"
measure "node A, search page (never cached)" "$A/search?q=$WORD"
measure "node A, search API (never cached)" "$A/api/v1/search?q=$WORD"
measure "nginx, both nodes, story page, cached" "$LB$STORY"
measure "nginx, both nodes, search API" "$LB/api/v1/search?q=$WORD"

# uncached pages: node B again without its page cache
NASHIR_CACHE_PAGES_ENABLED=false "$HERE/cluster.sh" node 18082
for _ in 1 2 3; do curl -fsS -o /dev/null "$B$STORY"; curl -fsS -o /dev/null "$B$SECTION"; curl -fsS -o /dev/null "$B/"; done
measure "node B without page cache, story page" "$B$STORY"
measure "node B without page cache, section page" "$B$SECTION"
measure "node B without page cache, home page" "$B/"

# publishing: what one story costs the database and the search cluster
TOKEN=$("$HERE/cluster.sh" cli create-token --username=chief --name=capacity --scopes=stories:write,stories:publish \
    | tail -1 || true)
if [[ $TOKEN == nsr_* ]]; then
  SECTION_ID=$(curl -fsS "$A/api/v1/sections" | jq '.sections[0].id')
  # the nodes' own polling (outbox, cluster membership, cache purges), counted apart
  x0=$(pg_xacts); sleep 10; x1=$(pg_xacts)
  idle=$(echo "($x1 - $x0) / 10" | bc -l)
  printf '\nidle, both nodes: %.1f PostgreSQL transactions per second\n' "$idle"
  t0=$(date +%s.%N); x0=$(pg_xacts); i0=$(os_indexed)
  for n in $(seq 1 20); do
    id=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "$(jq -n --arg h "خبر قياس السعة رقم $n" --argjson s "$SECTION_ID" \
              '{headline: $h, section_id: $s, body: {blocks: [{type: "paragraph", html: "فقرة للقياس."}]}}')" \
        "$A/api/v1/admin/articles" | jq '.id')
    curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" "$A/api/v1/admin/articles/$id/publish"
  done
  sleep 3
  x1=$(pg_xacts); i1=$(os_indexed); t1=$(date +%s.%N)
  printf 'per story created and published (20 stories): %.1f PostgreSQL transactions beyond the idle ones, %.1f OpenSearch document writes (primary and replica)\n' \
      "$(echo "($x1 - $x0 - $idle * ($t1 - $t0)) / 20" | bc -l)" "$(echo "($i1 - $i0) / 20" | bc -l)"
fi
