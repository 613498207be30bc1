package dev.lambdashim.emulator;

/**
 * Keeps Jetty quiet. Jetty logs through SLF4J; the emulator brings no SLF4J provider, so Jetty's records go
 * nowhere, and SLF4J's own three-line "No SLF4J providers were found" warning on standard error is turned off
 * by its {@code slf4j.internal.verbosity} property (set only if the user did not set it). In the packaged jar
 * Jetty and SLF4J are relocated (see the module's POM), so a host's SLF4J provider (Maven's, when the plugin
 * runs an emulator) never receives Jetty's start-up lines either.
 */
final class QuietLogging {

    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietLogging() {
    }

    /** Sets SLF4J's own verbosity to errors only, unless set; must run before Jetty's first logger. */
    static void install() {
        if (System.getProperty(VERBOSITY) == null) {
            System.setProperty(VERBOSITY, "ERROR");
        }
    }
}
