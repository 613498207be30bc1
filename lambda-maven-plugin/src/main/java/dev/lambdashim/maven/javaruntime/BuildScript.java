package dev.lambdashim.maven.javaruntime;

import dev.lambdashim.maven.error.LambdaPackagingException;

import dev.lambdashim.emulator.FunctionRunner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The files the runtime build runs: the build script, and the Runtime API emulator for the training run. */
final class BuildScript {

    static final String SCRIPT = "build-runtime.sh";
    /** The jlink steps both build scripts share, sourced from beside them. */
    static final String LINK_JRE = "link-jre.sh";
    /** The script's exit status when the JDK it runs on is not the Java version asked for. */
    static final int WRONG_JDK = 64;
    /** The script's exit status when a function on a layer needs modules the layer's runtime lacks. */
    static final int LAYER_LACKS_MODULES = 65;
    private static final Pattern LAYER_LACKS_LINE =
            Pattern.compile("lambda-shim: the layer lacks modules the function needs: (\\S+) \\(the layer has: (.*)\\)");
    private static final Pattern WRONG_JDK_LINE =
            Pattern.compile("lambda-shim: wrong JDK: (Java \\S+), not");

    private BuildScript() {
    }

    /** The build script's bytes with the shared piece's, for the cache keys: a change to either is a new build. */
    static byte[] script() throws LambdaPackagingException {
        return withLinking(SCRIPT);
    }

    /** Writes the script (and the shared piece it sources) into {@code directory} and returns its path. */
    static Path writeScript(Path directory) throws LambdaPackagingException {
        return writeScript(directory, SCRIPT);
    }

    /** The JDK the script found, from its output: "Java 21"; "another Java" when the line is missing. */
    static String jdkFound(List<String> output) {
        for (String line : output) {
            Matcher matcher = WRONG_JDK_LINE.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return "another Java";
    }

    /**
     * Why a function does not fit its layer, from the script's output: the modules it lacks, named, and the fix.
     */
    static String layerLacks(String handler, List<String> output) {
        for (String line : output) {
            Matcher matcher = LAYER_LACKS_LINE.matcher(line);
            if (matcher.find()) {
                String missing = matcher.group(1);
                String modules = missing.contains(",") ? "modules " + missing.replace(",", ", ") : "module " + missing;
                String elements = String.join("", java.util.Arrays.stream(missing.split(","))
                        .map(m -> "<module>" + m + "</module>").toList());
                return "The function " + handler + " needs the Java " + modules + ", which the layer lacks (it has "
                        + matcher.group(2).replace(" ", ", ") + "): add " + elements + " to the layer's <modules>"
                        + " (lambda:layer), or this function's coordinates to its <functions>, and build the layer"
                        + " again, or package this function with its own Java (<runtime>bundled</runtime>)";
            }
        }
        return "The function " + handler + " needs Java modules the layer lacks. Last lines:\n  "
                + String.join("\n  ", output);
    }

    /**
     * One of the plugin's build scripts, by name ({@code build-runtime.sh}, {@code build-layer.sh}), written into
     * {@code directory} with the shared piece it sources from beside itself ({@code link-jre.sh}).
     */
    static Path writeScript(Path directory, String name) throws LambdaPackagingException {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(LINK_JRE), script(LINK_JRE));
            Path script = directory.resolve(name);
            Files.write(script, script(name));
            return script;
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot write to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** A build script's bytes followed by the shared piece's. */
    static byte[] withLinking(String name) throws LambdaPackagingException {
        byte[] script = script(name);
        byte[] shared = script(LINK_JRE);
        byte[] both = java.util.Arrays.copyOf(script, script.length + shared.length);
        System.arraycopy(shared, 0, both, script.length, shared.length);
        return both;
    }

    static byte[] script(String name) throws LambdaPackagingException {
        try (InputStream in = BuildScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new LambdaPackagingException("the plugin's " + name + " resource is missing: a broken plugin");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the plugin's " + name + ": " + e.getMessage(), e);
        }
    }

    /** The emulator's jar (or classes directory, in the reactor's own tests), taken from the plugin's classpath. */
    static Path emulatorClasspath() throws LambdaPackagingException {
        try {
            return Path.of(FunctionRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new LambdaPackagingException("cannot locate the lambda-emulator on the plugin's classpath", e);
        }
    }
}
