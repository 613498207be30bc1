package dev.lambdashim.emulator;

/**
 * Names of the HTTP headers of the Lambda Runtime API, version {@code 2018-06-01}.
 *
 * <p>Source: <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html">Using the Lambda
 * runtime API for custom runtimes</a> and the OpenAPI document it links ({@code runtime-api.zip}).
 * Header names are case-insensitive on the wire (RFC 9110, section 5.1); note that the JDK HTTP server
 * this emulator runs on writes response header names as {@code Lambda-runtime-aws-request-id}.
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
    /** The error type a runtime reports with {@code /init/error} and {@code /invocation/{id}/error}. */
    public static final String FUNCTION_ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
    /** Header of the Invoke API's answer that marks a function error (the body then holds the error). */
    public static final String AMZ_FUNCTION_ERROR = "X-Amz-Function-Error";

    private RuntimeApiHeaders() {
    }
}
