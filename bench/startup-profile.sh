#!/usr/bin/env bash
# Where start-up goes, against the practical limits, on this machine: bench/startup-profile.sh [RUNS]
#
# Builds Nashir's jar and two baselines with the same Spring Boot (a minimal web application; one with JPA, H2 and
# Flyway), then on JDK 17 and JDK 25, runs, interleaved, each RUNS times (default 3): process start to the first page
# answering 200, and resident memory then; Nashir both as a plain jar and with the launcher the build writes
# (target/nashir/bin/nashir, with its start-up cache for each JDK). Then, for Nashir on JDK 25, the classes loaded by jar (-Xlog:class+load)
# and the hottest methods of a start under Java Flight Recorder. Prints markdown tables; nothing is kept but
# target/startup/ (the JFR recording and the class log).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${PORT:-18090}
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=target/startup
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

boot=$(sed -n '/<parent>/,/<\/parent>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)
./mvnw -q -B -o -DskipTests package >&2

# the baselines: one class each, written here, built offline with the project's own Spring Boot
baseline() {
  local name=$1 deps=$2 dir=$WORK/$1
  mkdir -p "$dir/src/main/java/bench" "$dir/src/main/resources/db/migration"
  cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>$boot</version><relativePath/></parent>
  <groupId>bench</groupId><artifactId>$name</artifactId><version>1</version>
  <properties><java.version>17</java.version></properties>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-webmvc</artifactId></dependency>
    $deps
  </dependencies>
  <build><finalName>$name</finalName><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>
</project>
POM
  cat >"$dir/src/main/java/bench/App.java" <<'JAVA'
package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class App {
    public static void main(String[] args) {
        SpringApplication.run(App.class, args);
    }

    @GetMapping("/")
    String home() {
        return "ok";
    }
}
JAVA
  echo "create table note (id bigint primary key, text varchar(200));" >"$dir/src/main/resources/db/migration/V1__note.sql"
  echo "spring.datasource.url=jdbc:h2:file:\${java.io.tmpdir}/$name-\${random.uuid}" >"$dir/src/main/resources/application.properties"
  ./mvnw -q -B -o -DskipTests -f "$dir/pom.xml" package >&2
  cp "$dir/target/$name.jar" "$WORK/$name.jar"
}
baseline web ''
baseline web-jpa-h2-flyway '<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-flyway</artifactId></dependency>
    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId></dependency>
    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency>'

# one start: milliseconds to the first 200 and resident kilobytes then
. bench/lib.sh
start() {
  local java=$1 jar=$2 data=$3
  shift 3
  NASHIR_DATA_DIR=$data first_page "$PORT" "$WORK/run.log" "$java" "$jar" "$@"
}

median() { sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"; }

# Nashir's data folder is made once (migrations and demo content), so that every measured start is a restart
NASHIR_DATA=$WORK/nashir-data
start "$JDK17" target/nashir.jar "$NASHIR_DATA" >/dev/null

# the launcher's cache for each JDK (the build made the one of the JDK that ran it)
for java in "$JDK17" "$JDK25"; do
  JAVA_HOME=$java target/nashir/bin/nashir train >&2
done

declare -A ms kb
apps=(web web-jpa-h2-flyway nashir nashir-launcher)
for _ in $(seq "$RUNS"); do
  for jdk in 17 25; do
    java=$JDK17; [ "$jdk" = 25 ] && java=$JDK25
    for app in "${apps[@]}"; do
      if [ "$app" = nashir-launcher ]; then
        read -r t r < <(JAVA_HOME=$java NASHIR_DATA_DIR=$NASHIR_DATA first_page_of "$PORT" "$WORK/run.log" target/nashir/bin/nashir)
      else
        jar=$WORK/$app.jar; [ "$app" = nashir ] && jar=target/nashir.jar
        read -r t r < <(start "$java" "$jar" "$NASHIR_DATA")
      fi
      ms[$app-$jdk]+="$t "
      kb[$app-$jdk]+="$r "
    done
  done
done

echo "## Start to first page, and resident memory then (median of $RUNS interleaved runs, load $(cut -d' ' -f1 /proc/loadavg))"
echo
echo "| application | JDK 17 | RSS | JDK 25 | RSS |"
echo "|---|---:|---:|---:|---:|"
for app in "${apps[@]}"; do
  row="| $app"
  for jdk in 17 25; do
    t=$(tr ' ' '\n' <<<"${ms[$app-$jdk]}" | grep . | median)
    r=$(tr ' ' '\n' <<<"${kb[$app-$jdk]}" | grep . | median)
    row+=" | $(awk -v t="$t" 'BEGIN {printf "%.1f s", t / 1000}') | $(( r / 1024 )) MB"
  done
  echo "$row |"
done

# classes by the jar they come from, for Nashir on JDK 25
start "$JDK25" target/nashir.jar "$NASHIR_DATA" "-Xlog:class+load=info:file=$OUT/classes.log" >/dev/null
total=$(grep -c 'source:' "$OUT/classes.log" || true)
echo
echo "## Classes loaded by Nashir before its first page (JDK 25): $total"
echo
echo "| from | classes |"
echo "|---|---:|"
sed -n 's/.*source: \(.*\)$/\1/p' "$OUT/classes.log" \
  | sed -e 's#.*BOOT-INF/lib/\([^!/]*\)\.jar.*#\1#' -e 's#.*BOOT-INF/classes.*#Nashir (its own classes)#' \
        -e 's#^jrt:/\([^/]*\).*#JDK: \1#' -e 's#^shared objects file.*#JDK: CDS archive#' -e 's#__JVM_LookupDefineClass__#generated (lambdas, proxies)#' \
        -e 's#.*__Lookup_defineClass__.*#generated (lambdas, proxies)#' -e 's#^instance of .*#generated (lambdas, proxies)#' \
        -e 's#^__dynamic_proxy__#generated (lambdas, proxies)#' \
  | sed -E 's/-[0-9][0-9A-Za-z.+_-]*$//' | sort | uniq -c | sort -rn >"$OUT/classes-by-jar.txt"
# (head after the file is written: a pipe closed early would end the script under pipefail)
head -25 "$OUT/classes-by-jar.txt" | awk '{n=$1; $1=""; sub(/^ /, ""); printf "| %s | %d |\n", $0, n}'

# where the CPU goes before the first page, by Java Flight Recorder's samples
start "$JDK25" target/nashir.jar "$NASHIR_DATA" "-XX:StartFlightRecording=filename=$OUT/start.jfr,settings=profile,dumponexit=true" >/dev/null
echo
echo "## The hottest methods of a start (JDK 25, JFR execution samples; $OUT/start.jfr)"
echo
echo '```'
"$JDK25/bin/jfr" view --width 140 hot-methods "$OUT/start.jfr" >"$OUT/hot-methods.txt"
sed -n 1,30p "$OUT/hot-methods.txt"
echo '```'
