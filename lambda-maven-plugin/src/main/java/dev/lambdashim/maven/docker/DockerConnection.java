package dev.lambdashim.maven.docker;

import dev.lambdashim.maven.error.LambdaPackagingException;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.time.Duration;

/**
 * Connects to the Docker daemon the way the Docker CLI would: {@code DOCKER_HOST}, else the CLI's current context
 * ({@code DOCKER_CONTEXT} or {@code ~/.docker/config.json}), else the default socket; docker-java's own config does
 * all three. An explicit host (the {@code dockerHost} parameter) wins.
 */
public final class DockerConnection {

    private DockerConnection() {
    }

    /** What {@code -Dlambda.docker=false} does instead, for lambda:package's messages. */
    public static final String BUILD_WITHOUT = "build without it: -Dlambda.docker=false (<docker>false</docker>) uses this"
            + " machine's JDK";
    /** What {@code -Dlambda.docker=false} does instead, for lambda:invoke's messages. */
    public static final String RUN_WITHOUT = "run without it: -Dlambda.docker=false runs the zip's bootstrap on this machine";

    /**
     * @param withoutDocker the way to go on without Docker that an error names: {@link #BUILD_WITHOUT} or
     *     {@link #RUN_WITHOUT}
     */
    public static DockerClient connect(String dockerHost, String withoutDocker) throws LambdaPackagingException {
        DockerClientConfig config;
        try {
            DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
            if (dockerHost != null && !dockerHost.isBlank()) {
                builder.withDockerHost(dockerHost.strip());
            }
            config = builder.build();
        } catch (RuntimeException e) {
            throw new LambdaPackagingException("The Docker configuration is unusable (" + e.getMessage() + "): fix"
                    + " DOCKER_HOST or the docker context, or " + withoutDocker, e);
        }
        String address = String.valueOf(config.getDockerHost());
        DockerClient client = DockerClientImpl.getInstance(config, new ZerodepDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(10))
                .responseTimeout(Duration.ofHours(1))
                .build());
        try {
            client.pingCmd().exec();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new LambdaPackagingException("No Docker daemon answers at " + address + " (" + cause + "). Start"
                    + " Docker (or point DOCKER_HOST or the docker context at a running one), or " + withoutDocker,
                    e);
        }
        return client;
    }
}
