#!/usr/bin/env bash
# The scale-out failure tests (docs/operators/scale-out.md), on the local cluster of cluster.sh:
#   1. a story published through node A's admin API is on node B's page, search and feed within 2 seconds;
#   2. with one OpenSearch node killed, searches keep answering, without errors;
#   3. node A killed under load (wrk through nginx): node B answers the rest, no failures beyond A's in flight;
#   4. node A restarted: it catches up, and serves what was published while it was down;
#   5. PostgreSQL restarted: requests that need it fail fast meanwhile, then work again without an app restart.
# Exits non-zero at the first test that fails; stops the cluster in any case (KEEP_CLUSTER=1 keeps it running
# for capacity.sh).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIR=${NASHIR_CLUSTER_DIR:-$ROOT/target/local-cluster}
export NASHIR_CLUSTER_DIR=$DIR
LB=http://127.0.0.1:${NASHIR_CLUSTER_PORT:-8080}
A=http://127.0.0.1:18081
B=http://127.0.0.1:18082
PG_PORT=55432

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAIL: $*"; exit 1; }
pass() { log "PASS: $*"; }
now_ms() { date +%s%3N; }
enc() { jq -rn --arg s "$1" '$s|@uri'; }

trap '[ -n "${KEEP_CLUSTER:-}" ] || "$HERE/cluster.sh" stop >/dev/null 2>&1 || true' EXIT
"$HERE/cluster.sh" start

# an administrator and an API token, as an operator makes them
NASHIR_ADMIN_PASSWORD=cluster-test-password-1 "$HERE/cluster.sh" cli create-admin --username=chief --name="رئيسة التحرير" >/dev/null
TOKEN=$("$HERE/cluster.sh" cli create-token --username=chief --name=failure-tests --scopes=stories:write,stories:publish | tail -1)
[[ $TOKEN == nsr_* ]] || fail "no API token (see $DIR/logs/cli.log)"
SECTION=$(curl -fsS "$B/api/v1/sections" | jq '.sections[0].id')

# Whether a page holds a text. The page is read whole first: `curl | grep -q` under pipefail fails whenever grep
# finds the text and exits before curl has written the rest (curl then reports a write error).
contains() { # url text
  local page
  page=$(curl -fsS "$1") || return 1
  grep -qF -- "$2" <<<"$page"
}

publish() { # node headline -> prints the story's path
  local node=$1 headline=$2 id
  id=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "$(jq -n --arg h "$headline" --argjson s "$SECTION" \
            '{headline: $h, section_id: $s, body: {blocks: [{type: "paragraph", html: "نص تجريبي لاختبار العنقود."}]}}')" \
      "$node/api/v1/admin/articles" | jq '.id')
  curl -fsS -X POST -H "Authorization: Bearer $TOKEN" "$node/api/v1/admin/articles/$id/publish" \
      | jq -r '.url' | sed -E 's|^https?://[^/]+||'
}

# --- 1. publish on A, read on B -------------------------------------------------------------------------------
# nodes in service are warm: the first answers of a fresh JVM would time its compiler, not the propagation
for _ in 1 2 3 4 5; do
  for url in "$B/" "$B/feed" "$B/api/v1/search?q=$(enc "خبر")" "$A/api/v1/sections"; do curl -fsS -o /dev/null "$url"; done
done
MARK="اختبار$(date +%s)"
START=$(now_ms)
STORY=$(publish "$A" "خبر العنقود $MARK")
PUBLISHED=$(now_ms)
seen_page='' seen_search='' seen_feed=''
while :; do
  t=$(( $(now_ms) - PUBLISHED ))
  # each check is timed when it starts: a slow answer does not count against the one after it
  [ -z "$seen_page" ] && contains "$B/" "$MARK" && seen_page=$t
  t=$(( $(now_ms) - PUBLISHED ))
  [ -z "$seen_search" ] && [ "$(curl -fsS "$B/api/v1/search?q=$(enc "$MARK")" | jq '.total')" = 1 ] && seen_search=$t
  t=$(( $(now_ms) - PUBLISHED ))
  [ -z "$seen_feed" ] && contains "$B/feed" "$MARK" && seen_feed=$t
  [ -n "$seen_page" ] && [ -n "$seen_search" ] && [ -n "$seen_feed" ] && break
  [ "$t" -gt 10000 ] && fail "node B: home ${seen_page:-never}, search ${seen_search:-never}, feed ${seen_feed:-never} (ms)"
  sleep 0.05
