#!/usr/bin/env bash
# Starts the app image once so JavaFX unpacks its native libraries into the image's own
# javafx-cache folder (-Djavafx.cachedir=$APPDIR/javafx-cache). Installed, that folder is
# read-only and already full, so the app never needs to write outside its data folder.
set -euo pipefail
IMAGE="$1"
"$(dirname "$0")/smoke-test.sh" "$IMAGE"
ls "$IMAGE/lib/app/javafx-cache" >/dev/null
echo "JavaFX native libraries cached in $IMAGE/lib/app/javafx-cache"
