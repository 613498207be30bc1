#!/usr/bin/env bash
# docker-test-env.sh: sets up the local Docker environment that lambda-shim's
# Docker-based tests need, on a machine that cannot reach a container registry.
#
# What it does (idempotent, non-interactive, run as root on Debian 12):
#   1. Makes sure a Docker engine answers `docker info`. If not, it installs
#      docker.io (plus debootstrap and binutils) with apt and starts `dockerd` in
#      the background (log: /tmp/lambda-shim-dockerd.log), waiting up to 60 s.
#   2. Builds the local stand-in images, each only if it is missing, from
#      `debootstrap --variant=minbase` root file systems loaded into Docker:
#        lambda-shim/provided-al2023-standin:latest  bookworm amd64, NO Java
#                                                    (stands in for provided.al2023)
#        lambda-shim/provided-al2023-standin:trixie  trixie amd64, NO Java (runs
#                                                    what JDK 21 links: glibc 2.41)
#        lambda-shim/provided-al2023-standin:arm64   trixie arm64, NO Java
#        lambda-shim/build-jdk:17   bookworm + Debian openjdk-17-jdk-headless + binutils
#        lambda-shim/build-jdk:25   bookworm + the host's Temurin 25 (symlinks
#                                   resolved) + binutils
#        lambda-shim/build-jdk:21   trixie amd64 + Debian openjdk-21-jdk-headless,
#                                   NO binutils, and a lib/server/libjvm.debuginfo
#                                   added to its java.base.jmod (a JDK whose jmods
#                                   carry separate debug info, as some builds do)
#        lambda-shim/build-jdk:25-arm64  trixie arm64 + Debian openjdk-25-jdk-headless
#                                   (the newest JDK Debian serves for arm64), NO
#                                   binutils
#      (stand in for the Amazon Corretto JDK images; JAVA_HOME=/usr/lib/jvm/java,
#      java/jlink/jdeps on PATH). All carry the label dev.lambdashim.standin=true.
#      The arm64 ones are made and run under qemu-user-static, registered with
#      binfmt_misc (step 0, on every run: the kernel forgets it on a reboot); each
#      image's config names its architecture (`docker load` of an archive written
#      here: Docker 20.10's `docker import` would label them amd64).
#      Rootfs tarballs are cached in ${LAMBDA_SHIM_CACHE:-/var/cache/lambda-shim},
#      so images can be re-imported later without running debootstrap again.
#   3. When it built something (or with --verify): checks that the run images have
#      no java, jlinks a runtime in each build image and runs it in a run image,
#      checks --network host reaches a server on the host's 127.0.0.1, and that
#      --user UID:GID writes bind-mounted files owned by that uid.
#   4. Prints one line per image with its size, and the Docker server version.
#
# How long (measured on a fresh 2-core Debian 12 machine): the bookworm images
# about 4 minutes (apt install of docker.io + debootstrap ~25 s, debootstrap
# ~80 s, binutils and JDK 17 into the rootfs ~65 s, docker imports ~15 s, checks
# ~50 s). The trixie and arm64 ones add, measured on a 2-core machine shared with
# other builds (load average 12-20): trixie amd64 debootstrap ~10 min, JDK 21
# ~5 min, arm64 debootstrap ~22 min and JDK 25 ~12 min (dpkg's scripts run under
# emulation; the arm64 debootstrap used 4.3 min of CPU), checks ~8 min; a quiet
# machine takes a fraction of that. A second run with everything in place takes
# ~2 s; with only the rootfs cache left (images removed) ~2 min; if dockerd just
# needs starting, ~3 s.
#
# Usage: scripts/docker-test-env.sh [--verify]
# Environment: LAMBDA_SHIM_CACHE (cache dir), LAMBDA_SHIM_DEBIAN_MIRROR (mirror
# URL; default: the one apt uses for bookworm, for every suite),
# LAMBDA_SHIM_JDK25_HOME (default:
# the JDK 25 under /usr/lib/jvm), LAMBDA_SHIM_DOCKER_WAIT (seconds, default 60).
set -euo pipefail

