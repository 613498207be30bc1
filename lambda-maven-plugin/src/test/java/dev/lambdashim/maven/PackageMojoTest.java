package dev.lambdashim.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** Parameter wiring of {@code lambda:package}, through the plugin descriptor and Maven's configurator. */
@MojoTest
class PackageMojoTest {

    @Test
    @InjectMojo(goal = "package", pom = "src/test/resources/unit/configured/pom.xml")
    void pomConfigurationReachesTheParameters(PackageMojo mojo) {
        assertEquals("com.example.Orders::handle", mojo.handler);
        assertEquals("orders-fn", mojo.packageName);
        assertEquals("arm64", mojo.architecture);
        assertEquals("2026-01-01T00:00:00Z", mojo.outputTimestamp);
        assertEquals("aws", mojo.classifier);
        assertFalse(mojo.skip);
    }

    @Test
    @InjectMojo(goal = "package", pom = "src/test/resources/unit/configured/pom.xml")
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "handler", value = "com.example.Other")
    void parametersCanBeOverridden(PackageMojo mojo) throws Exception {
        mojo.project = null; // a skipped execution must not touch the project
        assertTrue(mojo.skip);
        assertEquals("com.example.Other", mojo.handler);
        mojo.execute(); // skipped: returns without touching the project
    }

    @Test
    @InjectMojo(goal = "package", pom = "src/test/resources/unit/configured/pom.xml")
    void blankHandlerFailsNamingTheElementAndTheProperty(PackageMojo mojo) throws Exception {
        mojo.project = new MavenProject(); // jar packaging
        mojo.handler = " ";
        String message = assertThrows(MojoFailureException.class, mojo::execute).getMessage();
        assertTrue(message.startsWith("No handler configured: add <handler>"), message);
        assertTrue(message.contains("-Dlambda.handler="), message);
    }
}
