# Sourced by build.sh and linux/startup-benchmark.sh: chooses the JDK whose jpackage builds the
# installers, and so the Java runtime the installed app carries (docs/adr/0901-packaged-runtime-java-25-aot-cache.md).
#
# The app is compiled for Java 17 and runs on any newer Java. A JDK 25 or newer is preferred for
# packaging: its ahead-of-time cache (JEP 483 and 515) is made at build time from a real start of
# the app and makes every later start much faster (docs/performance.md, "Fast start, fourth pass").
# With an older JDK the installers are still built, with a class-data-sharing archive instead.
#
# Sets PACKAGING_JDK (a JDK home) and PACKAGING_JDK_FEATURE (its major version, e.g. 25).
# Choice, first found:
#   1. $RC_PACKAGING_JDK, if set (used as given, whatever its version);
#   2. $JAVA_HOME, if it is version 25 or newer;
#   3. a JDK 25 or newer in the usual folders (/usr/lib/jvm, /Library/Java/JavaVirtualMachines,
#      C:/Program Files/*/ on Windows under Git Bash), newest first;
#   4. the JDK that runs `javac` on the PATH (or $JAVA_HOME).

jdk_feature() {
  # The major version from the JDK's release file: JAVA_VERSION="25.0.3" gives 25, "1.8.0" gives 8.
  local release="$1/release" version
  [ -f "$release" ] || { echo 0; return; }
  version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)"/\1/p' "$release")"
  version="${version#1.}"
  echo "${version%%[.+-]*}"
}

choose_packaging_jdk() {
  local home candidates=() best="" best_feature=0 feature
  if [ -n "${RC_PACKAGING_JDK:-}" ]; then
    PACKAGING_JDK="$RC_PACKAGING_JDK"
  else
    if [ -n "${JAVA_HOME:-}" ] && [ "$(jdk_feature "$JAVA_HOME")" -ge 25 ]; then
      best="$JAVA_HOME"
    else
      for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
        "/c/Program Files/"*/jdk-* "/c/Program Files/Java/"*; do
        [ -x "$home/bin/jpackage" ] || [ -x "$home/bin/jpackage.exe" ] || continue
        candidates+=("$home")
      done
      for home in "${candidates[@]}"; do
        feature="$(jdk_feature "$home")"
        if [ "$feature" -ge 25 ] && [ "$feature" -gt "$best_feature" ]; then
          best="$home"; best_feature="$feature"
        fi
      done
    fi
    if [ -n "$best" ]; then
      PACKAGING_JDK="$best"
    elif [ -n "${JAVA_HOME:-}" ]; then
      PACKAGING_JDK="$JAVA_HOME"
    else
      PACKAGING_JDK="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    fi
  fi
  PACKAGING_JDK_FEATURE="$(jdk_feature "$PACKAGING_JDK")"
  export PACKAGING_JDK PACKAGING_JDK_FEATURE
}

choose_packaging_jdk
