#!/usr/bin/env bash
# Produces a real WordPress export (WXR) for the importer's tests, with WordPress's own export_wp():
# Debian's WordPress package on a private MariaDB (socket only, no port, its own data directory),
# a newsroom written by tools/wordpress/newsroom.php, then the export and the uploaded files.
#
#   tools/wordpress/make-export.sh                    the test fixture, written to
#                                                     src/test/resources/wordpress/ (export + uploads)
#   EXTRA_POSTS=10000 OUT=/tmp/wp10k tools/wordpress/make-export.sh
#                                                     the same newsroom plus 10,000 generated posts,
#                                                     for measuring import speed (not kept in the repo)
#
# Needs root (apt-get, a mysql-owned data directory). Every run starts from an empty database, so
# the export changes only where WordPress writes the date of the export.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${OUT:-$ROOT/src/test/resources/wordpress}"
EXTRA_POSTS="${EXTRA_POSTS:-0}"
WORK="${WORK:-/tmp/nashir-wordpress-export}"
CONFIG_NAME=nashir-export
DB=nashir_wxr

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
[ "$(id -u)" = 0 ] || { log "run as root"; exit 1; }

missing=()
for p in php-cli php-mysql php-xml php-gd php-mbstring mariadb-server mariadb-client wordpress; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

rm -rf "$WORK"
mkdir -p "$WORK/db" "$WORK/run" "$WORK/uploads"
chown mysql:mysql "$WORK/db" "$WORK/run"
cat >"$WORK/my.cnf" <<CNF
[mysqld]
user = mysql
datadir = $WORK/db
socket = $WORK/run/mysqld.sock
pid-file = $WORK/run/mariadb.pid
log-error = $WORK/mariadb.err
skip-networking
character-set-server = utf8mb4
collation-server = utf8mb4_unicode_520_ci
[client]
socket = $WORK/run/mysqld.sock
CNF
touch "$WORK/mariadb.err" && chown mysql:mysql "$WORK/mariadb.err"
mariadb-install-db --defaults-file="$WORK/my.cnf" --user=mysql --skip-test-db \
    --auth-root-authentication-method=socket >"$WORK/install.log" 2>&1
setsid mariadbd --defaults-file="$WORK/my.cnf" </dev/null >>"$WORK/mariadb.out" 2>&1 &
stop_db() { kill "$(cat "$WORK/run/mariadb.pid" 2>/dev/null)" 2>/dev/null || true; rm -f "/etc/wordpress/config-$CONFIG_NAME.php"; }
trap stop_db EXIT
for _ in $(seq 1 60); do
    mariadb-admin --defaults-file="$WORK/my.cnf" ping >/dev/null 2>&1 && break
    sleep 0.5
done
mariadb --defaults-file="$WORK/my.cnf" -uroot -e "CREATE DATABASE $DB CHARACTER SET utf8mb4;
    CREATE USER 'nashir_wxr'@'localhost' IDENTIFIED BY 'local-only';
    GRANT ALL PRIVILEGES ON $DB.* TO 'nashir_wxr'@'localhost';"

# Debian's wp-config.php picks /etc/wordpress/config-<WORDPRESS_CONFIG>.php; newsroom.php sets that name.
cat >"/etc/wordpress/config-$CONFIG_NAME.php" <<PHP
<?php
define('DB_NAME', '$DB');
define('DB_USER', 'nashir_wxr');
define('DB_PASSWORD', 'local-only');
define('DB_HOST', 'localhost:$WORK/run/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', 'https://akhbar.example');
define('WP_SITEURL', 'https://akhbar.example');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
\$table_prefix = 'wp_';
PHP

export NASHIR_WP_CONFIG="$CONFIG_NAME" NASHIR_WP_UPLOADS="$WORK/uploads" NASHIR_WP_EXTRA_POSTS="$EXTRA_POSTS"
log "installing WordPress and writing the newsroom ($EXTRA_POSTS extra posts)"
php "$HERE/newsroom.php" install
php "$HERE/newsroom.php" content
log "exporting"
mkdir -p "$OUT"
php "$HERE/newsroom.php" export >"$OUT/export.xml"
rm -rf "$OUT/uploads"
# originals only: the importer maps WordPress's resized copies (name-300x169.jpg) back to them
mkdir -p "$OUT/uploads"
(cd "$WORK/uploads" && find . -type f -name '*.jpg' ! -regex '.*-[0-9]+x[0-9]+\.jpg' -exec cp --parents {} "$OUT/uploads/" \;)
log "wrote $OUT/export.xml ($(wc -c <"$OUT/export.xml") bytes, $(grep -c '<item>' "$OUT/export.xml") items) and $(find "$OUT/uploads" -type f | wc -l) files"
