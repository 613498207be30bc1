package dev.lambdashim.maven.testing;

import dev.lambdashim.maven.javaruntime.DockerBuild;



import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Docker engine for the tests that need one, and the local stand-in images that
 * {@code scripts/docker-test-env.sh} builds. Without them the tests are skipped with the reason, unless
 * {@code LAMBDA_SHIM_REQUIRE_DOCKER=true} (set by {@code .ci/run}), which turns the skip into a failure.
 */
public final class DockerSupport {

    public static final String BUILD_IMAGE_17 = "lambda-shim/build-jdk:17";
    public static final String BUILD_IMAGE_25 = "lambda-shim/build-jdk:25";
    public static final String RUN_IMAGE = "lambda-shim/provided-al2023-standin:latest";

    private DockerSupport() {
    }

    public static void requireDocker() throws Exception {
        String problem = null;
        Result info = docker("info", "--format", "{{.ServerVersion}}");
        if (info.status != 0) {
            problem = "no Docker engine answers (" + info.output.strip() + ")";
        } else {
            for (String image : List.of(BUILD_IMAGE_17, BUILD_IMAGE_25, RUN_IMAGE)) {
                if (docker("image", "inspect", image).status != 0) {
                    problem = "the stand-in image " + image + " is missing";
                }
            }
        }
        if (problem != null) {
            String reason = problem + ": run scripts/docker-test-env.sh to start Docker and build the images";
            if ("true".equals(System.getenv("LAMBDA_SHIM_REQUIRE_DOCKER"))) {
                throw new AssertionError("Docker tests are required here (LAMBDA_SHIM_REQUIRE_DOCKER), but " + reason);
            }
            Assumptions.abort(reason);
        }
    }

    /**
     * Build containers, running or not, of builds under {@code root} (the label's value is the build's directory, so
     * other builds on the same engine do not count).
     */
    public static List<String> leftoverContainers(java.nio.file.Path root) throws Exception {
        Result ps = docker("ps", "-a", "--filter", "label=" + DockerBuild.LABEL, "--format",
                "{{.ID}} {{.Label \"" + DockerBuild.LABEL + "\"}}");
        assertEquals(0, ps.status, ps.output);
        return ps.output.lines().filter(l -> l.contains(" " + root)).toList();
    }

    /** Build containers of builds under {@code root} that are running now. */
    public static List<String> runningContainers(java.nio.file.Path root) throws Exception {
        Result ps = docker("ps", "--filter", "label=" + DockerBuild.LABEL, "--filter", "status=running", "--format",
                "{{.ID}} {{.Label \"" + DockerBuild.LABEL + "\"}}");
        assertEquals(0, ps.status, ps.output);
        return ps.output.lines().filter(l -> l.contains(" " + root)).toList();
    }

    /** How many build containers of builds under {@code root} were created since the given Unix time. */
    public static long containersCreatedSince(java.nio.file.Path root, long epochSeconds) throws Exception {
        Result events = docker("events", "--since", Long.toString(epochSeconds), "--until",
                Long.toString(System.currentTimeMillis() / 1000 + 1), "--filter", "type=container",
                "--filter", "event=create", "--filter", "label=" + DockerBuild.LABEL, "--format",
                "{{index .Actor.Attributes \"" + DockerBuild.LABEL + "\"}}");
        assertEquals(0, events.status, events.output);
        return events.output.lines().filter(l -> l.startsWith(root.toString())).count();
    }

    public record Result(int status, String output) {
    }

    public static Result docker(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + command);
        }
        return new Result(process.exitValue(), output);
    }
}
