package dev.lambdashim.core;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A Lambda function that reads the raw event bytes and writes the raw response bytes itself, with no JSON mapping by
 * the runtime. The bytes written to {@code out} are the response exactly; writing nothing gives an empty response.
 */
@FunctionalInterface
public interface StreamHandler {

    /**
     * Handles one invocation.
     *
     * @param in the event payload, exactly as Lambda delivered it
     * @param out where the response payload goes; the runtime closes it
     * @param context facts about this invocation and the function
     * @throws Exception reported to Lambda as a function error; anything already written is discarded
     */
    void handle(InputStream in, OutputStream out, Context context) throws Exception;
}
