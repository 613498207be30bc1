# Recipe: the trixie amd64 images (glibc 2.41: what Debian's JDK 21 links).
#   lambda-shim/provided-al2023-standin:trixie  minbase, NO Java
#   lambda-shim/build-jdk:21                    + Debian's openjdk-21-jdk-headless, NO binutils, and a
#                                               lib/server/libjvm.debuginfo added to its java.base.jmod (a JDK whose
#                                               jmods carry separate debug info, as some builds do; AddDebugInfo.java)
# shellcheck shell=bash

RUN_IMAGE_TRIXIE=lambda-shim/provided-al2023-standin:trixie
JDK21_IMAGE=lambda-shim/build-jdk:21
TRIXIE_TAR=$CACHE_DIR/rootfs-$NEW_SUITE-minbase.tar
JDK21_TAR=$CACHE_DIR/rootfs-$NEW_SUITE-jdk21.tar

ensure_trixie_tar() { ensure_minbase_tar "$NEW_SUITE" amd64 "$TRIXIE_TAR"; }
ensure_jdk21_tar() {
  ensure_trixie_tar
  ensure_packages_tar "$TRIXIE_TAR" "$JDK21_TAR" "$NEW_SUITE" amd64 openjdk-21-jdk-headless add_debuginfo_to_jmod
}

# A separate debug-info file in java.base.jmod (a copy of libjvm.so), and no objcopy: what a build must cope with
# without shipping either (README, "The Java runtime in the zip").
add_debuginfo_to_jmod() { # (run in the rootfs)
  link_debian_jdk 21 amd64
  local jmods=usr/lib/jvm/java-21-openjdk-amd64/jmods
  cp "$RECIPES_DIR/AddDebugInfo.java" tmp/AddDebugInfo.java
  chroot . "$JAVA_HOME_IN_IMAGE/bin/java" /tmp/AddDebugInfo.java "/$jmods/java.base.jmod" \
    "$JAVA_HOME_IN_IMAGE/lib/server/libjvm.so" || die "could not add libjvm.debuginfo to java.base.jmod"
  chroot . "$JAVA_HOME_IN_IMAGE/bin/jmod" list "/$jmods/java.base.jmod" | grep -qx 'lib/server/libjvm.debuginfo' \
    || die "java.base.jmod lacks the libjvm.debuginfo just added"
  rm -f tmp/AddDebugInfo.java
}

check_jdk21_debuginfo() {
  docker run --rm "$JDK21_IMAGE" jmod list "$JAVA_HOME_IN_IMAGE/jmods/java.base.jmod" | grep -qx lib/server/libjvm.debuginfo \
    || die "$JDK21_IMAGE: java.base.jmod lacks lib/server/libjvm.debuginfo"
}

build_trixie() {
  ensure_image "$RUN_IMAGE_TRIXIE" amd64 ensure_trixie_tar "$TRIXIE_TAR" run
  ensure_image "$JDK21_IMAGE" amd64 ensure_jdk21_tar "$JDK21_TAR" jdk
}

RECIPES+=(build_trixie)
RUN_CHECKS+=("$RUN_IMAGE_TRIXIE")
JDK_CHECKS+=("21 $RUN_IMAGE_TRIXIE no")
EXTRA_CHECKS+=(check_jdk21_debuginfo)
