#!/usr/bin/env bash
# Start-up of the packaged app beside a trivial JavaFX window packaged the same way (same runtime
# modules, same class-data sharing, same JavaFX cache), on the same machine in the same run.
# Prints the median "launch to first window drawn" of each and their ratio (goal: at most 1.1).
#
#   installer/build.sh app-image && installer/linux/startup-benchmark.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-5}"
APP="target/installer/reporting-centre"
WORK="target/installer/trivial"
[ -x "$APP/bin/reporting-centre" ] || { echo "Build the app image first: installer/build.sh app-image" >&2; exit 2; }

# A trivial window: one label, titled so smoke-test.sh recognises it.
rm -rf "$WORK"; mkdir -p "$WORK/src" "$WORK/classes" "$WORK/input"
cat > "$WORK/src/TrivialWindow.java" <<'JAVA'
public final class TrivialWindow extends javafx.application.Application {
  public static void main(String[] args) { javafx.application.Application.launch(TrivialWindow.class, args); }
  @Override public void start(javafx.stage.Stage stage) {
    stage.setTitle("Trivial reporting centre window");
    stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("Hello"), 800, 600));
    stage.show();
  }
}
JAVA
FX="$(ls target/lib/javafx-*-linux.jar | tr '\n' ':')"
javac -d "$WORK/classes" -cp "$FX" "$WORK/src/TrivialWindow.java"
# The launcher class must not extend Application when JavaFX is on the class path.
cat > "$WORK/src/Launch.java" <<'JAVA'
public final class Launch { public static void main(String[] a) { TrivialWindow.main(a); } }
JAVA
javac -d "$WORK/classes" -cp "$WORK/classes:$FX" "$WORK/src/Launch.java"
mkdir -p "$WORK/input/lib"
cp target/lib/javafx-*.jar "$WORK/input/lib/"
CP="$(cd "$WORK/input" && ls lib/*.jar | tr '\n' ' ')"
printf 'Main-Class: Launch\nClass-Path: %s\n' "$CP" > "$WORK/manifest.txt"
jar --create --file "$WORK/input/reporting-centre.jar" --manifest "$WORK/manifest.txt" -C "$WORK/classes" .

MODULES="$("$APP/lib/runtime/bin/java" --list-modules | cut -d@ -f1 | paste -sd, -)"
jpackage --type app-image --name reporting-centre --dest "$WORK/out" \
  --input "$WORK/input" --main-jar reporting-centre.jar --main-class Launch \
  --add-modules "$MODULES" --jlink-options "--strip-debug --no-man-pages --no-header-files" \
  --java-options "-Djavafx.cachedir=\$APPDIR/javafx-cache" \
  --java-options "-XX:SharedArchiveFile=\$APPDIR/app.jsa" --java-options "-Xshare:auto"
TRIVIAL="$WORK/out/reporting-centre"
# Same preparation as the real app: base archive, JavaFX cache, class archive up to the window.
"$TRIVIAL/lib/runtime/bin/java" -Xshare:dump >/dev/null
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  t="$1"; a="$t/lib/app"
  "$t/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$a/app.jsa" -Djavafx.cachedir="$a/javafx-cache" \
    -cp "$a/reporting-centre.jar" Launch >/dev/null 2>&1 & p=$!
  for _ in $(seq 1 300); do
    xwininfo -root -tree 2>/dev/null | grep -qi "reporting centre window" && { sleep 2; kill $p; wait $p 2>/dev/null; exit 0; }
    sleep 0.1
  done; kill $p; exit 1' _ "$TRIVIAL"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
app_ms=(); trivial_ms=()
for _ in $(seq 1 "$RUNS"); do
  app_ms+=("$(installer/linux/smoke-test.sh "$APP" | grep -o '[0-9]* ms' | cut -d' ' -f1)")
  trivial_ms+=("$(installer/linux/smoke-test.sh "$TRIVIAL" | grep -o '[0-9]* ms' | cut -d' ' -f1)")
done
A="$(printf '%s\n' "${app_ms[@]}" | median)"
T="$(printf '%s\n' "${trivial_ms[@]}" | median)"
echo "app:     ${app_ms[*]} ms (median $A)"
echo "trivial: ${trivial_ms[*]} ms (median $T)"
awk -v a="$A" -v t="$T" 'BEGIN {printf "ratio: %.2f (goal at most 1.10)\n", a / t}'
