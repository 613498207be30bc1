# lambda-shim's Java runtime linking, shared by build-runtime.sh (a function's own jre/) and build-layer.sh (a
# layer's lambda-shim/jre/): the plugin writes it beside them, and each sources it from its own directory.
# link_jre OUTPUT MODULES: links MODULES (comma-separated) of $JAVA_HOME into OUTPUT, a directory that must not exist.
link_jre() {
  # --strip-debug needs objcopy (binutils); without it, strip the Java debug attributes only.
  if command -v objcopy >/dev/null 2>&1; then
    strip=--strip-debug
  else
    strip=--strip-java-debug-attributes
    echo "lambda-shim: no objcopy (binutils) here: the Java debug attributes are stripped, native libraries kept as they are"
  fi
  # Some JDKs' jmods carry the native libraries' debug info as separate files (Debian's: libjvm.debuginfo alone is
  # 600 MB), which --strip-debug does not drop: they are left out whatever the JDK. A module jlink does not know
  # fails here, naming it ("Module x not found").
  "$JAVA_HOME/bin/jlink" --add-modules "$2" $strip --exclude-files='**.debuginfo,**.diz' --no-header-files \
    --no-man-pages --output "$1"
  # The native libraries' symbol tables (.symtab; the dynamic symbols stay) serve debuggers and symbolised crash logs
  # only, which Lambda never shows: without them the hello-world zip is 1.5 MB smaller (libjvm.so 10.1 -> 8.6 MB
  # compressed) and the JVM maps the same code (README, Performance). objcopy comes with binutils, as --strip-debug's.
  if command -v objcopy >/dev/null 2>&1; then
    find "$1" -name '*.so' -exec objcopy --strip-unneeded {} \;
  fi
  # jlink links each module's legal notices to java.base's; a zip keeps plain files only, so copy them in place.
  links=$(find "$1" -type l)
  for link in $links; do
    cp --remove-destination "$(readlink -f "$link")" "$link"
  done
}
