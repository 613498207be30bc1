package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.error.LambdaPackagingException;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the configured handler before anything is packaged, with the runtime's own rules: the runtime's
 * {@code HandlerCheck} runs in a class loader over exactly the classpath that goes into the zip, so the build accepts
 * what Lambda will accept, and no static initializer or constructor of the function runs.
 */
final class HandlerValidator {

    private static final String CHECK_CLASS = "dev.lambdashim.runtime.HandlerCheck";

    private HandlerValidator() {
    }

    private static boolean hasClasses(Path directory) throws LambdaPackagingException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(file -> file.toString().endsWith(".class"));
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return whether the handler may need Jackson databind (the runtime's {@code HandlerCheck.needsDatabind}): when
     *     it never does, the zip leaves databind out
     */
    static boolean validate(String handler, Path classesDirectory, List<ClasspathEntry> classpath)
            throws LambdaPackagingException {
        List<URL> urls = new ArrayList<>();
        try {
            if (Files.isDirectory(classesDirectory)) {
                urls.add(classesDirectory.toUri().toURL());
            }
            for (ClasspathEntry entry : classpath) {
                urls.add(entry.file().toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new LambdaPackagingException("cannot build the function's classpath: " + e.getMessage(), e);
        }
        String problem;
        boolean needsDatabind = true;
        // The platform loader as parent: the function sees the JDK and its own classpath, not Maven's or ours.
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]),
                ClassLoader.getPlatformClassLoader())) {
            Class<?> check = Class.forName(CHECK_CLASS, true, loader);
            // Maven's JDK may be older than the target one: classes too new for it are checked by the target JDK.
            problem = (String) check.getMethod("problem", String.class, ClassLoader.class, boolean.class)
                    .invoke(null, handler, loader, true);
            if (problem == null) {
                needsDatabind = (Boolean) check.getMethod("needsDatabind", String.class, ClassLoader.class)
                        .invoke(null, handler, loader);
            }
        } catch (ClassNotFoundException e) {
            throw new LambdaPackagingException("the lambda-shim runtime is missing from the function's classpath ("
                    + CHECK_CLASS + " not found); this is a bug in the plugin's set-up", e);
        } catch (InvocationTargetException e) {
            throw new LambdaPackagingException("checking <handler> '" + handler + "' failed: " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException | IOException | LinkageError e) {
            throw new LambdaPackagingException("checking <handler> '" + handler + "' failed: " + e, e);
        }
        if (problem != null && !hasClasses(classesDirectory)) {
            // lambda:package on its own, without the phases that compile: say so rather than "class not found".
            throw new LambdaPackagingException("<handler> (-Dlambda.handler) '" + handler + "' was not found, and"
                    + " nothing is compiled in " + classesDirectory + ": run mvn package (lambda:package alone"
                    + " packages what an earlier build compiled, and does not compile)");
        }
        if (problem != null) {
            throw new LambdaPackagingException("<handler> (-Dlambda.handler) '" + handler + "' is not usable: "
                    + problem);
        }
        return needsDatabind;
    }
}
