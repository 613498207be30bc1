// Needs a Docker engine and the stand-in images (scripts/docker-test-env.sh). Skipped without them, except where
// LAMBDA_SHIM_REQUIRE_DOCKER=true (CI): there a missing engine fails the build instead of skipping the test.
def ok = ['docker', 'image', 'inspect', 'lambda-shim/build-jdk:25', 'lambda-shim/provided-al2023-standin:latest']
        .execute().waitFor() == 0
if (!ok && System.getenv('LAMBDA_SHIM_REQUIRE_DOCKER') == 'true') {
    throw new IllegalStateException('LAMBDA_SHIM_REQUIRE_DOCKER is set but Docker or the stand-in images are missing')
}
return ok
