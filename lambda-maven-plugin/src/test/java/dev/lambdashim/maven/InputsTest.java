package dev.lambdashim.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.error.LambdaShimException;
import dev.lambdashim.maven.packaging.ZipAssembler;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void outputTimestampIsIsoOrEpochSecondsOrTheFixedDefault() throws Exception {
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), Inputs.outputTimestamp("2026-01-01T00:00:00Z"));
        assertEquals(Instant.ofEpochSecond(1700000000), Inputs.outputTimestamp("1700000000"));
        assertEquals(ZipAssembler.DEFAULT_TIMESTAMP, Inputs.outputTimestamp(null));
        assertEquals(ZipAssembler.DEFAULT_TIMESTAMP, Inputs.outputTimestamp(" "));
        String message = assertThrows(LambdaPackagingException.class, () -> Inputs.outputTimestamp("yesterday"))
                .getMessage();
        assertTrue(message.startsWith("<outputTimestamp> (project.build.outputTimestamp) is 'yesterday'"), message);
    }

    @Test
    void theDefaultClassifierIsLambdaForTheProjectsOwnFunctionAndThePackageNameForAnyOther() {
        assertEquals("lambda", Inputs.defaultClassifier("hello", "my-app", 1), "a project's only function");
        assertEquals("lambda", Inputs.defaultClassifier("hello", "my-app", 0), "run from the command line");
        assertEquals("lambda", Inputs.defaultClassifier("my-app", "my-app", 2), "the artifact's own function");
        assertEquals("worker", Inputs.defaultClassifier("worker", "my-app", 2), "a second function");
    }

    @Test
    void aConfiguredClassifierMustBeAFileNamePart() throws Exception {
        assertEquals("worker-1.x", Inputs.classifier("worker-1.x"));
        String message = assertThrows(LambdaShimException.class, () -> Inputs.classifier("../x")).getMessage();
        assertTrue(message.startsWith("<classifier> (-Dlambda.classifier) is '../x'"), message);
    }
}
