package dev.lambdashim.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters of every lambda-shim goal, declared once: the architecture built or run for, and whether and which
 * Docker engine does the work. {@code lambda:layer}, {@code lambda:package} and {@code lambda:invoke} read the same
 * properties, so one {@code -Dlambda.architecture=arm64} or {@code -Dlambda.docker=false} means the same to all three.
 */
public abstract class LambdaMojo extends AbstractMojo {

    /** The architecture the function (or the layer's Java runtime) is for: {@code x86_64} or {@code arm64}. */
    @Parameter(property = "lambda.architecture", defaultValue = "x86_64")
    String architecture;

    /**
     * Uses Docker: {@code lambda:package} and {@code lambda:layer} build the Java runtime in a container of
     * {@code image}, on the target OS and JDK, and {@code lambda:invoke} runs the {@code bootstrap} in a container of
     * {@code runImage}. {@code false} does both on this machine: the runtime is linked from the JDK running Maven (a
     * Linux JDK of the function's architecture) and the function runs as a child process.
     */
    @Parameter(property = "lambda.docker", defaultValue = "true")
    boolean docker;

    /**
     * The Docker daemon, e.g. {@code unix:///var/run/docker.sock}. Default: {@code DOCKER_HOST}, the docker context,
     * or the default socket, as the Docker CLI picks it.
     */
    @Parameter(property = "lambda.dockerHost")
    String dockerHost;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;
}
