# Recipe: the trixie arm64 images, made and run under qemu-user-static (binfmt_misc).
#   lambda-shim/provided-al2023-standin:arm64  minbase, NO Java
#   lambda-shim/build-jdk:25-arm64             + Debian's openjdk-25-jdk-headless (the newest JDK Debian serves for
#                                              arm64), NO binutils
# shellcheck shell=bash

ARM64_JAVA=25
RUN_IMAGE_ARM64=lambda-shim/provided-al2023-standin:arm64
JDK_ARM64_IMAGE=lambda-shim/build-jdk:$ARM64_JAVA-arm64
ARM64_BASE_TAR=$CACHE_DIR/rootfs-$NEW_SUITE-arm64-minbase.tar
ARM64_JDK_TAR=$CACHE_DIR/rootfs-$NEW_SUITE-arm64-jdk$ARM64_JAVA.tar

ensure_arm64_base_tar() { ensure_minbase_tar "$NEW_SUITE" arm64 "$ARM64_BASE_TAR"; }
ensure_arm64_jdk_tar() {
  ensure_arm64_base_tar
  ensure_packages_tar "$ARM64_BASE_TAR" "$ARM64_JDK_TAR" "$NEW_SUITE" arm64 "openjdk-$ARM64_JAVA-jdk-headless" \
    "link_debian_jdk $ARM64_JAVA arm64"
}

check_arm64_runs_as_aarch64() {
  [[ $(docker run --rm --platform linux/arm64 "$RUN_IMAGE_ARM64" uname -m) == aarch64 ]] \
    || die "$RUN_IMAGE_ARM64 does not run as aarch64"
}

build_trixie_arm64() {
  ensure_image "$RUN_IMAGE_ARM64" arm64 ensure_arm64_base_tar "$ARM64_BASE_TAR" run
  ensure_image "$JDK_ARM64_IMAGE" arm64 ensure_arm64_jdk_tar "$ARM64_JDK_TAR" jdk
}

RECIPES+=(build_trixie_arm64)
RUN_CHECKS+=("$RUN_IMAGE_ARM64")
JDK_CHECKS+=("$ARM64_JAVA-arm64 $RUN_IMAGE_ARM64 no")
EXTRA_CHECKS+=(check_arm64_runs_as_aarch64)
