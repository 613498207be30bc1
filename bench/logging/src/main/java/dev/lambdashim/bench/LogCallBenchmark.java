package dev.lambdashim.bench;

import dev.lambdashim.runtime.log.LogAccess;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One log call on the hot path, through the runtime's own handler and print stream, each record framed and written
 * with one {@code write(2)} to {@code /dev/null}: what a handler pays per record, system call included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LogCallBenchmark {

    @Param({"TEXT", "JSON"})
    public String format;

    private FileOutputStream devNull;
    private Logger logger;
    private PrintStream out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        devNull = new FileOutputStream("/dev/null");
        logger = Logger.getLogger("bench.orders");
        logger.setUseParentHandlers(false);
        logger.addHandler(LogAccess.julHandler(devNull, format));
        out = LogAccess.printStream(devNull, format);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        devNull.close();
    }

    /** {@code logger.info(...)} through java.util.logging: record, level check, encode, frame, write. */
    @Benchmark
    public void julInfo() {
        logger.info("order 4711 shipped to customer 42");
    }

    /** {@code System.out.println(...)} as the runtime installs it: one record per println. */
    @Benchmark
    public void println() {
        out.println("order 4711 shipped to customer 42");
    }

    private final byte[] frame = new byte[16 + 80];

    /** Baseline: the one write(2) of an 80-byte frame alone, which every record above also pays. */
    @Benchmark
    public void rawWrite() throws IOException {
        devNull.write(frame, 0, frame.length);
    }

    /** A call below the level (FINE at INFO): what a disabled debug statement costs. */
    @Benchmark
    public void julFineFiltered() {
        logger.fine("order 4711 shipped to customer 42");
    }
}
