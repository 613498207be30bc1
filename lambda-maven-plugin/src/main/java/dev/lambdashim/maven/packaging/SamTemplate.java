package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.Architecture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A SAM template beside the zips ({@code target/template.yaml}), so that {@code sam deploy --guided} deploys the
 * project's functions as packaged, without hand edits: for each, runtime {@code provided.al2023}, the handler, its zip
 * as CodeUri, the architecture, memory and timeout. Written with Jackson's YAML generator, so every value is quoted as
 * YAML needs.
 */
public final class SamTemplate {

    static final String FILE_NAME = "template.yaml";

    /**
     * One function of the template.
     *
     * @param packageName the zip's base name, also the source of the resource's logical id
     * @param handler the handler
     * @param architecture the architecture
     * @param memoryMb the memory size in MB
     * @param timeoutSeconds the timeout in seconds
     * @param classifier the classifier its zip is attached with
     * @param layer the lambda-shim layer it runs on, or {@code null} for a zip with its own Java runtime
     */
    public record Function(String packageName, String handler, Architecture architecture, int memoryMb,
            int timeoutSeconds, String classifier, Layer layer) {

        /** A function with its own Java runtime. */
        public Function(String packageName, String handler, Architecture architecture, int memoryMb,
                int timeoutSeconds, String classifier) {
            this(packageName, handler, architecture, memoryMb, timeoutSeconds, classifier, null);
        }
    }

    /**
     * A layer functions of the template run on: an {@code AWS::Serverless::LayerVersion} that SAM publishes.
     *
     * @param name the layer's name (its zip's base name)
     * @param contentUri the layer zip, relative to the template's directory
     * @param architecture the architecture its Java runtime is for
     */
    public record Layer(String name, String contentUri, Architecture architecture) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private SamTemplate() {
    }

    static String render(String projectName, List<Function> functions) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode template = json.objectNode();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Transform", "AWS::Serverless-2016-10-31");
        template.put("Description", projectName + ", packaged by lambda-shim");
        ObjectNode resources = template.putObject("Resources");
        ObjectNode outputs = json.objectNode();
        Set<String> ids = new HashSet<>();
        Map<Layer, String> layerIds = new HashMap<>();
        for (Function function : functions) {
            String layerId = function.layer() == null ? null : layerIds.get(function.layer());
            if (function.layer() != null && layerId == null) {
                layerId = logicalId(function.layer().name(), ids, "Layer");
                layerIds.put(function.layer(), layerId);
                ObjectNode layer = resources.putObject(layerId).put("Type", "AWS::Serverless::LayerVersion")
                        .putObject("Properties");
                layer.put("LayerName", function.layer().name());
                layer.put("Description", "lambda-shim's Java runtime (lambda:layer)");
                layer.put("ContentUri", function.layer().contentUri());
                layer.putArray("CompatibleRuntimes").add("provided.al2023");
                layer.putArray("CompatibleArchitectures").add(function.layer().architecture().lambdaName());
            }
            String id = logicalId(function.packageName(), ids);
            ObjectNode properties = resources.putObject(id).put("Type", "AWS::Serverless::Function")
                    .putObject("Properties");
            properties.put("Runtime", "provided.al2023");
            properties.put("Handler", function.handler());
            properties.put("CodeUri", function.packageName() + ".zip");
            properties.putArray("Architectures").add(function.architecture().lambdaName());
            properties.put("MemorySize", function.memoryMb());
            properties.put("Timeout", function.timeoutSeconds());
            if (layerId != null) {
                properties.putArray("Layers").addObject().put("Ref", layerId);
            }
            // {"Ref": id} is the long form of !Ref, which a data-only YAML writer cannot emit.
            outputs.putObject(id + "Name").putObject("Value").put("Ref", id);
        }
        template.set("Outputs", outputs);
        try {
            return "# Written by lambda-maven-plugin (lambda:package); deploy with: sam deploy --guided\n"
                    + YAML.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    /** CloudFormation's logical ids are alphanumeric: {@code hello-world} becomes {@code HelloWorldFunction}. */
    static String logicalId(String packageName, Set<String> taken) {
        return logicalId(packageName, taken, "Function");
    }

    static String logicalId(String packageName, Set<String> taken, String suffix) {
        StringBuilder id = new StringBuilder();
        boolean upper = true;
        for (char c : packageName.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        String base = (id.length() == 0 || !Character.isLetter(id.charAt(0)) ? "F" + id : id) + suffix;
        String unique = base;
        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = base + n;
        }
        return unique;
    }

    public static Path write(Path directory, String projectName, List<Function> functions) throws LambdaPackagingException {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.writeString(file, render(projectName, functions), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
