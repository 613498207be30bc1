package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.platform.Architecture;




import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The template is YAML whatever the values hold: what SAM reads back is exactly what was configured. */
class SamTemplateTest {

    @Test
    void valuesThatYamlWouldMisreadAreQuoted() throws Exception {
        // A ": " or " #" unquoted would end the value or start a comment; "yes", "0.10" and "~" change type.
        String yaml = SamTemplate.render("orders: api #2", List.of(
                new SamTemplate.Function("yes", "example.O'Hare::handle #1", Architecture.ARM64, 1024, 60, "lambda"),
                new SamTemplate.Function("0.10", "example.Tilde", Architecture.X86_64, 128, 900, "other")));
        JsonNode template = new YAMLMapper().readTree(yaml);
        assertEquals("2010-09-09", template.get("AWSTemplateFormatVersion").textValue());
        assertEquals("orders: api #2, packaged by lambda-shim", template.get("Description").textValue());
        JsonNode yes = template.at("/Resources/YesFunction/Properties");
        assertEquals("AWS::Serverless::Function", template.at("/Resources/YesFunction/Type").textValue());
        assertEquals("provided.al2023", yes.get("Runtime").textValue());
        assertEquals("example.O'Hare::handle #1", yes.get("Handler").textValue());
        assertEquals("yes.zip", yes.get("CodeUri").textValue());
        assertEquals("arm64", yes.get("Architectures").get(0).textValue());
        assertEquals(1024, yes.get("MemorySize").intValue());
        assertEquals(60, yes.get("Timeout").intValue());
        JsonNode other = template.at("/Resources/F010Function/Properties");
        assertEquals("0.10.zip", other.get("CodeUri").textValue());
        assertEquals("x86_64", other.get("Architectures").get(0).textValue());
        assertEquals("YesFunction", template.at("/Outputs/YesFunctionName/Value/Ref").textValue());
        assertTrue(yaml.startsWith("# Written by lambda-maven-plugin"), yaml);
    }

    @Test
    void functionsOnALayerListItAndTheLayerIsDeclaredOnce() throws Exception {
        SamTemplate.Layer layer = new SamTemplate.Layer("lambda-shim-java25-x86_64",
                "../../layer/target/lambda-shim-java25-x86_64.zip", Architecture.X86_64);
        String yaml = SamTemplate.render("orders", List.of(
                new SamTemplate.Function("orders-api", "example.Orders", Architecture.X86_64, 512, 30, "lambda", layer),
                new SamTemplate.Function("orders-worker", "example.Worker", Architecture.X86_64, 512, 30, "worker",
                        layer),
                new SamTemplate.Function("bundled", "example.Other", Architecture.X86_64, 512, 30, "other")));
        JsonNode template = new YAMLMapper().readTree(yaml);
        JsonNode declared = template.at("/Resources/LambdaShimJava25X8664Layer");
        assertEquals("AWS::Serverless::LayerVersion", declared.get("Type").textValue());
        assertEquals("lambda-shim-java25-x86_64", declared.at("/Properties/LayerName").textValue());
        assertEquals("../../layer/target/lambda-shim-java25-x86_64.zip", declared.at("/Properties/ContentUri").textValue());
        assertEquals("provided.al2023", declared.at("/Properties/CompatibleRuntimes/0").textValue());
        assertEquals("x86_64", declared.at("/Properties/CompatibleArchitectures/0").textValue());
        assertEquals("LambdaShimJava25X8664Layer",
                template.at("/Resources/OrdersApiFunction/Properties/Layers/0/Ref").textValue());
        assertEquals("LambdaShimJava25X8664Layer",
                template.at("/Resources/OrdersWorkerFunction/Properties/Layers/0/Ref").textValue());
        assertTrue(template.at("/Resources/BundledFunction/Properties/Layers").isMissingNode());
        assertEquals(4, template.get("Resources").size(), "one layer, three functions");
    }

    @Test
    void logicalIdsAreAlphanumericAndUnique() {
        Set<String> taken = new TreeSet<>();
        assertEquals("HelloWorldFunction", SamTemplate.logicalId("hello-world", taken));
        assertEquals("HelloWorldFunction2", SamTemplate.logicalId("hello_world", taken));
        assertEquals("F2faFunction", SamTemplate.logicalId("2fa", taken));
    }
}