CACHE_DIR=${LAMBDA_SHIM_CACHE:-/var/cache/lambda-shim}
SUITE=bookworm           # the host's suite: its apt sources name the mirrors
NEW_SUITE=trixie         # Debian's newest JDKs: 21 for amd64, 25 for arm64
ARM64_JAVA=25
LABEL_KEY=dev.lambdashim.standin
RUN_IMAGE=lambda-shim/provided-al2023-standin:latest
RUN_IMAGE_TRIXIE=lambda-shim/provided-al2023-standin:trixie
RUN_IMAGE_ARM64=lambda-shim/provided-al2023-standin:arm64
JDK17_IMAGE=lambda-shim/build-jdk:17
JDK21_IMAGE=lambda-shim/build-jdk:21
JDK25_IMAGE=lambda-shim/build-jdk:25
JDK_ARM64_IMAGE=lambda-shim/build-jdk:$ARM64_JAVA-arm64
ALL_IMAGES=("$RUN_IMAGE" "$RUN_IMAGE_TRIXIE" "$RUN_IMAGE_ARM64" "$JDK17_IMAGE" "$JDK21_IMAGE" "$JDK25_IMAGE"
  "$JDK_ARM64_IMAGE")
JAVA_HOME_IN_IMAGE=/usr/lib/jvm/java
DEFAULT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
DOCKERD_LOG=/tmp/lambda-shim-dockerd.log
DOCKER_WAIT=${LAMBDA_SHIM_DOCKER_WAIT:-60}

BASE_TAR=$CACHE_DIR/rootfs-$SUITE-minbase.tar
TOOLS_TAR=$CACHE_DIR/rootfs-$SUITE-binutils.tar
JDK17_TAR=$CACHE_DIR/rootfs-$SUITE-jdk17.tar
TRIXIE_TAR=$CACHE_DIR/rootfs-$NEW_SUITE-minbase.tar
JDK21_TAR=$CACHE_DIR/rootfs-$NEW_SUITE-jdk21.tar
ARM64_BASE_TAR=$CACHE_DIR/rootfs-$NEW_SUITE-arm64-minbase.tar
ARM64_JDK_TAR=$CACHE_DIR/rootfs-$NEW_SUITE-arm64-jdk$ARM64_JAVA.tar

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

# The security archive apt uses (for the host's suite; other suites are on the same archive).
security_mirror() { apt_uri_for_suite "$1-security" || apt_uri_for_suite "$SUITE-security" || true; }

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

# The rootfs's own apt would run under emulation for another architecture (minutes to read the package lists), so
# this machine's apt resolves and downloads for the rootfs (Dir=) and only dpkg runs inside it (chroot).
chroot_apt_install() { # rootfs suite arch pkgs...
  local r=$1 suite=$2 arch=$3; shift 3
  local mirror; mirror=$(debian_mirror)
  local sec; sec=$(security_mirror "$suite")
  {
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    [[ -n $sec ]] && echo "deb $sec $suite-security main"
  } >"$r/etc/apt/sources.list"
  cp /etc/resolv.conf "$r/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d"; chmod +x "$r/usr/sbin/policy-rc.d"
  mountpoint -q "$r/proc" || mount -t proc proc "$r/proc"
  local apt=(apt-get "${APT_OPTS[@]}" -o Dir="$r" -o Dir::Bin::Methods=/usr/lib/apt/methods
    -o APT::Architecture="$arch" -o APT::Architectures::="$arch" -o DPkg::Chroot-Directory="$r"
    -o APT::Sandbox::User=root)
  "${apt[@]}" update -qq >"$WORK_DIR/apt-$$.log" 2>&1 \
    || { tail -30 "$WORK_DIR/apt-$$.log" >&2; die "apt-get update for the $suite $arch rootfs failed"; }
  "${apt[@]}" install -y -qq "$@" >"$WORK_DIR/apt-$$.log" 2>&1 \
    || { tail -30 "$WORK_DIR/apt-$$.log" >&2; die "apt-get install $* into the $suite $arch rootfs failed"; }
  "${apt[@]}" clean
  umount "$r/proc" 2>/dev/null || umount -l "$r/proc"
  rm -f "$r/usr/sbin/policy-rc.d"
  : >"$r/etc/resolv.conf"
}

multiarch() { case $1 in amd64) echo x86_64-linux-gnu ;; arm64) echo aarch64-linux-gnu ;; *) die "no triplet for $1" ;; esac; }

