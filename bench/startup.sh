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

. bench/lib.sh
start_once() {
  local took
  took=$(NASHIR_DATA_DIR="$data" first_page "$port" "$data/run.log" "$java_home" target/nashir.jar) || exit 1
  echo "${took%% *}"
}

echo "java: $("$java_home/bin/java" -version 2>&1 | head -1)"
echo "first start (migrations + demo content): $(start_once) ms"
times=()
for _ in $(seq "$runs"); do times+=("$(start_once)"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "restarts: $sorted ms; median $median ms"
