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
