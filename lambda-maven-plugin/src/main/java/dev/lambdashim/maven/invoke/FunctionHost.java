package dev.lambdashim.maven.invoke;

import dev.lambdashim.maven.docker.ProcessOutput;
import dev.lambdashim.maven.javaruntime.DockerBuild;
import dev.lambdashim.maven.platform.Architecture;
import dev.lambdashim.maven.platform.HostEnvironment;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A running function process for a local invoke: its {@code bootstrap}, on this host or in a container of the run
 * image (Docker's bridge network, as the invoking user; memory limited as Lambda would).
 */
interface FunctionHost extends AutoCloseable {

    /** The host pid of the runtime's JVM, or -1 when it cannot be seen from here. */
    long pid();

    boolean isAlive();

    /** The exit status once it has exited. */
    int exitStatus();

    @Override
    void close();

    /** The peak resident memory of the process in MB, from /proc; -1 when unknown. */
    default long maxMemoryMb() {
        long pid = pid();
        if (pid <= 0) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    /** @param layer the unpacked lambda-shim layer whose bootstrap starts the function, or {@code null} for its own */
    static FunctionHost onHost(Path task, Path layer, Path telemetry, Map<String, String> env, Consumer<String> log)
            throws IOException {
        // Lambda hands the runtime its telemetry pipe as descriptor 3; Java passes only 0-2 to a child, hence sh.
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "exec \"$0\" 3>\"$1\"",
                (layer == null ? task : layer).resolve("bootstrap").toString(), telemetry.toString()).redirectErrorStream(true)
                .directory(task.toFile());
        HostEnvironment.reset(builder.environment());
        builder.environment().putAll(env);
        builder.environment().put("LAMBDA_TASK_ROOT", task.toString());
        builder.environment().put("_LAMBDA_TELEMETRY_LOG_FD", TelemetryReader.FD);
        Process process = builder.start();
        ProcessOutput output = new ProcessOutput(log);
        Thread pump = new Thread(() -> {
            try {
                output.drain(process.getInputStream());
            } catch (IOException ignored) {
                // the process is gone
            }
        }, "lambda-shim-function-output");
        pump.setDaemon(true);
        pump.start();
        return new FunctionHost() {
            @Override
            public long pid() {
                return process.pid();
            }

            @Override
            public boolean isAlive() {
                return process.isAlive();
            }

            @Override
            public int exitStatus() {
                return process.exitValue();
            }

            @Override
            public void close() {
                process.destroyForcibly();
                try {
                    process.waitFor();
                    pump.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** The function at /var/task and, for a function on a layer, the layer at /opt, both read-only; telemetry. */
    private static List<Bind> binds(Path task, Path layer, Path telemetry) {
        List<Bind> binds = new ArrayList<>();
        binds.add(new Bind(task.toString(), new Volume("/var/task"), AccessMode.ro));
        if (layer != null) {
            binds.add(new Bind(layer.toString(), new Volume("/opt"), AccessMode.ro));
        }
        binds.add(new Bind(telemetry.getParent().toString(), new Volume("/lambda-shim/telemetry"), AccessMode.rw));
        return binds;
    }

    /** {@code uid:gid} of this process: the user running Maven. */
    static String invokingUser() throws IOException {
        Path self = Path.of("/proc/self");
        return Files.getAttribute(self, "unix:uid") + ":" + Files.getAttribute(self, "unix:gid");
    }

    /** The host's address on Docker's default bridge network, where a container reaches this machine. */
    static InetAddress bridgeGateway(DockerClient docker) throws IOException {
        Network bridge = docker.inspectNetworkCmd().withNetworkId("bridge").exec();
        if (bridge.getIpam() != null && bridge.getIpam().getConfig() != null) {
            for (Network.Ipam.Config config : bridge.getIpam().getConfig()) {
                if (config.getGateway() != null && !config.getGateway().isBlank()) {
                    return InetAddress.getByName(config.getGateway());
                }
            }
        }
        String name = bridge.getOptions() == null ? null : bridge.getOptions().get("com.docker.network.bridge.name");
        NetworkInterface device = name == null ? null : NetworkInterface.getByName(name);
        if (device != null) {
            for (InetAddress address : Collections.list(device.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return address;
                }
            }
        }
        throw new IOException("cannot find this machine's address on Docker's bridge network (is the Docker daemon on"
                + " another machine?); run on this machine instead: -Dlambda.docker=false");
    }

    /** @param layer the unpacked lambda-shim layer, mounted read-only at {@code /opt} as on Lambda, or {@code null} */
    static FunctionHost inContainer(DockerClient docker, String image, Architecture architecture, Path task,
            Path layer, Path telemetry, int memoryMb, Map<String, String> env, int emulatorPort,
            Consumer<String> log) throws IOException {
        // Docker's bridge network, not the host's: the function reaches the emulator through a relay on the
        // bridge's gateway, and nothing on the host's loopback.
        String user = invokingUser(); // not the image's root
        RuntimeApiRelay relay = RuntimeApiRelay.start(bridgeGateway(docker), emulatorPort);
        List<String> variables = new ArrayList<>();
        env.forEach((name, value) -> variables.add(name + "=" + value));
        variables.removeIf(variable -> variable.startsWith("AWS_LAMBDA_RUNTIME_API="));
        variables.add("AWS_LAMBDA_RUNTIME_API=" + relay.address());
        variables.add("LAMBDA_TASK_ROOT=/var/task");
        variables.add("_LAMBDA_TELEMETRY_LOG_FD=" + TelemetryReader.FD);
        String id;
        try {
            id = docker.createContainerCmd(image)
                    .withPlatform(architecture.dockerPlatform())
                    .withLabels(Map.of("dev.lambdashim.invoke", "true"))
                    .withUser(user)
                    .withEnv(variables)
                    .withWorkingDir("/var/task")
                    .withCmd("/bin/sh", "-c", "exec " + (layer == null ? "/var/task" : "/opt")
                            + "/bootstrap 3>/lambda-shim/telemetry/" + telemetry.getFileName())
                    .withHostConfig(HostConfig.newHostConfig().withNetworkMode("bridge")
                            .withMemory(memoryMb * 1024L * 1024L).withMemorySwap(memoryMb * 1024L * 1024L)
                            .withBinds(binds(task, layer, telemetry)))
                    .exec().getId();
        } catch (RuntimeException e) {
            relay.close();
            throw e;
        }
        Runnable remove = () -> DockerBuild.remove(docker, id, log);
        Thread cleanup = new Thread(remove, "lambda-shim-invoke-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        docker.startContainerCmd(id).exec();
        ResultCallback.Adapter<?> logs = docker.logContainerCmd(id).withStdOut(true).withStdErr(true)
                .withFollowStream(true).exec(new ProcessOutput(log));
        Long pid = docker.inspectContainerCmd(id).exec().getState().getPidLong();
        return new FunctionHost() {
            @Override
            public long pid() {
                return pid == null ? -1 : pid;
            }

            @Override
            public boolean isAlive() {
                try {
                    return Boolean.TRUE.equals(docker.inspectContainerCmd(id).exec().getState().getRunning());
                } catch (NotFoundException e) {
                    return false;
                }
            }

            @Override
            public int exitStatus() {
                Long code = docker.inspectContainerCmd(id).exec().getState().getExitCodeLong();
                return code == null ? -1 : code.intValue();
            }

            @Override
            public void close() {
                remove.run();
                relay.close();
                try {
                    logs.close();
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IOException | IllegalStateException ignored) {
                    // shutting down, or the stream is gone with the container
                }
            }
        };
    }
}
