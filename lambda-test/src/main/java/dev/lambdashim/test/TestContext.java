package dev.lambdashim.test;

import dev.lambdashim.core.ClientContext;
import dev.lambdashim.core.CognitoIdentity;
import dev.lambdashim.core.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link Context} for a test, with the values a local invoke gives by default: a fresh request id, function
 * {@code test-function} version {@code $LATEST}, 512 MB, and a deadline 3 seconds (Lambda's default timeout) after
 * {@link Builder#build()}, so that {@link #remainingTimeMillis()} counts down as on Lambda.
 *
 * <pre>
 * Context context = TestContext.builder().functionName("orders").timeout(Duration.ofSeconds(30))
 *         .traceId("Root=1-5e1b4151-5ac6c58f5b5daa6532e4f3c1").build();
 * </pre>
 */
public final class TestContext implements Context {

    private final String requestId;
    private final long deadlineMs;
    private final String invokedFunctionArn;
    private final String functionName;
    private final String functionVersion;
    private final int memoryLimitMb;
    private final String logGroupName;
    private final String logStreamName;
    private final String traceId;
    private final ClientContext clientContext;
    private final CognitoIdentity identity;
    private final String tenantId;

    private TestContext(Builder b, long deadlineMs) {
        this.requestId = b.requestId != null ? b.requestId : UUID.randomUUID().toString();
        this.deadlineMs = deadlineMs;
        this.functionName = b.functionName;
        this.invokedFunctionArn = b.invokedFunctionArn != null ? b.invokedFunctionArn
                : "arn:aws:lambda:us-east-1:123456789012:function:" + b.functionName;
        this.functionVersion = b.functionVersion;
        this.memoryLimitMb = b.memoryLimitMb;
        this.logGroupName = b.logGroupName != null ? b.logGroupName : "/aws/lambda/" + b.functionName;
        this.logStreamName = b.logStreamName;
        this.traceId = b.traceId;
        this.clientContext = b.clientContext;
        this.identity = b.identity;
        this.tenantId = b.tenantId;
    }

    /** A context with every default. */
    public static TestContext create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String requestId() {
        return requestId;
    }

    @Override
    public long deadlineMs() {
        return deadlineMs;
    }

    @Override
    public String invokedFunctionArn() {
        return invokedFunctionArn;
    }

    @Override
    public String functionName() {
        return functionName;
    }

    @Override
    public String functionVersion() {
        return functionVersion;
    }

    @Override
    public int memoryLimitMb() {
        return memoryLimitMb;
    }

    @Override
    public String logGroupName() {
        return logGroupName;
    }

    @Override
    public String logStreamName() {
        return logStreamName;
    }

    @Override
    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }

    @Override
    public Optional<ClientContext> clientContext() {
        return Optional.ofNullable(clientContext);
    }

    @Override
    public Optional<CognitoIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    @Override
    public Optional<String> tenantId() {
        return Optional.ofNullable(tenantId);
    }

    @Override
    public String toString() {
        return "TestContext[requestId=" + requestId + ", functionName=" + functionName + "]";
    }

    /** Builds {@link TestContext}s; every value has a default. */
    public static final class Builder {
        private String requestId;
        private Duration timeout = Duration.ofSeconds(3);
        private Long deadlineMs;
        private String invokedFunctionArn;
        private String functionName = "test-function";
        private String functionVersion = "$LATEST";
        private int memoryLimitMb = 512;
        private String logGroupName;
        private String logStreamName = "2026/01/01/[$LATEST]lambda-test";
        private String traceId;
        private ClientContext clientContext;
        private CognitoIdentity identity;
        private String tenantId;

        private Builder() {
        }

        /** The request id; a random UUID per {@link #build()} by default. */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** The function's timeout: the deadline is this long after {@link #build()}. Default 3 s. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
            }
            this.timeout = timeout;
            this.deadlineMs = null;
            return this;
        }

        /** A fixed deadline in epoch milliseconds instead of a timeout; {@code 0}: Lambda sent none. */
        public Builder deadlineMs(long deadlineMs) {
            if (deadlineMs < 0) {
                throw new IllegalArgumentException("the deadline must be epoch milliseconds or 0, not " + deadlineMs);
            }
            this.deadlineMs = deadlineMs;
            return this;
        }

        public Builder invokedFunctionArn(String arn) {
            this.invokedFunctionArn = arn;
            return this;
        }

        public Builder functionName(String functionName) {
            this.functionName = Objects.requireNonNull(functionName, "functionName");
            return this;
        }

        public Builder functionVersion(String functionVersion) {
            this.functionVersion = Objects.requireNonNull(functionVersion, "functionVersion");
            return this;
        }

        public Builder memoryLimitMb(int memoryLimitMb) {
            if (memoryLimitMb < 128 || memoryLimitMb > 10240) {
                throw new IllegalArgumentException("Lambda's memory sizes are 128 to 10240 MB, not " + memoryLimitMb);
            }
            this.memoryLimitMb = memoryLimitMb;
            return this;
        }

        public Builder logGroupName(String logGroupName) {
            this.logGroupName = logGroupName;
            return this;
        }

        public Builder logStreamName(String logStreamName) {
            this.logStreamName = Objects.requireNonNull(logStreamName, "logStreamName");
            return this;
        }

        /** The X-Ray trace header ({@code Root=1-...;Parent=...;Sampled=1}); none by default. */
        public Builder traceId(String traceId) {
            this.traceId = traceId;
            return this;
        }

        public Builder clientContext(ClientContext clientContext) {
            this.clientContext = clientContext;
            return this;
        }

        public Builder identity(CognitoIdentity identity) {
            this.identity = identity;
            return this;
        }

        public Builder tenantId(String tenantId) {
            this.tenantId = tenantId;
            return this;
        }

        /** A context whose deadline starts counting now. */
        public TestContext build() {
            long deadline = deadlineMs != null ? deadlineMs : System.currentTimeMillis() + timeout.toMillis();
            return new TestContext(this, deadline);
        }
    }
}
