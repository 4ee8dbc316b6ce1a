#!/usr/bin/env bash
# Runs a new app image once, on a virtual display, to fill two things inside it that make every
# later start faster and need no writable home folder:
#   lib/app/javafx-cache  JavaFX's native libraries (the app runs with -Djavafx.cachedir there);
#   lib/app/app.jsa       a class-data-sharing archive of the classes loaded up to the first
#                         window (the app runs with -XX:SharedArchiveFile there);
#   lib/app/app.classlist the names of those classes, from which make-class-archive makes the
#                         archive again where a .deb installs the app (the archive names paths).
# It uses the image's own runtime directly, with the launcher's class path, so the archive matches.
set -euo pipefail
IMAGE="$(cd "$1" && pwd)"
APPDIR="$IMAGE/lib/app"
JAVA="$IMAGE/lib/runtime/bin/java"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT

# The linked runtime has no base archive of the JDK's own classes; the app's archive builds on one.
"$JAVA" -Xshare:dump >/dev/null

xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  java="$1"; appdir="$2"; data="$3"
  "$java" -XX:ArchiveClassesAtExit="$appdir/app.jsa" -XX:DumpLoadedClassList="$appdir/app.classlist" \
    -Djavafx.cachedir="$appdir/javafx-cache" \
    -cp "$appdir/reporting-centre.jar" org.reportingcentre.cli.Main --data-dir "$data" \
    >"$data/prime.log" 2>&1 &
  app=$!
  for _ in $(seq 1 600); do
    if xwininfo -root -tree 2>/dev/null | grep -qi "reporting centre\"\|\"[^\"]*reporting centre"; then
      sleep 3   # the first screen is drawn; let start-up finish loading its classes
      kill "$app"; wait "$app" 2>/dev/null || true
      exit 0
    fi
    kill -0 "$app" 2>/dev/null || { cat "$data/prime.log" >&2; exit 1; }
    sleep 0.1
  done
  kill "$app"; exit 1
' _ "$JAVA" "$APPDIR" "$DATA"

ls "$APPDIR/javafx-cache" >/dev/null
test -s "$APPDIR/app.jsa" || { echo "No class-data archive was written" >&2; exit 1; }
echo "Filled $APPDIR/javafx-cache and $APPDIR/app.jsa ($(du -h "$APPDIR/app.jsa" | cut -f1))"
