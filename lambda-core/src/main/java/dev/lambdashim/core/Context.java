package dev.lambdashim.core;

import java.util.Optional;

/**
 * Facts about the current invocation (from the Runtime API's headers) and about the function (from the reserved
 * environment variables). A context belongs to one invocation; do not keep it past the handler's return.
 */
public interface Context {

    /** The request id of this invocation ({@code Lambda-Runtime-Aws-Request-Id}). */
    String requestId();

    /**
     * When this invocation times out, in milliseconds since the epoch ({@code Lambda-Runtime-Deadline-Ms}); {@code 0}
     * when Lambda sent no usable deadline.
     */
    long deadlineMs();

    /**
     * Milliseconds left before the invocation times out; never negative, {@code 0} when the deadline is unknown.
     * Counted from {@link #deadlineMs()} and the clock, as AWS's {@code getRemainingTimeInMillis} is.
     */
    default long remainingTimeMillis() {
        long deadline = deadlineMs();
        return deadline == 0 ? 0 : Math.max(0, deadline - System.currentTimeMillis());
    }

    /** The ARN used to invoke the function, with its version or alias ({@code Lambda-Runtime-Invoked-Function-Arn}). */
    String invokedFunctionArn();

    /** The function's name ({@code AWS_LAMBDA_FUNCTION_NAME}). */
    String functionName();

    /** The version being executed ({@code AWS_LAMBDA_FUNCTION_VERSION}), e.g. {@code $LATEST}. */
    String functionVersion();

    /** The memory configured for the function in MB ({@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}); {@code 0} if unknown. */
    int memoryLimitMb();

    /** The CloudWatch log group ({@code AWS_LAMBDA_LOG_GROUP_NAME}). */
    String logGroupName();

    /** The CloudWatch log stream ({@code AWS_LAMBDA_LOG_STREAM_NAME}). */
    String logStreamName();

    /** The X-Ray trace header of this invocation ({@code Lambda-Runtime-Trace-Id}), when tracing is active. */
    Optional<String> traceId();

    /** The client context sent by a mobile application ({@code Lambda-Runtime-Client-Context}), if any. */
    Optional<ClientContext> clientContext();

    /** The Cognito identity of the caller ({@code Lambda-Runtime-Cognito-Identity}), if any. */
    Optional<CognitoIdentity> identity();

    /** The tenant of a multi-tenant function ({@code Lambda-Runtime-Aws-Tenant-Id}), if any. */
    Optional<String> tenantId();
}
