package dev.lambdashim.maven.invoke;

import dev.lambdashim.maven.error.LambdaInvokeException;
import dev.lambdashim.maven.error.LambdaShimException;
import dev.lambdashim.maven.platform.Architecture;
import dev.lambdashim.maven.testing.DockerSupport;








import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.InvocationResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lambda:invoke's engine speaks its own terms: its own exception type, outcomes as an enum. */
class LocalInvokerTest {

    @TempDir
    Path dir;

    @Test
    void invokeFailsWithItsOwnExceptionType() {
        InvokeRequest request = new InvokeRequest(dir.resolve("missing.zip"), dir.resolve("work"), "f",
                List.of(new InvokeRequest.Event("{}", "{}".getBytes(StandardCharsets.UTF_8))), 1, 1, 3, 128, Map.of(),
                false, DockerSupport.RUN_IMAGE, null, Architecture.X86_64);
        List<String> log = new ArrayList<>();
        LambdaShimException e = assertThrows(LambdaShimException.class,
                () -> new LocalInvoker(log::add).invoke(request));
        assertEquals(LambdaInvokeException.class, e.getClass(), "not a packaging exception");
        assertTrue(e.getMessage().startsWith("There is no " + dir.resolve("missing.zip") + " to invoke: run mvn"
                + " package first"), e.getMessage());
    }

    @Test
    void everyOutcomeOfTheRuntimeApiHasOneOfItsOwn() {
        for (InvocationResult.Outcome outcome : InvocationResult.Outcome.values()) {
            assertEquals(outcome.name(), InvocationReport.Outcome.of(outcome).name());
        }
        assertTrue(new InvocationReport("id", InvocationReport.Outcome.TIMEOUT, "", 1, -1, -1, -1).failed());
        assertTrue(!new InvocationReport("id", InvocationReport.Outcome.RESPONSE, "", 1, -1, -1, -1).failed());
    }
}
