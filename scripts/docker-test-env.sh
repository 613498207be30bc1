#!/usr/bin/env bash
# docker-test-env.sh: sets up the local Docker environment that lambda-shim's
# Docker-based tests need, on a machine that cannot reach a container registry.
#
# What it does (idempotent, non-interactive, run as root on Debian 12):
#   1. Makes sure a Docker engine answers `docker info`. If not, it installs
#      docker.io (plus debootstrap and binutils) with apt and starts `dockerd` in
#      the background (log: /tmp/lambda-shim-dockerd.log), waiting up to 60 s.
#   2. Builds three local stand-in images, each only if it is missing, from one
#      `debootstrap --variant=minbase bookworm` rootfs fed to `docker import`:
#        lambda-shim/provided-al2023-standin:latest  minimal Linux, NO Java
#                                                    (stands in for provided.al2023)
#        lambda-shim/build-jdk:17   + Debian openjdk-17-jdk-headless + binutils
#        lambda-shim/build-jdk:25   + the host's Temurin 25 (symlinks resolved)
#                                     + binutils
#      (stand in for the Amazon Corretto JDK images; JAVA_HOME=/usr/lib/jvm/java,
#      java/jlink/jdeps on PATH). All carry the label dev.lambdashim.standin=true.
#      Rootfs tarballs are cached in ${LAMBDA_SHIM_CACHE:-/var/cache/lambda-shim},
#      so images can be re-imported later without running debootstrap again.
#   3. When it built something (or with --verify): checks that the run image has
#      no java, jlinks a runtime in each build image and runs it in the run image,
#      checks --network host reaches a server on the host's 127.0.0.1, and that
#      --user UID:GID writes bind-mounted files owned by that uid.
#   4. Prints one line per image with its size, and the Docker server version.
#
# How long (measured on a fresh 2-core Debian 12 machine): about 4 minutes in all
# (apt install of docker.io + debootstrap ~25 s, debootstrap ~80 s, binutils and
# JDK 17 into the rootfs ~65 s, docker imports ~15 s, checks ~50 s). A second run
# with everything in place takes ~1 s; with only the rootfs cache left (images
# removed) ~50 s; if dockerd just needs starting, ~2 s.
#
# Usage: scripts/docker-test-env.sh [--verify]
# Environment: LAMBDA_SHIM_CACHE (cache dir), LAMBDA_SHIM_DEBIAN_MIRROR (mirror
# URL; default: the one apt uses for bookworm), LAMBDA_SHIM_JDK25_HOME (default:
# the JDK 25 under /usr/lib/jvm), LAMBDA_SHIM_DOCKER_WAIT (seconds, default 60).
set -euo pipefail

CACHE_DIR=${LAMBDA_SHIM_CACHE:-/var/cache/lambda-shim}
SUITE=bookworm
LABEL_KEY=dev.lambdashim.standin
RUN_IMAGE=lambda-shim/provided-al2023-standin:latest
JDK17_IMAGE=lambda-shim/build-jdk:17
JDK25_IMAGE=lambda-shim/build-jdk:25
ALL_IMAGES=("$RUN_IMAGE" "$JDK17_IMAGE" "$JDK25_IMAGE")
JAVA_HOME_IN_IMAGE=/usr/lib/jvm/java
DEFAULT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
DOCKERD_LOG=/tmp/lambda-shim-dockerd.log
DOCKER_WAIT=${LAMBDA_SHIM_DOCKER_WAIT:-60}

BASE_TAR=$CACHE_DIR/rootfs-$SUITE-minbase.tar
TOOLS_TAR=$CACHE_DIR/rootfs-$SUITE-binutils.tar
JDK17_TAR=$CACHE_DIR/rootfs-$SUITE-jdk17.tar

VERIFY=0
for arg in "$@"; do
  case $arg in
    --verify) VERIFY=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

START_TS=$(date +%s)
log() { printf '[docker-test-env +%ss] %s\n' "$(( $(date +%s) - START_TS ))" "$*" >&2; }
die() { ERR_SEEN=1; log "ERROR: $*"; exit 1; }

export DEBIAN_FRONTEND=noninteractive
APT_OPTS=(-o Acquire::Check-Valid-Until=false -o Dpkg::Use-Pty=0 -o APT::Install-Recommends=false)

