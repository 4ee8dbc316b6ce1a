#!/usr/bin/env bash
# Start-up of the packaged app beside a trivial JavaFX window packaged the same way (same JDK, same
# runtime modules, same java options, the same kind of ahead-of-time cache or class archive, same
# JavaFX cache), on the same machine in the same run, alternating. Goals (docs/performance.md,
# "Start-up"): the first screen at most 1.1 times the trivial window; sign-in at most 1.3 times.
#
#   installer/build.sh app-image && installer/linux/startup-benchmark.sh [runs]
#
# It prints two measures, each the median of the runs, and their ratios:
#  1. "outside": from starting the launcher until the X server maps its window, and until the
#     screen is drawn in it (installer/linux/first-paint.c, which listens for the map event and
#     for the window's changes; built here, needs gcc, libx11-dev and libxdamage-dev). JavaFX maps
#     the window once the first screen's styles and layout are done, and paints it just after.
#     For the app, also until the focused field's yellow ring is on screen.
#  2. "first layout": the moment before that paint, seen from inside the program (since the JVM
#     started), with the processor time spent by then on the JavaFX thread and by the whole
#     process. Processor time varies much less than the clock when other programs share the
#     machine.
# The app is measured on its set-up screen (an empty folder, what a new centre sees once) and on
# its sign-in screen (a folder with a store, made here with `reporting-centre init`: what a centre
# sees every day).
# It also prints the load average before and after: compare runs only at similar loads.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
RUNS="${1:-5}"
APP="$ROOT/target/installer/reporting-centre"
WORK="$ROOT/target/installer/trivial"
[ -x "$APP/bin/reporting-centre" ] || { echo "Build the app image first: installer/build.sh app-image" >&2; exit 2; }
# The trivial window is packaged by the same JDK as the app (the same choice as build.sh).
. installer/packaging-jdk.sh
if [ "$(jdk_feature "$APP/lib/runtime")" != "$PACKAGING_JDK_FEATURE" ]; then
  echo "The app image carries Java $(jdk_feature "$APP/lib/runtime"), but the packaging JDK is now" \
    "Java $PACKAGING_JDK_FEATURE ($PACKAGING_JDK): build the app image again." >&2
  exit 2
fi
echo "packaged with the JDK in $PACKAGING_JDK"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# A trivial window: one label, titled so its training start below recognises it, timed like the app.
rm -rf "$WORK"; mkdir -p "$WORK/src" "$WORK/classes" "$WORK/input"
cat > "$WORK/src/TrivialWindow.java" <<'JAVA'
public final class TrivialWindow extends javafx.application.Application {
  public static void main(String[] args) { javafx.application.Application.launch(TrivialWindow.class, args); }
  @Override public void start(javafx.stage.Stage stage) {
    stage.setTitle("Trivial reporting centre window");
    javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.control.Label("Hello"), 800, 600);
    stage.setScene(scene);
    stage.show();
    if (Boolean.getBoolean("reportingcentre.timing")) {
      scene.addPostLayoutPulseListener(new Runnable() {
        @Override public void run() {
          scene.removePostLayoutPulseListener(this);
          long sinceJvm = System.currentTimeMillis()
              - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
          long fxCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
          long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
          System.out.println("first-screen-drawn since-jvm-start-ms " + sinceJvm + " since-launch-ms 0"
              + " fx-thread-cpu-ms " + fxCpu / 1_000_000 + " process-cpu-ms " + cpu);
        }
      });
    }
  }
}
JAVA
FX="$(ls target/lib/javafx-*-linux.jar | tr '\n' ':')"
javac -d "$WORK/classes" --release 17 -cp "$FX" "$WORK/src/TrivialWindow.java"
# The launcher class must not extend Application when JavaFX is on the class path.
cat > "$WORK/src/Launch.java" <<'JAVA'
public final class Launch { public static void main(String[] a) { TrivialWindow.main(a); } }
JAVA
javac -d "$WORK/classes" --release 17 -cp "$WORK/classes:$FX" "$WORK/src/Launch.java"
mkdir -p "$WORK/input/lib"
cp target/lib/javafx-*.jar "$WORK/input/lib/"
CP="$(cd "$WORK/input" && ls lib/*.jar | tr '\n' ' ')"
printf 'Main-Class: Launch\nClass-Path: %s\n' "$CP" > "$WORK/manifest.txt"
jar --create --file "$WORK/input/reporting-centre.jar" --manifest "$WORK/manifest.txt" -C "$WORK/classes" .

# The same runtime modules and the same java options as the app (its class archive and JavaFX
# cache are named relative to $APPDIR, so they point into the trivial image's own folder).
MODULES="$("$APP/lib/runtime/bin/java" --list-modules | cut -d@ -f1 | paste -sd, -)"
JAVA_OPTIONS=()
while IFS= read -r option; do
  JAVA_OPTIONS+=(--java-options "$option")
done < <(sed -n 's/^java-options=//p' "$APP/lib/app/reporting-centre.cfg" | grep -v '^-Djpackage.app-version=')
"$PACKAGING_JDK/bin/jpackage" --type app-image --name reporting-centre --dest "$WORK/out" \
  --input "$WORK/input" --main-jar reporting-centre.jar --main-class Launch \
  --add-modules "$MODULES" --jlink-options "--strip-debug --no-man-pages --no-header-files" \
  "${JAVA_OPTIONS[@]}"
