#!/usr/bin/env bash
# Starts a built app image under a virtual display (Xvfb), waits until its first window is drawn,
# optionally takes a screenshot, and stops it. Used by build.sh (which also fills the JavaFX
# native-library cache inside the image this way) and by CI.
#
#   installer/linux/smoke-test.sh target/installer/reporting-centre [screenshot.png]
set -euo pipefail
IMAGE="$1"
SHOT="${2:-}"
LAUNCHER="$IMAGE/bin/reporting-centre"
[ -x "$LAUNCHER" ] || { echo "No launcher at $LAUNCHER" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }

DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT

# Inside the virtual display: start the app, wait for its window, screenshot, stop it.
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  launcher="$1"; data="$2"; shot="$3"
  start=$(date +%s%N)
  "$launcher" --data-dir "$data" >"$data/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 600); do
    if xwininfo -root -tree 2>/dev/null | grep -qi "reporting centre\"\|\"[^\"]*reporting centre"; then
      drawn=$(( ($(date +%s%N) - start) / 1000000 ))
      sleep 2   # let the first frame settle before the picture
      [ -n "$shot" ] && import -window root "$shot"
      echo "first window after ${drawn} ms"
      kill "$app"; wait "$app" 2>/dev/null || true
      exit 0
    fi
    if ! kill -0 "$app" 2>/dev/null; then
      echo "The app exited before showing a window:" >&2; cat "$data/app.log" >&2; exit 1
    fi
    sleep 0.1
  done
  echo "No window within 60 s" >&2; cat "$data/app.log" >&2; kill "$app"; exit 1
' _ "$LAUNCHER" "$DATA" "$SHOT"
