#!/usr/bin/env bash
# Builds Reporting Centre's installers with jpackage (in the JDK). Each bundles its own Java
# runtime and JavaFX, so the centre's PC needs nothing else. See installer/README.md.
#
#   installer/build.sh app-image   Linux app image in target/installer/reporting-centre (default)
#   installer/build.sh deb         the app image, then a .deb from it
#   installer/build.sh msi         on Windows (Git Bash or WSL-free bash with the JDK's jpackage)
#   installer/build.sh dmg         on macOS
set -euo pipefail
cd "$(dirname "$0")/.."

TYPE="${1:-app-image}"
NAME="reporting-centre"
VERSION="0.1.0"
VENDOR="Reporting Centre project"
DESCRIPTION="Record hate crime and harassment reports at a third-party reporting centre."
# The .deb's Maintainer is "$VENDOR <this address>". A centre's network or a supplier that builds
# and hands out the package sets its own.
DEB_MAINTAINER_EMAIL="${RC_DEB_MAINTAINER_EMAIL:-maintainers@reporting-centre.invalid}"
OUT="target/installer"
# The JDK whose jpackage builds the package, and so the Java runtime inside it.
. installer/packaging-jdk.sh
echo "Packaging with the JDK in $PACKAGING_JDK (Java $PACKAGING_JDK_FEATURE)"

# The libraries of an older build (another version, or the SPOC's before they had their own folder)
# must not ride along: the lib folder is made anew.
rm -rf target/lib
mvn -B -q -ntp package -DskipTests

rm -rf "$OUT"
mkdir -p "$OUT/input"
cp target/reporting-centre.jar "$OUT/input/"
# The jar's manifest names its libraries as lib/*.jar; keep that layout. The SPOC server is not
# among them: it is a program of its own (docs/spoc.md), and this check fails the build if any of
# its code or its server libraries got in.
cp -r target/lib "$OUT/input/lib"
installer/check-no-server-code.sh "$OUT/input"

# The app's stylesheets, ready-parsed: JavaFX looks for NAME.bss beside each NAME.css it is given
# and reads that binary form instead of parsing the text (as it does for its own modena.css); this
# took about 20 ms of the first screen. Made here from the built sources, so never stale, and only
# in the installed app, so a developer's CSS edit is never hidden behind an old .bss.
BSS="$OUT/bss"
# This platform's JavaFX jars (-linux, -win or -mac), joined with its class-path separator.
SEP=":"; case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) SEP=";" ;; esac
FX_CP="$(ls target/lib/javafx-*.jar | tr '\n' "$SEP")"
for css in $(cd target/classes && find org -name '*.css'); do
  mkdir -p "$BSS/$(dirname "$css")"
  java -cp "$FX_CP" com.sun.javafx.css.parser.Css2Bin "target/classes/$css" "$BSS/${css%.css}.bss"
done
jar --update --file "$OUT/input/reporting-centre.jar" -C "$BSS" .
rm -rf "$BSS"

# The JDK modules the app and its libraries use, plus those loaded by reflection or services.
MODULES="$("$PACKAGING_JDK/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "target/lib/*" target/reporting-centre.jar)"
MODULES="$MODULES,jdk.crypto.ec,jdk.zipfs,jdk.localedata,java.logging,java.xml"

# How a start is made fast, by a cache or archive recorded at build time from a real start of the
# app on a virtual display (linux/prime-javafx-cache.sh). That needs Linux here: the .msi and .dmg
# carry neither (installer/README.md).
START_OPTIONS=()
if [ "$PACKAGING_JDK_FEATURE" -ge 25 ]; then
  # JavaFX loads its native libraries and uses sun.misc.Unsafe from the class path: allowed, as on
  # Java 17, without a warning on every start.
  START_OPTIONS+=(--java-options "--enable-native-access=ALL-UNNAMED")
  START_OPTIONS+=(--java-options "--sun-misc-unsafe-memory-access=allow")
  # The ahead-of-time cache: the classes loaded and linked, and how the code ran, up to the first
  # screen.
  [ "$TYPE" = app-image ] || [ "$TYPE" = deb ] \
    && START_OPTIONS+=(--java-options "-XX:AOTCache=\$APPDIR/app.aot")
else
  # Class-data sharing: the classes up to the first window (ignored where there is no archive).
  START_OPTIONS+=(--java-options "-XX:SharedArchiveFile=\$APPDIR/app.jsa" --java-options "-Xshare:auto")
fi

COMMON=(
  --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION"
  --input "$OUT/input" --main-jar reporting-centre.jar --main-class org.reportingcentre.cli.Main
  --add-modules "$MODULES" --jlink-options "--strip-debug --no-man-pages --no-header-files"
  # JavaFX unpacks its native libraries into this folder inside the app, filled at build time
  # (below), so a locked-down kiosk account never needs to write to its home folder.
  --java-options "-Djavafx.cachedir=\$APPDIR/javafx-cache"
  "${START_OPTIONS[@]}"
  # Start-up runs a great deal of code once (building and styling the first screen); compiling
  # less of it early halved the JIT compilers' share of the two cores before the first screen,
  # while code that keeps running (password hashing, encryption) is still compiled in full
  # (docs/performance.md, "Fast start").
  --java-options "-XX:CompileThresholdScaling=5"
  --dest "$OUT"
)

