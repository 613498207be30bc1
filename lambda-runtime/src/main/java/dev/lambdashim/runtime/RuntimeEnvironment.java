package dev.lambdashim.runtime;

import java.util.Map;

/**
 * The reserved environment variables that Lambda sets for a custom runtime, read once at start-up.
 *
 * @param runtimeApi {@code AWS_LAMBDA_RUNTIME_API}: host and port of the Runtime API
 * @param handler {@code _HANDLER}, or the packaged default ({@code -Dlambdashim.handler}) when Lambda sets none;
 *     {@code null} when neither is set
 * @param taskRoot {@code LAMBDA_TASK_ROOT}: where the function's code was unpacked
 * @param functionName {@code AWS_LAMBDA_FUNCTION_NAME}
 * @param functionVersion {@code AWS_LAMBDA_FUNCTION_VERSION}
 * @param memoryLimitMb {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}, {@code 0} when absent or not a number
 * @param logGroupName {@code AWS_LAMBDA_LOG_GROUP_NAME}
 * @param logStreamName {@code AWS_LAMBDA_LOG_STREAM_NAME}
 */
record RuntimeEnvironment(String runtimeApi, String handler, String taskRoot, String functionName,
        String functionVersion, int memoryLimitMb, String logGroupName, String logStreamName) {

    /** The system property that the packaged {@code bootstrap} uses to pass the handler chosen at build time. */
    static final String DEFAULT_HANDLER_PROPERTY = "lambdashim.handler";

    static RuntimeEnvironment from(Map<String, String> env) {
        String handler = env.get("_HANDLER");
        if (handler == null) {
            handler = System.getProperty(DEFAULT_HANDLER_PROPERTY);
        }
        return new RuntimeEnvironment(
                env.get("AWS_LAMBDA_RUNTIME_API"),
                handler,
                env.getOrDefault("LAMBDA_TASK_ROOT", ""),
                env.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", ""),
                env.getOrDefault("AWS_LAMBDA_FUNCTION_VERSION", ""),
                parseMemory(env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")),
                env.getOrDefault("AWS_LAMBDA_LOG_GROUP_NAME", ""),
                env.getOrDefault("AWS_LAMBDA_LOG_STREAM_NAME", ""));
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
