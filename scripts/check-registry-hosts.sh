#!/usr/bin/env bash
# check-registry-hosts.sh [DIR]: fails, naming file and line, when a package registry's host name (Debian's or
# Ubuntu's mirrors, Maven Central and Sonatype, npm, PyPI, the Gradle plugin portal, container registries) appears in
# a file of DIR (default: this repository; in a git checkout the files git tracks and the untracked ones it does
# not ignore). Mirrors come from the machine's own configuration instead. The one exception is the Maven wrapper's
# standard distributionUrl in .mvn/wrapper/maven-wrapper.properties.
# The patterns escape their dots, so this file does not name the hosts it looks for.
set -euo pipefail
dir=${1:-$(cd "$(dirname "$0")/.." && pwd)}
[[ -d $dir ]] || { echo "check-registry-hosts: no directory $dir" >&2; exit 2; }

hosts='([a-z0-9-]+\.)*debian\.(org|net)|([a-z0-9-]+\.)*ubuntu\.com|alpinelinux\.org'
hosts+='|repo1?\.maven\.(org|apache\.org)|(central|search)\.maven\.org|repository\.apache\.org|sonatype\.(org|com)'
hosts+='|registry\.(npmjs\.org|yarnpkg\.com)|pypi\.org|pythonhosted\.org|plugins\.gradle\.org|jcenter\.bintray\.com'
hosts+='|(registry-1|index|auth)\.docker\.io|hub\.docker\.com|(^|[^a-z0-9.-])(gcr|quay|ghcr)\.io'

cd "$dir"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  list() { git ls-files -z --cached --others --exclude-standard; }
else
  list() { find . -type f ! -path './.git/*' -printf '%P\0'; }
fi
found=$(list | grep -zv '^\.mvn/wrapper/maven-wrapper\.properties$' | { xargs -0r grep -HnIiE -- "$hosts" || true; })
if [[ -n $found ]]; then
  echo "$found" | cut -c1-200 >&2
  echo "check-registry-hosts: a package registry's host name appears above (in $dir); take the mirror from the" \
    "machine's own configuration (apt's sources, Maven's settings.xml) instead of naming it" >&2
  exit 1
fi
echo "check-registry-hosts: no package registry's host name in $dir"
