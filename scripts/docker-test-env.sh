#!/usr/bin/env bash
# docker-test-env.sh: sets up the local Docker environment that lambda-shim's Docker-based tests need, on a machine
# that cannot reach a container registry. Idempotent, non-interactive, run as root on Debian 12:
#   1. A Docker engine that answers `docker info` (test-images/engine.sh: installs docker.io, debootstrap and
#      binutils with apt if needed, starts dockerd in the background, log /tmp/lambda-shim-dockerd.log), and
#      qemu-user-static registered with binfmt_misc for the arm64 images (on every run: a reboot forgets it).
#   2. The stand-in images, each only if missing, one recipe per family in test-images/recipes/ (each file lists
#      its images): bookworm.sh (provided-al2023-standin:latest, build-jdk:17, build-jdk:25), trixie.sh
#      (provided-al2023-standin:trixie, build-jdk:21), trixie-arm64.sh (provided-al2023-standin:arm64,
#      build-jdk:25-arm64). Run images have NO Java; build images stand in for the Amazon Corretto JDK images
#      (JAVA_HOME=/usr/lib/jvm/java, java/jlink/jdeps on PATH). All carry the label dev.lambdashim.standin=true and
#      name their architecture. They are loaded from debootstrap --variant=minbase root file systems cached as
#      tarballs in ${LAMBDA_SHIM_CACHE:-/var/cache/lambda-shim} (test-images/rootfs.sh, image.sh), so an image
#      can be loaded again without running debootstrap. The Debian mirror is the one this machine's apt uses
#      (test-images/mirror.sh); with none configured the script stops and says what to configure.
#   3. When it built something (or with --verify), test-images/checks.sh: run images have no java, each build
#      image jlinks a runtime that runs in its run image, --network host reaches the host's 127.0.0.1, and
#      --user UID:GID writes bind-mounted files owned by that uid.
#   4. Prints one line per image with its size, and the Docker server version.
#
# How long (a fresh 2-core Debian 12 machine): the bookworm images about 4 minutes (apt install of docker.io +
# debootstrap ~25 s, debootstrap ~80 s, binutils and JDK 17 into the rootfs ~65 s, docker loads ~15 s, checks
# ~50 s). The trixie and arm64 ones add, on a 2-core machine shared with other builds (load average 12-20):
# trixie amd64 debootstrap ~10 min, JDK 21 ~5 min, arm64 debootstrap ~22 min and JDK 25 ~12 min (dpkg's scripts
# run under emulation), checks ~8 min; a quiet machine takes a fraction of that. A second run with everything in
# place takes ~2 s; with only the rootfs cache left (images removed) ~2 min; if dockerd just needs starting, ~3 s.
#
# Usage: scripts/docker-test-env.sh [--verify | --print-mirror]
#   --print-mirror  print the Debian mirror (and security archive) the recipes would use, and exit
# Environment: LAMBDA_SHIM_CACHE (cache dir), LAMBDA_SHIM_DEBIAN_MIRROR (mirror URL; default: the one apt uses for
# bookworm or trixie), LAMBDA_SHIM_APT_DIR (apt's configuration, default /etc/apt), LAMBDA_SHIM_JDK25_HOME
# (default: the JDK 25 under /usr/lib/jvm), LAMBDA_SHIM_DOCKER_WAIT (seconds, default 60).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/test-images
RECIPES_DIR=$HERE/recipes
CACHE_DIR=${LAMBDA_SHIM_CACHE:-/var/cache/lambda-shim}
SUITE=bookworm           # the host's suite: its apt sources name the mirrors
NEW_SUITE=trixie         # Debian's newest JDKs: 21 for amd64, 25 for arm64
START_TS=$(date +%s)

MODE=build
for arg in "$@"; do
  case $arg in
    --verify) MODE=verify ;;
    --print-mirror) MODE=print-mirror ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

# shellcheck source=test-images/common.sh
source "$HERE/common.sh"
for lib in engine mirror rootfs image checks; do source "$HERE/$lib.sh"; done
RECIPES=() RUN_CHECKS=() JDK_CHECKS=() EXTRA_CHECKS=()
for recipe in bookworm trixie trixie-arm64; do source "$RECIPES_DIR/$recipe.sh"; done

if [[ $MODE == print-mirror ]]; then
  need_mirror
  echo "debian: $DEBIAN_MIRROR"
  echo "security: $(security_mirror "$SUITE")"
  exit 0
fi

report() {
  local img size
  echo "lambda-shim Docker test images:"
  for img in "${ALL_IMAGES[@]}"; do
    size=$(docker image inspect -f '{{.Size}}' "$img")
    printf '  %-45s %8s  (%s bytes, %s)\n' "$img" "$(numfmt --to=iec --suffix=B "$size")" "$size" \
      "$(docker image inspect -f '{{.Architecture}}' "$img")"
  done
  docker version --format 'Docker server: {{.Server.Version}} (API {{.Server.APIVersion}}, {{.Server.Os}}/{{.Server.Arch}}); client {{.Client.Version}}'
  docker info --format '  storage driver: {{.Driver}}, cgroup driver: {{.CgroupDriver}}, cgroup v{{.CgroupVersion}}' 2>/dev/null || true
  echo "docker-test-env: done in $(( $(date +%s) - START_TS ))s${BUILT:+, built: ${BUILT[*]}}"
}

ensure_engine
ensure_emulation
mkdir -p "$CACHE_DIR"
exec 9>"$CACHE_DIR/.lock"
flock -w 1800 9 || die "another docker-test-env.sh holds $CACHE_DIR/.lock"
for recipe in "${RECIPES[@]}"; do "$recipe"; done
if [[ ${#BUILT[@]} -gt 0 || $MODE == verify ]]; then verify; fi
report