# JavaFX unpacks its native libraries into -Djavafx.cachedir (the app's own folder) on first start.
# On Linux a first start at build time fills it (prime-javafx-cache.sh, which needs Xvfb). For the
# Windows and macOS packages they are unpacked here from this platform's JavaFX jars instead, so an
# account that cannot write to the installed app (a kiosk account; /Applications on a Mac) starts
# it: JavaFX finds each library already there, the same bytes, and writes nothing.
fill_javafx_cache() {
  local cache="$OUT/input/javafx-cache" jar names
  mkdir -p "$cache"
  for jar in target/lib/javafx-*.jar; do
    names="$(jar tf "$jar" | grep -E '^[^/]+\.(dll|dylib|so)$' || true)"
    if [ -n "$names" ]; then
      # shellcheck disable=SC2086 # one name per word, by design
      (cd "$cache" && jar xf "$OLDPWD/$jar" $names)
    fi
  done
  : >"$cache/.lock"
  ls "$cache"
}

case "$TYPE" in
  app-image|deb)
    "$PACKAGING_JDK/bin/jpackage" --type app-image "${COMMON[@]}" --icon installer/linux/reporting-centre.png
    installer/linux/prime-javafx-cache.sh "$OUT/$NAME"
    installer/linux/smoke-test.sh "$OUT/$NAME" "$OUT/first-screen.png"
    installer/check-no-server-code.sh "$OUT/$NAME/lib/app"
    # The kiosk launcher and its autostart entry travel inside the image (installer/README.md).
    install -m 755 installer/linux/reporting-centre-kiosk "$OUT/$NAME/bin/"
    install -m 644 installer/linux/reporting-centre-kiosk.desktop "$OUT/$NAME/lib/"
    install -m 755 installer/linux/make-class-archive "$OUT/$NAME/lib/"
    if [ "$TYPE" = deb ]; then
      # A Java 17-24 class archive names this folder's paths and would be refused in /opt: the
      # package then carries the class list instead, and its postinst makes the archive where it
      # is installed (installer/linux/deb/postinst, installer/linux/make-class-archive). The
      # ahead-of-time cache of Java 25 is still used when the folder moves, so it travels as is.
      # Those install scripts are jpackage's own templates of Java 17 with that step added; Java
      # 25's jpackage has other templates, and its own scripts need nothing added.
      RESOURCES="$OUT/deb-resources"
      mkdir -p "$RESOURCES"
      if [ -f "$OUT/$NAME/lib/app/app.jsa" ]; then
        mv "$OUT/$NAME/lib/app/app.jsa" "$OUT/app.jsa"
        cp installer/linux/deb/postinst installer/linux/deb/prerm "$RESOURCES/"
      fi
      # The package's control file: installer/linux/deb/control, jpackage's own template with the
      # libraries the app loads declared by name (JavaFX opens GTK 3 and OpenGL while it runs, so
      # jpackage's own look at the linked libraries cannot see them, and names what it finds the
      # way this build machine spells them), Ubuntu's newer names as alternatives, espeak-ng
      # recommended for read-aloud, and a real description. Its Version line is this JDK's own:
      # jpackage 17 and 25 fill in different words there.
      "$PACKAGING_JDK/bin/jimage" extract --dir "$OUT/jpackage-templates" \
        --include 'regex:.*/template\.control' "$PACKAGING_JDK/lib/modules"
      VERSION_LINE="$(grep '^Version:' "$(find "$OUT/jpackage-templates" -name template.control)")"
      sed "s/^Version: JDK_VERSION_LINE\$/$VERSION_LINE/" installer/linux/deb/control >"$RESOURCES/control"
      "$PACKAGING_JDK/bin/jpackage" --type deb --app-image "$OUT/$NAME" --name "$NAME" --app-version "$VERSION" \
        --vendor "$VENDOR" --description "$DESCRIPTION" --dest "$OUT" \
        --linux-deb-maintainer "$DEB_MAINTAINER_EMAIL" \
        --linux-shortcut --linux-menu-group "Office" --linux-app-category "misc" \
        --license-file installer/LICENSE.txt --resource-dir "$RESOURCES"
      [ -f "$OUT/app.jsa" ] && mv "$OUT/app.jsa" "$OUT/$NAME/lib/app/app.jsa"
      rm -rf "$RESOURCES" "$OUT/jpackage-templates"
    fi
    ;;
  msi)
    # The kiosk launcher goes into the app's folder (app\reporting-centre-kiosk.cmd), beside which
    # it finds the program: installer/README.md, "Kiosk", Windows.
    cp installer/windows/reporting-centre-kiosk.cmd "$OUT/input/"
    fill_javafx_cache
    "$PACKAGING_JDK/bin/jpackage" --type msi "${COMMON[@]}" --icon installer/windows/reporting-centre.ico \
      --win-per-user-install --win-menu --win-menu-group "Reporting Centre" --win-shortcut \
      --win-dir-chooser --license-file installer/LICENSE.txt \
      --win-upgrade-uuid 6c1d2f0e-4b8a-4f5e-9a43-2d1c7e9b5a10
    ;;
  dmg)
    # An .icns is made on the Mac from the PNG: see installer/README.md. Without it, the default.
    ICON=(); [ -f installer/macos/reporting-centre.icns ] && ICON=(--icon installer/macos/reporting-centre.icns)
    fill_javafx_cache
    "$PACKAGING_JDK/bin/jpackage" --type dmg "${COMMON[@]}" "${ICON[@]}" \
      --mac-package-identifier org.reportingcentre.app --license-file installer/LICENSE.txt
    ;;
  *)
    echo "Unknown type '$TYPE': use app-image, deb, msi or dmg." >&2
    exit 2
    ;;
esac

echo "Built $TYPE in $OUT:"
ls -1 "$OUT" | grep -v '^input$'
