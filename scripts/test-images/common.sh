# Sourced by scripts/docker-test-env.sh: logging, errors, clean-up on exit, root and apt helpers.
# shellcheck shell=bash

log() { printf '[docker-test-env +%ss] %s\n' "$(( $(date +%s) - START_TS ))" "$*" >&2; }
die() { ERR_SEEN=1; log "ERROR: $*"; exit 1; }
need_root() { [[ $(id -u) -eq 0 ]] || die "$1 needs root (run with sudo)"; }

export DEBIAN_FRONTEND=noninteractive
APT_OPTS=(-o Acquire::Check-Valid-Until=false -o Dpkg::Use-Pty=0 -o APT::Install-Recommends=false)

# What clean-up removes: the rootfs being built, temporary dirs, the probe HTTP server of the checks.
WORK_DIR=""
HTTP_PID=""
TMP_DIRS=()

unmount_under() { # dir: unmounts everything below it, deepest first
  local dir=$1 m
  { findmnt -rn -o TARGET | grep "^$dir/" || true; } | sort -r | while read -r m; do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done
}

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
trap 'rc=$?; if [[ $ERR_SEEN -eq 0 ]]; then ERR_SEEN=1; log "ERROR: command failed (exit $rc) at ${BASH_SOURCE[0]##*/}:$LINENO: $BASH_COMMAND"; fi' ERR

APT_UPDATED=0
apt_install_missing() { # pkgs...: installs those not installed yet, with this machine's apt
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
  # policy-rc.d exit 101: keep the package from trying to start its own daemon (no init system here); the engine
  # recipe starts dockerd itself.
  local prc=/usr/sbin/policy-rc.d created_prc=0
  if [[ ! -e $prc ]]; then printf '#!/bin/sh\nexit 101\n' >"$prc"; chmod +x "$prc"; created_prc=1; fi
  apt-get "${APT_OPTS[@]}" install -y -qq "${missing[@]}" >/tmp/lambda-shim-apt.log 2>&1 \
    || { [[ $created_prc -eq 1 ]] && rm -f "$prc"; tail -20 /tmp/lambda-shim-apt.log >&2; die "apt-get install ${missing[*]} failed (see /tmp/lambda-shim-apt.log)"; }
  [[ $created_prc -eq 1 ]] && rm -f "$prc"
  return 0
}
