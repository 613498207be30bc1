package dev.lambdashim.maven;

import dev.lambdashim.emulator.FunctionRunner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files the runtime build runs: the build script, and the Runtime API emulator for the training run. */
final class BuildTools {

    static final String SCRIPT = "build-runtime.sh";

    private BuildTools() {
    }

    static byte[] script() throws LambdaPackagingException {
        try (InputStream in = BuildTools.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new LambdaPackagingException("the plugin's " + SCRIPT + " resource is missing: a broken plugin");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the plugin's " + SCRIPT + ": " + e.getMessage(), e);
        }
    }

    /** Writes the script into {@code directory} and returns its path. */
    static Path writeScript(Path directory) throws LambdaPackagingException {
        try {
            Files.createDirectories(directory);
            Path script = directory.resolve(SCRIPT);
            Files.write(script, script());
            return script;
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot write to " + directory + ": " + e.getMessage(), e);
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
