package dev.lambdashim.maven.invoke;

import dev.lambdashim.maven.error.LambdaInvokeException;
import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.layerfile.LayerDescriptor;
import dev.lambdashim.maven.layerfile.LayerFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A function packaged on a lambda-shim layer runs locally as on Lambda: its zip has no {@code bootstrap}, the
 * layer's starts it. The layer is unpacked where {@code lambda:package} trained the function on it
 * ({@code target/lambda-shim/layers/<id>/}), so a start-up cache recorded on this machine maps here too.
 */
final class FunctionOnLayer {

    private FunctionOnLayer() {
    }

    /** @return the unpacked layer (Lambda's {@code /opt}), or {@code null} for a zip with a bootstrap of its own */
    static Path layerOf(InvokeRequest request, Path task, Consumer<String> log) throws LambdaInvokeException {
        if (Files.exists(task.resolve("bootstrap")) || !Files.exists(task.resolve("lambda-shim.classpath"))) {
            return null;
        }
        if (request.layerZip() == null || !Files.isRegularFile(request.layerZip())) {
            throw new LambdaInvokeException(request.zip() + " runs on a lambda-shim layer (it has no bootstrap of its"
                    + " own), and " + (request.layerZip() == null ? "no layer is known" : "its layer "
                    + request.layerZip() + " is gone") + ": package it with mvn package, which notes its layer, or"
                    + " name the layer with <layer> (-Dlambda.layer)");
        }
        try {
            LayerDescriptor layer = LayerDescriptor.read(request.layerZip(), request.layerZip().toString());
            Path note = task.resolve("lambda-shim.layer");
            String trainedOn = Files.exists(note) ? Files.readString(note).strip() : "";
            if (!trainedOn.equals(layer.id())) {
                log.accept("The function was packaged on another build of the layer than " + request.layerZip()
                        + " (" + layer.shortId() + "): it starts without its start-up cache (package it again)");
            }
            log.accept("On the layer " + request.layerZip().getFileName() + " (" + layer.shortId() + ", Java "
                    + layer.javaRuntimeVersion() + ")");
            return LayerFiles.unpack(request.layerZip(), layer, request.workDirectory().getParent());
        } catch (LambdaPackagingException e) {
            throw new LambdaInvokeException(e.getMessage(), e);
        } catch (IOException e) {
            throw new LambdaInvokeException("cannot read " + task.resolve("lambda-shim.layer") + ": " + e.getMessage(),
                    e);
        }
    }
}
