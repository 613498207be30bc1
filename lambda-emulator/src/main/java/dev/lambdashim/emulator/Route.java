package dev.lambdashim.emulator;

/**
 * The Runtime API routes a fault can be injected into with
 * {@link RuntimeApiEmulator#injectFault(Route, int, int)}.
 */
public enum Route {
    /** {@code GET /2018-06-01/runtime/invocation/next}. */
    NEXT,
    /** {@code POST /2018-06-01/runtime/invocation/{requestId}/response}. */
    RESPONSE,
    /** {@code POST /2018-06-01/runtime/invocation/{requestId}/error}. */
    ERROR,
    /** {@code POST /2018-06-01/runtime/init/error}. */
    INIT_ERROR
}
