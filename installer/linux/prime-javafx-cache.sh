#!/usr/bin/env bash
# Runs a new app image once, on a virtual display, to fill two things inside it that make every
# later start faster and need no writable home folder:
#   lib/app/javafx-cache  JavaFX's native libraries (the app runs with -Djavafx.cachedir there);
#   lib/app/app.aot       with a Java 25 or newer runtime: the ahead-of-time cache (the app runs
#                         with -XX:AOTCache there): the classes loaded and linked, and how the code
#                         ran, up to the first screen, so the next start skips that work;
#   lib/app/app.jsa       with an older runtime: a class-data-sharing archive of the classes loaded
#                         up to the first window (the app runs with -XX:SharedArchiveFile there);
#   lib/app/app.classlist the names of those classes, from which make-class-archive makes the
#                         archive again where a .deb installs the app (the archive names paths).
# It uses the image's own runtime directly, with the launcher's class path and java options, so the
# cache or archive matches. The app is trained on its sign-in screen (a store made here with
# `init`), the screen a centre sees every day; the set-up screen shares nearly all its code.
set -euo pipefail
IMAGE="$(cd "$1" && pwd)"
APPDIR="$IMAGE/lib/app"
JAVA="$IMAGE/lib/runtime/bin/java"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT

# The launcher's java options and those that record the cache or archive.
. "$(dirname "$0")/training-options.sh"
training_options "$IMAGE"
# A store to sign in to: made by the app's own command line, with a throwaway password.
RC_PASSWORD="training-only-$RANDOM$RANDOM" "$IMAGE/bin/reporting-centre" init --data-dir "$DATA/store" \
  --centre-code TRN --centre-name "Training" --manager trainer >/dev/null

xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  java="$1"; appdir="$2"; data="$3"; shift 3
  "$java" "$@" -cp "$appdir/reporting-centre.jar" org.reportingcentre.cli.Main --data-dir "$data/store" \
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
' _ "$JAVA" "$APPDIR" "$DATA" "${TRAINING[@]}"

ls "$APPDIR/javafx-cache" >/dev/null
test -s "$APPDIR/app.$TRAINING_KIND" || { cat "$DATA/prime.log" >&2; echo "No app.$TRAINING_KIND was written" >&2; exit 1; }
echo "Filled $APPDIR/javafx-cache and $APPDIR/app.$TRAINING_KIND ($(du -h "$APPDIR/app.$TRAINING_KIND" | cut -f1))"
