package dev.lambdashim.emulator;

/**
 * Names of the HTTP headers of the Lambda Runtime API, version {@code 2018-06-01}.
 *
 * <p>Source: <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html">Using the Lambda
 * runtime API for custom runtimes</a> and the OpenAPI document it links ({@code runtime-api.zip}).
 * Header names are case-insensitive on the wire (RFC 9110, section 5.1).
 */
public final class RuntimeApiHeaders {

    /** The request ID, which identifies the request that triggered the invocation ({@code /next} response). */
    public static final String REQUEST_ID = "Lambda-Runtime-Aws-Request-Id";
    /** The date the function times out, in Unix time milliseconds ({@code /next} response). */
    public static final String DEADLINE_MS = "Lambda-Runtime-Deadline-Ms";
    /** The ARN of the function, version, or alias specified in the invocation ({@code /next} response). */
    public static final String INVOKED_FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn";
    /** The AWS X-Ray tracing header ({@code /next} response). */
    public static final String TRACE_ID = "Lambda-Runtime-Trace-Id";
    /** For invocations from the AWS Mobile SDK, data about the client application ({@code /next} response). */
    public static final String CLIENT_CONTEXT = "Lambda-Runtime-Client-Context";
    /** For invocations from the AWS Mobile SDK, data about the Cognito identity ({@code /next} response). */
    public static final String COGNITO_IDENTITY = "Lambda-Runtime-Cognito-Identity";
    /** The tenant identifier of a function with tenant isolation ({@code /next} response). */
    public static final String TENANT_ID = "Lambda-Runtime-Aws-Tenant-Id";
    /**
     * The error type a runtime reports with {@code /init/error} and {@code /invocation/{id}/error}, and as a
     * trailer of a streamed response that failed after its first byte.
     */
    public static final String FUNCTION_ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
    /** {@code streaming} on a response post whose body the runtime streams (chunked, maybe with error trailers). */
    public static final String FUNCTION_RESPONSE_MODE = "Lambda-Runtime-Function-Response-Mode";
    /** Trailer of a streamed response that failed after its first byte: the base64 of the error JSON. */
    public static final String FUNCTION_ERROR_BODY = "Lambda-Runtime-Function-Error-Body";
    /** Header of the Invoke API's answer that marks a function error (the body then holds the error). */
    public static final String AMZ_FUNCTION_ERROR = "X-Amz-Function-Error";

    private RuntimeApiHeaders() {
    }
}
