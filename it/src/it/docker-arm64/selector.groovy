// Needs a Docker engine and the arm64 stand-in images (scripts/docker-test-env.sh, which also registers qemu for
// arm64 on an x86_64 machine). Skipped without them, except where LAMBDA_SHIM_REQUIRE_DOCKER=true (CI).
def ok = ['docker', 'image', 'inspect', 'lambda-shim/build-jdk:25-arm64', 'lambda-shim/provided-al2023-standin:arm64']
        .execute().waitFor() == 0
if (!ok && System.getenv('LAMBDA_SHIM_REQUIRE_DOCKER') == 'true') {
    throw new IllegalStateException('LAMBDA_SHIM_REQUIRE_DOCKER is set but Docker or the stand-in images are missing')
}
return ok
