package dev.lambdashim.maven;

import java.nio.file.Path;

/**
 * How the zip gets its Java runtime.
 *
 * @param bundle {@code true} to link a Java runtime and start-up cache into the zip; {@code false} for a zip that
 *     uses {@code JAVA_HOME} or the {@code java} on {@code PATH} (a Lambda layer, a local run)
 * @param docker {@code true} to build it in a container of {@code image}; {@code false} on this machine's JDK
 * @param image the build image
 * @param javaVersion the Java feature version: 17, 21 or 25
 * @param eventsDirectory sample events for the training run ({@code *.json}); may not exist
 * @param dockerHost the Docker daemon to use instead of the environment's, or {@code null}
 */
public record JavaOptions(boolean bundle, boolean docker, String image, int javaVersion, Path eventsDirectory,
        String dockerHost) {

    /** A zip without a Java runtime of its own. */
    public static final JavaOptions NONE = new JavaOptions(false, false, null, 0, null, null);

    /** The Amazon Corretto JDK image on Amazon Linux 2023 for a Java version. */
    public static String defaultImage(int javaVersion) {
        return "public.ecr.aws/amazoncorretto/amazoncorretto:" + javaVersion + "-al2023-jdk";
    }

    /** @throws LambdaPackagingException naming {@code <javaVersion>} unless it is 17, 21 or 25 */
    public static int checkJavaVersion(int javaVersion) throws LambdaPackagingException {
        if (javaVersion != 17 && javaVersion != 21 && javaVersion != 25) {
            throw new LambdaPackagingException("<javaVersion> (-Dlambda.javaVersion) is " + javaVersion
                    + ": lambda-shim supports 17, 21 and 25");
        }
        return javaVersion;
    }
}