done
curl -fsS -o /dev/null "$B$STORY" || fail "node B does not serve $STORY"
log "create and publish on A took $((PUBLISHED - START)) ms; then on B: home page after ${seen_page} ms, search ${seen_search} ms, feed ${seen_feed} ms"
worst=$(printf '%s\n' "$seen_page" "$seen_search" "$seen_feed" | sort -n | tail -1)
[ "$worst" -le 2000 ] || fail "node B took ${worst} ms (limit 2000)"
pass "published on A, seen on B's home page, search and feed ${worst} ms after the publish answered"

# --- 2. one OpenSearch node killed ----------------------------------------------------------------------------
kill -9 "$(cat "$DIR/pids/os1.pid")"
log "killed OpenSearch os1"
errors=0
for i in $(seq 1 60); do
  code=$(curl -s -o "$DIR/search.json" -w '%{http_code}' "$LB/api/v1/search?q=$(enc "$MARK")")
  if [ "$code" != 200 ] || [ "$(jq '.total' "$DIR/search.json")" != 1 ]; then errors=$((errors + 1)); fi
  sleep 0.25
done
[ "$errors" -eq 0 ] || fail "$errors of 60 searches failed with os1 down"
pass "60 searches over 15 s with one of three OpenSearch nodes killed: all found the story"

# --- 3. app node A killed under load --------------------------------------------------------------------------
log "wrk through nginx for 20 s (4 connections); node A is killed after 5 s"
wrk -t2 -c4 -d20s "$LB$STORY" >"$DIR/wrk.txt" 2>&1 &
WRK=$!
sleep 5
kill -9 "$(cat "$DIR/pids/nashir-18081.pid")"
log "killed node A"
wait "$WRK"
requests=$(awk '/requests in/ {print $1}' "$DIR/wrk.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$DIR/wrk.txt"); non2xx=${non2xx:-0}
sockets=$(awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}' "$DIR/wrk.txt"); sockets=${sockets:-0}
log "wrk: $requests requests, $non2xx non-2xx, $sockets socket errors"
# at most the requests in flight on A when it died: one per connection
[ $((non2xx + sockets)) -le 4 ] || fail "$((non2xx + sockets)) failed requests (at most 4 were in flight)"
curl -fsS -o /dev/null "$LB/" || fail "nginx does not answer after node A died"
pass "node A killed under load: $requests requests, $((non2xx + sockets)) failed"

# --- 4. node A restarted catches up ---------------------------------------------------------------------------
MARK2="لحاق$(date +%s)"
STORY2=$(publish "$B" "خبر نشر أثناء التوقف $MARK2")
log "published on B while A was down: $STORY2"
"$HERE/cluster.sh" node 18081
contains "$A/" "$MARK2" || fail "restarted node A's home page lacks the story published while it was down"
curl -fsS -o /dev/null "$A$STORY2" || fail "restarted node A does not serve $STORY2"
[ "$(curl -fsS "$A/api/v1/search?q=$(enc "$MARK2")" | jq '.total')" = 1 ] || fail "restarted node A cannot find it"
pass "node A restarted: serves and finds the story published on B while it was down"

# --- 5. PostgreSQL restarted ----------------------------------------------------------------------------------
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_postgres "$PGBIN/pg_ctl" -D "$DIR/pg/data" -m fast -w stop >/dev/null
log "PostgreSQL stopped"
T0=$(now_ms)
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$A/search?q=$(enc "$MARK2")")
took=$(( $(now_ms) - T0 ))
log "a page that needs the database answered $code in $took ms while PostgreSQL was down"
[ "$took" -le 6000 ] || fail "a request took $took ms with the database down (it must fail fast)"
as_postgres "$PGBIN/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/postgresql.log" -w \
    -o "-p $PG_PORT -k $DIR/pg -c listen_addresses=127.0.0.1" start >/dev/null
log "PostgreSQL started again"
ok=''
for _ in $(seq 1 60); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$A/search?q=$(enc "$MARK2")")" = 200 ]; then ok=1; break; fi
  sleep 0.5
done
[ -n "$ok" ] || fail "node A did not recover from the database restart"
pass "PostgreSQL restarted: node A failed fast ($code in $took ms), then served again without a restart"

log "all failure tests passed"
