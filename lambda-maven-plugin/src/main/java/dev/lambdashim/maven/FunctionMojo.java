package dev.lambdashim.maven;

import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal about one function shares, declared once (beside {@link LambdaMojo}'s): which zip, with
 * how much memory and time, on which layer. {@code lambda:package} and {@code lambda:invoke} read the same
 * properties, so {@code mvn package lambda:invoke -Dlambda.memorySize=1024} means one function throughout.
 */
public abstract class FunctionMojo extends LambdaMojo {

    /**
     * The zip's base name: the zip is {@code target/<packageName>.zip}. A file name: letters, digits, {@code -},
     * {@code _} and {@code .}.
     */
    @Parameter(property = "lambda.packageName", defaultValue = "${project.artifactId}")
    String packageName;

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
     * The lambda-shim layer a function packaged with {@code <runtime>layer</runtime>} runs on: the layer zip that
     * {@code lambda:layer} wrote (a path, relative to the project), or the Maven coordinates of the layer artifact it
     * attached, {@code groupId:artifactId:version} (classifier {@code layer}, or a fourth part). {@code lambda:invoke}
     * runs the function on the layer {@code lambda:package} packaged it on, else on this one. Default: none; a function
     * packaged with {@code <runtime>layer</runtime>} must set it (the build fails otherwise, naming this element).
     */
    @Parameter(property = "lambda.layer")
    String layer;

}
