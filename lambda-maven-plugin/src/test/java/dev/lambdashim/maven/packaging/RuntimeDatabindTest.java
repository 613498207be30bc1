package dev.lambdashim.maven.packaging;

import static dev.lambdashim.maven.packaging.TestJars.jar;
import static dev.lambdashim.maven.packaging.TestJars.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a zip keeps when its handler never needs databind: the runtime's databind jars go, the function's stay. */
class RuntimeDatabindTest {

    private static final List<ClasspathEntry> CLASSPATH = List.of(
            jar("example", "orders-lib", "1.0"),
            jar("dev.lambdashim", "lambda-runtime", "0.1.0"),
            jar("com.fasterxml.jackson.core", "jackson-core", "2.21.0"),
            jar("com.fasterxml.jackson.core", "jackson-databind", "2.21.0"),
            jar("com.fasterxml.jackson.core", "jackson-annotations", "2.21"),
            jar("com.fasterxml.jackson.datatype", "jackson-datatype-jdk8", "2.21.0"),
            jar("com.fasterxml.jackson.datatype", "jackson-datatype-jsr310", "2.21.0"));

    @Test
    void theRuntimesDatabindJarsAreLeftOut() {
        List<String> log = new ArrayList<>();
        List<ClasspathEntry> kept = RuntimeDatabind.leaveOut(CLASSPATH, List.of(jar("example", "orders-lib", "1.0")),
                "com.example.Handle", log::add);
        assertEquals(List.of("orders-lib-1.0", "lambda-runtime-0.1.0", "jackson-core-2.21.0"), names(kept));
        assertEquals(1, log.size(), log::toString);
    }

    @Test
    void aFunctionThatUsesJacksonKeepsWhatItDependsOn() {
        List<String> log = new ArrayList<>();
        List<ClasspathEntry> kept = RuntimeDatabind.leaveOut(CLASSPATH, List.of(
                jar("com.fasterxml.jackson.core", "jackson-databind", "2.17.0"),
                jar("com.fasterxml.jackson.core", "jackson-annotations", "2.17")), "com.example.Handle", log::add);
        assertEquals(List.of("orders-lib-1.0", "lambda-runtime-0.1.0", "jackson-core-2.21.0",
                "jackson-databind-2.21.0", "jackson-annotations-2.21"), names(kept));
    }
}
