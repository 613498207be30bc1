package dev.lambdashim.core;

/**
 * A Lambda function that takes a JSON event of type {@code I} and returns a result of type {@code O}.
 *
 * <p>The runtime reads the event's JSON into {@code I} and writes the returned value as the JSON response, both with
 * Jackson. Generic event types ({@code List<Order>}, {@code Map<String, Object>}) are resolved from the implementing
 * class's declaration, so declare them there: {@code class Orders implements Handler<List<Order>, Summary>}.
 *
 * <p>One instance serves every invocation of a warm process; invocations never overlap.
 *
 * @param <I> the event type
 * @param <O> the result type; {@code Void} gives the body {@code null}
 */
@FunctionalInterface
public interface Handler<I, O> {

    /**
     * Handles one invocation.
     *
     * @param event the deserialized event
     * @param context facts about this invocation and the function
     * @return the result, written as the JSON response
     * @throws Exception reported to Lambda as a function error; the process serves the next event
     */
    O handle(I event, Context context) throws Exception;
}
