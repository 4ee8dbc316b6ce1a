#!/usr/bin/env bash
# Fails if the centre's package holds any of the SPOC server: its code (org.reportingcentre.spoc,
# its migrations under db/spoc) or a library only the server uses (Javalin, Jetty, the PostgreSQL
# driver, Flyway's PostgreSQL support). Those ship in the SPOC's own distribution only
# (docs/spoc.md, docs/adr/0107-the-spoc-its-own-program.md). build.sh runs it on what it packages.
#
#   installer/check-no-server-code.sh PATH...   each PATH a jar, or a folder searched for jars
set -euo pipefail

SERVER='^(org/reportingcentre/spoc/|db/spoc/|io/javalin/|org/eclipse/jetty/|org/postgresql/|org/flywaydb/database/postgresql/)'
# The JDK's jar tool: the packaging JDK's when build.sh has chosen one, else the one on the PATH.
JAR="${PACKAGING_JDK:+$PACKAGING_JDK/bin/}jar"

checked=0
found=0
while IFS= read -r -d '' file; do
  checked=$((checked + 1))
  server="$("$JAR" tf "$file" | grep -E "$SERVER" | grep -v '/$' | head -n 1 || true)"
  if [ -n "$server" ]; then
    echo "The SPOC server is in the centre's package: $file holds $server" >&2
    found=1
  fi
done < <(find "$@" -name '*.jar' -print0)

# No jar at all means a wrong path, not a clean package.
[ "$checked" -gt 0 ] || { echo "No jar in $*" >&2; exit 2; }
[ "$found" = 0 ] || exit 1
echo "No SPOC server code or server library in the $checked jars of $*"
