package dev.lambdashim.maven.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;

/**
 * Functions written against AWS's handler API ({@code com.amazonaws:aws-lambda-java-core}): the runtime runs them
 * with AWS's own serialization library, which AWS's runtime carries, so the zip must carry it for them, and only
 * for them. With it goes the core API at the version the library was built with, ahead of the function's jars and in
 * place of the function's own core, whatever version that is (1.0 to the newest): AWS's runtime loads its own core
 * classes ahead of the function's, and the library needs them (1.2.x lacks {@code CustomPojoSerializer}).
 */
public final class AwsCompat {

    static final String CORE_KEY = "com.amazonaws:aws-lambda-java-core";
    static final String SERIALIZATION_KEY = "com.amazonaws:aws-lambda-java-serialization";
    private static final String PROPERTIES = "aws-compat.properties";

    private AwsCompat() {
    }

    /** Whether the function depends on aws-lambda-java-core, directly or through another library. */
    public static boolean usesAwsHandlerApi(List<ClasspathEntry> dependencies) {
        return dependencies.stream().anyMatch(entry -> entry.key().equals(CORE_KEY));
    }

    /** Whether this library is one the runtime owns for AWS's handler API: its version is the runtime's, first. */
    static boolean runtimeOwned(ClasspathEntry entry) {
        return entry.key().equals(CORE_KEY) || entry.key().equals(SERIALIZATION_KEY);
    }

    /** AWS's core API, at the version AWS's runtime interface client uses (from the parent POM). */
    static Artifact core() {
        return artifact("core");
    }

    /** AWS's serialization library, at the version AWS's runtime interface client uses (from the parent POM). */
    static Artifact serialization() {
        return artifact("serialization");
    }

    private static Artifact artifact(String prefix) {
        Properties properties = new Properties();
        try (InputStream in = AwsCompat.class.getResourceAsStream(PROPERTIES)) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the plugin's " + PROPERTIES + " cannot be read", e));
        }
        return new DefaultArtifact(properties.getProperty(prefix + ".groupId"),
                properties.getProperty(prefix + ".artifactId"), "jar", properties.getProperty(prefix + ".version"));
    }
}
