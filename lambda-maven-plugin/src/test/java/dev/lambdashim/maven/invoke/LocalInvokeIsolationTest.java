package dev.lambdashim.maven.invoke;

import dev.lambdashim.maven.javaruntime.JavaRuntimeSettings;
import dev.lambdashim.maven.packaging.LambdaPackager;
import dev.lambdashim.maven.packaging.PackageRequest;
import dev.lambdashim.maven.platform.Architecture;
import dev.lambdashim.maven.testing.DockerSupport;
import dev.lambdashim.maven.testing.TestFunctions;









import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a local run of a function can see of this machine: in Docker, not the host's network, not root unless Maven
 * runs as root, a telemetry pipe only its user opens; on this machine, none of Maven's environment but the basics.
 */
class LocalInvokeIsolationTest {

    /** Reports what the function sees: its uid, network interfaces, telemetry pipe's mode and environment names. */
    static final String PROBE = "package example;\n"
            + "import java.net.NetworkInterface;\n"
            + "import java.nio.file.*;\n"
            + "import java.nio.file.attribute.PosixFilePermissions;\n"
            + "import java.util.*;\n"
            + "public class Probe {\n"
            + "  public static String handle() throws Exception {\n"
            + "    String uid = Files.readAllLines(Path.of(\"/proc/self/status\")).stream()\n"
            + "        .filter(l -> l.startsWith(\"Uid:\")).findFirst().get().split(\"\\\\s+\")[1];\n"
            + "    List<String> nics = new ArrayList<>();\n"
            + "    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) nics.add(n.getName());\n"
            + "    Collections.sort(nics);\n"
            + "    String fifo = PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(\"/proc/self/fd/3\")));\n"
            + "    String env = String.join(\",\", new TreeSet<>(System.getenv().keySet()));\n"
            + "    System.out.println(\"probe env: \" + env);\n"
            + "    return \"uid=\" + uid + \";nics=\" + String.join(\",\", nics) + \";fifo=\" + fifo + \";env=\" + env;\n"
            + "  }\n"
            + "}\n";

    /** What the function may get on this machine: the basics, Lambda's variables and the configured ones. */
    static final Set<String> ALLOWED = Set.of("PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR",
            "JAVA_HOME", "AWS_LAMBDA_RUNTIME_API", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_REGION",
            "AWS_DEFAULT_REGION",
            "LAMBDA_TASK_ROOT", "_LAMBDA_TELEMETRY_LOG_FD", "_HANDLER", "MY_SETTING", "JAVA_TOOL_OPTIONS",
            // set by the shell that starts the bootstrap, or by Docker
            "PWD", "OLDPWD", "SHLVL", "_", "HOSTNAME");

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private Path zip(JavaRuntimeSettings java) throws Exception {
        TestFunctions.compile(dir.resolve("classes"), Map.of("example/Probe.java", PROBE));
        return new LambdaPackager(log::add).packageFunction(new PackageRequest("example.Probe::handle", "probe",
                dir.resolve("classes"), List.of(), TestFunctions.runtime(), dir, dir.resolve("lambda-shim"),
                Instant.parse("2026-01-01T00:00:00Z"), Architecture.X86_64, java)).zipFile();
    }

    private Map<String, String> invoke(Path zip, boolean docker) throws Exception {
        InvokeRequest request = new InvokeRequest(zip, dir.resolve("invoke"), "probe",
                List.of(new InvokeRequest.Event("{}", "{}".getBytes(StandardCharsets.UTF_8))), 1, 1, 60, 512,
                Map.of("MY_SETTING", "configured"), docker, DockerSupport.BUILD_IMAGE_17, null, Architecture.X86_64);
        List<InvocationReport> reports = new LocalInvoker(log::add).invoke(request);
        assertFalse(reports.get(0).failed(), reports.get(0).body() + "\n" + String.join("\n", log));
        String body = reports.get(0).body();
        Map<String, String> seen = new java.util.HashMap<>();
        for (String part : body.substring(1, body.length() - 1).split(";")) {
            seen.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
        }
        return seen;
    }

    @Test
    void inDockerTheFunctionHasItsOwnNetworkTheInvokingUserAndAPrivatePipe() throws Exception {
        DockerSupport.requireDocker();
        // No Java in the zip: the JDK image stands in as the run image, so no runtime build is needed.
        Map<String, String> seen = invoke(zip(JavaRuntimeSettings.NONE), true);
        assertEquals("eth0,lo", seen.get("nics"), "Docker's bridge network, not the host's");
        assertEquals(String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid")), seen.get("uid"),
                "runs as the user running Maven");
        assertEquals("rw-------", seen.get("fifo"), "the telemetry pipe is its user's alone");
        assertEquals(List.of(), unexpected(seen.get("env")), "only the variables the plugin passes");
    }

    @Test
    void onThisMachineTheFunctionAndTheTrainingRunGetNoneOfMavensEnvironment() throws Exception {
        // Surefire's fork inherits Maven's environment (MAVEN_PROJECTBASEDIR, JAVA_HOME, whatever CI exports).
        assertTrue(System.getenv().keySet().stream().anyMatch(name -> !ALLOWED.contains(name)),
                "the test needs a variable in its environment that must not reach the function: " + System.getenv()
                        .keySet());
        Path zip = zip(new JavaRuntimeSettings(true, false, null, Runtime.version().feature(), null, null));
        String training = log.stream().filter(line -> line.contains("probe env: ")).findFirst().orElseThrow();
        assertEquals(List.of(), unexpected(training.substring(training.indexOf("probe env: ") + 11)),
                "the training run");
        Map<String, String> seen = invoke(zip, false);
        assertEquals(List.of(), unexpected(seen.get("env")), "lambda:invoke -Dlambda.docker=false");
        assertTrue(seen.get("env").contains("MY_SETTING"), seen.get("env"));
        assertTrue(seen.get("env").contains("AWS_DEFAULT_REGION"),
                "Lambda sets it beside AWS_REGION: " + seen.get("env"));
    }

    private static List<String> unexpected(String names) {
        List<String> extra = new ArrayList<>(new TreeSet<>(Arrays.asList(names.split(","))));
        extra.removeIf(name -> ALLOWED.contains(name) || name.startsWith("LC_"));
        return extra;
    }
}
