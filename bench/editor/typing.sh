#!/usr/bin/env bash
# Typing latency in the story editor on a story of 200 paragraphs and 5,000 words, against a plain textarea on the
# same page in the same run: bench/editor/typing.sh [KEYSTROKES]. Builds the jar, starts it on a scratch data
# folder, imports the story through the jar's own import, and types through Debian's chromedriver.
set -euo pipefail
cd "$(dirname "$0")/../.."
KEYS=${1:-200}
WORK=$(mktemp -d)
PORT=${PORT:-8093}
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
./mvnw -q -B -ntp -DskipTests package
export NASHIR_DATA_DIR=$WORK/data NASHIR_DEMO=false
python3 - "$WORK/story.jsonl" <<'PY'
import json, sys
# words of our own, repeated: the editor's cost is in the number of blocks and words, not in what they say
words = "قال المتحدث باسم الوزارة إن فرق الإغاثة وصلت إلى المدينة صباح اليوم بعد انقطاع الطرق".split()
paragraph = lambda i: " ".join(words[(i + k) % len(words)] for k in range(25))
story = {"headline": "خبر طويل لقياس سرعة الكتابة", "section": "العالم", "status": "draft",
         "body": [paragraph(i) for i in range(200)]}
open(sys.argv[1], "w").write(json.dumps(story, ensure_ascii=False) + "\n")
PY
java -jar target/nashir.jar import "$WORK/story.jsonl" >/dev/null
echo "a-long-benchmark-password" | java -jar target/nashir.jar create-admin --username=bench --name="قياس" >/dev/null
PORT=$PORT java -jar target/nashir.jar >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$PORT/" && break; sleep 1; done
python3 bench/editor/typing.py "http://localhost:$PORT" bench a-long-benchmark-password 1 "$KEYS"