# ---------------------------------------------------------------- cleanup ---
WORK_DIR=""
HTTP_PID=""
TMP_DIRS=()
cleanup() {
  local rc=$?
  [[ ${#TMP_DIRS[@]} -eq 0 ]] || rm -rf "${TMP_DIRS[@]}"
  if [[ -n $HTTP_PID ]]; then kill "$HTTP_PID" 2>/dev/null || true; wait "$HTTP_PID" 2>/dev/null || true; fi
  if [[ -n $WORK_DIR && -d $WORK_DIR ]]; then
    unmount_under "$WORK_DIR"
    if findmnt -rn -o TARGET | grep "^$WORK_DIR" >/dev/null; then
      log "WARNING: something is still mounted under $WORK_DIR; not removing it"
    else
      rm -rf "$WORK_DIR"
    fi
  fi
  return $rc
}
trap cleanup EXIT
set -E
ERR_SEEN=0
trap 'rc=$?; if [[ $ERR_SEEN -eq 0 ]]; then ERR_SEEN=1; log "ERROR: command failed (exit $rc) at line $LINENO: $BASH_COMMAND"; fi' ERR

unmount_under() {
  local dir=$1 m
  # deepest first
  { findmnt -rn -o TARGET | grep "^$dir/" || true; } | sort -r | while read -r m; do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done
}

need_root() { [[ $(id -u) -eq 0 ]] || die "$1 needs root (run with sudo)"; }

APT_UPDATED=0
apt_install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep >/dev/null 'install ok installed' || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  need_root "installing ${missing[*]}"
  if [[ $APT_UPDATED -eq 0 ]]; then
    log "apt-get update"
    apt-get "${APT_OPTS[@]}" update -qq >/dev/null
    APT_UPDATED=1
  fi
  log "apt-get install ${missing[*]}"
  # policy-rc.d exit 101: keep the package from trying to start its own daemon
  # (no init system here); we start dockerd ourselves below.
  local prc=/usr/sbin/policy-rc.d created_prc=0
  if [[ ! -e $prc ]]; then printf '#!/bin/sh\nexit 101\n' >"$prc"; chmod +x "$prc"; created_prc=1; fi
  apt-get "${APT_OPTS[@]}" install -y -qq "${missing[@]}" >/tmp/lambda-shim-apt.log 2>&1 \
    || { [[ $created_prc -eq 1 ]] && rm -f "$prc"; tail -20 /tmp/lambda-shim-apt.log >&2; die "apt-get install ${missing[*]} failed (see /tmp/lambda-shim-apt.log)"; }
  [[ $created_prc -eq 1 ]] && rm -f "$prc"
  return 0
}

# ----------------------------------------------------------- 1. the engine ---
ensure_engine() {
  if docker info >/dev/null 2>&1; then
    log "Docker engine already answers"
    return 0
  fi
  need_root "starting a Docker engine"
  command -v dockerd >/dev/null 2>&1 || apt_install_missing docker.io
  apt_install_missing debootstrap binutils
  command -v dockerd >/dev/null 2>&1 || die "dockerd not found even after installing docker.io"

  local pid=""
  if [[ -s /var/run/docker.pid ]] && kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then
    pid=$(cat /var/run/docker.pid)
    log "dockerd (pid $pid) is running but not answering yet; waiting for it"
  else
    rm -f /var/run/docker.pid
    log "starting dockerd in the background (log: $DOCKERD_LOG)"
    nohup setsid dockerd >>"$DOCKERD_LOG" 2>&1 </dev/null &
    pid=$!
    disown "$pid" 2>/dev/null || true
  fi
  local waited=0
  until docker info >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -25 "$DOCKERD_LOG" >&2 || true
      die "dockerd exited during start-up; see $DOCKERD_LOG"
    fi
    if (( waited >= DOCKER_WAIT )); then
      tail -25 "$DOCKERD_LOG" >&2 || true
      die "dockerd (pid $pid) did not answer 'docker info' within ${DOCKER_WAIT}s; see $DOCKERD_LOG"
    fi
    sleep 1; waited=$((waited + 1))
  done
  log "Docker engine up after ${waited}s"
}

# ------------------------------------------------------------ 2. rootfs ---
# Prints the URI apt uses for the given suite (deb822 .sources or one-line .list).
apt_uri_for_suite() {
  local suite=$1 f uri=""
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -r $f ]] || continue
    uri=$(awk -v s="$suite" '
      function flush() { if (t ~ /(^| )deb( |$)/ && (" " su " ") ~ (" " s " ") && u != "" && !found) { split(u, a, " "); print a[1]; found = 1 } t = su = u = "" }
      /^[ \t]*$/ { flush(); next }
      /^[ \t]*#/ { next }
      tolower($1) == "types:"  { $1 = ""; t = $0 }
      tolower($1) == "suites:" { $1 = ""; su = $0 }
      tolower($1) == "uris:"   { $1 = ""; u = $0; sub(/^[ \t]+/, "", u) }
      END { flush() }' "$f")
    [[ -n $uri ]] && { echo "$uri"; return 0; }
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -r $f ]] || continue
    uri=$(awk -v s="$suite" '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } if ($(i + 1) == s) { print $i; exit } }' "$f")
    [[ -n $uri ]] && { echo "$uri"; return 0; }
  done
  return 1
}

