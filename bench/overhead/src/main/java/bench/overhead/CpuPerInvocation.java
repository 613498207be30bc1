package bench.overhead;

import dev.lambdashim.runtime.DispatchAccess;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;

/**
 * The runtime's cost per invocation as this thread's CPU time rather than wall time (JMH's): on a machine shared
 * with other builds, wall time per call moves with the load, CPU time much less. The 2 KB record through the
 * runtime's binder and through databind, alternated in rounds in one JVM, C1 only as the bootstrap runs it.
 * Usage: java [bootstrap flags] -cp benchmarks.jar bench.overhead.CpuPerInvocation [rounds] [calls]
 */
public final class CpuPerInvocation {

    private CpuPerInvocation() {
    }

    public static void main(String[] args) throws Throwable {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Map<String, String> headers = Map.of("lambda-runtime-aws-request-id", "8476a536-e9f4-11e8-9739-2dfe598c3fcd",
                "lambda-runtime-deadline-ms", "1775738099000",
                "lambda-runtime-invoked-function-arn", "arn:aws:lambda:us-east-1:123456789012:function:bench");
        byte[] event;
        try (InputStream in = CpuPerInvocation.class.getResourceAsStream("/apigateway-proxy.json")) {
            event = in.readAllBytes();
        }
        DispatchAccess typed = DispatchAccess.of("bench.ApiGateway", headers);
        DispatchAccess databind = DispatchAccess.of("bench.ApiGatewayDatabind", headers);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (DispatchAccess access : new DispatchAccess[] {typed, databind}) {
            for (int i = 0; i < calls; i++) {
                access.invoke(event);
            }
        }
        if (!typed.lastResponse().equals(databind.lastResponse())) {
            throw new IllegalStateException(typed.lastResponse() + " vs " + databind.lastResponse());
        }
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round);
            for (DispatchAccess access : new DispatchAccess[] {typed, databind}) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < calls; i++) {
                    access.invoke(event);
                }
                double micros = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / calls;
                line.append(access == typed ? "  binder " : "  databind ").append(String.format("%.2f", micros));
            }
            System.out.println(line + " µs CPU per invocation");
        }
    }
}
