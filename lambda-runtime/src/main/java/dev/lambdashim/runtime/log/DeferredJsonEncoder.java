package dev.lambdashim.runtime.log;

import java.io.IOException;

/**
 * The JSON log format's encoder, made on the first record: a function that never logs loads no Jackson class for
 * its log (a {@code StreamHandler} loads none at all; StartupClassLoadingTest). Called under {@link LambdaLog}'s
 * lock, like every encoder, so the field needs no other guard.
 */
final class DeferredJsonEncoder implements RecordEncoder {

    private final RecordBuffer target;
    private RecordEncoder json;

    DeferredJsonEncoder(RecordBuffer target) {
        this.target = target;
    }

    private RecordEncoder json() {
        if (json == null) {
            json = new JsonEncoder(target);
        }
        return json;
    }

    @Override
    public void record(RecordBuffer out, long epochMicros, LogLevel level, String logger, CharSequence message,
            ErrorFields error, String requestId, String tenantId) throws IOException {
        json().record(out, epochMicros, level, logger, message, error, requestId, tenantId);
    }

    @Override
    public void print(RecordBuffer out, long epochMicros, LogLevel level, byte[] text, int offset, int length,
            String requestId, String tenantId) throws IOException {
        json().print(out, epochMicros, level, text, offset, length, requestId, tenantId);
    }
}
