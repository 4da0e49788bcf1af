# Shared by the benchmark scripts, sourced from the project root.

# import_ant WORK STORIES: the first STORIES stories of the ANT corpus (0 for all of them), imported into
# NASHIR_DATA_DIR by the jar's own import command, as an operator would; prints the import's last line.
# Uses CORPUS, and JAVA when set.
import_ant() {
  python3 bench/search/corpus.py "$CORPUS" "$2" > "$1/stories.jsonl"
  # exit status 1 means some lines were refused; they are listed in import.txt
  "${JAVA:-java}" -jar target/nashir.jar import "$1/stories.jsonl" >"$1/import.txt" 2>"$1/import.log" || [ $? -eq 1 ]
  tail -1 "$1/import.txt" >&2
}

# site_with_ant WORK: the jar built, and the whole ANT corpus imported into WORK/data, which it exports as
# NASHIR_DATA_DIR (demo content off); REUSE=1 keeps the stories an earlier run imported there.
site_with_ant() {
  ./mvnw -q -B -ntp -DskipTests package
  mkdir -p "$1"
  export NASHIR_DATA_DIR=$1/data NASHIR_DEMO=false
  if [ -n "${REUSE:-}" ] && [ -d "$1/data" ]; then
    echo "== reusing the stories imported in $1" >&2
  else
    rm -rf "$1/data"
    import_ant "$1" 0
  fi
}

# first_page PORT LOG JAVA_HOME JAR [JAVA ARGS...]: starts the jar (PORT and SERVER_PORT set to PORT, NASHIR_DATA_DIR
# as exported), waits for its first page to answer 200, stops it, and prints the milliseconds that took and the
# resident kilobytes at that moment; the process's output goes to LOG.
first_page() {
  local port=$1 log=$2 java=$3 jar=$4
  shift 4
  first_page_of "$port" "$log" "$java/bin/java" "$@" -jar "$jar"
}

# first_page_of PORT LOG COMMAND...: the same for any command that serves the site (the launcher, for one)
first_page_of() {
  local port=$1 log=$2 t0 t1 rss pid
  shift 2
  t0=$(date +%s%N)
  SERVER_PORT=$port PORT=$port "$@" >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "the server died; see its log:" >&2; tail -20 "$log" >&2; return 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $rss"
}
