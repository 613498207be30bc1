package dev.lambdashim.runtime.aws;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import java.util.Map;

/** AWS's {@link ClientContext} (and its {@link Client}) over the runtime's own. */
final class AwsClientContext implements ClientContext {

    private final dev.lambdashim.core.ClientContext context;

    AwsClientContext(dev.lambdashim.core.ClientContext context) {
        this.context = context;
    }

    @Override
    public Client getClient() {
        dev.lambdashim.core.ClientContext.Client client = context.client();
        return client == null ? null : new AppClient(client);
    }

    @Override
    public Map<String, String> getCustom() {
        return context.custom();
    }

    @Override
    public Map<String, String> getEnvironment() {
        return context.environment();
    }

    private static final class AppClient implements Client {
        private final dev.lambdashim.core.ClientContext.Client client;

        AppClient(dev.lambdashim.core.ClientContext.Client client) {
            this.client = client;
        }

        @Override
        public String getInstallationId() {
            return client.installationId();
        }

        @Override
        public String getAppTitle() {
            return client.appTitle();
        }

        @Override
        public String getAppVersionName() {
            return client.appVersionName();
        }

        @Override
        public String getAppVersionCode() {
            return client.appVersionCode();
        }

        @Override
        public String getAppPackageName() {
            return client.appPackageName();
        }
    }
}
