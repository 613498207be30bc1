package bench.overhead;

import dev.lambdashim.runtime.invocation.CurrentInvocation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What every log record reads of the invocation in progress (request and tenant id), one invocation at a time,
 * during an invocation and between two. Uses only what the runtime had before AWS_LAMBDA_MAX_CONCURRENCY, so the same
 * benchmark runs against the runtime before it (its CurrentInvocation class first on the classpath).
 */
public class CurrentInvocationBenchmark {

    /** An invocation in progress. */
    @State(Scope.Benchmark)
    public static class During {
        @Setup(Level.Iteration)
        public void begin() {
            CurrentInvocation.begin("8476a536-e9f4-11e8-9739-2dfe598c3fcd", "tenant", "Root=1");
        }
    }

    /** None in progress. */
    @State(Scope.Benchmark)
    public static class Between {
        @Setup(Level.Iteration)
        public void end() {
            CurrentInvocation.end();
        }
    }

    @Benchmark
    public void idsDuringAnInvocation(During during, Blackhole blackhole) {
        blackhole.consume(CurrentInvocation.requestId());
        blackhole.consume(CurrentInvocation.tenantId());
    }

    @Benchmark
    public void idsBetweenInvocations(Between between, Blackhole blackhole) {
        blackhole.consume(CurrentInvocation.requestId());
        blackhole.consume(CurrentInvocation.tenantId());
    }
}
