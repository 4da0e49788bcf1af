#!/usr/bin/env bash
# Front-end audit, one command: bench/lighthouse.sh [BASE_URL]
# Runs Lighthouse (npm lighthouse@12.2.3, mobile profile, its default) with Debian's chromium on the
# home, section, story, author, tag and search pages, and prints the four category scores per page. Without a
# BASE_URL it starts Nashir on the embedded default with the demo content in a fresh data directory.
# Reports (JSON) go to $BENCH_DIR (default /tmp/nashir-lighthouse).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${BENCH_DIR:-/tmp/nashir-lighthouse}
LIGHTHOUSE_VERSION=12.2.3
PORT=${PORT:-18096}
CHROME=${CHROME_PATH:-$(command -v chromium || true)}
[ -x "$CHROME" ] || { echo "Debian's chromium is needed: apt-get install chromium" >&2; exit 2; }
mkdir -p "$WORK/tool"
if [ ! -x "$WORK/tool/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$WORK/tool" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

BASE=${1:-}
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; true' EXIT
if [ -z "$BASE" ]; then
  [ -f target/nashir.jar ] || ./mvnw -q -B -ntp -DskipTests package
  rm -rf "$WORK/data"
  NASHIR_DATA_DIR=$WORK/data java -jar target/nashir.jar --server.port="$PORT" >"$WORK/server.log" 2>&1 &
  SERVER=$!
  BASE="http://127.0.0.1:$PORT"
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$BASE/" && break; sleep 0.5; done
fi

STORY=$(curl -s "$BASE/api/v1/articles?limit=1" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlsplit(json.load(sys.stdin)["articles"][0]["url"]).path)')
SECTION=$(curl -s "$BASE/api/v1/sections" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["sections"][0]["slug"]))')
AUTHOR=$(curl -s "$BASE/api/v1/authors?limit=1" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlsplit(json.load(sys.stdin)["authors"][0]["url"]).path)')
TAG=$(curl -s "$BASE/api/v1/tags?limit=1" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlsplit(json.load(sys.stdin)["tags"][0]["url"]).path)')
QUERY=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("الحكومة"))')

# the audit measures the front end: a server still compiling its first requests would count against it
for path in / "/$SECTION" "$STORY" "$AUTHOR" "$TAG" "/search?q=$QUERY"; do
  for _ in $(seq 30); do curl -s -o /dev/null "$BASE$path"; done
done

printf '%-10s %12s %14s %15s %6s  %s\n' page performance accessibility 'best practices' seo url
for entry in "home /" "section /$SECTION" "story $STORY" "author $AUTHOR" "tag $TAG" "search /search?q=$QUERY"; do
  name=${entry%% *}
  path=${entry#* }
  CHROME_PATH=$CHROME "$WORK/tool/node_modules/.bin/lighthouse" "$BASE$path" --quiet --output=json \
    --output-path="$WORK/$name.json" --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking" >/dev/null 2>"$WORK/$name.log" \
    || { echo "lighthouse failed on $path, see $WORK/$name.log" >&2; continue; }
  python3 - "$WORK/$name.json" "$name" "$path" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
score = lambda c: round(report["categories"][c]["score"] * 100)
print("%-10s %12d %14d %15d %6d  %s" % (sys.argv[2], score("performance"), score("accessibility"),
      score("best-practices"), score("seo"), sys.argv[3]))
failed = [a for c in report["categories"].values() for ref in c["auditRefs"]
          for a in [report["audits"][ref["id"]]] if ref["weight"] > 0 and a["score"] is not None and a["score"] < 1]
for a in failed:
    print("           - %s (%s)" % (a["id"], a.get("displayValue") or round(a["score"], 2)))
PY
done
