#!/usr/bin/env bash
# test-scripts.sh: tests of scripts/ that need no Docker and no root (run by .ci/run before anything else):
# docker-test-env.sh's Debian mirror, read from a fake apt configuration (LAMBDA_SHIM_APT_DIR), and its stop when
# there is none; check-registry-hosts.sh on planted and clean trees, and on this repository.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# Runs the driver's --print-mirror with apt's configuration in $1; output in $tmp/out, exit status in $rc.
mirror() { rc=0; env -u LAMBDA_SHIM_DEBIAN_MIRROR LAMBDA_SHIM_APT_DIR="$1" "${@:2}" "$here/docker-test-env.sh" --print-mirror >"$tmp/out" 2>&1 || rc=$?; }
expect() { # name pattern: the last run's output has the pattern
  grep -qE -- "$2" "$tmp/out" || { fail "$1: expected /$2/ in:"; sed 's/^/    /' "$tmp/out" >&2; }
}

# No apt configuration at all (and a disabled file): stops, naming what to configure.
apt=$tmp/none; mkdir -p "$apt/sources.list.d"
printf 'Types: deb\nURIs: http://disabled.example/debian\nSuites: bookworm\n' >"$apt/sources.list.d/x.sources.disabled"
mirror "$apt"
[[ $rc -eq 1 ]] || fail "no apt config: exit $rc, expected 1"
expect "no apt config" "ERROR: no Debian mirror configured"
expect "no apt config" "sources.list.d/debian.sources"
expect "no apt config" "LAMBDA_SHIM_DEBIAN_MIRROR"

# deb822: the bookworm stanza's first URI, the security stanza; a stanza with Enabled: no is passed over.
apt=$tmp/deb822; mkdir -p "$apt/sources.list.d"
cat >"$apt/sources.list.d/debian.sources" <<'SRC'
# a comment
Types: deb
URIs: http://off.example/debian
Suites: bookworm
Enabled: no

Types: deb deb-src
URIs: http://mirror.example/debian http://second.example/debian
Suites: bookworm bookworm-updates
Components: main

Types: deb
URIs: http://security.example/debian-security
Suites: bookworm-security
SRC
mirror "$apt"
[[ $rc -eq 0 ]] || fail "deb822: exit $rc"
expect "deb822" "^debian: http://mirror\.example/debian$"
expect "deb822" "^security: http://security\.example/debian-security$"

# One-line sources.list with options; only a trixie entry (the recipes' other suite) is enough.
apt=$tmp/list; mkdir -p "$apt/sources.list.d"
echo 'deb [arch=amd64 signed-by=/k.gpg] http://list.example/debian trixie main' >"$apt/sources.list.d/d.list"
echo 'deb-src http://src.example/debian bookworm main' >"$apt/sources.list"
mirror "$apt"
[[ $rc -eq 0 ]] || fail "one-line list: exit $rc"
expect "one-line list" "^debian: http://list\.example/debian$"

# LAMBDA_SHIM_DEBIAN_MIRROR wins over (and stands in for) apt's configuration.
mirror "$tmp/none" LAMBDA_SHIM_DEBIAN_MIRROR=http://override.example/debian
[[ $rc -eq 0 ]] || fail "override: exit $rc"
expect "override" "^debian: http://override\.example/debian$"

# check-registry-hosts.sh: a planted host name fails naming file and line; the wrapper's properties are exempt.
tree=$tmp/tree; mkdir -p "$tree/.mvn/wrapper" "$tree/src"
printf 'distributionUrl=https://repo.maven.%s.org/maven2/x.zip\n' apache >"$tree/.mvn/wrapper/maven-wrapper.properties"
printf 'echo ok\n' >"$tree/src/run.sh"
rc=0; "$here/check-registry-hosts.sh" "$tree" >"$tmp/out" 2>&1 || rc=$?
[[ $rc -eq 0 ]] || { fail "clean tree: exit $rc"; cat "$tmp/out" >&2; }
for planted in "deb.%s.org/debian debian" "security.%s.org debian" "repo1.%s.org/maven2 maven" \
    "registry.%s.org npmjs"; do
  read -r host word <<<"$planted"
  # shellcheck disable=SC2059 # the host is the format: this file must not name it
  printf "echo ok\nmirror=http://$host\n" "$word" >"$tree/src/run.sh"
  rc=0; "$here/check-registry-hosts.sh" "$tree" >"$tmp/out" 2>&1 || rc=$?
  [[ $rc -eq 1 ]] || fail "planted $host: exit $rc, expected 1"
  expect "planted $host" "^src/run\.sh:2:"
done
rc=0; "$here/check-registry-hosts.sh" >"$tmp/out" 2>&1 || rc=$?
[[ $rc -eq 0 ]] || { fail "this repository names a registry host"; cat "$tmp/out" >&2; }

[[ $failures -eq 0 ]] || { echo "test-scripts: $failures failure(s)" >&2; exit 1; }
echo "test-scripts: all passed"
