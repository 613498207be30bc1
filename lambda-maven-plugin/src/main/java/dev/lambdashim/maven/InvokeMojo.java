package dev.lambdashim.maven;

import dev.lambdashim.maven.error.LambdaInvokeException;
import dev.lambdashim.maven.error.LambdaShimException;
import dev.lambdashim.maven.invoke.InvocationReport;
import dev.lambdashim.maven.invoke.InvokeRequest;
import dev.lambdashim.maven.invoke.LocalInvoker;
import dev.lambdashim.maven.platform.Architecture;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lambdashim.maven.layerfile.LayerReference;
import dev.lambdashim.maven.packaging.PackageRequest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * Runs the packaged function locally the way Lambda will: the zip's own {@code bootstrap}, in a container of the run
 * image (or on this machine with {@code -Dlambda.docker=false}), against a local Runtime API. Prints each response,
 * the function's log, and a REPORT line (init duration on a cold start, duration, max memory used). An error
 * response fails the goal unless {@code -Dlambda.expectError=true}. Run after {@code package}:
 * {@code mvn package lambda:invoke}.
 */
@Mojo(name = "invoke", threadSafe = true)
public class InvokeMojo extends FunctionMojo {

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    private final RepositorySystem repositorySystem;

    @Inject
    public InvokeMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    /** Characters of the last response printed; the rest is counted. */
    private static final int SHOWN_RESPONSE_CHARS = 65536;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A file holding the event (JSON), e.g. {@code -Dlambda.event=src/lambda/events/hello.json}. Default: none, the
     * event is then {@code eventJson}'s. Give one of the two.
     */
    @Parameter(property = "lambda.event")
    File event;

    /**
     * The event itself, e.g. <code>-Dlambda.eventJson='{"name":"World"}'</code>, sent as given. Default: the empty
     * JSON object <code>{}</code> when {@code event} is not set either.
     */
    @Parameter(property = "lambda.eventJson")
    String eventJson;

    /** Invoke this many times (1 or more), warm after the first, and print min/median/max duration. */
    @Parameter(property = "lambda.invocations", defaultValue = "1")
    int invocations;

    /**
     * How many invocations the function runs at once, as on Lambda Managed Instances: over 1, the function gets
     * {@code AWS_LAMBDA_MAX_CONCURRENCY} set to it and the invocations are sent that many at a time (1 to 100).
     */
    @Parameter(property = "lambda.concurrency", defaultValue = "1")
    int concurrency;

    /** Expect an error response: the goal then fails if the function answers normally instead. */
    @Parameter(property = "lambda.expectError", defaultValue = "false")
    boolean expectError;

    /**
     * Environment variables for the function, set in the POM as
     * {@code <environment><GREETING>Hi</GREETING></environment>}; a map, so it has no {@code -D} property. Default:
     * none beyond Lambda's own variables (and, with {@code -Dlambda.docker=false}, {@code PATH}, {@code HOME},
     * {@code USER}, {@code LOGNAME}, {@code LANG}, {@code LANGUAGE}, {@code LC_*}, {@code TZ}, {@code TMPDIR} and
     * {@code JAVA_HOME} of Maven's environment, nothing else).
     */
    @Parameter
    Map<String, String> environment;

    /** The image the function runs in, standing in for Lambda's {@code provided.al2023}: Java-free on purpose. */
    @Parameter(property = "lambda.runImage", defaultValue = "public.ecr.aws/lambda/provided:al2023")
    String runImage;

