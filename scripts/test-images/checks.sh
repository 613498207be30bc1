# Sourced by scripts/docker-test-env.sh: the checks run after a build (or with --verify), over what the recipes
# declared in RUN_CHECKS, JDK_CHECKS and EXTRA_CHECKS, then the engine's --user and --network host behaviour.
# shellcheck shell=bash

# A run image: a shell, glibc, zlib, and no Java anywhere (the arm64 one runs emulated here).
check_run_image() { # image
  local run=$1 platform
  platform=linux/$(docker image inspect -f '{{.Architecture}}' "$run")
  if docker run --rm --platform "$platform" "$run" sh -c 'command -v java' >/dev/null 2>&1; then
    die "$run has a java on PATH; it must not"
  fi
  docker run --rm --platform "$platform" "$run" sh -c 'test -z "$(find / -xdev -name "libjvm.so" 2>/dev/null)" && ldconfig -p | grep -q "libz.so.1 "' \
    || die "$run: found a libjvm.so or missing libz.so.1"
}

# A build image: java of its version, jlink, jdeps, objcopy as declared; a runtime jlinked in it (with --strip-debug
# where it has objcopy) runs in its run image, which has no Java of its own.
check_build_image() { # tag run-image objcopy(yes|no) out-dir
  local tag=$1 run=$2 has_objcopy=$3 out=$4 img=lambda-shim/build-jdk:$1 v=${1%-arm64} arch platform strip
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
}

# --user UID:GID with a bind mount writes files owned by that uid (the caller's and an arbitrary one).
check_user_mapping() { # out-dir
  local out=$1 spec
  for spec in "$(id -u):$(id -g)" "4242:4343"; do
    docker run --rm --user "$spec" -v "$out:/out" "$RUN_IMAGE" sh -c 'echo hi > /out/owned-$(id -u)'
    [[ $(stat -c %u:%g "$out/owned-${spec%%:*}") == "$spec" ]] || die "--user $spec: file not owned by $spec"
  done
  log "--user UID:GID + bind mount: files owned by that uid:gid (checked $(id -u):$(id -g) and 4242:4343)"
}

# --network host reaches a server on the host's loopback, from bash and from java.
check_host_network() {
  if ! command -v python3 >/dev/null 2>&1; then log "WARNING: no python3 on the host; --network host check skipped"; return 0; fi
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
}

verify() {
  local img spec check out
  log "verifying images"
  for img in "${ALL_IMAGES[@]}"; do
    [[ $(docker image inspect -f "{{index .Config.Labels \"$LABEL_KEY\"}}" "$img") == true ]] \
      || die "$img lacks the label $LABEL_KEY=true"
  done
  for img in "${RUN_CHECKS[@]}"; do check_run_image "$img"; done
  out=$(mktemp -d /tmp/lambda-shim-verify.XXXXXX); TMP_DIRS+=("$out")
  chmod 777 "$out"
  # shellcheck disable=SC2086 # "tag run-image objcopy"
  for spec in "${JDK_CHECKS[@]}"; do check_build_image $spec "$out"; done
  for check in "${EXTRA_CHECKS[@]}"; do "$check"; done
  check_user_mapping "$out"
  rm -rf "$out"
  check_host_network
}