# Lets this machine (and Docker's containers) run arm64 programs: qemu-user-static registered with binfmt_misc,
# with the F flag (the emulator is opened now, so containers without it can use it). Cheap when in place.
ensure_emulation() {
  [[ $(dpkg --print-architecture) == arm64 ]] && return 0
  if [[ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]]; then
    need_root "registering qemu-aarch64 with binfmt_misc"
    apt_install_missing qemu-user-static binfmt-support
    mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc \
      || die "cannot mount binfmt_misc (the kernel needs CONFIG_BINFMT_MISC)"
    update-binfmts --enable qemu-aarch64 || die "update-binfmts --enable qemu-aarch64 failed"
    log "qemu-aarch64 registered with binfmt_misc"
  fi
  grep -q '^enabled' /proc/sys/fs/binfmt_misc/qemu-aarch64 || die "qemu-aarch64 is registered but disabled"
  grep -q '^flags: .*F' /proc/sys/fs/binfmt_misc/qemu-aarch64 \
    || die "qemu-aarch64 is registered without the F flag: containers cannot use it (re-register it with F)"
}

# A minbase rootfs: used as is for the run images and as the base of the others.
ensure_minbase_tar() { # suite arch out.tar
  local suite=$1 arch=$2 out=$3
  [[ -s $out ]] && return 0
  need_root "debootstrap"
  apt_install_missing debootstrap
  [[ $arch == "$(dpkg --print-architecture)" ]] || ensure_emulation
  local mirror; mirror=$(debian_mirror)
  new_work_dir
  local r=$WORK_DIR/rootfs
  log "debootstrap --arch=$arch --variant=minbase $suite from $mirror (takes a few minutes; longer emulated)"
  debootstrap --arch="$arch" --variant=minbase "$suite" "$r" "$mirror" >"$WORK_DIR/debootstrap.log" 2>&1 \
    || { tail -30 "$WORK_DIR/debootstrap.log" >&2; tail -30 "$r/debootstrap/debootstrap.log" >&2 2>/dev/null || true; die "debootstrap failed"; }
  unmount_under "$r"
  ls "$r/usr/lib/$(multiarch "$arch")/libz.so.1" >/dev/null 2>&1 || die "minbase rootfs lacks libz.so.1"
  # Directories and variables of AWS's provided.al2023 image.
  mkdir -p "$r/var/task" "$r/var/runtime" "$r/opt"
  printf 'deb %s %s main\n' "$mirror" "$suite" >"$r/etc/apt/sources.list"
  slim_rootfs "$r"
  : >"$r/etc/resolv.conf"
  log "caching $out"
  tar_rootfs "$r" "$out"
  cleanup_work
}

# A rootfs tarball plus Debian packages; then, in the rootfs, an optional shell command.
ensure_packages_tar() { # from.tar out.tar suite arch "pkgs" [command]
  local from=$1 out=$2 suite=$3 arch=$4 pkgs=$5 command=${6:-}
  [[ -s $out ]] && return 0
  need_root "building $out"
  new_work_dir
  local r=$WORK_DIR/rootfs; mkdir -p "$r"
  tar --numeric-owner -xpf "$from" -C "$r"
  log "installing $pkgs into the $suite $arch rootfs"
  # shellcheck disable=SC2086 # a list of package names
  chroot_apt_install "$r" "$suite" "$arch" $pkgs
  if [[ -n $command ]]; then
    mount -t proc proc "$r/proc"
    (cd "$r" && eval "$command") || die "preparing $out failed: $command"
    umount "$r/proc" 2>/dev/null || umount -l "$r/proc"
  fi
  slim_rootfs "$r"
  log "caching $out"
  tar_rootfs "$r" "$out"
  cleanup_work
}

ensure_base_tar() { ensure_minbase_tar "$SUITE" amd64 "$BASE_TAR"; }
ensure_tools_tar() { ensure_base_tar; ensure_packages_tar "$BASE_TAR" "$TOOLS_TAR" "$SUITE" amd64 binutils; }

