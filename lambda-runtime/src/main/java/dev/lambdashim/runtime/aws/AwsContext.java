package dev.lambdashim.runtime.aws;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * AWS's {@link Context} over the runtime's own context of the invocation: the same facts, with AWS's conventions
 * ({@code null} for an absent identity, client context, tenant or trace id; the remaining time as an {@code int}).
 */
final class AwsContext implements Context {

    private final dev.lambdashim.core.Context context;
    private ClientContext clientContext;
    private CognitoIdentity identity;

    AwsContext(dev.lambdashim.core.Context context) {
        this.context = context;
    }

    /** AWS's runtime reads events from an Android app with Gson: the client context's {@code env.platform}. */
    boolean fromAndroid() {
        ClientContext client = getClientContext();
        return client != null && client.getEnvironment() != null
                && "Android".equalsIgnoreCase(client.getEnvironment().get("platform"));
    }

    @Override
    public String getAwsRequestId() {
        return context.requestId();
    }

    @Override
    public String getLogGroupName() {
        return context.logGroupName();
    }

    @Override
    public String getLogStreamName() {
        return context.logStreamName();
    }

    @Override
    public String getFunctionName() {
        return context.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return context.functionVersion();
    }

    @Override
    public String getInvokedFunctionArn() {
        return context.invokedFunctionArn();
    }

    @Override
    public CognitoIdentity getIdentity() {
        if (identity == null) {
            identity = context.identity().map(AwsCognitoIdentity::new).orElse(null);
        }
        return identity;
    }

    @Override
    public ClientContext getClientContext() {
        if (clientContext == null) {
            clientContext = context.clientContext().map(AwsClientContext::new).orElse(null);
        }
        return clientContext;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.min(Integer.MAX_VALUE, context.remainingTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return context.memoryLimitMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return AwsLambdaLogger.INSTANCE;
    }

    @Override
    public String getTenantId() {
        return context.tenantId().orElse(null);
    }

    @Override
    public String getXrayTraceId() {
        return context.traceId().orElse(null);
    }

    @Override
    public String toString() {
        return "AwsContext[" + context + "]";
    }
}
