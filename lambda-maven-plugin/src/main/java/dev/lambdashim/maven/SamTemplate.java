package dev.lambdashim.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A SAM template beside the zip ({@code target/template.yaml}), so that {@code sam deploy --guided} deploys the
 * function as packaged, without hand edits: runtime {@code provided.al2023}, the handler, the zip as CodeUri, the
 * architecture, memory and timeout.
 */
final class SamTemplate {

    static final String FILE_NAME = "template.yaml";

    private SamTemplate() {
    }

    static String render(String functionName, String handler, String zipName, Architecture architecture,
            int memoryMb, int timeoutSeconds) {
        return "# Written by lambda-maven-plugin (lambda:package); deploy with: sam deploy --guided\n"
                + "AWSTemplateFormatVersion: '2010-09-09'\n"
                + "Transform: AWS::Serverless-2016-10-31\n"
                + "Description: " + functionName + ", packaged by lambda-shim\n"
                + "Resources:\n"
                + "  Function:\n"
                + "    Type: AWS::Serverless::Function\n"
                + "    Properties:\n"
                + "      Runtime: provided.al2023\n"
                + "      Handler: '" + handler.replace("'", "''") + "'\n"
                + "      CodeUri: " + zipName + "\n"
                + "      Architectures:\n"
                + "        - " + architecture.lambdaName() + "\n"
                + "      MemorySize: " + memoryMb + "\n"
                + "      Timeout: " + timeoutSeconds + "\n"
                + "Outputs:\n"
                + "  FunctionName:\n"
                + "    Value: !Ref Function\n";
    }

    static Path write(Path directory, String functionName, String handler, String zipName, Architecture architecture,
            int memoryMb, int timeoutSeconds) throws LambdaPackagingException {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.writeString(file, render(functionName, handler, zipName, architecture, memoryMb, timeoutSeconds),
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
