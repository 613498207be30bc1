package dev.lambdashim.maven.packaging;

import static dev.lambdashim.maven.packaging.TestJars.jar;
import static dev.lambdashim.maven.packaging.TestJars.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AWS's core and serialization library are the runtime's, first, whatever core the function pins. */
class FunctionClasspathTest {

    private static final List<ClasspathEntry> RUNTIME = List.of(
            jar("dev.lambdashim", "lambda-runtime", "0.1.0"),
            jar("com.fasterxml.jackson.core", "jackson-databind", "2.21.0"),
            jar("com.amazonaws", "aws-lambda-java-core", "1.4.0"),
            jar("com.amazonaws", "aws-lambda-java-serialization", "1.2.0"));

    @Test
    void anOldCoreGivesWayToTheRuntimesAheadOfEverything() {
        for (String old : List.of("1.0.0", "1.2.1")) {
            List<String> log = new ArrayList<>();
            List<ClasspathEntry> merged = FunctionClasspath.merge(List.of(jar("example", "orders-lib", "1.0"),
                    jar("com.amazonaws", "aws-lambda-java-core", old)), RUNTIME, log::add);
            assertEquals(List.of("aws-lambda-java-core-1.4.0", "aws-lambda-java-serialization-1.2.0",
                    "orders-lib-1.0", "lambda-runtime-0.1.0", "jackson-databind-2.21.0"), names(merged));
            assertTrue(log.contains("com.amazonaws:aws-lambda-java-core: the function uses " + old + ", AWS's"
                    + " runtime 1.4.0; packaging 1.4.0 ahead of the function's jars, as AWS's runtime loads its own"),
                    log.toString());
        }
    }

    @Test
    void aNewerCoreOfTheFunctionGivesWayToo() {
        List<ClasspathEntry> merged = FunctionClasspath.merge(List.of(jar("com.amazonaws", "aws-lambda-java-core",
                "9.0.0")), RUNTIME, line -> { });
        assertEquals("aws-lambda-java-core-1.4.0", names(merged).get(0));
        assertEquals(1, names(merged).stream().filter(n -> n.startsWith("aws-lambda-java-core")).count());
    }

    @Test
    void otherSharedLibrariesStillGoInOnceAtTheHigherVersion() {
        List<ClasspathEntry> merged = FunctionClasspath.merge(List.of(
                jar("com.fasterxml.jackson.core", "jackson-databind", "2.22.0")), RUNTIME, line -> { });
        assertTrue(names(merged).contains("jackson-databind-2.22.0"), names(merged).toString());
        assertEquals(1, names(merged).stream().filter(n -> n.startsWith("jackson-databind")).count());
    }
}
