#!/usr/bin/env bash
# A whole Nashir cluster on 127.0.0.1, for trying scale-out on one machine (docs/operators/scale-out.md):
# PostgreSQL (Debian's package, a throwaway cluster), three OpenSearch nodes (each its own JVM, from Maven
# Central jars), two Nashir nodes sharing the database, the search cluster and a media directory, and nginx
# (Debian) balancing the two.
#
#   deploy/local-cluster/cluster.sh start    build if needed, start everything, print what runs where
#   deploy/local-cluster/cluster.sh status   what is running
#   deploy/local-cluster/cluster.sh stop     stop everything it started (the data stays until the next start)
#   deploy/local-cluster/cluster.sh node PORT      (re)start the Nashir node on PORT (18081 or 18082), waiting for it
#   deploy/local-cluster/cluster.sh cli ARGS...    a Nashir command (create-admin, create-token, ...) on this cluster
#
# Everything lives under NASHIR_CLUSTER_DIR (default target/local-cluster); each start begins afresh.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${NASHIR_CLUSTER_DIR:-$ROOT/target/local-cluster}
LB_PORT=${NASHIR_CLUSTER_PORT:-8080}
PG_PORT=55432
APP_PORTS=(18081 18082)
OS_NAMES=(os1 os2 os3)
OS_HTTP=(19201 19202 19203)
OS_TRANSPORT=(19301 19302 19303)
OS_HOSTS="127.0.0.1:19201,127.0.0.1:19202,127.0.0.1:19203"
JAVA=${JAVA:-java}

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "error: $*" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$bin" ] || die "PostgreSQL is not installed (apt-get install postgresql)"
  echo "$bin"
}

wait_for() { # what url seconds
  local what=$1 url=$2 seconds=$3
  for _ in $(seq 1 $((seconds * 2))); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  die "$what did not answer at $url within ${seconds}s (logs in $DIR/logs)"
}

build() {
  if [ ! -x "$ROOT/target/nashir/bin/nashir" ] || [ ! -f "$ROOT/target/test-classes/org/nashir/opensearch/OpenSearchNode.class" ]; then
    log "building Nashir (./mvnw package, tests not run)"
    (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
  fi
  # the OpenSearch launcher and its jars are test-scoped: never on the application's classpath
  (cd "$ROOT" && ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$DIR/opensearch.classpath" >/dev/null)
}

start_postgres() {
  local bin; bin=$(pg_bin)
  mkdir -p "$DIR/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres "$DIR/pg"
  as_postgres "$bin/initdb" -D "$DIR/pg/data" -U nashir --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$bin/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/postgresql.log" -w \
      -o "-p $PG_PORT -k $DIR/pg -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U nashir nashir
}

start_opensearch() { # index
  local i=$1 name=${OS_NAMES[$1]}
  mkdir -p "$DIR/opensearch/$name"
  nohup "$JAVA" -Xms384m -Xmx384m -XX:+UseSerialGC \
      -Dlog4j2.provider=org.apache.logging.log4j.core.impl.Log4jProvider \
      -cp "$ROOT/target/test-classes:$(cat "$DIR/opensearch.classpath")" org.nashir.opensearch.OpenSearchNode \
      "$name" "${OS_HTTP[$i]}" "${OS_TRANSPORT[$i]}" "$DIR/opensearch/$name" \
      "127.0.0.1:19301,127.0.0.1:19302,127.0.0.1:19303" "os1,os2,os3" \
      >"$DIR/logs/$name.log" 2>&1 &
  echo $! >"$DIR/pids/$name.pid"
}

nashir_env() { # what every Nashir process of this cluster is given
  export SPRING_PROFILES_ACTIVE=postgres,opensearch
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/nashir"
  export SPRING_DATASOURCE_USERNAME=nashir SPRING_DATASOURCE_PASSWORD=
  export NASHIR_OPENSEARCH_HOSTS="$OS_HOSTS" NASHIR_DATA_DIR="$DIR/shared" MALLOC_ARENA_MAX=2
  # every client of this test cluster is 127.0.0.1 (curl, wrk, nginx): per-client limits would refuse the tests' own load
  export NASHIR_SECURITY_RATE_LIMITS_ENABLED=false
}

# the production launcher (it adds the cluster stack for the opensearch profile), with the JDK this script uses: its
# start-up cache is the build's when they agree. It takes the place of the (sub)shell that calls it, so that $! is the
# node's JVM.
launcher() {
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")") exec "$ROOT/target/nashir/bin/nashir" "$@"
}

start_app() { # port; extra settings come from the caller's environment
  local port=$1 pid="$DIR/pids/nashir-$1.pid"
  if [ -f "$pid" ]; then
    kill "$(cat "$pid")" 2>/dev/null || true
    while kill -0 "$(cat "$pid")" 2>/dev/null; do sleep 0.5; done
  fi
  ( nashir_env; export PORT="$port"
    trap '' HUP
    launcher >>"$DIR/logs/nashir-$port.log" 2>&1 &
    echo $! >"$pid" )
  wait_for "Nashir on $port" "http://127.0.0.1:$port/actuator/health" 240
}

start_nginx() {
  mkdir -p "$DIR/nginx/tmp"
  local user=""
  [ "$(id -u)" -eq 0 ] && user="user root;"
  cat >"$DIR/nginx/nginx.conf" <<CONF
$user
worker_processes 1;
pid $DIR/nginx/nginx.pid;
error_log $DIR/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $DIR/nginx/tmp/body;
  proxy_temp_path $DIR/nginx/tmp/proxy;
  fastcgi_temp_path $DIR/nginx/tmp/fastcgi;
  uwsgi_temp_path $DIR/nginx/tmp/uwsgi;
  scgi_temp_path $DIR/nginx/tmp/scgi;
  client_max_body_size 30m;
  upstream nashir {
    server 127.0.0.1:${APP_PORTS[0]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${APP_PORTS[1]} max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://nashir;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # set here, never passed on from the client: the app writes links with what these say
      proxy_set_header X-Forwarded-Host \$host;
      proxy_set_header X-Forwarded-Port \$server_port;
      # a node that refuses or drops a request hands it to the other (reads only: a POST is never sent twice)
      proxy_next_upstream error timeout http_502;
      proxy_connect_timeout 1s;
    }
  }
}
CONF
  nginx -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx"
}

