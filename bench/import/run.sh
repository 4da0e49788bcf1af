#!/usr/bin/env bash
# The import's pace and what it refuses, for one or more builds side by side: the whole ANT corpus as it is, and
# the same stories with bylines spelt several ways (bench/import/bylines.py), each into an empty site.
#   bench/import/run.sh target/nashir.jar /tmp/before/target/nashir.jar
# Prints one line per build and corpus: imported, refused, seconds, stories/s (the import command's own figures).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
CORPUS=$SHARED/data/ant-v1.1/articles.jsonl.gz
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 bench/search/corpus.py "$CORPUS" 0 > "$WORK/plain.jsonl"
python3 bench/import/bylines.py < "$WORK/plain.jsonl" > "$WORK/bylines.jsonl"
for jar in "$@"; do
  for corpus in plain bylines; do
    rm -rf "$WORK/data"
    # exit status 1 means some lines were refused; the summary line says how many
    NASHIR_DATA_DIR=$WORK/data NASHIR_DEMO=false "${JAVA:-java}" -jar "$jar" import "$WORK/$corpus.jsonl" \
        > "$WORK/out.txt" 2> "$WORK/err.txt" || [ $? -eq 1 ]
    printf '%s\t%s\t%s\n' "$jar" "$corpus" "$(grep 'stories/s' "$WORK/out.txt" | tail -1)"
    grep -m3 '^ *line\|سطر' "$WORK/out.txt" | sed 's/^/    /' || true
  done
done
