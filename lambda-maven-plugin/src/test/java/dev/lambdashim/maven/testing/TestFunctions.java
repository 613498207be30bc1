package dev.lambdashim.maven.testing;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.packaging.ClasspathEntry;
import dev.lambdashim.maven.packaging.ZipAssembler;





import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Real function classes compiled for a test, and the real runtime jars from the test classpath. */
public final class TestFunctions {

    public static final String HELLO = "package example;\n"
            + "import dev.lambdashim.core.*;\n"
            + "public class Hello implements Handler<Object, String> {\n"
            + "  public String handle(Object event, Context context) { return \"Hello, World!\"; }\n"
            + "  public static String shout(String s) { return s.toUpperCase(); }\n"
            + "  public static String tooMany(String a, String b, String c) { return a; }\n"
            + "}\n";

    private TestFunctions() {
    }

    /** Compiles the sources (file name → source) against lambda-core into {@code classes}. */
    public static Path compile(Path classes, Map<String, String> sources) throws IOException {
        Files.createDirectories(classes.getParent());
        Path src = Files.createTempDirectory(classes.getParent(), "src");
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path")));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(new String[0])), "test function compiles");
        return classes;
    }

    public static Path compileHello(Path classes) throws IOException {
        return compile(classes, Map.of("example/Hello.java", HELLO));
    }

    /** The lambda-shim runtime and its dependencies, as the resolver would return them. */
    public static List<ClasspathEntry> runtime() {
        List<ClasspathEntry> entries = new ArrayList<>();
        for (String path : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(path).getFileName().toString();
            if (name.startsWith("jackson-") || path.contains("lambda-runtime") || path.contains("lambda-core")) {
                entries.add(entry(Path.of(path)));
            }
        }
        return entries;
    }

    private static ClasspathEntry entry(Path path) {
        if (Files.isDirectory(path)) {
            // A reactor module's target/classes: jar it so the entry looks like a resolved artifact.
            String module = path.getParent().getParent().getFileName().toString();
            try {
                Path jar = Files.createTempDirectory("runtime-jar").resolve(module + ".jar");
                ZipAssembler.jarDirectory(path, jar, ZipAssembler.DEFAULT_TIMESTAMP);
                return new ClasspathEntry("dev.lambdashim", module, "0-test", null, jar);
            } catch (IOException | LambdaPackagingException e) {
                throw new IllegalStateException(e);
            }
        }
        String name = path.getFileName().toString().replaceAll("\\.jar$", "");
        int dash = name.lastIndexOf('-', name.indexOf('.') > 0 ? name.indexOf('.') : name.length());
        String artifactId = name.substring(0, dash);
        String version = name.substring(dash + 1);
        String group = artifactId.startsWith("jackson-") ? "com.fasterxml.jackson" : "dev.lambdashim";
        return new ClasspathEntry(group, artifactId, version, null, path);
    }
}
