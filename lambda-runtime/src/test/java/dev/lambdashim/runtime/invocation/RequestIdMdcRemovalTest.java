package dev.lambdashim.runtime.invocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The request id is in the real libraries' contexts from {@code begin} to {@code end}, and gone after: checked on
 * this thread through SLF4J (Logback) and Log4j 2 loaded by a class loader of their own, since the tests' class path
 * has neither (see the POM).
 */
class RequestIdMdcRemovalTest {

    private static ClassLoader loaderOf(String library) throws Exception {
        List<URL> urls = new ArrayList<>();
        String jars = System.getProperty("mdc." + library + ".classpath");
        for (String jar : jars.split(Pattern.quote(File.pathSeparator))) {
            urls.add(Paths.get(jar).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    private static Object get(ClassLoader loader, String type) throws Exception {
        Method get = Class.forName(type, true, loader).getMethod("get", String.class);
        return get.invoke(null, RequestIdMdc.KEY);
    }

    @Test
    void theIdIsThereDuringTheInvocationOnlyInSlf4jsMdc() throws Exception {
        ClassLoader loader = loaderOf("logback");
        RequestIdMdc mdc = RequestIdMdc.of(loader, true);
        assertNotNull(mdc);
        mdc.begin("req-1");
        assertEquals("req-1", get(loader, "org.slf4j.MDC"));
        mdc.end();
        assertNull(get(loader, "org.slf4j.MDC"));
    }

    @Test
    void theIdIsThereDuringTheInvocationOnlyInLog4jsThreadContext() throws Exception {
        ClassLoader loader = loaderOf("log4j2");
        RequestIdMdc mdc = RequestIdMdc.of(loader, true);
        assertNotNull(mdc);
        mdc.begin("req-2");
        assertEquals("req-2", get(loader, "org.apache.logging.log4j.ThreadContext"));
        mdc.end();
        assertNull(get(loader, "org.apache.logging.log4j.ThreadContext"));
    }
}
