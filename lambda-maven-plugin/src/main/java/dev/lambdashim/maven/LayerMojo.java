package dev.lambdashim.maven;

import dev.lambdashim.maven.error.LambdaShimException;
import dev.lambdashim.maven.javaruntime.JavaRuntimeSettings;
import dev.lambdashim.maven.layer.LayerBuilder;
import dev.lambdashim.maven.layer.LayerFunctions;
import dev.lambdashim.maven.layer.LayerModules;
import dev.lambdashim.maven.layer.LayerRequest;
import dev.lambdashim.maven.layer.LayerResult;
import dev.lambdashim.maven.layerfile.LayerReference;
import dev.lambdashim.maven.packaging.RuntimeArtifacts;
import dev.lambdashim.maven.platform.Architecture;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;

/**
 * Builds a Lambda layer, {@code target/<layerName>.zip}, that holds one Java runtime for many functions: lambda-shim's
 * {@code bootstrap} (Lambda starts {@code /opt/bootstrap} for a function whose zip has none), a Java runtime linked
 * for the architecture and lambda-shim's runtime jars. Functions packaged with {@code <runtime>layer</runtime>} then
 * hold only their own jars and a start-up cache recorded on this layer's runtime. The zip is attached to the project
 * (type {@code zip}, classifier {@code layer}).
 */
@Mojo(name = "layer", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class LayerMojo extends LambdaMojo {

    /**
     * The zip's base name: the zip is {@code target/<layerName>.zip}, and SAM's {@code LayerName}. Default:
     * {@code lambda-shim-java<javaVersion>-<architecture>}. A file name: letters, digits, {@code -}, {@code _} and
     * {@code .}.
     */
    @Parameter(property = "lambda.layerName")
    String layerName;

    /**
     * Java modules the layer's runtime holds besides {@code java.base} and {@code java.logging} (and
     * {@code jdk.crypto.ec} where the JDK has it), e.g. {@code <modules><module>java.net.http</module></modules>} or
     * {@code -Dlambda.layerModules=java.net.http,java.xml}. A function that needs a module the layer lacks fails to
     * package, naming it. Default: none beyond those (and what {@code functions} need).
     */
    @Parameter(property = "lambda.layerModules")
    List<String> modules;

    /**
     * Functions whose module needs the layer covers: Maven coordinates ({@code groupId:artifactId:version}) of their
     * jars; each is resolved with its runtime dependencies and analysed by {@code jdeps}, and the modules they use join
     * {@code modules}. In one build with those modules, declare them as dependencies too, so they are built first.
     * Default: none, the layer then holds {@code modules} only.
     */
    @Parameter(property = "lambda.layerFunctions")
    List<String> functions;

    /**
     * The Java version of the layer's runtime: 17, 21 or 25. Default: 25 with Docker; without Docker, the version of
     * the JDK running Maven (whose runtime goes into the layer; a set value must then match it).
     */
    @Parameter(property = "lambda.javaVersion")
    Integer javaVersion;

    /**
     * The build image: a JDK on Amazon Linux 2023 with {@code jlink}, of the {@code javaVersion}. Default: Amazon
     * Corretto, {@code public.ecr.aws/amazoncorretto/amazoncorretto:<javaVersion>-al2023-jdk}.
     */
    @Parameter(property = "lambda.image")
    String image;

    /**
     * The time stamped on every zip entry, ISO-8601 or seconds since the epoch. Default: the project's
     * {@code project.build.outputTimestamp}, else a fixed date (2000-01-01).
     */
    @Parameter(property = "lambda.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /** The classifier of the attached layer zip; functions name the layer by it in {@code <layer>} coordinates. */
    @Parameter(property = "lambda.layerClassifier", defaultValue = LayerReference.CLASSIFIER)
    String classifier;

    /** Skips the layer build. */
    @Parameter(property = "lambda.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    private final MavenProjectHelper projectHelper;
    private final RepositorySystem repositorySystem;

    @Inject
    public LayerMojo(MavenProjectHelper projectHelper, RepositorySystem repositorySystem) {
        this.projectHelper = projectHelper;
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping lambda:layer (lambda.skip)");
            return;
        }
        try {
            Architecture arch = Architecture.parse(architecture);
            int version = JavaRuntimeSettings.resolveJavaVersion(javaVersion, docker, Runtime.version().feature());
            String name = Inputs.layerName(layerName == null || layerName.isBlank()
                    ? LayerRequest.defaultName(version, arch) : layerName.strip());
            Inputs.classifier(classifier);
            List<String> moduleNames = LayerModules.check(modules);
            var repositories = project.getRemoteProjectRepositories();
            LayerRequest request = new LayerRequest(name,
                    RuntimeArtifacts.resolve(repositorySystem, session.getRepositorySession(), repositories,
                            plugin.getVersion(), false),
                    plugin.getVersion(), moduleNames,
                    LayerFunctions.resolve(functions, repositorySystem, session.getRepositorySession(), repositories),
                    Path.of(project.getBuild().getDirectory()), Path.of(project.getBuild().getDirectory(),
                            "lambda-shim"), Inputs.outputTimestamp(outputTimestamp), arch, version, docker,
                    image == null || image.isBlank() ? JavaRuntimeSettings.defaultImage(version) : image.strip(),
                    dockerHost);
            LayerResult result = new LayerBuilder(getLog()::info).build(request);
            result.warnings().forEach(getLog()::warn);
            projectHelper.attachArtifact(project, "zip", classifier, result.zipFile().toFile());
        } catch (LambdaShimException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
