package dev.lambdashim.test;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lambdashim.runtime.embedded.EventBinding;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds, reads and binds the files the annotations name: a class path resource first, else a file relative to the
 * working directory (Maven runs tests in the project's directory, so {@code src/lambda/events/x.json} works).
 */
final class EventFiles {

    private final Method test;
    private final ClassLoader loader;

    EventFiles(Method test) {
        this.test = test;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.loader = context != null ? context : test.getDeclaringClass().getClassLoader();
    }

    /** The argument for one file: its bytes bound to the declared type, or to parameter {@code index}'s type. */
    Object argument(String annotation, String path, Class<?> declared, int index) {
        Type type = type(annotation, path, declared, index);
        byte[] json = read(annotation, path);
        if (type == String.class) {
            return new String(json, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (type == byte[].class) {
            return json;
        }
        try {
            return EventBinding.read(json, type, loader);
        } catch (IOException | RuntimeException e) {
            throw fail(annotation, path, "its JSON cannot be bound to " + type.getTypeName() + " (as the runtime would"
                    + " bind it for the handler): " + describe(e), e);
        }
    }

    private Type type(String annotation, String path, Class<?> declared, int index) {
        if (declared != Void.class) {
            return declared;
        }
        Type[] parameters = test.getGenericParameterTypes();
        if (index >= parameters.length) {
            throw fail(annotation, path, "the test method has no parameter " + (index + 1) + " to receive it: add"
                    + " one, or name the type (type = ...)", null);
        }
        return parameters[index];
    }

    byte[] read(String annotation, String path) {
        if (path == null || path.isBlank()) {
            throw fail(annotation, String.valueOf(path), "no file is named: give the path of a JSON file", null);
        }
        String resource = path.startsWith("/") ? path.substring(1) : path;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw fail(annotation, path, "the class path resource cannot be read: " + e, e);
        }
        Path file = Path.of(path);
        if (Files.isRegularFile(file)) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw fail(annotation, path, "the file cannot be read: " + e, e);
            }
        }
        throw fail(annotation, path, "there is no such class path resource (e.g. src/test/resources/" + resource
                + ") and no file " + file.toAbsolutePath(), null);
    }

    /** The files of a folder, sorted by name, as paths {@link #read} finds again. */
    List<String> folder(String annotation, String folder) {
        String name = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        String resource = name.startsWith("/") ? name.substring(1) : name;
        TreeSet<String> files = new TreeSet<>();
        try {
            Enumeration<URL> found = loader.getResources(resource);
            for (URL url : Collections.list(found)) {
                if (url.getProtocol().equals("file")) {
                    listDirectory(Path.of(url.toURI()), resource + "/", files);
                } else if (url.getProtocol().equals("jar")) {
                    JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String entryName = entry.getName();
                        if (!entry.isDirectory() && entryName.startsWith(resource + "/")
                                && entryName.indexOf('/', resource.length() + 1) < 0) {
                            files.add(entryName);
                        }
                    }
                }
            }
            if (files.isEmpty() && Files.isDirectory(Path.of(name))) {
                listDirectory(Path.of(name), name + "/", files);
            }
        } catch (IOException | URISyntaxException e) {
            throw fail(annotation, folder, "the folder cannot be listed: " + e, e);
        }
        if (files.isEmpty()) {
            throw fail(annotation, folder, "the folder holds no file, or there is no such class path folder (e.g."
                    + " src/test/resources/" + resource + ") and no directory " + Path.of(name).toAbsolutePath(),
                    null);
        }
        return List.copyOf(files);
    }

    private static void listDirectory(Path directory, String prefix, TreeSet<String> into) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            into.addAll(entries.filter(Files::isRegularFile).map(p -> prefix + p.getFileName())
                    .collect(Collectors.toList()));
        }
    }

    EventFileException fail(String annotation, String path, String problem, Throwable cause) {
        return new EventFileException(annotation + "(\"" + path + "\") on " + test.getDeclaringClass().getName() + "."
                + test.getName() + ": " + problem, cause);
    }

    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException) {
            JsonProcessingException json = (JsonProcessingException) e;
            JsonLocation at = json.getLocation();
            return json.getOriginalMessage() + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")");
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
