// On an x86_64 machine (the mixes are arm64 on x86_64), with Docker and the stand-in JDK 17 image
// (scripts/docker-test-env.sh); where LAMBDA_SHIM_REQUIRE_DOCKER=true (CI) a missing one fails instead of skipping.
if (!(System.getProperty('os.arch') in ['amd64', 'x86_64'])) {
    return false
}
def ok = ['docker', 'image', 'inspect', 'lambda-shim/build-jdk:17'].execute().waitFor() == 0
if (!ok && System.getenv('LAMBDA_SHIM_REQUIRE_DOCKER') == 'true') {
    throw new IllegalStateException('LAMBDA_SHIM_REQUIRE_DOCKER is set but Docker or the stand-in images are missing')
}
return ok
