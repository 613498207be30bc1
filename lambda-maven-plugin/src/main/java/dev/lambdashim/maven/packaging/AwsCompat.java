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
 * for them.
 */
public final class AwsCompat {

    static final String CORE_KEY = "com.amazonaws:aws-lambda-java-core";
    private static final String PROPERTIES = "aws-compat.properties";

    private AwsCompat() {
    }

    /** Whether the function depends on aws-lambda-java-core, directly or through another library. */
    public static boolean usesAwsHandlerApi(List<ClasspathEntry> dependencies) {
        return dependencies.stream().anyMatch(entry -> entry.key().equals(CORE_KEY));
    }

    /** AWS's serialization library, at the version AWS's runtime interface client uses (from the parent POM). */
    static Artifact serialization() {
        Properties properties = new Properties();
        try (InputStream in = AwsCompat.class.getResourceAsStream(PROPERTIES)) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the plugin's " + PROPERTIES + " cannot be read", e));
        }
        return new DefaultArtifact(properties.getProperty("serialization.groupId"),
                properties.getProperty("serialization.artifactId"), "jar",
                properties.getProperty("serialization.version"));
    }
}
