# Sourced by scripts/docker-test-env.sh: loading a cached rootfs into Docker as a labelled image, and the list of
# images the recipes declare (for the checks and the report).
# shellcheck shell=bash

LABEL_KEY=dev.lambdashim.standin
JAVA_HOME_IN_IMAGE=/usr/lib/jvm/java
DEFAULT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN_ENV=("PATH=$DEFAULT_PATH" "LAMBDA_TASK_ROOT=/var/task" "LAMBDA_RUNTIME_DIR=/var/runtime")
JDK_ENV=("JAVA_HOME=$JAVA_HOME_IN_IMAGE" "PATH=$JAVA_HOME_IN_IMAGE/bin:$DEFAULT_PATH")

ALL_IMAGES=()   # every image a recipe declares, in the order they are built
BUILT=()        # those this run built

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

# Declares an image and loads it from its cached rootfs tarball (made by the recipe's ENSURE function first) unless
# an image of that name exists: a run image (/var/task, sh) or a build image (JAVA_HOME, bash).
ensure_image() { # name arch ensure-function tar run|jdk
  local name=$1 arch=$2 ensure=$3 tar=$4 kind=$5
  ALL_IMAGES+=("$name")
  image_exists "$name" && return 0
  "$ensure"
  if [[ $kind == run ]]; then
    load_image "$name" "$arch" "$tar" /var/task /bin/sh "${RUN_ENV[@]}"
  else
    load_image "$name" "$arch" "$tar" / /bin/bash "${JDK_ENV[@]}"
  fi
  BUILT+=("$name")
}
