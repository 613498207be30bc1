# Sourced by scripts/docker-test-env.sh: the Debian mirror, taken from this machine's own apt configuration (no
# mirror is written into this repository). LAMBDA_SHIM_DEBIAN_MIRROR overrides it; LAMBDA_SHIM_APT_DIR (default
# /etc/apt) is where apt's sources are read from.
# shellcheck shell=bash

APT_DIR=${LAMBDA_SHIM_APT_DIR:-/etc/apt}
DEBIAN_MIRROR=""

# Prints the URI apt uses for the given suite: deb822 sources.list.d/*.sources first, then one-line
# sources.list and sources.list.d/*.list. Fails when no "deb" entry names that suite.
apt_uri_for_suite() { # suite
  local suite=$1 f uri=""
  for f in "$APT_DIR"/sources.list.d/*.sources; do
    [[ -r $f ]] || continue
    uri=$(awk -v s="$suite" '
      function flush() { if (t ~ /(^| )deb( |$)/ && (" " su " ") ~ (" " s " ") && u != "" && tolower(e) !~ /no/ && !found) { split(u, a, " "); print a[1]; found = 1 } t = su = u = e = "" }
      /^[ \t]*$/ { flush(); next }
      /^[ \t]*#/ { next }
      tolower($1) == "types:"   { $1 = ""; t = $0 }
      tolower($1) == "suites:"  { $1 = ""; su = $0 }
      tolower($1) == "enabled:" { e = $2 }
      tolower($1) == "uris:"    { $1 = ""; u = $0; sub(/^[ \t]+/, "", u) }
      END { flush() }' "$f")
    [[ -n $uri ]] && { echo "$uri"; return 0; }
  done
  for f in "$APT_DIR"/sources.list "$APT_DIR"/sources.list.d/*.list; do
    [[ -r $f ]] || continue
    uri=$(awk -v s="$suite" '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } if ($(i + 1) == s) { print $i; exit } }' "$f")
    [[ -n $uri ]] && { echo "$uri"; return 0; }
  done
  return 1
}

# Sets DEBIAN_MIRROR (one mirror serves every suite the recipes use), or stops saying what to configure.
need_mirror() {
  [[ -n $DEBIAN_MIRROR ]] && return 0
  if [[ -n ${LAMBDA_SHIM_DEBIAN_MIRROR:-} ]]; then DEBIAN_MIRROR=$LAMBDA_SHIM_DEBIAN_MIRROR; return 0; fi
  DEBIAN_MIRROR=$(apt_uri_for_suite "$SUITE" || apt_uri_for_suite "$NEW_SUITE" || true)
  [[ -n $DEBIAN_MIRROR ]] || die "no Debian mirror configured: no 'deb' entry for $SUITE or $NEW_SUITE in" \
    "$APT_DIR/sources.list, $APT_DIR/sources.list.d/*.list or $APT_DIR/sources.list.d/*.sources." \
    "Add your mirror to apt (e.g. $APT_DIR/sources.list.d/debian.sources with 'Types: deb'," \
    "'URIs: <your Debian mirror>', 'Suites: $SUITE $SUITE-updates', 'Components: main')," \
    "or set LAMBDA_SHIM_DEBIAN_MIRROR=<mirror URL>"
}

# The security archive apt uses for a suite (or for the host's suite: other suites are on the same archive); empty
# when apt has none.
security_mirror() { apt_uri_for_suite "$1-security" || apt_uri_for_suite "$SUITE-security" || true; }
