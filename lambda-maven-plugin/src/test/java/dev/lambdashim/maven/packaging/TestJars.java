package dev.lambdashim.maven.packaging;

import java.nio.file.Path;
import java.util.List;

/** Classpath entries for the classpath tests: a jar by coordinates, and a classpath as artifact-version names. */
final class TestJars {

    private TestJars() {
    }

    static ClasspathEntry jar(String group, String artifact, String version) {
        return new ClasspathEntry(group, artifact, version, "", Path.of(artifact + "-" + version + ".jar"));
    }

    static List<String> names(List<ClasspathEntry> entries) {
        return entries.stream().map(e -> e.artifactId() + "-" + e.version()).toList();
    }
}
