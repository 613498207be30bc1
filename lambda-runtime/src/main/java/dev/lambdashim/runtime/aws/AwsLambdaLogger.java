package dev.lambdashim.runtime.aws;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.lambdashim.runtime.log.ApiLogRecords;
import dev.lambdashim.runtime.log.RuntimeLog;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

/**
 * AWS's {@link LambdaLogger} ({@code context.getLogger()}, {@code LambdaRuntime.getLogger()}) writing to the
 * function's log: each call one record, in the log's format (TEXT or JSON) and with the request id. A call without a
 * level is written as it is and never filtered; a call with one is a record at that level, left out below
 * {@code AWS_LAMBDA_LOG_LEVEL} when that is set, and never filtered when it is not: AWS's runtime does both.
 */
final class AwsLambdaLogger implements LambdaLogger {

    static final AwsLambdaLogger INSTANCE = new AwsLambdaLogger(System.getenv("AWS_LAMBDA_LOG_LEVEL"));

    private final boolean filtered;

    private AwsLambdaLogger(String levelVariable) {
        this.filtered = levelVariable != null && !levelVariable.isBlank();
    }

    /**
     * Makes {@code LambdaRuntime.getLogger()} this logger, as AWS's runtime does (its default prints without a
     * newline, so calls would run together into one record).
     */
    static void install() {
        try {
            Field logger = LambdaRuntime.class.getDeclaredField("logger");
            logger.setAccessible(true);
            logger.set(null, INSTANCE);
        } catch (ReflectiveOperationException | RuntimeException e) {
            RuntimeLog.warn("LambdaRuntime.getLogger() of this aws-lambda-java-core cannot be pointed at the"
                    + " function's log (" + e + "); context.getLogger() still is");
        }
    }

    @Override
    public void log(String message) {
        log(message, LogLevel.UNDEFINED);
    }

    @Override
    public void log(byte[] message) {
        log(message, LogLevel.UNDEFINED);
    }

    @Override
    public void log(String message, LogLevel level) {
        log(message == null ? null : message.getBytes(StandardCharsets.UTF_8), level);
    }

    @Override
    public void log(byte[] message, LogLevel level) {
        dev.lambdashim.runtime.log.LogLevel ours = level == null ? dev.lambdashim.runtime.log.LogLevel.UNDEFINED
                : dev.lambdashim.runtime.log.LogLevel.valueOf(level.name());
        if (filtered && !ApiLogRecords.isEnabled(ours)) {
            return;
        }
        byte[] text = message == null ? "null".getBytes(StandardCharsets.US_ASCII) : message;
        // One trailing line end is the record's end, not part of it (code written for AWS's plain stdout adds one).
        int length = text.length;
        if (length > 0 && text[length - 1] == '\n') {
            length -= length > 1 && text[length - 2] == '\r' ? 2 : 1;
        }
        if (ours == dev.lambdashim.runtime.log.LogLevel.UNDEFINED) {
            ApiLogRecords.print(ours, text, 0, length);
        } else {
            ApiLogRecords.record(ours, new String(text, 0, length, StandardCharsets.UTF_8));
        }
    }
}
