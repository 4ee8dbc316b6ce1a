#!/usr/bin/env bash
# Milliseconds from starting a program until the X server maps its first top-level window, seen
# from outside the program. Run it inside a virtual display (xvfb-run). It listens for the map
# event with `xev` instead of polling, so it is exact to about a millisecond (the poll in
# smoke-test.sh is exact to 0.1 s). JavaFX maps the window once the first screen's styles and
# layout are done, just before it paints it. Used by startup-benchmark.sh.
#
#   installer/linux/time-to-window.sh LAUNCHER [ARGUMENT...]
#
# Prints the milliseconds; the program is stopped 1 s after its window appears.
set -euo pipefail
command -v xev >/dev/null || { echo "xev is missing (apt-get install x11-utils)" >&2; exit 2; }
command -v stdbuf >/dev/null || { echo "stdbuf is missing (apt-get install coreutils)" >&2; exit 2; }

EVENTS="$(mktemp -u)"
mkfifo "$EVENTS"
stdbuf -oL xev -root -event substructure >"$EVENTS" 2>/dev/null &
listener=$!
exec 3<"$EVENTS"
rm -f "$EVENTS"
# xev prints nothing until it is listening; give it a moment to connect before starting.
sleep 0.3

started=$(date +%s%N)
"$@" >/dev/null 2>&1 &
program=$!
mapped=""
while IFS= read -r -t 60 line <&3; do
  if [[ "$line" == MapNotify* ]]; then
    mapped=$(date +%s%N)
    break
  fi
done
sleep 1
kill "$program" 2>/dev/null || true
wait "$program" 2>/dev/null || true
kill "$listener" 2>/dev/null || true
[ -n "$mapped" ] || { echo "No window within 60 s" >&2; exit 1; }
echo $(( (mapped - started) / 1000000 ))
