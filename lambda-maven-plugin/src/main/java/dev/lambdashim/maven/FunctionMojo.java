package dev.lambdashim.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every goal about one function shares, declared once: which zip, on which architecture, with how much
 * memory and time, and whether Docker is used. {@code lambda:package} and {@code lambda:invoke} read the same
 * properties, so {@code mvn package lambda:invoke -Dlambda.memorySize=1024} means one function throughout.
 */
public abstract class FunctionMojo extends AbstractMojo {

    /**
     * The zip's base name: the zip is {@code target/<packageName>.zip}. A file name: letters, digits, {@code -},
     * {@code _} and {@code .}.
     */
    @Parameter(property = "lambda.packageName", defaultValue = "${project.artifactId}")
    String packageName;

    /** The architecture the function runs on: {@code x86_64} or {@code arm64}. */
    @Parameter(property = "lambda.architecture", defaultValue = "x86_64")
    String architecture;

    /**
     * The function's memory in MB (128-10240): written into the SAM template by {@code lambda:package}; for
     * {@code lambda:invoke}, the container's memory limit and {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}, from which the
     * {@code bootstrap} sizes the heap.
     */
    @Parameter(property = "lambda.memorySize", defaultValue = "512")
    int memorySize;

    /**
     * The function's timeout in seconds (1-900): written into the SAM template by {@code lambda:package}; enforced by
     * {@code lambda:invoke} as Lambda does ({@code Task timed out after N.00 seconds}), the next invocation then
     * getting a fresh process.
     */
    @Parameter(property = "lambda.timeout", defaultValue = "30")
    int timeout;

    /**
     * Uses Docker: {@code lambda:package} builds the Java runtime in a container of {@code image}, on the target OS
     * and JDK, and {@code lambda:invoke} runs the {@code bootstrap} in a container of {@code runImage}. {@code false}
     * does both on this machine: the runtime is linked from the JDK running Maven (a Linux JDK of the function's
     * architecture) and the function runs as a child process.
     */
    @Parameter(property = "lambda.docker", defaultValue = "true")
    boolean docker;

    /**
     * The Docker daemon, e.g. {@code unix:///var/run/docker.sock}. Default: {@code DOCKER_HOST}, the docker context,
     * or the default socket, as the Docker CLI picks it.
     */
    @Parameter(property = "lambda.dockerHost")
    String dockerHost;

    /**
     * The lambda-shim layer a function packaged with {@code <runtime>layer</runtime>} runs on: the layer zip that
     * {@code lambda:layer} wrote (a path, relative to the project), or the Maven coordinates of the layer artifact it
     * attached, {@code groupId:artifactId:version} (classifier {@code layer}, or a fourth part). {@code lambda:invoke}
     * runs the function on the layer {@code lambda:package} packaged it on, else on this one.
     */
    @Parameter(property = "lambda.layer")
    String layer;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;
}