stop() {
  if [ -f "$DIR/nginx/nginx.pid" ]; then
    nginx -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx" -s quit 2>/dev/null || true
  fi
  for pid in "$DIR"/pids/*.pid; do
    [ -f "$pid" ] || continue
    kill "$(cat "$pid")" 2>/dev/null || true
  done
  for pid in "$DIR"/pids/*.pid; do
    [ -f "$pid" ] || continue
    for _ in $(seq 1 40); do kill -0 "$(cat "$pid")" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$(cat "$pid")" 2>/dev/null || true
    rm -f "$pid"
  done
  if [ -f "$DIR/pg/data/postmaster.pid" ]; then
    as_postgres "$(pg_bin)/pg_ctl" -D "$DIR/pg/data" -m fast -w stop >/dev/null || true
  fi
  log "stopped"
}

status() {
  printf '%-30s %-28s %s\n' "what" "where" "state"
  row() { # what where health-url
    local state=down
    curl -fsS -o /dev/null --max-time 2 "$3" 2>/dev/null && state=up
    printf '%-30s %-28s %s\n' "$1" "$2" "$state"
  }
  row "nginx (load balancer)" "http://127.0.0.1:$LB_PORT" "http://127.0.0.1:$LB_PORT/actuator/health"
  for port in "${APP_PORTS[@]}"; do
    row "Nashir node" "http://127.0.0.1:$port" "http://127.0.0.1:$port/actuator/health"
  done
  for i in 0 1 2; do
    row "OpenSearch ${OS_NAMES[$i]}" "http://127.0.0.1:${OS_HTTP[$i]}" "http://127.0.0.1:${OS_HTTP[$i]}/"
  done
  local pg=down
  [ -f "$DIR/pg/data/postmaster.pid" ] && as_postgres "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && pg=up
  printf '%-30s %-28s %s\n' "PostgreSQL" "127.0.0.1:$PG_PORT (db nashir)" "$pg"
  printf '%-30s %-28s\n' "shared media and data" "$DIR/shared"
  printf '%-30s %-28s\n' "logs" "$DIR/logs"
}

ports_free() {
  local port
  for port in "$LB_PORT" "$PG_PORT" "${APP_PORTS[@]}" "${OS_HTTP[@]}" "${OS_TRANSPORT[@]}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "port $port on 127.0.0.1 is taken by another program; stop it, or set NASHIR_CLUSTER_PORT for nginx's"
    fi
  done
}

start() {
  command -v nginx >/dev/null || die "nginx is not installed (apt-get install nginx)"
  stop >/dev/null 2>&1 || true
  ports_free
  rm -rf "$DIR"
  mkdir -p "$DIR/logs" "$DIR/pids" "$DIR/shared"
  build
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  start_postgres
  log "starting OpenSearch nodes ${OS_NAMES[*]} on ports ${OS_HTTP[*]}"
  for i in 0 1 2; do start_opensearch "$i"; done
  for i in 0 1 2; do wait_for "OpenSearch ${OS_NAMES[$i]}" "http://127.0.0.1:${OS_HTTP[$i]}/" 120; done
  wait_for "the OpenSearch cluster" "http://127.0.0.1:${OS_HTTP[0]}/_cluster/health?wait_for_nodes=3&timeout=60s" 90
  # one node first: it migrates the database and loads the demo content, which the second then finds
  for port in "${APP_PORTS[@]}"; do
    log "starting Nashir on 127.0.0.1:$port"
    start_app "$port"
  done
  log "starting nginx on 127.0.0.1:$LB_PORT"
  start_nginx
  wait_for "nginx" "http://127.0.0.1:$LB_PORT/actuator/health" 20
  echo
  status
  echo
  echo "Open http://127.0.0.1:$LB_PORT ; stop with: $0 stop"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  node) start_app "${2:?port}" ;;
  cli) shift; nashir_env; launcher "$@" 2>>"$DIR/logs/cli.log" ;;
  *) echo "usage: $0 start|status|stop|node PORT|cli ARGS..." >&2; exit 2 ;;
esac
