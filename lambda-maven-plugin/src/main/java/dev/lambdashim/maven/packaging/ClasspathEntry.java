package dev.lambdashim.maven.packaging;

import java.nio.file.Path;

/**
 * One jar of the function's runtime classpath.
 *
 * @param groupId the Maven groupId
 * @param artifactId the Maven artifactId
 * @param version the version
 * @param classifier the classifier, or {@code null}
 * @param file the jar
 */
public record ClasspathEntry(String groupId, String artifactId, String version, String classifier, Path file) {

    /** groupId:artifactId[:classifier]: two entries with the same key are versions of one library. */
    public String key() {
        return groupId + ":" + artifactId + (classifier == null || classifier.isEmpty() ? "" : ":" + classifier);
    }

    /** The file name under {@code lib/}: unique per library, stable across builds. */
    public String zipName() {
        return groupId + "." + artifactId + "-" + version
                + (classifier == null || classifier.isEmpty() ? "" : "-" + classifier) + ".jar";
    }
}
