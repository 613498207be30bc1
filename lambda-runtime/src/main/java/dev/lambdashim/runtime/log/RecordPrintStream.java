package dev.lambdashim.runtime.log;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code System.out} or {@code System.err} as the runtime installs it: each {@code println}, and each print that
 * ends in a newline, becomes one record of the function's log, however many lines it holds; one
 * {@code printStackTrace} is one record.
 *
 * <p>{@code Throwable.printStackTrace} prints line by line while holding this stream's lock. When a throwable is
 * printed by a caller that already holds the lock, the whole trace is rendered here as one record, and the lines
 * the JDK then prints are recognised and dropped.
 */
public final class RecordPrintStream extends PrintStream {

    private final PendingRecord pending;
    /** The trace lines still expected from a {@code printStackTrace} in progress, or {@code null}. */
    private String[] traceLines;
    private int traceNext;

    public RecordPrintStream(LambdaLog log, LogLevel level) {
        this(new PendingRecord(log, level));
    }

    private RecordPrintStream(PendingRecord pending) {
        super(pending, true, StandardCharsets.UTF_8);
        this.pending = pending;
    }

    /** Writes what is pending as a record even without a newline: end of an invocation, exit. */
    void flushRecord() {
        synchronized (this) {
            pending.emit();
        }
    }

    private void begin() {
        pending.hold++;
    }

    /** @param line whether the call ended a line (println): the record ends whatever the bytes say */
    private void end(boolean line) {
        if (--pending.hold == 0) {
            if (line) {
                pending.emit();
            } else {
                pending.flush();
            }
        }
    }

    /** Whether this line belongs to a {@code printStackTrace} already written as a record. */
    private boolean isTraceLine(boolean outerLock, Object x) {
        if (traceLines == null) {
            return false;
        }
        if (outerLock && traceNext < traceLines.length && traceLines[traceNext].equals(String.valueOf(x))) {
            if (++traceNext == traceLines.length) {
                traceLines = null;
            }
            return true;
        }
        traceLines = null;
        return false;
    }

    @Override
    public void println(Object x) {
        boolean outerLock = Thread.holdsLock(this);
        synchronized (this) {
            if (isTraceLine(outerLock, x)) {
                return;
            }
            if (outerLock && x instanceof Throwable) {
                writeTrace((Throwable) x);
                return;
            }
            begin();
            try {
                super.println(x);
            } finally {
                end(true);
            }
        }
    }

    private void writeTrace(Throwable thrown) {
        StringWriter text = new StringWriter(1024);
        thrown.printStackTrace(new PrintWriter(text));
        String trace = text.toString();
        begin();
        try {
            super.print(trace);
        } finally {
            end(true);
        }
        String[] lines = trace.split("\r?\n");
        if (lines.length > 1) {
            traceLines = java.util.Arrays.copyOfRange(lines, 1, lines.length);
            traceNext = 0;
        }
    }

    @Override
    public void println(String x) {
        boolean outerLock = Thread.holdsLock(this);
        synchronized (this) {
            if (isTraceLine(outerLock, x)) {
                return;
            }
            begin();
            try {
                super.println(x);
            } finally {
                end(true);
            }
        }
    }

    @Override
    public void println() {
        synchronized (this) {
            traceLines = null;
            begin();
            try {
                super.println();
            } finally {
                end(true);
            }
        }
    }

    @Override
    public void println(boolean x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(char x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(int x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(long x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(float x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(double x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(char[] x) {
        println(new String(x));
    }

    @Override
    public void print(String s) {
        synchronized (this) {
            traceLines = null;
            begin();
            try {
                super.print(s);
            } finally {
                end(false);
            }
        }
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public PrintStream format(String format, Object... args) {
        return format(Locale.getDefault(Locale.Category.FORMAT), format, args);
    }

    @Override
    public PrintStream format(Locale l, String format, Object... args) {
        synchronized (this) {
            traceLines = null;
            begin();
            try {
                super.format(l, format, args);
            } finally {
                end(false);
            }
        }
        return this;
    }
}
