package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.error.LambdaPackagingException;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Resolves the lambda-shim runtime that goes into the zip (the same version as the plugin) and its dependencies,
 * through the build's own repositories and settings; for a function written against AWS's aws-lambda-java-core, also
 * AWS's serialization library, which AWS's runtime carries and so the function does not.
 */
public final class RuntimeArtifacts {

    static final String GROUP_ID = "dev.lambdashim";
    static final String ARTIFACT_ID = "lambda-runtime";

    private RuntimeArtifacts() {
    }

    /**
     * @param awsHandlerApi the function depends on aws-lambda-java-core: AWS's serialization library is added
     */
    public static List<ClasspathEntry> resolve(RepositorySystem system, RepositorySystemSession session,
            List<RemoteRepository> repositories, String version, boolean awsHandlerApi)
            throws LambdaPackagingException {
        Artifact runtime = new DefaultArtifact(GROUP_ID, ARTIFACT_ID, "jar", version);
        List<ClasspathEntry> entries = new ArrayList<>();
        try {
            entries.addAll(resolve(system, session, repositories, runtime));
        } catch (DependencyResolutionException e) {
            throw new LambdaPackagingException("cannot resolve the lambda-shim runtime " + runtime + " that goes into"
                    + " the zip: " + e.getMessage() + ". Check that the repository holding the lambda-maven-plugin"
                    + " also serves dev.lambdashim:lambda-runtime (offline builds need it in the local repository)", e);
        }
        if (awsHandlerApi) {
            Artifact serialization = AwsCompat.serialization();
            try {
                entries.addAll(resolve(system, session, repositories, serialization));
            } catch (DependencyResolutionException e) {
                throw new LambdaPackagingException("cannot resolve " + serialization + ", AWS's serialization"
                        + " library, which goes into the zip of a function that depends on aws-lambda-java-core: "
                        + e.getMessage() + ". Check that the build's repositories serve it (offline builds need it"
                        + " in the local repository)", e);
            }
        }
        return entries;
    }

    private static List<ClasspathEntry> resolve(RepositorySystem system, RepositorySystemSession session,
            List<RemoteRepository> repositories, Artifact root) throws DependencyResolutionException {
        CollectRequest collect = new CollectRequest(new Dependency(root, "runtime"), repositories);
        List<ClasspathEntry> entries = new ArrayList<>();
        for (ArtifactResult result : system.resolveDependencies(session, new DependencyRequest(collect, null))
                .getArtifactResults()) {
            Artifact a = result.getArtifact();
            entries.add(new ClasspathEntry(a.getGroupId(), a.getArtifactId(), a.getBaseVersion(),
                    a.getClassifier(), a.getFile().toPath()));
        }
        return entries;
    }
}
