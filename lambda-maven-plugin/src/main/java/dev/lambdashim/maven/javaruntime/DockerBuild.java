package dev.lambdashim.maven.javaruntime;

import dev.lambdashim.maven.docker.ProcessOutput;
import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.Architecture;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the runtime build in a container of the build image: the staged function mounted at {@code /var/task} (the
 * layout Lambda uses, so caches recorded there match), the build script and the emulator mounted read-only, no
 * network, as the owner of the build directory so nothing in {@code target/} ends up owned by root. The container is
 * labelled and removed after success, after failure and on Ctrl-C.
 */
public final class DockerBuild {

    public static final String LABEL = "dev.lambdashim.build";
    private static final String TOOLS = "/lambda-shim/tools";
    private static final String EMULATOR = "/lambda-shim/emulator";
    private static final String EVENTS = "/lambda-shim/events";

    private final DockerClient docker;
    private final Consumer<String> log;

    DockerBuild(DockerClient docker, Consumer<String> log) {
        this.docker = docker;
        this.log = log;
    }

    /** The image's id (its content digest), pulling it first when it is not present. */
    String prepareImage(String image, Architecture architecture) throws LambdaPackagingException {
        InspectImageResponse inspected;
        try {
            inspected = docker.inspectImageCmd(image).exec();
        } catch (NotFoundException absent) {
            pull(image, architecture);
            inspected = docker.inspectImageCmd(image).exec();
        }
        String arch = inspected.getArch();
        String wanted = architecture == Architecture.ARM64 ? "arm64" : "amd64";
        if (arch != null && !arch.equals(wanted)) {
            Architecture imageArchitecture = Architecture.ofMachine(arch);
            throw new LambdaPackagingException("The build image " + image + " is for " + arch + ", the function for "
                    + architecture.lambdaName() + ": set <image> (-Dlambda.image) to an " + wanted + " JDK image, or"
                    + " <architecture> (-Dlambda.architecture) to "
                    + (imageArchitecture == null ? arch : imageArchitecture.lambdaName()));
        }
        return inspected.getId();
    }