debian_mirror() {
  if [[ -n ${LAMBDA_SHIM_DEBIAN_MIRROR:-} ]]; then echo "$LAMBDA_SHIM_DEBIAN_MIRROR"; return; fi
  apt_uri_for_suite "$SUITE" || echo "http://deb.debian.org/debian"
}

new_work_dir() {
  mkdir -p "$CACHE_DIR"
  WORK_DIR=$(mktemp -d "$CACHE_DIR/work.XXXXXX")
}

# Shrinks a rootfs: docs, man pages, locales, apt caches and lists.
slim_rootfs() {
  local r=$1
  rm -rf "$r"/usr/share/doc/* "$r"/usr/share/man/* "$r"/usr/share/info/* \
         "$r"/var/cache/apt/*.bin "$r"/var/cache/apt/archives/*.deb \
         "$r"/var/lib/apt/lists/* "$r"/var/log/*.log "$r"/var/log/apt/* \
         "$r"/tmp/* "$r"/root/.cache
  find "$r"/usr/share/locale -mindepth 1 -maxdepth 1 ! -name 'locale.alias' -exec rm -rf {} + 2>/dev/null || true
}

tar_rootfs() { # dir out.tar
  tar --numeric-owner -C "$1" -cf "$2.part" . && mv -f "$2.part" "$2"
}

chroot_apt_install() { # rootfs pkgs...
  local r=$1; shift
  local mirror; mirror=$(debian_mirror)
  local sec; sec=$(apt_uri_for_suite "$SUITE-security" || true)
  {
    echo "deb $mirror $SUITE main"
    echo "deb $mirror $SUITE-updates main"
    [[ -n $sec ]] && echo "deb $sec $SUITE-security main"
  } >"$r/etc/apt/sources.list"
  cp /etc/resolv.conf "$r/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d"; chmod +x "$r/usr/sbin/policy-rc.d"
  mountpoint -q "$r/proc" || mount -t proc proc "$r/proc"
  chroot "$r" apt-get "${APT_OPTS[@]}" update -qq >/dev/null
  chroot "$r" apt-get "${APT_OPTS[@]}" install -y -qq "$@" >"$WORK_DIR/apt-$$.log" 2>&1 \
    || { tail -30 "$WORK_DIR/apt-$$.log" >&2; die "apt-get install $* inside the rootfs failed"; }
  chroot "$r" apt-get clean
  umount "$r/proc" 2>/dev/null || umount -l "$r/proc"
  rm -f "$r/usr/sbin/policy-rc.d"
  : >"$r/etc/resolv.conf"
}

# The minbase rootfs, used as is for the run image and as the base of the others.
ensure_base_tar() {
  [[ -s $BASE_TAR ]] && return 0
  need_root "debootstrap"
  apt_install_missing debootstrap
  local mirror; mirror=$(debian_mirror)
  new_work_dir
  local r=$WORK_DIR/rootfs
  log "debootstrap --variant=minbase $SUITE from $mirror (takes a few minutes)"
  debootstrap --variant=minbase "$SUITE" "$r" "$mirror" >"$WORK_DIR/debootstrap.log" 2>&1 \
    || { tail -30 "$WORK_DIR/debootstrap.log" >&2; tail -30 "$r/debootstrap/debootstrap.log" >&2 2>/dev/null || true; die "debootstrap failed"; }
  unmount_under "$r"
  ls "$r"/usr/lib/x86_64-linux-gnu/libz.so.1 >/dev/null 2>&1 || die "minbase rootfs lacks libz.so.1"
  # Directories and variables of AWS's provided.al2023 image.
  mkdir -p "$r/var/task" "$r/var/runtime" "$r/opt"
  printf 'deb %s %s main\n' "$mirror" "$SUITE" >"$r/etc/apt/sources.list"
  slim_rootfs "$r"
  : >"$r/etc/resolv.conf"
  log "caching $BASE_TAR"
  tar_rootfs "$r" "$BASE_TAR"
  cleanup_work
}

# minbase + binutils (objcopy, for jlink --strip-debug): base of both build images.
ensure_tools_tar() {
  [[ -s $TOOLS_TAR ]] && return 0
  ensure_base_tar
  need_root "building the build-image rootfs"
  new_work_dir
  local r=$WORK_DIR/rootfs; mkdir -p "$r"
  tar --numeric-owner -xpf "$BASE_TAR" -C "$r"
  log "installing binutils into the rootfs"
  chroot_apt_install "$r" binutils
  slim_rootfs "$r"
  log "caching $TOOLS_TAR"
  tar_rootfs "$r" "$TOOLS_TAR"
  cleanup_work
}

ensure_jdk17_tar() {
  [[ -s $JDK17_TAR ]] && return 0
  ensure_tools_tar
  need_root "building the JDK 17 rootfs"
  new_work_dir
  local r=$WORK_DIR/rootfs; mkdir -p "$r"
  tar --numeric-owner -xpf "$TOOLS_TAR" -C "$r"
  log "installing openjdk-17-jdk-headless into the rootfs"
  chroot_apt_install "$r" openjdk-17-jdk-headless
  [[ -x $r/usr/lib/jvm/java-17-openjdk-amd64/bin/jlink ]] || die "openjdk-17-jdk-headless did not bring jlink"
  [[ -d $r/usr/lib/jvm/java-17-openjdk-amd64/jmods ]] || die "openjdk-17-jdk-headless did not bring jmods/"
  ln -sfn java-17-openjdk-amd64 "$r$JAVA_HOME_IN_IMAGE"
  slim_rootfs "$r"
  log "caching $JDK17_TAR"
  tar_rootfs "$r" "$JDK17_TAR"
  cleanup_work
}

cleanup_work() {
  if [[ -n $WORK_DIR && -d $WORK_DIR ]]; then
    unmount_under "$WORK_DIR"
    findmnt -rn -o TARGET | grep "^$WORK_DIR" >/dev/null && die "still mounted under $WORK_DIR"
    rm -rf "$WORK_DIR"
  fi
  WORK_DIR=""
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

image_exists() { docker image inspect "$1" >/dev/null 2>&1; }

import_image() { # name tar-or-dir changes...
  local name=$1 src=$2; shift 2
  local args=(--change "LABEL $LABEL_KEY=true") c
  for c in "$@"; do args+=(--change "$c"); done
  log "docker import -> $name"
  if [[ -d $src ]]; then
    tar --numeric-owner -C "$src" -c . | docker import "${args[@]}" - "$name" >/dev/null
  else
    docker import "${args[@]}" "$src" "$name" >/dev/null
  fi
}

JDK_CHANGES=("ENV JAVA_HOME=$JAVA_HOME_IN_IMAGE" "ENV PATH=$JAVA_HOME_IN_IMAGE/bin:$DEFAULT_PATH" 'CMD ["/bin/bash"]')

BUILT=()
build_images() {
  if ! image_exists "$RUN_IMAGE"; then
    ensure_base_tar
    import_image "$RUN_IMAGE" "$BASE_TAR" \
      "ENV PATH=$DEFAULT_PATH" "ENV LAMBDA_TASK_ROOT=/var/task" "ENV LAMBDA_RUNTIME_DIR=/var/runtime" \
      'WORKDIR /var/task' 'CMD ["/bin/sh"]'
    BUILT+=("$RUN_IMAGE")
  fi
  if ! image_exists "$JDK17_IMAGE"; then
    ensure_jdk17_tar
    import_image "$JDK17_IMAGE" "$JDK17_TAR" "${JDK_CHANGES[@]}"
    BUILT+=("$JDK17_IMAGE")
  fi
  if ! image_exists "$JDK25_IMAGE"; then
    local jdk25; jdk25=$(find_jdk25) || die "no JDK 25 found under /usr/lib/jvm (set LAMBDA_SHIM_JDK25_HOME)"
    ensure_tools_tar
    need_root "building $JDK25_IMAGE"
    new_work_dir
    local r=$WORK_DIR/rootfs; mkdir -p "$r"
    tar --numeric-owner -xpf "$TOOLS_TAR" -C "$r"
    mkdir -p "$r/usr/lib/jvm"
    # -L: resolve symlinks (e.g. lib/security/cacerts -> Debian's store) so the
    # copy is self-contained; jlink (linking from the run-time image, no jmods/)
    # still accepts it as long as no file content changed.
    log "copying $jdk25 into the rootfs (symlinks dereferenced)"
    cp -rL "$jdk25" "$r$JAVA_HOME_IN_IMAGE"
    import_image "$JDK25_IMAGE" "$r" "${JDK_CHANGES[@]}"
    cleanup_work
    BUILT+=("$JDK25_IMAGE")
  fi
}

# ------------------------------------------------------------- 3. checks ---
verify() {
  local img
  log "verifying images"
  for img in "${ALL_IMAGES[@]}"; do
    [[ $(docker image inspect -f "{{index .Config.Labels \"$LABEL_KEY\"}}" "$img") == true ]] \
      || die "$img lacks the label $LABEL_KEY=true"
  done

  # The run image: a shell, glibc, zlib, and no Java anywhere.
  if docker run --rm "$RUN_IMAGE" sh -c 'command -v java' >/dev/null 2>&1; then
    die "$RUN_IMAGE has a java on PATH; it must not"
  fi
  docker run --rm "$RUN_IMAGE" sh -c 'test -z "$(find / -xdev -name "libjvm.so" 2>/dev/null)" && ldconfig -p | grep -q "libz.so.1 "' \
    || die "$RUN_IMAGE: found a libjvm.so or missing libz.so.1"

  # Each build image: jlink (with --strip-debug, which needs objcopy) a runtime,
  # run it in the build image and in the run image (which has no Java of its own).
  local out v
  out=$(mktemp -d /tmp/lambda-shim-verify.XXXXXX); TMP_DIRS+=("$out")
  chmod 777 "$out"
  for v in 17 25; do
    img=lambda-shim/build-jdk:$v
    docker run --rm "$img" sh -c 'java -version && command -v jlink jdeps objcopy && echo "JAVA_HOME=$JAVA_HOME"' >"$out/info-$v" 2>&1 \
      || { cat "$out/info-$v" >&2; die "$img: java/jlink/jdeps/objcopy missing"; }
    grep -q "version \"$v" "$out/info-$v" || { cat "$out/info-$v" >&2; die "$img: java is not version $v"; }
    docker run --rm "$img" sh -c 'jlink --add-modules java.base --output /tmp/x && /tmp/x/bin/java -version' >/dev/null 2>&1 \
      || die "$img: 'jlink --add-modules java.base --output /tmp/x && /tmp/x/bin/java -version' failed"
    docker run --rm -v "$out:/out" "$img" \
      jlink --add-modules java.base --strip-debug --no-header-files --no-man-pages --output "/out/rt$v" >/dev/null \
      || die "$img: jlink --strip-debug failed"
    docker run --rm -v "$out/rt$v:/opt/java:ro" "$RUN_IMAGE" /opt/java/bin/java -version 2>&1 | grep >/dev/null "version \"$v" \
      || die "a runtime jlinked in $img does not run in $RUN_IMAGE"
    log "$img: $(head -1 "$out/info-$v"); jlink ok; jlinked java.base runtime runs in $RUN_IMAGE"
  done
  docker run --rm "$JDK25_IMAGE" java -XX:AOTCacheOutput=/tmp/app.aot -version 2>&1 | grep 'AOTCache creation is complete' >/dev/null \
    || die "$JDK25_IMAGE: 'java -XX:AOTCacheOutput=/tmp/app.aot -version' did not create an AOT cache"
  log "$JDK25_IMAGE: java -XX:AOTCacheOutput=... creates an AOT cache"

  # --user UID:GID with a bind mount writes files owned by that uid (the caller's and an arbitrary one).
  local spec
  for spec in "$(id -u):$(id -g)" "4242:4343"; do
    docker run --rm --user "$spec" -v "$out:/out" "$RUN_IMAGE" sh -c 'echo hi > /out/owned-$(id -u)'
    [[ $(stat -c %u:%g "$out/owned-${spec%%:*}") == "$spec" ]] || die "--user $spec: file not owned by $spec"
  done
  log "--user UID:GID + bind mount: files owned by that uid:gid (checked $(id -u):$(id -g) and 4242:4343)"
  rm -rf "$out"

  # --network host reaches a server on the host's loopback.
  if command -v python3 >/dev/null 2>&1; then
    local port dir
    dir=$(mktemp -d /tmp/lambda-shim-http.XXXXXX); TMP_DIRS+=("$dir")
    echo "lambda-shim-probe" >"$dir/probe.txt"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dir" >/dev/null 2>&1 &
    HTTP_PID=$!

    for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    docker run --rm --network host "$RUN_IMAGE" bash -c \
      "exec 3<>/dev/tcp/127.0.0.1/$port && printf 'GET /probe.txt HTTP/1.0\r\n\r\n' >&3 && cat <&3" | grep >/dev/null lambda-shim-probe \
      || die "--network host: bash /dev/tcp probe from $RUN_IMAGE could not reach 127.0.0.1:$port on the host"
    docker run --rm --network host -e PORT="$port" "$JDK17_IMAGE" sh -c \
      'printf "%s\n" "public class P { public static void main(String[] a) throws Exception { try (var in = new java.net.URL(\"http://127.0.0.1:\" + System.getenv(\"PORT\") + \"/probe.txt\").openStream()) { System.out.print(new String(in.readAllBytes())); } } }" > /tmp/P.java && java /tmp/P.java' \
      | grep >/dev/null lambda-shim-probe \
      || die "--network host: java in $JDK17_IMAGE could not reach 127.0.0.1:$port on the host"
    kill "$HTTP_PID" 2>/dev/null || true; wait "$HTTP_PID" 2>/dev/null || true; HTTP_PID=""
    rm -rf "$dir"
    log "--network host: bash and java in containers reached the host's 127.0.0.1:$port"
  else
    log "WARNING: no python3 on the host; --network host check skipped"
  fi
}

# ---------------------------------------------------------------- report ---
report() {
  local img size
  echo "lambda-shim Docker test images:"
  for img in "${ALL_IMAGES[@]}"; do
    size=$(docker image inspect -f '{{.Size}}' "$img")
    printf '  %-45s %8s  (%s bytes)\n' "$img" "$(numfmt --to=iec --suffix=B "$size")" "$size"
  done
  docker version --format 'Docker server: {{.Server.Version}} (API {{.Server.APIVersion}}, {{.Server.Os}}/{{.Server.Arch}}); client {{.Client.Version}}'
  docker info --format '  storage driver: {{.Driver}}, cgroup driver: {{.CgroupDriver}}, cgroup v{{.CgroupVersion}}' 2>/dev/null || true
  echo "docker-test-env: done in $(( $(date +%s) - START_TS ))s${BUILT:+, built: ${BUILT[*]}}"
}

main() {
  ensure_engine
  mkdir -p "$CACHE_DIR"
  exec 9>"$CACHE_DIR/.lock"
  flock -w 1800 9 || die "another docker-test-env.sh holds $CACHE_DIR/.lock"
  build_images
  if [[ ${#BUILT[@]} -gt 0 || $VERIFY -eq 1 ]]; then verify; fi
  report
}

main
