package dev.lambdashim.runtime;

import java.util.Map;

/**
 * The reserved environment variables that Lambda sets for a custom runtime, read once at start-up.
 *
 * @param runtimeApi {@code AWS_LAMBDA_RUNTIME_API}: host and port of the Runtime API
 * @param handler {@code _HANDLER}, or the handler packaged in the zip ({@code -Dlambdashim.handler}) when
 *     {@code _HANDLER} is unset, blank or a placeholder; {@code null} when neither is set
 * @param taskRoot {@code LAMBDA_TASK_ROOT}: where the function's code was unpacked
 * @param functionName {@code AWS_LAMBDA_FUNCTION_NAME}
 * @param functionVersion {@code AWS_LAMBDA_FUNCTION_VERSION}
 * @param memoryLimitMb {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}, {@code 0} when absent or not a number
 * @param logGroupName {@code AWS_LAMBDA_LOG_GROUP_NAME}
 * @param logStreamName {@code AWS_LAMBDA_LOG_STREAM_NAME}
 * @param httpStreaming {@code LAMBDA_SHIM_HTTP_STREAMING=true}: an {@code HttpHandler} streams its response (a
 *     Function URL with {@code InvokeMode: RESPONSE_STREAM}); lambda-shim's own setting, not Lambda's
 * @param concurrency {@code AWS_LAMBDA_MAX_CONCURRENCY}: how many invocations run at once
 * @param requestIdMdc {@code LAMBDA_SHIM_REQUEST_ID_MDC=true}: {@code AWSRequestId} in SLF4J's MDC and in Log4j's
 *     context whether or not AWS's Log4j 2 appender is loaded; lambda-shim's own setting, not Lambda's
 */
record RuntimeEnvironment(String runtimeApi, String handler, String taskRoot, String functionName,
        String functionVersion, int memoryLimitMb, String logGroupName, String logStreamName, boolean httpStreaming,
        Concurrency concurrency, boolean requestIdMdc) {

    /** The variable that turns on streaming for an {@code HttpHandler}. */
    static final String HTTP_STREAMING = "LAMBDA_SHIM_HTTP_STREAMING";

    /** The variable that puts the request id into every logging library's context, not only as AWS's runtime does. */
    static final String REQUEST_ID_MDC = "LAMBDA_SHIM_REQUEST_ID_MDC";

    /** The system property that the packaged {@code bootstrap} uses to pass the handler chosen at build time. */
    static final String DEFAULT_HANDLER_PROPERTY = "lambdashim.handler";

    static RuntimeEnvironment from(Map<String, String> env) {
        return new RuntimeEnvironment(
                env.get("AWS_LAMBDA_RUNTIME_API"),
                chooseHandler(env.get("_HANDLER"), System.getProperty(DEFAULT_HANDLER_PROPERTY)),
                env.getOrDefault("LAMBDA_TASK_ROOT", ""),
                env.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", ""),
                env.getOrDefault("AWS_LAMBDA_FUNCTION_VERSION", ""),
                parseMemory(env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")),
                env.getOrDefault("AWS_LAMBDA_LOG_GROUP_NAME", ""),
                env.getOrDefault("AWS_LAMBDA_LOG_STREAM_NAME", ""),
                "true".equalsIgnoreCase(env.getOrDefault(HTTP_STREAMING, "").strip()),
                Concurrency.parse(env.get(Concurrency.VARIABLE)),
                "true".equalsIgnoreCase(env.getOrDefault(REQUEST_ID_MDC, "").strip()));
    }

    /**
     * Lambda's Handler setting is required for zip functions, but a zip built by the plugin already names its handler:
     * a Handler value that names no class ({@code default}, {@code -}: no dot, no {@code ::}) is a placeholder and
     * the packaged handler is used; any other value wins over the packaged one.
     */
    static String chooseHandler(String fromLambda, String packaged) {
        if (packaged == null || packaged.isBlank()) {
            return fromLambda;
        }
        if (fromLambda == null || fromLambda.isBlank()
                || (fromLambda.indexOf('.') < 0 && !fromLambda.contains("::"))) {
            return packaged;
        }
        return fromLambda;
    }

    private static int parseMemory(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
