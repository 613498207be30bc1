package dev.lambdashim.maven.layer;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.packaging.ClasspathEntry;
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
 * The functions a layer is for ({@code <functions>}): each one's jar and runtime dependencies, whose module needs
 * the layer's runtime covers.
 */
public final class LayerFunctions {

    private LayerFunctions() {
    }

    public static List<ClasspathEntry> resolve(List<String> functions, RepositorySystem system,
            RepositorySystemSession session, List<RemoteRepository> repositories) throws LambdaPackagingException {
        List<ClasspathEntry> jars = new ArrayList<>();
        if (functions == null) {
            return jars;
        }
        for (String function : functions) {
            String coordinates = function == null ? "" : function.strip();
            if (coordinates.isEmpty()) {
                continue;
            }
            Artifact root;
            try {
                root = new DefaultArtifact(coordinates);
            } catch (IllegalArgumentException e) {
                throw new LambdaPackagingException("<functions> (-Dlambda.layerFunctions) holds '" + function
                        + "': give Maven coordinates groupId:artifactId:version of a function's jar", e);
            }
            CollectRequest collect = new CollectRequest(new Dependency(root, "runtime"), repositories);
            try {
                for (ArtifactResult result : system.resolveDependencies(session, new DependencyRequest(collect, null))
                        .getArtifactResults()) {
                    Artifact a = result.getArtifact();
                    ClasspathEntry entry = new ClasspathEntry(a.getGroupId(), a.getArtifactId(), a.getBaseVersion(),
                            a.getClassifier(), a.getFile().toPath());
                    if (jars.stream().noneMatch(j -> j.zipName().equals(entry.zipName()))) {
                        jars.add(entry);
                    }
                }
            } catch (DependencyResolutionException e) {
                throw new LambdaPackagingException("<functions> (-Dlambda.layerFunctions): cannot resolve " + coordinates
                        + " and its dependencies: " + e.getMessage() + ". Build it first (mvn install), or, in one"
                        + " build, declare it as a dependency of the layer's module so that it is built before", e);
            }
        }
        return jars;
    }
}
