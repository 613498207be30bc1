package dev.lambdashim.maven;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.error.LambdaShimException;
import dev.lambdashim.maven.javaruntime.JavaRuntimeSettings;
import dev.lambdashim.maven.packaging.AwsCompat;
import dev.lambdashim.maven.layerfile.LayerDescriptor;
import dev.lambdashim.maven.layerfile.LayerReference;
import dev.lambdashim.maven.packaging.ClasspathEntry;
import dev.lambdashim.maven.packaging.FunctionLayer;
import dev.lambdashim.maven.packaging.LambdaPackager;
import dev.lambdashim.maven.packaging.PackageRequest;
import dev.lambdashim.maven.packaging.PackageResult;
import dev.lambdashim.maven.packaging.RuntimeArtifacts;
import dev.lambdashim.maven.packaging.SamTemplate;
import dev.lambdashim.maven.platform.Architecture;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;

/**
 * Builds the function's deployment zip, {@code target/<packageName>.zip}, for Lambda's {@code provided.al2023}
 * runtime: the {@code bootstrap} launcher, the lambda-shim runtime, the function's classes and its runtime
 * dependencies. The zip is attached to the project (type {@code zip}, classifier {@code lambda} by default) so that
 * {@code install} and {@code deploy} publish it.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class PackageMojo extends FunctionMojo {

    private static final String FUNCTIONS_KEY = "dev.lambdashim.functions";

    /**
     * The function's handler: {@code pkg.Class} (implementing {@code Handler}, {@code StreamHandler},
     * {@code StreamingHandler} or the JDK's {@code HttpHandler}) or {@code pkg.Class::method}, checked with the
     * runtime's own rules before anything is packaged. Baked into the zip as the default, so Lambda's Handler setting
     * may repeat it or be a placeholder such as {@code default}; a different class named there still wins. Required:
     * no default.
     */
    @Parameter(property = "lambda.handler")
    String handler;

    /** Skips packaging. A {@code pom}-packaged project is always skipped (it has no code). */
    @Parameter(property = "lambda.skip", defaultValue = "false")
    boolean skip;

    /**
     * The time stamped on every zip entry, ISO-8601 or seconds since the epoch. Default: the project's
     * {@code project.build.outputTimestamp}, else a fixed date (2000-01-01). Either way, two builds of the same
     * sources give zips with byte-identical entries.
     */
    @Parameter(property = "lambda.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /**
     * Links a Java runtime for the function into the zip ({@code jre/}) and records a start-up cache on it.
     * {@code false} makes a zip without Java, for a runtime supplied another way (a Lambda layer); its
     * {@code bootstrap} then uses {@code JAVA_HOME} or the {@code java} on {@code PATH}.
     */
    @Parameter(property = "lambda.bundleJava", defaultValue = "true")
    boolean bundleJava;

    /**
     * Where the function's Java runtime comes from: {@code bundled}, linked into its own zip with the start-up cache
     * ({@code jre/}, {@code bootstrap}); or {@code layer}, the runtime of the lambda-shim layer named by
     * {@code <layer>}: the zip then holds only the function's own jars and its start-up cache, recorded on the layer's
     * runtime, and Lambda starts the layer's {@code /opt/bootstrap}.
     */
    @Parameter(property = "lambda.runtime", defaultValue = "bundled")
    String runtime;

    /**
     * The build image: a JDK on Amazon Linux 2023 with {@code jlink}, of the {@code javaVersion}. Default: Amazon
     * Corretto, {@code public.ecr.aws/amazoncorretto/amazoncorretto:<javaVersion>-al2023-jdk}. Pulled only when
     * absent.
     */
    @Parameter(property = "lambda.image")
    String image;

    /**
     * The Java version the function runs on: 17, 21 or 25. Default: 25 with Docker, which records the JDK's AOT
     * cache (classes loaded and linked, method profiles), the fastest cold start measured (see Performance); without
     * Docker, the version of the JDK running Maven, whose runtime goes into the zip (a set value must then match it).
     * 17 and 21 record AppCDS.
     */
    @Parameter(property = "lambda.javaVersion")
    Integer javaVersion;

    /**
     * Sample events ({@code *.json}) for the build's training run, which records the start-up cache; without any,
     * the function is called once with <code>{}</code>. Representative events give a better cache.
     */
    @Parameter(property = "lambda.eventsDirectory", defaultValue = "${project.basedir}/src/lambda/events")
    File eventsDirectory;

    /** Writes a SAM template ({@code target/template.yaml}) beside the zip, ready for {@code sam deploy}. */
    @Parameter(property = "lambda.samTemplate", defaultValue = "true")
    boolean samTemplate;

    /**
     * The classifier of the attached zip artifact (letters, digits, {@code -}, {@code _} and {@code .}). Default:
     * {@code lambda} for a project's only function (or the one whose {@code packageName} is the artifactId); in a
     * project with several {@code lambda:package} executions, each other function's {@code packageName}, so a second
     * function needs nothing but its own {@code packageName}.
     */
    @Parameter(property = "lambda.classifier")
    String classifier;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    private final MavenProjectHelper projectHelper;
    private final RepositorySystem repositorySystem;

    @Inject
    public PackageMojo(MavenProjectHelper projectHelper, RepositorySystem repositorySystem) {
        this.projectHelper = projectHelper;
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping lambda:package (lambda.skip)");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping lambda:package: " + project.getArtifactId() + " has pom packaging, no code");
            return;
        }
        if (handler == null || handler.isBlank()) {
            throw new MojoFailureException("No handler configured: add <handler>com.example.Handler</handler> (or"
                    + " com.example.Functions::method) to the lambda-maven-plugin's <configuration>, or pass"
                    + " -Dlambda.handler=...");
        }
        try {
            // Every value is checked before anything is written.
            boolean onLayer = Inputs.onLayer(runtime);
            Inputs.packageName(packageName);
            Inputs.memorySize(memorySize);
            Inputs.timeout(timeout);
            String classifier = this.classifier == null || this.classifier.isBlank()
                    ? Inputs.defaultClassifier(packageName, project.getArtifactId(), packageExecutions())
                    : Inputs.classifier(this.classifier.strip());
            Map<String, SamTemplate.Function> functions = functionsOfThisBuild();
            if (functions.containsKey(packageName)) {
                throw new LambdaPackagingException("Two executions of lambda:package in " + project.getArtifactId()
                        + " write target/" + packageName + ".zip: give each execution its own <packageName>");
            }
            if (functions.values().stream().anyMatch(f -> f.classifier().equals(classifier))) {
                throw new LambdaPackagingException("Two executions of lambda:package in " + project.getArtifactId()
                        + " attach a zip with classifier '" + classifier + "': give each execution its own"
                        + " <classifier>");
            }
            Architecture arch = Architecture.parse(architecture);
            FunctionLayer functionLayer = onLayer ? functionLayer(arch) : null;
            List<ClasspathEntry> dependencies = dependencies();
            PackageRequest request = new PackageRequest(handler.strip(), packageName,
                    Path.of(project.getBuild().getOutputDirectory()), dependencies,
                    RuntimeArtifacts.resolve(repositorySystem, session.getRepositorySession(),
                            project.getRemoteProjectRepositories(), plugin.getVersion(),
                            AwsCompat.usesAwsHandlerApi(dependencies)),
                    Path.of(project.getBuild().getDirectory()),
                    Path.of(project.getBuild().getDirectory(), "lambda-shim"),
                    Inputs.outputTimestamp(outputTimestamp), arch, javaRuntimeSettings(functionLayer), functionLayer);
            PackageResult result = new LambdaPackager(getLog()::info).packageFunction(request);
            result.warnings().forEach(getLog()::warn);
            Path target = result.zipFile().getParent();
            functions.put(packageName, new SamTemplate.Function(packageName, handler.strip(),
                    request.architecture(), memorySize, timeout, classifier, functionLayer == null ? null
                            : new SamTemplate.Layer(functionLayer.zip().getFileName().toString().replaceFirst(
                                    "\\.zip$", ""), target.toAbsolutePath().relativize(
                                            functionLayer.zip().toAbsolutePath()).toString().replace('\\', '/'),
                                    functionLayer.descriptor().architecture())));
            if (samTemplate) {
                // One template for the project: every function packaged so far in this build, this one last.
                SamTemplate.write(result.zipFile().getParent(), project.getArtifactId(),
                        new ArrayList<>(functions.values()));
            }
            projectHelper.attachArtifact(project, "zip", classifier, result.zipFile().toFile());
        } catch (LambdaShimException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /**
     * The functions this build has packaged in this project so far, kept in the project's context (shared by the
     * executions of one project, which run one after the other; other projects have their own).
     */
    @SuppressWarnings("unchecked")
    private Map<String, SamTemplate.Function> functionsOfThisBuild() {
        Object known = project.getContextValue(FUNCTIONS_KEY);
        if (!(known instanceof Map)) {
            known = new LinkedHashMap<String, SamTemplate.Function>();
            project.setContextValue(FUNCTIONS_KEY, known);
        }
        return (Map<String, SamTemplate.Function>) known;
    }

    /** How many executions of {@code lambda:package} the project's POM declares (none when run from the CLI). */
    private int packageExecutions() {
        Plugin self = project.getPlugin(plugin.getPluginLookupKey());
        return self == null ? 0 : (int) self.getExecutions().stream().filter(e -> e.getGoals().contains("package"))
                .count();
    }

    /** The layer of {@code <layer>}, found and checked against the function. */
    private FunctionLayer functionLayer(Architecture arch) throws LambdaPackagingException {
        if (!bundleJava) {
            throw new LambdaPackagingException("<bundleJava>false</bundleJava> (-Dlambda.bundleJava=false) and"
                    + " <runtime>layer</runtime> (-Dlambda.runtime=layer) both say where Java comes from: a function on"
                    + " a layer gets the layer's, so drop <bundleJava>");
        }
        Path zip = LayerReference.resolve(layer, project.getBasedir().toPath(), repositorySystem,
                session.getRepositorySession(), project.getRemoteProjectRepositories());
        FunctionLayer functionLayer = new FunctionLayer(zip, LayerDescriptor.read(zip, layer));
        functionLayer.check(arch, javaVersion, docker, Runtime.version().feature());
        return functionLayer;
    }

    private JavaRuntimeSettings javaRuntimeSettings(FunctionLayer functionLayer) throws LambdaPackagingException {
        if (!bundleJava) {
            return JavaRuntimeSettings.NONE;
        }
        int version = functionLayer != null ? functionLayer.descriptor().javaVersion()
                : JavaRuntimeSettings.resolveJavaVersion(javaVersion, docker, Runtime.version().feature());
        String buildImage = image == null || image.isBlank() ? JavaRuntimeSettings.defaultImage(version) : image.strip();
        return new JavaRuntimeSettings(true, docker, buildImage, version,
                eventsDirectory == null ? null : eventsDirectory.toPath(), dockerHost);
    }

    private List<ClasspathEntry> dependencies() {
        List<ClasspathEntry> entries = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            File file = artifact.getFile();
            if (file != null && file.isFile() && artifact.getArtifactHandler().isAddedToClasspath()) {
                entries.add(new ClasspathEntry(artifact.getGroupId(), artifact.getArtifactId(),
                        artifact.getBaseVersion(), artifact.getClassifier(), file.toPath()));
            }
        }
        return entries;
    }
}
