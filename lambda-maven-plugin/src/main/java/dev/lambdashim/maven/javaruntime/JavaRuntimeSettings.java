package dev.lambdashim.maven.javaruntime;

import dev.lambdashim.maven.error.LambdaPackagingException;

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
public record JavaRuntimeSettings(boolean bundle, boolean docker, String image, int javaVersion, Path eventsDirectory,
        String dockerHost) {

    /** A zip without a Java runtime of its own. */
    public static final JavaRuntimeSettings NONE = new JavaRuntimeSettings(false, false, null, 0, null, null);

    /** The Amazon Corretto JDK image on Amazon Linux 2023 for a Java version. */
    public static String defaultImage(int javaVersion) {
        return "public.ecr.aws/amazoncorretto/amazoncorretto:" + javaVersion + "-al2023-jdk";
    }

    /**
     * The Java version to build for. Unset, it is 25 with Docker and, without Docker, the version of the JDK running
     * Maven (whose runtime goes into the zip). Set, it must be 17, 21 or 25, and without Docker it must be that JDK's.
     *
     * @param configured {@code <javaVersion>}, or {@code null} when unset
     * @param running the feature version of the JDK running Maven
     */
    public static int resolveJavaVersion(Integer configured, boolean docker, int running)
            throws LambdaPackagingException {
        if (configured == null) {
            if (docker) {
                return 25;
            }
            if (running != 17 && running != 21 && running != 25) {
                throw new LambdaPackagingException("Maven runs on Java " + running + " and -Dlambda.docker=false"
                        + " links that JDK into the zip, but lambda-shim supports Java 17, 21 and 25: run Maven on one"
                        + " of those (JAVA_HOME), or build with Docker (drop -Dlambda.docker=false)");
            }
            return running;
        }
        int version = checkJavaVersion(configured);
        if (!docker && version != running) {
            throw new LambdaPackagingException("<javaVersion> (-Dlambda.javaVersion) is " + version + ", but Maven runs"
                    + " on Java " + running + " and -Dlambda.docker=false links that JDK into the zip: run Maven on a"
                    + " JDK " + version + " (JAVA_HOME), build in Docker (drop -Dlambda.docker=false), or leave"
                    + " <javaVersion> unset to build for Java " + running);
        }
        return version;
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
