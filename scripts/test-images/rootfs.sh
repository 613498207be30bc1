# Sourced by scripts/docker-test-env.sh: Debian root file systems, made with debootstrap and apt, cached as tarballs
# in $CACHE_DIR so an image can be loaded again later without running debootstrap again.
# shellcheck shell=bash

new_work_dir() { mkdir -p "$CACHE_DIR"; WORK_DIR=$(mktemp -d "$CACHE_DIR/work.XXXXXX"); }

cleanup_work() {
  if [[ -n $WORK_DIR && -d $WORK_DIR ]]; then
    unmount_under "$WORK_DIR"
    findmnt -rn -o TARGET | grep "^$WORK_DIR" >/dev/null && die "still mounted under $WORK_DIR"
    rm -rf "$WORK_DIR"
  fi
  WORK_DIR=""
}

# Shrinks a rootfs: docs, man pages, locales, apt caches and lists.
slim_rootfs() { # dir
  local r=$1
  rm -rf "$r"/usr/share/doc/* "$r"/usr/share/man/* "$r"/usr/share/info/* \
         "$r"/var/cache/apt/*.bin "$r"/var/cache/apt/archives/*.deb \
         "$r"/var/lib/apt/lists/* "$r"/var/log/*.log "$r"/var/log/apt/* \
         "$r"/tmp/* "$r"/root/.cache
  find "$r"/usr/share/locale -mindepth 1 -maxdepth 1 ! -name 'locale.alias' -exec rm -rf {} + 2>/dev/null || true
}

tar_rootfs() { tar --numeric-owner -C "$1" -cf "$2.part" . && mv -f "$2.part" "$2"; } # dir out.tar

multiarch() { case $1 in amd64) echo x86_64-linux-gnu ;; arm64) echo aarch64-linux-gnu ;; *) die "no triplet for $1" ;; esac; }

# The rootfs's own apt would run under emulation for another architecture (minutes to read the package lists), so
# this machine's apt resolves and downloads for the rootfs (Dir=) and only dpkg runs inside it (chroot).
chroot_apt_install() { # rootfs suite arch pkgs...
  local r=$1 suite=$2 arch=$3; shift 3
  need_mirror
  local sec; sec=$(security_mirror "$suite")
  {
    echo "deb $DEBIAN_MIRROR $suite main"
    echo "deb $DEBIAN_MIRROR $suite-updates main"
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

# A minbase rootfs: used as is for the run images and as the base of the others.
ensure_minbase_tar() { # suite arch out.tar
  local suite=$1 arch=$2 out=$3
  [[ -s $out ]] && return 0
  need_root "debootstrap"
  need_mirror
  apt_install_missing debootstrap
  [[ $arch == "$(dpkg --print-architecture)" ]] || ensure_emulation
  new_work_dir
  local r=$WORK_DIR/rootfs
  log "debootstrap --arch=$arch --variant=minbase $suite from $DEBIAN_MIRROR (takes a few minutes; longer emulated)"
  debootstrap --arch="$arch" --variant=minbase "$suite" "$r" "$DEBIAN_MIRROR" >"$WORK_DIR/debootstrap.log" 2>&1 \
    || { tail -30 "$WORK_DIR/debootstrap.log" >&2; tail -30 "$r/debootstrap/debootstrap.log" >&2 2>/dev/null || true; die "debootstrap failed"; }
  unmount_under "$r"
  ls "$r/usr/lib/$(multiarch "$arch")/libz.so.1" >/dev/null 2>&1 || die "minbase rootfs lacks libz.so.1"
  # Directories and variables of AWS's provided.al2023 image.
  mkdir -p "$r/var/task" "$r/var/runtime" "$r/opt"
  printf 'deb %s %s main\n' "$DEBIAN_MIRROR" "$suite" >"$r/etc/apt/sources.list"
  slim_rootfs "$r"
  : >"$r/etc/resolv.conf"
  log "caching $out"
  tar_rootfs "$r" "$out"
  cleanup_work
}

# A rootfs tarball plus Debian packages; then, in the rootfs (as its working directory), an optional shell command.
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

# The Debian JDK of a rootfs becomes $JAVA_HOME_IN_IMAGE, after checking it brought jlink and jmods/.
link_debian_jdk() { # version arch (run in the rootfs)
  [[ -x usr/lib/jvm/java-$1-openjdk-$2/bin/jlink ]] || die "openjdk-$1-jdk-headless did not bring jlink"
  [[ -d usr/lib/jvm/java-$1-openjdk-$2/jmods ]] || die "openjdk-$1-jdk-headless did not bring jmods/"
  ln -sfn "java-$1-openjdk-$2" ".$JAVA_HOME_IN_IMAGE"
}