# The Debian JDK of a rootfs becomes $JAVA_HOME_IN_IMAGE, after checking it brought jlink and jmods/.
link_debian_jdk() { # version arch (run in the rootfs)
  [[ -x usr/lib/jvm/java-$1-openjdk-$2/bin/jlink ]] || die "openjdk-$1-jdk-headless did not bring jlink"
  [[ -d usr/lib/jvm/java-$1-openjdk-$2/jmods ]] || die "openjdk-$1-jdk-headless did not bring jmods/"
  ln -sfn "java-$1-openjdk-$2" ".$JAVA_HOME_IN_IMAGE"
}

ensure_jdk17_tar() {
  ensure_tools_tar
  ensure_packages_tar "$TOOLS_TAR" "$JDK17_TAR" "$SUITE" amd64 openjdk-17-jdk-headless "link_debian_jdk 17 amd64"
}

# JDK 21 with a separate debug-info file in its java.base.jmod (lib/server/libjvm.debuginfo, a copy of libjvm.so),
# and no objcopy: what a build must cope with without shipping either (README, "The Java runtime in the zip").
add_debuginfo_to_jmod() { # (run in the rootfs)
  link_debian_jdk 21 amd64
  local jmods=usr/lib/jvm/java-21-openjdk-amd64/jmods
  cat >tmp/AddDebugInfo.java <<'JAVA'
import java.io.*;
import java.nio.file.*;
import java.util.zip.*;

/** Adds lib/server/libjvm.debuginfo to a jmod (a 4-byte header, then a zip). */
public class AddDebugInfo {
    public static void main(String[] args) throws IOException {
        Path jmod = Path.of(args[0]);
        byte[] all = Files.readAllBytes(jmod);
        Path rewritten = Path.of(args[0] + ".new");
        try (OutputStream out = Files.newOutputStream(rewritten)) {
            out.write(all, 0, 4);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(all, 4, all.length - 4));
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                }
                zip.putNextEntry(new ZipEntry("lib/server/libjvm.debuginfo"));
                zip.write(Files.readAllBytes(Path.of(args[1])));
            }
        }
        Files.move(rewritten, jmod, StandardCopyOption.REPLACE_EXISTING);
    }
}
JAVA
  chroot . "$JAVA_HOME_IN_IMAGE/bin/java" /tmp/AddDebugInfo.java "/$jmods/java.base.jmod" \
    "$JAVA_HOME_IN_IMAGE/lib/server/libjvm.so" || die "could not add libjvm.debuginfo to java.base.jmod"
  chroot . "$JAVA_HOME_IN_IMAGE/bin/jmod" list "/$jmods/java.base.jmod" | grep -qx 'lib/server/libjvm.debuginfo' \
    || die "java.base.jmod lacks the libjvm.debuginfo just added"
  rm -f tmp/AddDebugInfo.java
}

ensure_trixie_tar() { ensure_minbase_tar "$NEW_SUITE" amd64 "$TRIXIE_TAR"; }
ensure_arm64_base_tar() { ensure_minbase_tar "$NEW_SUITE" arm64 "$ARM64_BASE_TAR"; }

ensure_jdk21_tar() {
  ensure_trixie_tar
  ensure_packages_tar "$TRIXIE_TAR" "$JDK21_TAR" "$NEW_SUITE" amd64 openjdk-21-jdk-headless add_debuginfo_to_jmod
}

