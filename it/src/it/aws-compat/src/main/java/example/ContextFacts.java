package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.util.LinkedHashMap;
import java.util.Map;

/** What AWS's Context tells the function, including the Cognito identity and the mobile client context. */
public class ContextFacts {

    public Map<String, Object> facts(Context context) {
        context.getLogger().log("facts for " + context.getAwsRequestId(), LogLevel.INFO);
        context.getLogger().log("shown: AWS_LAMBDA_LOG_LEVEL is not set", LogLevel.DEBUG);
        LambdaRuntime.getLogger().log("through LambdaRuntime", LogLevel.WARN);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("requestId", context.getAwsRequestId());
        facts.put("functionName", context.getFunctionName());
        facts.put("functionVersion", context.getFunctionVersion());
        facts.put("memoryLimitInMB", context.getMemoryLimitInMB());
        facts.put("logGroupName", context.getLogGroupName());
        facts.put("logStreamName", context.getLogStreamName());
        facts.put("invokedFunctionArn", context.getInvokedFunctionArn());
        facts.put("remainingTimePositive", context.getRemainingTimeInMillis() > 0);
        facts.put("xrayTraceId", context.getXrayTraceId());
        facts.put("tenantId", context.getTenantId());
        facts.put("identityId", context.getIdentity() == null ? null : context.getIdentity().getIdentityId());
        facts.put("identityPoolId", context.getIdentity() == null ? null : context.getIdentity().getIdentityPoolId());
        if (context.getClientContext() != null) {
            facts.put("appTitle", context.getClientContext().getClient().getAppTitle());
            facts.put("installationId", context.getClientContext().getClient().getInstallationId());
            facts.put("custom", context.getClientContext().getCustom());
            facts.put("env", context.getClientContext().getEnvironment());
        }
        facts.put("traceProperty", System.getProperty("com.amazonaws.xray.traceHeader"));
        return facts;
    }
}
