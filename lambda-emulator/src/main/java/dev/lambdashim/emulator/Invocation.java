package dev.lambdashim.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One invocation to hand to the runtime: the event it receives from {@code GET /runtime/invocation/next}
 * and the response headers that come with it.
 *
 * <p>The {@code /next} answer carries exactly {@link #headers()} (plus {@code Content-Type: application/json}
 * unless the headers set another), so a test can leave out a standard header or send a malformed one.
 * The emulator matches the runtime's posts by {@link #requestId()}, not by the header.
 *
 * <p>The payload array is not copied: do not change it after creating the invocation.
 *
 * @param requestId the id the runtime must post its response or error under
 * @param payload   the event body
 * @param headers   the {@code /next} response headers; lookups ignore case
 */
public record Invocation(String requestId, byte[] payload, Map<String, String> headers) {

    /** The function ARN {@link #of(byte[])} puts in {@link RuntimeApiHeaders#INVOKED_FUNCTION_ARN}. */
    public static final String DEFAULT_FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:test";
    /** How far in the future {@link #of(byte[])} sets the deadline, in milliseconds. */
    public static final long DEFAULT_TIMEOUT_MS = 3_000;

    /** Validates and copies the headers into an immutable, case-insensitive map. */
    public Invocation {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(payload, "payload");
        headers = HeaderMaps.copyOf(headers);
    }

    /** An invocation of a UTF-8 JSON event with a random request id and the standard headers (see {@link #of(byte[])}). */
    public static Invocation of(String jsonPayload) {
        return of(jsonPayload.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An invocation with a random UUID request id and the headers Lambda sends: request id, deadline
     * ({@value #DEFAULT_TIMEOUT_MS} ms from now), {@value #DEFAULT_FUNCTION_ARN} as function ARN and
     * an X-Ray trace header {@code Root=1-<8 hex>-<24 hex>;Parent=<16 hex>;Sampled=1}.
     */
    public static Invocation of(byte[] payload) {
        String requestId = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>(8);
        headers.put(RuntimeApiHeaders.REQUEST_ID, requestId);
        headers.put(RuntimeApiHeaders.DEADLINE_MS,
                Long.toString(System.currentTimeMillis() + DEFAULT_TIMEOUT_MS));
        headers.put(RuntimeApiHeaders.INVOKED_FUNCTION_ARN, DEFAULT_FUNCTION_ARN);
        headers.put(RuntimeApiHeaders.TRACE_ID, newTraceHeader());
        return new Invocation(requestId, payload, headers);
    }

    /** A copy with header {@code name} set to {@code value}, replacing any header of that name in any case. */
    public Invocation withHeader(String name, String value) {
        Map<String, String> copy = new HashMap<>(headers.size() + 1);
        headers.forEach((n, v) -> {
            if (!n.equalsIgnoreCase(name)) {
                copy.put(n, v);
            }
        });
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Invocation(requestId, payload, copy);
    }

    /** A copy without header {@code name} (in any case). */
    public Invocation withoutHeader(String name) {
        Map<String, String> copy = new HashMap<>(headers);
        copy.keySet().removeIf(n -> n.equalsIgnoreCase(name));
        return new Invocation(requestId, payload, copy);
    }

    /** A copy with another request id, also set as {@link RuntimeApiHeaders#REQUEST_ID}. */
    public Invocation withRequestId(String id) {
        return new Invocation(id, payload, withHeader(RuntimeApiHeaders.REQUEST_ID, id).headers);
    }

    /** A copy whose {@link RuntimeApiHeaders#DEADLINE_MS} is {@code deadline} in Unix milliseconds. */
    public Invocation withDeadline(Instant deadline) {
        return withHeader(RuntimeApiHeaders.DEADLINE_MS, Long.toString(deadline.toEpochMilli()));
    }

    /** The payload decoded as UTF-8. */
    public String payloadAsString() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    private static String newTraceHeader() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("Root=1-%08x-%08x%016x;Parent=%016x;Sampled=1",
                System.currentTimeMillis() / 1000, random.nextInt(), random.nextLong(), random.nextLong());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invocation other && requestId.equals(other.requestId)
                && Arrays.equals(payload, other.payload) && headers.equals(other.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, Arrays.hashCode(payload), headers);
    }

    @Override
    public String toString() {
        return "Invocation[requestId=" + requestId + ", payload=" + payload.length + " bytes, headers=" + headers + "]";
    }
}
