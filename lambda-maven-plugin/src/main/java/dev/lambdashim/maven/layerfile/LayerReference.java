package dev.lambdashim.maven.layerfile;

import dev.lambdashim.maven.error.LambdaPackagingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Finds the layer a function runs on from {@code <layer>}: a path to the layer zip (relative to the project), or the
 * Maven coordinates of the layer artifact {@code lambda:layer} attached ({@code groupId:artifactId:version}, type
 * {@code zip}, classifier {@code layer} unless a fourth part names another), resolved through the build's
 * repositories, or from the reactor when the layer's module is built before the function's.
 */
public final class LayerReference {

    /** The classifier {@code lambda:layer} attaches its zip with, by default. */
    public static final String CLASSIFIER = "layer";

    private LayerReference() {
    }

    /** @return {@code true} when the value reads as coordinates rather than a path */
    static boolean isCoordinates(String value) {
        return value.contains(":") && !value.contains("/") && !value.contains("\\") && !value.endsWith(".zip");
    }

    public static Path resolve(String value, Path basedir, RepositorySystem system, RepositorySystemSession session,
            List<RemoteRepository> repositories) throws LambdaPackagingException {
        if (value == null || value.isBlank()) {
            throw new LambdaPackagingException("<runtime>layer</runtime> needs the layer: set <layer> (-Dlambda.layer)"
                    + " to the layer zip that lambda:layer wrote (a path), or to its Maven coordinates"
                    + " groupId:artifactId:version");
        }
        String v = value.strip();
        if (!isCoordinates(v)) {
            Path zip = basedir.resolve(v).normalize();
            if (Files.isDirectory(zip)) {
                throw new LambdaPackagingException("<layer> (-Dlambda.layer) is " + v + ", which is the directory "
                        + zip + ": give the layer zip itself (target/<layerName>.zip of the layer's project)");
            }
            if (!Files.isRegularFile(zip)) {
                throw new LambdaPackagingException("<layer> (-Dlambda.layer) is " + v + ", but there is no " + zip
                        + ": build the layer first (mvn package in its project runs lambda:layer), or fix the path");
            }
            return zip;
        }
        String[] parts = v.split(":", -1);
        if (parts.length < 3 || parts.length > 4 || List.of(parts).stream().anyMatch(String::isBlank)) {
            throw new LambdaPackagingException("<layer> (-Dlambda.layer) is " + v + ": give a path to the layer zip,"
                    + " or Maven coordinates groupId:artifactId:version[:classifier]");
        }
        DefaultArtifact artifact = new DefaultArtifact(parts[0], parts[1], parts.length == 4 ? parts[3] : CLASSIFIER,
                "zip", parts[2]);
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact()
                    .getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new LambdaPackagingException("<layer> (-Dlambda.layer) " + v + " cannot be found (" + artifact
                    + "): build the layer first (mvn install in its project), or, in one build with the layer's"
                    + " module, declare the layer as a dependency of this module (type zip, classifier "
                    + artifact.getClassifier() + ", scope provided) so that it is built before", e);
        }
    }
}
