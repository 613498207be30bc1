package dev.lambdashim.maven.platform;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The environment a function (or the build's training run) gets on this machine, without Docker: the basics a
 * process needs, never Maven's environment wholesale, which holds AWS credentials and tokens that Lambda would not
 * give the function. Lambda's own variables and the configured {@code environment} are added by the caller.
 */
public final class HostEnvironment {

    /** Passed through as they are: what finds programs, the user's home and temporary files, locale and time zone. */
    private static final Set<String> BASICS = Set.of("PATH", "HOME", "USER", "LOGNAME", "LANG",
            "LANGUAGE", "TZ", "TMPDIR", "JAVA_HOME");

    private HostEnvironment() {
    }

    static Map<String, String> basics(Map<String, String> of) {
        Map<String, String> kept = new TreeMap<>();
        of.forEach((name, value) -> {
            if (BASICS.contains(name) || name.startsWith("LC_")) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /** Replaces {@code environment} (a ProcessBuilder's) with the basics of this process's environment. */
    public static void reset(Map<String, String> environment) {
        Map<String, String> basics = basics(System.getenv());
        environment.clear();
        environment.putAll(basics);
    }
}
