package dev.lambdashim.maven.invoke;

import dev.lambdashim.maven.platform.Architecture;





import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** lambda:invoke tells an emulated run from a native one, in its REPORT line. */
class EmulationReportTest {

    private static final InvocationReport REPORT = new InvocationReport("id", InvocationReport.Outcome.RESPONSE,
            "\"hi\"", 12.5, 800.25, 40, -1);

    @Test
    void aFunctionOfAnotherArchitectureThanTheMachineIsEmulated() {
        InvocationReport.Emulation emulation = LocalInvoker.emulation(Architecture.ARM64, "x86_64");
        assertEquals(new InvocationReport.Emulation(Architecture.ARM64, "x86_64"), emulation);
        assertNull(LocalInvoker.emulation(Architecture.ARM64, "aarch64"), "arm64 on arm64");
        assertNull(LocalInvoker.emulation(Architecture.X86_64, "amd64"), "Java's name for x86_64");
        assertNull(LocalInvoker.emulation(Architecture.X86_64, "riscv64"), "an unknown machine is not claimed");
    }

    @Test
    void theReportLineSaysSoAndThatTheDurationsAreNotLambdas() {
        String line = REPORT.reportLine(512, new InvocationReport.Emulation(Architecture.ARM64, "x86_64"));
        assertTrue(line.endsWith("\tInit Duration: 800.25 ms\tArchitecture: arm64 (emulated on x86_64: durations are"
                + " not Lambda's)"), line);
        assertTrue(REPORT.reportLine(512, null).endsWith("\tInit Duration: 800.25 ms"), "native: as Lambda's");
    }
}
