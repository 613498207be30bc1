package dev.lambdashim.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.core.ClientContext;
import dev.lambdashim.core.CognitoIdentity;
import dev.lambdashim.core.Context;
import dev.lambdashim.runtime.api.HttpResponse;
import dev.lambdashim.runtime.handler.JsonCodec;
import dev.lambdashim.runtime.log.RuntimeLog;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link Context} of one invocation, made from the headers of {@code /next}. The client context and Cognito
 * identity headers are JSON; they are parsed only when the handler asks for them, so most invocations never do.
 */
final class LambdaContext implements Context {

    private final String requestId;
    private final long deadlineMs;
    private final String invokedFunctionArn;
    private final String traceId;
    private final String clientContextJson;
    private final String cognitoIdentityJson;
    private final String tenantId;
    private final RuntimeEnvironment environment;
    private Optional<ClientContext> clientContext;
    private Optional<CognitoIdentity> identity;

    LambdaContext(String requestId, HttpResponse next, RuntimeEnvironment environment) {
        this.requestId = requestId;
        this.deadlineMs = parseDeadline(next.header("lambda-runtime-deadline-ms"));
        this.invokedFunctionArn = nullToEmpty(next.header("lambda-runtime-invoked-function-arn"));
        this.traceId = emptyToNull(next.header("lambda-runtime-trace-id"));
        this.clientContextJson = emptyToNull(next.header("lambda-runtime-client-context"));
        this.cognitoIdentityJson = emptyToNull(next.header("lambda-runtime-cognito-identity"));
        this.tenantId = emptyToNull(next.header("lambda-runtime-aws-tenant-id"));
        this.environment = environment;
    }

    private static long parseDeadline(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
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
        return environment.functionName();
    }

    @Override
    public String functionVersion() {
        return environment.functionVersion();
    }

    @Override
    public int memoryLimitMb() {
        return environment.memoryLimitMb();
    }

    @Override
    public String logGroupName() {
        return environment.logGroupName();
    }

    @Override
    public String logStreamName() {
        return environment.logStreamName();
    }

    @Override
    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }

    @Override
    public Optional<String> tenantId() {
        return Optional.ofNullable(tenantId);
    }

    @Override
    public Optional<ClientContext> clientContext() {
        if (clientContext == null) {
            JsonNode root = parse(clientContextJson, "Lambda-Runtime-Client-Context");
            clientContext = root == null ? Optional.empty() : Optional.of(toClientContext(root));
        }
        return clientContext;
    }

    @Override
    public Optional<CognitoIdentity> identity() {
        if (identity == null) {
            JsonNode root = parse(cognitoIdentityJson, "Lambda-Runtime-Cognito-Identity");
            identity = root == null ? Optional.empty() : Optional.of(new CognitoIdentity(
                    text(root, "cognitoIdentityId"), text(root, "cognitoIdentityPoolId")));
        }
        return identity;
    }

    private JsonNode parse(String json, String header) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode root = JsonCodec.get().mapper().readTree(json);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (IOException e) {
            // reported below
        }
        RuntimeLog.warn("ignoring the " + header + " header of request " + requestId + ": not a JSON object");
        return null;
    }

    private static ClientContext toClientContext(JsonNode root) {
        JsonNode client = root.path("client");
        ClientContext.Client c = client.isObject() ? new ClientContext.Client(text(client, "installation_id"),
                text(client, "app_title"), text(client, "app_version_name"), text(client, "app_version_code"),
                text(client, "app_package_name")) : null;
        return new ClientContext(c, strings(root.path("custom")), strings(root.path("env")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>(); // the order sent, as AWS's runtime keeps it
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), text(node, field.getKey()));
            }
        }
        return values;
    }

    @Override
    public String toString() {
        return "LambdaContext[requestId=" + requestId + ", functionName=" + functionName() + "]";
    }
}
