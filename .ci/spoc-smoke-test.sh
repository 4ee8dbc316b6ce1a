#!/usr/bin/env bash
# Starts the SPOC's own distribution the way docs/spoc.md says (its jar in target/spoc, built by
# `mvn package` or `mvn verify`), on a free loopback port with a throwaway data folder, asks its
# health endpoint, and stops it. This shows that the jar's list of libraries is complete.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA="$(mktemp -d)"
LOG="$DATA/spoc.log"
java -jar target/spoc/reporting-centre-spoc.jar serve --port 0 --data-dir "$DATA/spoc" >"$LOG" 2>&1 &
spoc=$!
trap 'kill "$spoc" 2>/dev/null || true; wait "$spoc" 2>/dev/null || true; rm -rf "$DATA"' EXIT

url=""
for _ in $(seq 1 600); do
  url="$(sed -n 's|^SPOC listening on \(http://127\.0\.0\.1:[0-9]*\) .*|\1|p' "$LOG")"
  [ -n "$url" ] && break
  kill -0 "$spoc" 2>/dev/null || { echo "The SPOC stopped:" >&2; cat "$LOG" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "The SPOC did not start within 60 s:" >&2; cat "$LOG" >&2; exit 1; }

health="$(curl -fsS "$url/api/v1/health")"
case "$health" in
  *'"service":"reporting-centre-spoc"'*) echo "The SPOC's distribution answered at $url: $health" ;;
  *) echo "Not a SPOC's health answer from $url: $health" >&2; exit 1 ;;
esac