    @Override
    public void execute() throws MojoFailureException {
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping lambda:invoke: " + project.getArtifactId() + " has pom packaging, no function");
            return;
        }
        try {
            Inputs.packageName(packageName);
            Inputs.invocations(invocations);
            Inputs.concurrency(concurrency);
            Inputs.timeout(timeout);
            Inputs.memorySize(memorySize);
            Path target = Path.of(project.getBuild().getDirectory());
            InvokeRequest request = new InvokeRequest(target.resolve(packageName + ".zip"),
                    target.resolve("lambda-shim/invoke"), packageName, List.of(event()), invocations,
                    concurrency, timeout, memorySize, environment == null ? Map.of() : new HashMap<>(environment),
                    docker, runImage, dockerHost, Architecture.parse(architecture), layerZip(target));
            List<InvocationReport> reports = new LocalInvoker(getLog()::info).invoke(request);
            report(reports);
        } catch (LambdaShimException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /**
     * The layer a function on one runs on: the very zip {@code lambda:package} packaged it on (its cache was recorded
     * there), else {@code <layer>}; {@code null} when neither (a function with its own bootstrap needs none).
     */
    private Path layerZip(Path target) throws LambdaShimException {
        Path note = PackageRequest.layerNote(target.resolve("lambda-shim"), packageName);
        try {
            if (Files.isRegularFile(note) && Files.isRegularFile(Path.of(Files.readString(note).strip()))) {
                return Path.of(Files.readString(note).strip());
            }
        } catch (IOException e) {
            throw new LambdaShimException("cannot read " + note + ": " + e.getMessage(), e);
        }
        if (layer != null && !layer.isBlank()) {
            return LayerReference.resolve(layer, project.getBasedir().toPath(), repositorySystem,
                    session.getRepositorySession(), project.getRemoteProjectRepositories());
        }
        return null;
    }

    private InvokeRequest.Event event() throws LambdaInvokeException {
        if (event != null && eventJson != null) {
            throw new LambdaInvokeException("Both <event> (-Dlambda.event) and <eventJson> (-Dlambda.eventJson)"
                    + " are set: give one");
        }
        if (event != null) {
            if (!event.isFile()) {
                throw new LambdaInvokeException("<event> (-Dlambda.event) " + event + " does not exist: give a"
                        + " JSON file, or the JSON itself with <eventJson> (-Dlambda.eventJson)");
            }
            try {
                return json("<event> (-Dlambda.event) " + event, event.getName(),
                        Files.readAllBytes(event.toPath()));
            } catch (IOException e) {
                throw new LambdaInvokeException("cannot read <event> (-Dlambda.event) " + event + ": "
                        + e.getMessage(), e);
            }
        }
        // Given inline, the bytes are sent as they are: a StreamHandler may take any (examples/stream).
        return new InvokeRequest.Event("-Dlambda.eventJson",
                (eventJson == null ? "{}" : eventJson).getBytes(StandardCharsets.UTF_8));
    }

    /** An event file is JSON, as Lambda's events are: anything else is refused here, naming the file. */
    private static InvokeRequest.Event json(String what, String name, byte[] payload)
            throws LambdaInvokeException {
        if (new String(payload, StandardCharsets.UTF_8).isBlank()) {
            throw new LambdaInvokeException(what + " is empty: Lambda events are JSON, e.g. {}");
        }
        try (JsonParser parser = MAPPER.createParser(payload)) {
            MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new LambdaInvokeException(what + " holds more than one JSON value: give one event");
            }
        } catch (JsonProcessingException e) {
            throw new LambdaInvokeException(what + " is not JSON (" + e.getOriginalMessage().lines().findFirst()
                    .orElse("") + "): Lambda events are JSON", e);
        } catch (IOException e) {
            throw new LambdaInvokeException("cannot read " + what + ": " + e.getMessage(), e);
        }
        return new InvokeRequest.Event(name, payload);
    }

    private void report(List<InvocationReport> reports) throws MojoFailureException {
        InvocationReport last = reports.get(reports.size() - 1);
        getLog().info("");
        getLog().info(last.failed() ? "Error response:" : "Response:");
        String body = last.body();
        if (body.length() > SHOWN_RESPONSE_CHARS) {
            // A streamed response may be up to 200 MB: show its start, not the whole of it.
            body = body.substring(0, SHOWN_RESPONSE_CHARS) + "\n... (" + (body.length() - SHOWN_RESPONSE_CHARS)
                    + " more characters)";
        }
        for (String line : pretty(body).split("\n")) {
            getLog().info("  " + line);
        }
        if (reports.size() > 1) {
            List<Double> warm = new ArrayList<>();
            for (InvocationReport r : reports.subList(1, reports.size())) {
                warm.add(r.durationMs());
            }
            warm.sort(null);
            getLog().info(String.format(java.util.Locale.ROOT,
                    "%d invocations: cold %.2f ms; warm min %.2f ms, median %.2f ms, max %.2f ms", reports.size(),
                    reports.get(0).durationMs(), warm.get(0), warm.get(warm.size() / 2), warm.get(warm.size() - 1)));
        }
        long failures = reports.stream().filter(InvocationReport::failed).count();
        if (failures > 0 && !expectError) {
            throw new MojoFailureException(failures + " of " + reports.size() + " invocations failed (" + last.outcome()
                    + "): " + last.body() + ". If an error is what you want to see, add -Dlambda.expectError=true");
        }
        if (failures == 0 && expectError) {
            throw new MojoFailureException("An error was expected (lambda.expectError) but the function answered: "
                    + last.body());
        }
    }

    /** Pretty JSON when the body is JSON, else the body as it is. */
    static String pretty(String body) {
        try {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            return mapper.writeValueAsString(mapper.readTree(body));
        } catch (IOException | RuntimeException e) {
            return body;
        }
    }
}
