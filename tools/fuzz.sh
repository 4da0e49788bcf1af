#!/usr/bin/env bash
# Fuzzes Jazzer targets (the *FuzzTests classes) for SECONDS each, default 5, two at a time: all of them,
# or those a surefire pattern names. Each target runs in a JVM of its own, which costs about a minute of
# instrumentation before the first input.
# A finding fails the run; its input is kept under src/test/resources/<package>/<Class>Inputs/<method>/,
# where every later plain test run replays it. The corpus grows in .cifuzz-corpus/ and is reused.
#   tools/fuzz.sh                  every target, 5 s each
#   tools/fuzz.sh 1800             half an hour each (docs/operators/security.md)
#   tools/fuzz.sh 60 WxrFuzzTests  one target for a minute
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
targets="${2:-*FuzzTests}"
# FUZZ_RUNS=N makes a run repeatable: N inputs from a fixed seed instead of SECONDS of random ones (CI)
limits=(-Djazzer.internal.arg.1=-max_total_time="$seconds")
[ -n "${FUZZ_RUNS:-}" ] && limits=(-Djazzer.internal.arg.1=-runs="$FUZZ_RUNS" -Djazzer.internal.arg.2=-seed=1 -Djazzer.internal.arg.3=-max_total_time=0)
rm -f target/surefire-reports/*FuzzTests.txt
JAZZER_FUZZ=1 ./mvnw -B -ntp -q test -Dtest="$targets" -Dsurefire.failIfNoSpecifiedTests=false \
  -DforkCount=2 -DreuseForks=false \
  -Djazzer.internal.arg.0=fuzz "${limits[@]}"
grep -h "Tests run" target/surefire-reports/*FuzzTests.txt
