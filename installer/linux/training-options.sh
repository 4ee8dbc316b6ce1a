# Sourced by prime-javafx-cache.sh and startup-benchmark.sh: the java options for the start that
# records an app image's ahead-of-time cache (Java 25 or newer) or class archive (older), so the
# app and the benchmark's trivial window are prepared exactly alike.
#
#   training_options IMAGE
#
# Sets TRAINING (an array: the image launcher's java options with $APPDIR filled in, less those
# naming the cache or archive, plus the options that record it) and TRAINING_KIND (aot or jsa, the
# file lib/app/app.KIND that the start writes).
training_options() {
  local appdir="$1/lib/app" option
  TRAINING=()
  while IFS= read -r option; do
    TRAINING+=("${option//\$APPDIR/$appdir}")
  done < <(sed -n 's/^java-options=//p' "$appdir/reporting-centre.cfg" \
    | grep -v -e '^-XX:AOTCache=' -e '^-XX:SharedArchiveFile=' -e '^-Xshare:')
  if grep -q '^java-options=-XX:AOTCache=' "$appdir/reporting-centre.cfg"; then
    TRAINING_KIND=aot
    # Java loads every class in the cache before the program starts: record only what the first
    # screen needs, not the store's classes that the app loads in the background just after it.
    TRAINING+=("-XX:AOTCacheOutput=$appdir/app.aot" "-Dreportingcentre.warmUp=false")
  else
    TRAINING_KIND=jsa
    # The linked runtime has no base archive of the JDK's own classes; the archive builds on one.
    "$1/lib/runtime/bin/java" -Xshare:dump >/dev/null
    TRAINING+=("-XX:ArchiveClassesAtExit=$appdir/app.jsa" "-XX:DumpLoadedClassList=$appdir/app.classlist")
  fi
}