ensure_arm64_jdk_tar() {
  ensure_arm64_base_tar
  ensure_packages_tar "$ARM64_BASE_TAR" "$ARM64_JDK_TAR" "$NEW_SUITE" arm64 "openjdk-$ARM64_JAVA-jdk-headless" \
    "link_debian_jdk $ARM64_JAVA arm64"
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

json_strings() { # a b c -> ["a","b","c"] (values of this script: no quotes or backslashes)
  local out="" v
  for v in "$@"; do
    [[ $v != *[\"\\]* ]] || die "not JSON-safe: $v"
    out+="${out:+,}\"$v\""
  done
  echo "[$out]"
}

# `docker load` of an image archive written here: one layer (the rootfs) and a config that names the image's
# architecture, which Docker 20.10's `docker import` ignores (--platform needs its experimental mode).
load_image() { # name arch rootfs(tar or dir) workdir cmd env...
  local name=$1 arch=$2 src=$3 workdir=$4 cmd=$5; shift 5
  local dir; dir=$(mktemp -d "$CACHE_DIR/image.XXXXXX"); TMP_DIRS+=("$dir")
  if [[ -d $src ]]; then
    tar --numeric-owner -C "$src" -cf "$dir/layer.tar" .
  else
    ln -s "$src" "$dir/layer.tar"
  fi
  local diff created config digest
  diff=$(sha256sum <"$dir/layer.tar" | cut -d' ' -f1)
  created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  config=$(printf '{"architecture":"%s","os":"linux","created":"%s","config":{"Env":%s,"Cmd":%s,"WorkingDir":"%s","Labels":{"%s":"true"}},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]},"history":[{"created":"%s","created_by":"scripts/docker-test-env.sh"}]}' \
    "$arch" "$created" "$(json_strings "$@")" "$(json_strings "$cmd")" "$workdir" "$LABEL_KEY" "$diff" "$created")
  digest=$(printf '%s' "$config" | sha256sum | cut -d' ' -f1)
  printf '%s' "$config" >"$dir/$digest.json"
  printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["layer.tar"]}]' "$digest" "$name" >"$dir/manifest.json"
  log "docker load -> $name ($arch)"
  tar -C "$dir" -ch manifest.json "$digest.json" layer.tar | docker load >/dev/null
  rm -rf "$dir"
  [[ $(docker image inspect -f '{{.Architecture}}' "$name") == "$arch" ]] || die "$name was not loaded as $arch"
}

RUN_ENV=("PATH=$DEFAULT_PATH" "LAMBDA_TASK_ROOT=/var/task" "LAMBDA_RUNTIME_DIR=/var/runtime")
JDK_ENV=("JAVA_HOME=$JAVA_HOME_IN_IMAGE" "PATH=$JAVA_HOME_IN_IMAGE/bin:$DEFAULT_PATH")

BUILT=()
# Loads an image from its cached rootfs tarball (made by ENSURE first) unless the image exists.
ensure_image() { # name arch ensure-function tar run|jdk
  local name=$1 arch=$2 ensure=$3 tar=$4 kind=$5
  image_exists "$name" && return 0
  "$ensure"
  if [[ $kind == run ]]; then
    load_image "$name" "$arch" "$tar" /var/task /bin/sh "${RUN_ENV[@]}"
  else
    load_image "$name" "$arch" "$tar" / /bin/bash "${JDK_ENV[@]}"
  fi
  BUILT+=("$name")
}

build_images() {
  ensure_image "$RUN_IMAGE" amd64 ensure_base_tar "$BASE_TAR" run
  ensure_image "$JDK17_IMAGE" amd64 ensure_jdk17_tar "$JDK17_TAR" jdk
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
    load_image "$JDK25_IMAGE" amd64 "$r" / /bin/bash "${JDK_ENV[@]}"
    cleanup_work
    BUILT+=("$JDK25_IMAGE")
  fi
  ensure_image "$RUN_IMAGE_TRIXIE" amd64 ensure_trixie_tar "$TRIXIE_TAR" run
  ensure_image "$JDK21_IMAGE" amd64 ensure_jdk21_tar "$JDK21_TAR" jdk
  ensure_image "$RUN_IMAGE_ARM64" arm64 ensure_arm64_base_tar "$ARM64_BASE_TAR" run
  ensure_image "$JDK_ARM64_IMAGE" arm64 ensure_arm64_jdk_tar "$ARM64_JDK_TAR" jdk
}

# ------------------------------------------------------------- 3. checks ---
verify() {
  local img
  log "verifying images"
  for img in "${ALL_IMAGES[@]}"; do
    [[ $(docker image inspect -f "{{index .Config.Labels \"$LABEL_KEY\"}}" "$img") == true ]] \
      || die "$img lacks the label $LABEL_KEY=true"
  done

  # The run images: a shell, glibc, zlib, and no Java anywhere; the arm64 one on arm64 (emulated here).
  local run platform
  for run in "$RUN_IMAGE" "$RUN_IMAGE_TRIXIE" "$RUN_IMAGE_ARM64"; do
    platform=linux/$(docker image inspect -f '{{.Architecture}}' "$run")
    if docker run --rm --platform "$platform" "$run" sh -c 'command -v java' >/dev/null 2>&1; then
      die "$run has a java on PATH; it must not"
    fi
    docker run --rm --platform "$platform" "$run" sh -c 'test -z "$(find / -xdev -name "libjvm.so" 2>/dev/null)" && ldconfig -p | grep -q "libz.so.1 "' \
      || die "$run: found a libjvm.so or missing libz.so.1"
  done
  [[ $(docker run --rm --platform linux/arm64 "$RUN_IMAGE_ARM64" uname -m) == aarch64 ]] \
    || die "$RUN_IMAGE_ARM64 does not run as aarch64"

  # Each build image: jlink a runtime (with --strip-debug where it has objcopy), run it in the build image and in
  # its run image (which has no Java of its own). IMAGE JAVA RUN-IMAGE OBJCOPY(yes|no)
  local out spec v tag arch has_objcopy strip
  out=$(mktemp -d /tmp/lambda-shim-verify.XXXXXX); TMP_DIRS+=("$out")
  chmod 777 "$out"
  for spec in "17 $RUN_IMAGE yes" "25 $RUN_IMAGE yes" "21 $RUN_IMAGE_TRIXIE no" "$ARM64_JAVA-arm64 $RUN_IMAGE_ARM64 no"; do
    read -r tag run has_objcopy <<<"$spec"
    img=lambda-shim/build-jdk:$tag; v=${tag%-arm64}
    arch=$(docker image inspect -f '{{.Architecture}}' "$img"); platform=linux/$arch
    docker run --rm --platform "$platform" "$img" sh -c 'java -version && command -v jlink jdeps && echo "JAVA_HOME=$JAVA_HOME" && echo "objcopy: $(command -v objcopy || echo no)"' >"$out/info-$tag" 2>&1 \
      || { cat "$out/info-$tag" >&2; die "$img: java/jlink/jdeps missing"; }
    grep -q "version \"$v" "$out/info-$tag" || { cat "$out/info-$tag" >&2; die "$img: java is not version $v"; }
    if [[ $has_objcopy == yes ]]; then
      grep -q '^objcopy: /' "$out/info-$tag" || die "$img: objcopy missing"; strip=--strip-debug
    else
      grep -q '^objcopy: no' "$out/info-$tag" || die "$img: has objcopy; it must not (tests build without it)"
      strip=--strip-java-debug-attributes
    fi
    docker run --rm --platform "$platform" -v "$out:/out" "$img" \
      jlink --add-modules java.base $strip --no-header-files --no-man-pages --output "/out/rt$tag" >/dev/null \
      || die "$img: jlink $strip failed"
    docker run --rm --platform "$platform" -v "$out/rt$tag:/opt/java:ro" "$run" /opt/java/bin/java -version 2>&1 | grep >/dev/null "version \"$v" \
      || die "a runtime jlinked in $img does not run in $run"
    log "$img ($arch): $(head -1 "$out/info-$tag"); jlink $strip ok; the runtime runs in $run"
  done
  docker run --rm "$JDK21_IMAGE" jmod list "$JAVA_HOME_IN_IMAGE/jmods/java.base.jmod" | grep -qx lib/server/libjvm.debuginfo \
    || die "$JDK21_IMAGE: java.base.jmod lacks lib/server/libjvm.debuginfo"
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
    printf '  %-45s %8s  (%s bytes, %s)\n' "$img" "$(numfmt --to=iec --suffix=B "$size")" "$size" \
      "$(docker image inspect -f '{{.Architecture}}' "$img")"
  done
  docker version --format 'Docker server: {{.Server.Version}} (API {{.Server.APIVersion}}, {{.Server.Os}}/{{.Server.Arch}}); client {{.Client.Version}}'
  docker info --format '  storage driver: {{.Driver}}, cgroup driver: {{.CgroupDriver}}, cgroup v{{.CgroupVersion}}' 2>/dev/null || true
  echo "docker-test-env: done in $(( $(date +%s) - START_TS ))s${BUILT:+, built: ${BUILT[*]}}"
}

main() {
  ensure_engine
  ensure_emulation
  mkdir -p "$CACHE_DIR"
  exec 9>"$CACHE_DIR/.lock"
  flock -w 1800 9 || die "another docker-test-env.sh holds $CACHE_DIR/.lock"
  build_images
  if [[ ${#BUILT[@]} -gt 0 || $VERIFY -eq 1 ]]; then verify; fi
  report
}

main
