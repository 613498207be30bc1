package dev.lambdashim.maven.invoke;

import dev.lambdashim.maven.platform.Architecture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A local run of a packaged function: what {@link LocalInvoker} needs.
 *
 * @param zip the deployment zip
 * @param workDirectory where the zip is unpacked ({@code target/lambda-shim/invoke/})
 * @param functionName the function's name, as Lambda would report it
 * @param events the events to send, in order; each is sent {@code invocations} times
 * @param invocations how many times each event is sent to the same (then warm) process
 * @param concurrency how many invocations are in flight at once: over 1, the function gets
 *     {@code AWS_LAMBDA_MAX_CONCURRENCY} (Lambda Managed Instances) and the invocations are sent that many at a time
 * @param timeoutSeconds Lambda's timeout: an invocation that runs longer is stopped
 * @param memoryMb the function's memory size: the container's memory limit and AWS_LAMBDA_FUNCTION_MEMORY_SIZE
 * @param environment the function's own environment variables
 * @param docker {@code true} to run {@code bootstrap} in a container of {@code runImage}; {@code false} on this host
 * @param runImage the run image, standing in for Lambda's {@code provided.al2023}
 * @param dockerHost the Docker daemon to use instead of the environment's, or {@code null}
 * @param architecture the function's architecture (the container's platform)
 * @param layerZip the lambda-shim layer a function packaged on one runs on, or {@code null}
 */
public record InvokeRequest(Path zip, Path workDirectory, String functionName, List<Event> events, int invocations,
        int concurrency, int timeoutSeconds, int memoryMb, Map<String, String> environment, boolean docker,
        String runImage, String dockerHost, Architecture architecture, Path layerZip) {

    public InvokeRequest {
        events = List.copyOf(events);
        environment = Map.copyOf(environment);
    }

    /** A function with a bootstrap of its own. */
    public InvokeRequest(Path zip, Path workDirectory, String functionName, List<Event> events, int invocations,
            int concurrency, int timeoutSeconds, int memoryMb, Map<String, String> environment, boolean docker,
            String runImage, String dockerHost, Architecture architecture) {
        this(zip, workDirectory, functionName, events, invocations, concurrency, timeoutSeconds, memoryMb,
                environment, docker, runImage, dockerHost, architecture, null);
    }

    /**
     * One event.
     *
     * @param name where it came from (a file name, or "-Dlambda.eventJson")
     * @param payload its bytes
     */
    public record Event(String name, byte[] payload) {
    }
}
