package dev.lambdashim.maven;

import dev.lambdashim.maven.error.LambdaShimException;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.packaging.ZipAssembler;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Checks of the values a user configures, each failing with a message that names the POM element, its {@code -D}
 * property and what is accepted. The mojos call them before anything is written.
 */
final class Inputs {

    /** What Lambda tooling (the CLI, SAM's CodeUri) takes as a zip's file name: no directory part, no traversal. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    /** Lambda's limits on a function's memory (MB) and timeout (seconds). */
    static final int MIN_MEMORY = 128;
    static final int MAX_MEMORY = 10_240;
    static final int MAX_TIMEOUT = 900;
    /** Invocations in flight at once that a local run serves: each holds a thread of the emulator's server. */
    static final int MAX_CONCURRENCY = 100;

    private Inputs() {
    }

    /** @return the name, when it is a plain file name (the zip is {@code target/<packageName>.zip}) */
    static String packageName(String name) throws LambdaShimException {
        if (name == null || !FILE_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new LambdaShimException("<packageName> (-Dlambda.packageName) is '" + name + "': it must be a"
                    + " file name of letters, digits, '-', '_' and '.' (not '.' or '..'), such as my-function; the"
                    + " zip is target/<packageName>.zip");
        }
        return name;
    }

    static int memorySize(int mb) throws LambdaShimException {
        if (mb < MIN_MEMORY || mb > MAX_MEMORY) {
            throw new LambdaShimException("<memorySize> (-Dlambda.memorySize) is " + mb + ": Lambda allows "
                    + MIN_MEMORY + " to " + MAX_MEMORY + " MB");
        }
        return mb;
    }

    static int timeout(int seconds) throws LambdaShimException {
        if (seconds < 1 || seconds > MAX_TIMEOUT) {
            throw new LambdaShimException("<timeout> (-Dlambda.timeout) is " + seconds + ": Lambda allows 1 to "
                    + MAX_TIMEOUT + " seconds");
        }
        return seconds;
    }

    static int concurrency(int count) throws LambdaShimException {
        if (count < 1 || count > MAX_CONCURRENCY) {
            throw new LambdaShimException("<concurrency> (-Dlambda.concurrency) is " + count + ": give 1 to "
                    + MAX_CONCURRENCY + " invocations in flight at once (AWS_LAMBDA_MAX_CONCURRENCY of Lambda Managed"
                    + " Instances; 1 is Lambda's default, one at a time)");
        }
        return count;
    }

    static int invocations(int count) throws LambdaShimException {
        if (count < 1) {
            throw new LambdaShimException("<invocations> (-Dlambda.invocations) is " + count + ": give 1 or more");
        }
        return count;
    }

    /**
     * The time stamped on every zip entry: ISO-8601 or seconds since the epoch; unset, a fixed date, so that the zip is
     * reproducible either way.
     */
    static Instant outputTimestamp(String value) throws LambdaPackagingException {
        if (value == null || value.isBlank()) {
            return ZipAssembler.DEFAULT_TIMESTAMP;
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(v));
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new LambdaPackagingException("<outputTimestamp> (project.build.outputTimestamp) is '" + value
                    + "': expected ISO-8601 like 2026-01-01T00:00:00Z or seconds since the epoch", e);
        }
    }

    /** The attached zip's classifier when none is configured: {@code lambda}, or the function's own name. */
    static String defaultClassifier(String packageName, String artifactId, int packageExecutions) {
        return packageExecutions <= 1 || packageName.equals(artifactId) ? "lambda" : packageName;
    }

    /** @return the classifier, when it is one Maven can publish as part of a file name */
    static String classifier(String classifier) throws LambdaShimException {
        if (!FILE_NAME.matcher(classifier).matches()) {
            throw new LambdaShimException("<classifier> (-Dlambda.classifier) is '" + classifier + "': it must be"
                    + " letters, digits, '-', '_' and '.', such as worker; it names the attached zip in a repository");
        }
        return classifier;
    }

    /** @return the layer's name, when it is a plain file name (the zip is {@code target/<layerName>.zip}) */
    static String layerName(String name) throws LambdaShimException {
        if (name == null || !FILE_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new LambdaShimException("<layerName> (-Dlambda.layerName) is '" + name + "': it must be a file name"
                    + " of letters, digits, '-', '_' and '.' (not '.' or '..'), such as lambda-shim-java25; the layer"
                    + " is target/<layerName>.zip, and Lambda's layer name");
        }
        return name;
    }

    /** @return {@code true} for a function on a layer, {@code false} for one with its own Java runtime */
    static boolean onLayer(String runtime) throws LambdaShimException {
        String value = runtime == null ? "" : runtime.strip();
        if (value.equals("layer")) {
            return true;
        }
        if (value.equals("bundled")) {
            return false;
        }
        throw new LambdaShimException("<runtime> (-Dlambda.runtime) is '" + runtime + "': give bundled (a Java runtime"
                + " in the function's zip, the default) or layer (the Java runtime of a lambda-shim layer, named by"
                + " <layer>)");
    }
}
