package dev.lambdashim.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client context that a mobile application passed with the invocation (AWS Mobile SDK).
 *
 * @param client the calling application, or {@code null} when it sent none
 * @param custom custom values set by the application, in the order sent; empty, never {@code null}
 * @param environment environment values reported by the SDK, in the order sent; empty, never {@code null}
 */
public record ClientContext(Client client, Map<String, String> custom, Map<String, String> environment) {

    /** Copies the maps, keeping their order, so that a context never changes under its reader. */
    public ClientContext {
        custom = custom == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
        environment = environment == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /**
     * The application that invoked the function; any field may be {@code null}.
     *
     * @param installationId the installation id of the application
     * @param appTitle the application's title
     * @param appVersionName the application's version name
     * @param appVersionCode the application's version code
     * @param appPackageName the application's package name
     */
    public record Client(String installationId, String appTitle, String appVersionName, String appVersionCode,
            String appPackageName) {
    }
}
