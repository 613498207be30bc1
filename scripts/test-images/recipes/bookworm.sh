# Recipe: the bookworm amd64 images.
#   lambda-shim/provided-al2023-standin:latest  minbase, NO Java (stands in for provided.al2023)
#   lambda-shim/build-jdk:17                    + binutils + Debian's openjdk-17-jdk-headless
#   lambda-shim/build-jdk:25                    + binutils + the host's Temurin 25 (symlinks resolved)
# shellcheck shell=bash

RUN_IMAGE=lambda-shim/provided-al2023-standin:latest
JDK17_IMAGE=lambda-shim/build-jdk:17
JDK25_IMAGE=lambda-shim/build-jdk:25
BASE_TAR=$CACHE_DIR/rootfs-$SUITE-minbase.tar
TOOLS_TAR=$CACHE_DIR/rootfs-$SUITE-binutils.tar
JDK17_TAR=$CACHE_DIR/rootfs-$SUITE-jdk17.tar

ensure_base_tar() { ensure_minbase_tar "$SUITE" amd64 "$BASE_TAR"; }
ensure_tools_tar() { ensure_base_tar; ensure_packages_tar "$BASE_TAR" "$TOOLS_TAR" "$SUITE" amd64 binutils; }
ensure_jdk17_tar() {
  ensure_tools_tar
  ensure_packages_tar "$TOOLS_TAR" "$JDK17_TAR" "$SUITE" amd64 openjdk-17-jdk-headless "link_debian_jdk 17 amd64"
}

find_jdk25() {
  if [[ -n ${LAMBDA_SHIM_JDK25_HOME:-} ]]; then echo "$LAMBDA_SHIM_JDK25_HOME"; return 0; fi
  local d
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [[ -f $d/release && -x $d/bin/jlink ]] || continue
    grep -q '^JAVA_VERSION="25[."]' "$d/release" && { echo "$d"; return 0; }
  done
  return 1
}

# Not cached as a tarball: the host's JDK is copied in each time (seconds).
ensure_jdk25_image() {
  ALL_IMAGES+=("$JDK25_IMAGE")
  image_exists "$JDK25_IMAGE" && return 0
  local jdk25; jdk25=$(find_jdk25) || die "no JDK 25 found under /usr/lib/jvm (set LAMBDA_SHIM_JDK25_HOME)"
  ensure_tools_tar
  need_root "building $JDK25_IMAGE"
  new_work_dir
  local r=$WORK_DIR/rootfs; mkdir -p "$r"
  tar --numeric-owner -xpf "$TOOLS_TAR" -C "$r"
  mkdir -p "$r/usr/lib/jvm"
  # -L: resolve symlinks (e.g. lib/security/cacerts -> Debian's store) so the copy is self-contained; jlink
  # (linking from the run-time image, no jmods/) still accepts it as long as no file content changed.
  log "copying $jdk25 into the rootfs (symlinks dereferenced)"
  cp -rL "$jdk25" "$r$JAVA_HOME_IN_IMAGE"
  load_image "$JDK25_IMAGE" amd64 "$r" / /bin/bash "${JDK_ENV[@]}"
  cleanup_work
  BUILT+=("$JDK25_IMAGE")
}

check_jdk25_aot() {
  docker run --rm "$JDK25_IMAGE" java -XX:AOTCacheOutput=/tmp/app.aot -version 2>&1 | grep 'AOTCache creation is complete' >/dev/null \
    || die "$JDK25_IMAGE: 'java -XX:AOTCacheOutput=/tmp/app.aot -version' did not create an AOT cache"
  log "$JDK25_IMAGE: java -XX:AOTCacheOutput=... creates an AOT cache"
}

build_bookworm() {
  ensure_image "$RUN_IMAGE" amd64 ensure_base_tar "$BASE_TAR" run
  ensure_image "$JDK17_IMAGE" amd64 ensure_jdk17_tar "$JDK17_TAR" jdk
  ensure_jdk25_image
}

RECIPES+=(build_bookworm)
RUN_CHECKS+=("$RUN_IMAGE")
JDK_CHECKS+=("17 $RUN_IMAGE yes" "25 $RUN_IMAGE yes")   # tag, its run image, objcopy (binutils) yes|no
EXTRA_CHECKS+=(check_jdk25_aot)