    private void pull(String image, Architecture architecture) throws LambdaPackagingException {
        log.accept("Pulling " + image + " (" + architecture.dockerPlatform() + ")");
        try {
            docker.pullImageCmd(image).withPlatform(architecture.dockerPlatform())
                    .exec(new PullImageResultCallback() {
                        @Override
                        public void onNext(PullResponseItem item) {
                            if (item.getStatus() != null && item.getProgressDetail() == null) {
                                log.accept("  " + (item.getId() == null ? "" : item.getId() + ": ") + item.getStatus());
                            }
                            super.onNext(item);
                        }
                    }).awaitCompletion();
        } catch (DockerException | IllegalStateException e) {
            throw new LambdaPackagingException("Cannot pull the build image " + image + ": " + e.getMessage()
                    + ". If this machine is offline or the tag does not exist, set <image> (-Dlambda.image) to a JDK"
                    + " image that is present locally (docker images), or build without Docker:"
                    + " -Dlambda.docker=false", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LambdaPackagingException("Interrupted while pulling " + image, e);
        }
    }

    /** Runs the build script in a fresh container; fails with the exit code and the last lines of output. */
    void run(JavaRuntimeRequest request, Path script, Path emulator, Map<String, String> env)
            throws LambdaPackagingException {
        List<Bind> binds = new ArrayList<>();
        binds.add(new Bind(request.taskRoot().toString(), new Volume("/var/task"), AccessMode.rw));
        binds.add(new Bind(script.getParent().toString(), new Volume(TOOLS), AccessMode.ro));
        binds.add(new Bind(emulator.toString(), new Volume(EMULATOR), AccessMode.ro));
        List<String> variables = new ArrayList<>();
        env.forEach((name, value) -> variables.add(name + "=" + value));
        variables.add("TASK_ROOT=/var/task");
        variables.add("EMULATOR_CP=" + EMULATOR);
        variables.add("HOME=/tmp");
        if (request.layerDirectory() != null) {
            // Where Lambda puts a layer: the training run starts the layer's bootstrap on the layer's runtime there.
            binds.add(new Bind(request.layerDirectory().toString(), new Volume("/opt"), AccessMode.ro));
            variables.add("LAYER=/opt");
        }
        if (request.eventsDirectory() != null && Files.isDirectory(request.eventsDirectory())) {
            binds.add(new Bind(request.eventsDirectory().toString(), new Volume(EVENTS), AccessMode.ro));
            variables.add("EVENTS_DIR=" + EVENTS);
        }
        String id = docker.createContainerCmd(request.image())
                .withPlatform(request.architecture().dockerPlatform())
                .withUser(owner(request.taskRoot()))
                // The value says which build: `docker ps -a --filter label=dev.lambdashim.build` finds them all.
                .withLabels(Map.of(LABEL, request.taskRoot().toString()))
                .withWorkingDir("/var/task")
                .withEnv(variables)
                .withCmd("sh", TOOLS + "/" + script.getFileName())
                .withHostConfig(HostConfig.newHostConfig().withBinds(binds).withNetworkMode("none"))
                .exec().getId();
        Thread cleanup = new Thread(() -> remove(docker, id, log), "lambda-shim-container-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup); // Ctrl-C during the build
        ProcessOutput output = new ProcessOutput(line -> log.accept("[" + request.image() + "] " + line));
        try {
            docker.startContainerCmd(id).exec();
            try (ResultCallback.Adapter<?> logs = docker.logContainerCmd(id).withStdOut(true).withStdErr(true)
                    .withFollowStream(true).exec(output)) {
                int status = docker.waitContainerCmd(id).exec(new WaitContainerResultCallback()).awaitStatusCode();
                logs.awaitCompletion();
                if (status == BuildScript.WRONG_JDK) {
                    throw new LambdaPackagingException("The build image " + request.image() + " has "
                            + BuildScript.jdkFound(output.lastLines()) + ", not the Java " + request.javaVersion()
                            + " of <javaVersion> (-Dlambda.javaVersion): set <image> (-Dlambda.image) to a JDK "
                            + request.javaVersion() + " image, or <javaVersion> to the image's version");
                }
                if (status == BuildScript.LAYER_LACKS_MODULES) {
                    throw new LambdaPackagingException(BuildScript.layerLacks(request.handler(), output.lastLines()));
                }
                if (status != 0) {
                    throw new LambdaPackagingException("The runtime build in " + request.image() + " failed with exit"
                            + " code " + status + ". Last lines:\n  " + String.join("\n  ", output.lastLines()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LambdaPackagingException("Interrupted during the runtime build", e);
        } catch (IOException | DockerException e) {
            throw new LambdaPackagingException("The runtime build in " + request.image() + " failed: " + e.getMessage(),
                    e);
        } finally {
            remove(docker, id, log);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or ran: it removes the container
            }
        }
    }

    /** Removes a container of ours, whatever state it is in; a failure is logged with the command that does it. */
    public static void remove(DockerClient docker, String id, Consumer<String> log) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException gone) {
            // already removed
        } catch (ConflictException inProgress) {
            // Ctrl-C: the shutdown hook and the build's own clean-up both remove it. The other removal may be cut
            // off when the JVM exits, so wait until the container is gone, as the build promises.
            awaitRemoval(docker, id, log);
        } catch (RuntimeException e) {
            log.accept("Could not remove container " + id + ": " + e.getMessage() + " (docker rm -f " + id + ")");
        }
    }

    private static void awaitRemoval(DockerClient docker, String id, Consumer<String> log) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            while (System.nanoTime() < deadline) {
                docker.inspectContainerCmd(id).exec();
                Thread.sleep(100);
            }
            log.accept("Container " + id + " is still being removed after 30 s (docker rm -f " + id + ")");
        } catch (NotFoundException gone) {
            // removed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.accept("Could not remove container " + id + ": " + e.getMessage() + " (docker rm -f " + id + ")");
        }
    }

    /** {@code uid:gid} of the directory's owner: the user running the build, normally. */
    static String owner(Path directory) throws LambdaPackagingException {
        try {
            return Files.getAttribute(directory, "unix:uid") + ":" + Files.getAttribute(directory, "unix:gid");
        } catch (IOException | UnsupportedOperationException e) {
            throw new LambdaPackagingException("cannot read the owner of " + directory + ": " + e.getMessage(), e);
        }
    }
}
