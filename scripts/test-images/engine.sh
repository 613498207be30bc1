# Sourced by scripts/docker-test-env.sh: a Docker engine that answers, and qemu for arm64 programs.
# shellcheck shell=bash

DOCKERD_LOG=/tmp/lambda-shim-dockerd.log
DOCKER_WAIT=${LAMBDA_SHIM_DOCKER_WAIT:-60}

# Installs docker.io (and debootstrap, binutils) when needed and starts dockerd in the background.
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

# Lets this machine (and Docker's containers) run arm64 programs: qemu-user-static registered with binfmt_misc,
# with the F flag (the emulator is opened now, so containers without it can use it). Cheap when in place; checked
# on every run because the kernel forgets it on a reboot.
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