TRIVIAL="$WORK/out/reporting-centre"
# Same preparation as the real app (linux/prime-javafx-cache.sh): JavaFX cache, and the
# ahead-of-time cache (Java 25) or class archive (older) recorded by a start up to the window, with
# the same java options. Absolute paths: the archive records the class path.
. installer/linux/training-options.sh
training_options "$TRIVIAL"
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  t="$1"; a="$t/lib/app"; shift
  "$t/lib/runtime/bin/java" "$@" -cp "$a/reporting-centre.jar" Launch >/dev/null 2>&1 & p=$!
  for _ in $(seq 1 300); do
    xwininfo -root -tree 2>/dev/null | grep -qi "reporting centre window" && { sleep 2; kill $p; wait $p 2>/dev/null; exit 0; }
    sleep 0.1
  done; kill $p; exit 1' _ "$TRIVIAL" "${TRAINING[@]}"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v t="$2" 'BEGIN {printf "%.2f", a / t}'; }

STORE="$WORK/store"
rm -rf "$STORE"
RC_PASSWORD="benchmark-password-1" "$APP/bin/reporting-centre" init --data-dir "$STORE" \
  --centre-code BEN --centre-name "Benchmark centre" --manager bench >/dev/null

# 1. Seen from outside: one virtual display, each program started and stopped in turn.
FIRST_PAINT="$WORK/first-paint"
cc -O2 -o "$FIRST_PAINT" installer/linux/first-paint.c -lX11 -lXdamage \
  || { echo "Building first-paint needs gcc, libx11-dev and libxdamage-dev" >&2; exit 2; }
OUTSIDE="$WORK/outside.txt"
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  runs="$1"; out="$2"; store="$3"; app="$4"; trivial="$5"; timer="$6"
  data="$(mktemp -d)"; : > "$out"
  for _ in $(seq 1 "$runs"); do
    echo "set-up $("$timer" "$app/bin/reporting-centre" --data-dir "$data/empty")" >> "$out"
    rm -rf "$data/empty"
    echo "sign-in $("$timer" "$app/bin/reporting-centre" --data-dir "$store")" >> "$out"
    echo "trivial $("$timer" "$trivial/bin/reporting-centre")" >> "$out"
  done
  rm -rf "$data"' _ "$RUNS" "$OUTSIDE" "$STORE" "$APP" "$TRIVIAL" "$FIRST_PAINT"

# 2. First layout, seen from inside, the same way.
TIMES="$WORK/times.txt"
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  runs="$1"; out="$2"; store="$3"; shift 3
  data="$(mktemp -d)"; : > "$out"
  for _ in $(seq 1 "$runs"); do
    for spec in "$@"; do
      name="${spec%%=*}"; image="${spec#*=}"; folder="$data/empty"
      [ "$name" = sign-in ] && folder="$store"
      log="$data/log"; : > "$log"
      JAVA_TOOL_OPTIONS=-Dreportingcentre.timing=true "$image/bin/reporting-centre" --data-dir "$folder" >"$log" 2>&1 &
      p=$!
      for _ in $(seq 1 600); do grep -q first-screen-drawn "$log" && break; sleep 0.05; done
      sleep 0.5; kill $p; wait $p 2>/dev/null || true; rm -rf "$data/empty"
      echo "$name $(grep -o "first-screen-drawn.*" "$log")" >> "$out"
    done
  done
  rm -rf "$data"' _ "$RUNS" "$TIMES" "$STORE" "set-up=$APP" "sign-in=$APP" "trivial=$TRIVIAL"
column_of() { grep "^$1 " "$TIMES" | awk -v f="$2" '{for (i = 1; i < NF; i++) if ($i == f) print $(i + 1)}'; }

# Column 2: window mapped; column 3: screen drawn in it; column 4: focus ring drawn (app only).
outside_of() { grep "^$1 " "$OUTSIDE" | cut -d' ' -f"$2"; }
# One measure: the trivial window's median, then each screen's with its ratio to it.
#   report VALUES ARGUMENT LABEL UNIT    (VALUES PROGRAM ARGUMENT prints that program's values)
report() {
  local values="$1" argument="$2" label="$3" unit="$4" t a
  t="$("$values" trivial "$argument" | median)"
  echo "  $label: trivial $t$unit ($("$values" trivial "$argument" | paste -sd' '))"
  for screen in set-up sign-in; do
    a="$("$values" "$screen" "$argument" | median)"
    echo "    app, $screen: $a$unit, ratio $(ratio "$a" "$t")   ($("$values" "$screen" "$argument" | paste -sd' '))"
  done
}
echo "seen from outside (launch to window mapped / to screen drawn), medians:"
report outside_of 2 "window mapped" " ms"
report outside_of 3 "screen drawn" " ms"
# The app gives its first field focus just after the first frame (the input method's set-up would
# otherwise hold that frame back): the moment its yellow ring is on screen too.
for screen in set-up sign-in; do
  echo "    app, $screen, focused field's ring drawn too: $(outside_of "$screen" 4 | median) ms" \
    "($(outside_of "$screen" 4 | paste -sd' '))"
done
echo "  goals: the first screen at most 1.10; sign-in drawn at most 1.30"
echo "first layout (JVM start to first screen laid out; processor time by then), medians:"
for field in since-jvm-start-ms fx-thread-cpu-ms process-cpu-ms; do
  report column_of "$field" "$field" ""
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
