#!/usr/bin/env bash
# Runs a program kept in the test sources: the screenshot writer and the benchmarks. They are
# programs run on purpose, not tests (a picture or a timing cannot fail). Builds the test classes,
# then runs Java on the test class path. Java options go before the class name:
#   tools/test-main.sh org.reportingcentre.desktop.WriteScreenshots [--out DIR] [set ...]
#   tools/test-main.sh -Xmx2g org.reportingcentre.stats.StatisticsBenchmark 100000
# JavaFX programs run headless (Monocle) unless -Dgui is given before the class name.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  echo "usage: tools/test-main.sh [java options] CLASS [arguments]" >&2
  exit 2
fi
mvn -q -B -ntp test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test -Dmdep.pathSeparator=:
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@"
