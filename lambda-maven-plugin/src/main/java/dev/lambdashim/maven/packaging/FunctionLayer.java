package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.layerfile.LayerDescriptor;
import dev.lambdashim.maven.platform.Architecture;
import java.nio.file.Path;

/**
 * The lambda-shim layer a function runs on ({@code <runtime>layer</runtime>}), checked against the function before
 * anything is staged: the same architecture, the same Java version.
 *
 * @param zip the layer zip
 * @param descriptor what the layer holds
 */
public record FunctionLayer(Path zip, LayerDescriptor descriptor) {

    /**
     * @param configuredJava {@code <javaVersion>}, or {@code null}: a function on a layer runs on the layer's Java
     * @param docker whether the cache is recorded in the build image (else on the JDK running Maven)
     * @param runningJava the feature version of the JDK running Maven
     * @return the Java version to build for: the layer's
     */
    public int check(Architecture architecture, Integer configuredJava, boolean docker, int runningJava)
            throws LambdaPackagingException {
        int layerJava = descriptor.javaVersion();
        if (descriptor.architecture() != architecture) {
            throw new LambdaPackagingException("The layer " + zip + " is for " + descriptor.architecture().lambdaName()
                    + ", the function for " + architecture.lambdaName() + ": set <architecture>"
                    + " (-Dlambda.architecture) to " + descriptor.architecture().lambdaName() + ", or give a layer"
                    + " built for " + architecture.lambdaName() + " (lambda:layer -Dlambda.architecture="
                    + architecture.lambdaName() + ")");
        }
        if (configuredJava != null && configuredJava != layerJava) {
            throw new LambdaPackagingException("<javaVersion> (-Dlambda.javaVersion) is " + configuredJava + ", but the"
                    + " layer " + zip + " has Java " + layerJava + ": a function on a layer runs on the layer's Java,"
                    + " so leave <javaVersion> unset, or give a Java " + configuredJava + " layer");
        }
        if (!docker && runningJava != layerJava) {
            throw new LambdaPackagingException("The layer " + zip + " has Java " + layerJava + ", and"
                    + " -Dlambda.docker=false records the function's start-up cache on the JDK running Maven, Java "
                    + runningJava + ": run Maven on a JDK " + layerJava + " (JAVA_HOME), or build in Docker (drop"
                    + " -Dlambda.docker=false)");
        }
        return layerJava;
    }
}
