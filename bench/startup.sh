#!/usr/bin/env bash
# Time from process start to the first served page (GET / answering 200), for one JDK.
# Usage: bench/startup.sh [JAVA_HOME] [runs]   (builds target/nashir.jar first if missing)
# Prints the first start (empty data directory: migrations + demo content) and the median of the
# following restarts on the same data, in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
java_home=${1:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
runs=${2:-5}
port=${PORT:-18080}
[ -f target/nashir.jar ] || ./mvnw -q -DskipTests package
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start_once() {
  local t0 t1 pid
  t0=$(date +%s%N)
  NASHIR_DATA_DIR="$data" PORT=$port "$java_home/bin/java" -jar target/nashir.jar >"$data/run.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "the server died; see its log:" >&2; tail -20 "$data/run.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

echo "java: $("$java_home/bin/java" -version 2>&1 | head -1)"
echo "first start (migrations + demo content): $(start_once) ms"
times=()
for _ in $(seq "$runs"); do times+=("$(start_once)"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "restarts: $sorted ms; median $median ms"
