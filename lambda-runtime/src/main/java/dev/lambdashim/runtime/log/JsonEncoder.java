package dev.lambdashim.runtime.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;

/**
 * JSON: one object per record, {@code {"timestamp","level","message","logger","AWSRequestId","tenantId"}} and, for
 * an error, {@code "errorType","errorMessage","stackTrace"}; absent values are left out. Written with jackson-core's
 * streaming generator only, so databind is never loaded for logging.
 *
 * <p>One generator lives as long as the encoder and writes into the {@link RecordBuffer}: no per-record objects.
 */
final class JsonEncoder implements RecordEncoder {

    private static final SerializableString TIMESTAMP = new SerializedString("timestamp");
    private static final SerializableString LEVEL = new SerializedString("level");
    private static final SerializableString MESSAGE = new SerializedString("message");
    private static final SerializableString LOGGER = new SerializedString("logger");
    private static final SerializableString REQUEST_ID = new SerializedString("AWSRequestId");
    private static final SerializableString TENANT_ID = new SerializedString("tenantId");
    private static final SerializableString ERROR_TYPE = new SerializedString("errorType");
    private static final SerializableString ERROR_MESSAGE = new SerializedString("errorMessage");
    private static final SerializableString STACK_TRACE = new SerializedString("stackTrace");

    private final JsonFactory factory = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private final char[] timestamp = new char[IsoTimestamp.LENGTH];
    private final RecordBuffer target;
    private JsonGenerator generator;

    /** @param target the one buffer every record is encoded into */
    JsonEncoder(RecordBuffer target) {
        this.target = target;
    }

    private JsonGenerator generator() throws IOException {
        if (generator == null) {
            generator = factory.createGenerator(target);
            // Records follow each other in the buffer: no separator between root values.
            generator.setRootValueSeparator(null);
        }
        return generator;
    }

    @Override
    public void record(RecordBuffer out, long epochMicros, LogLevel level, String logger, CharSequence message,
            ErrorFields error, String requestId, String tenantId) throws IOException {
        checkTarget(out);
        JsonGenerator json = start(epochMicros, level);
        try {
            json.writeFieldName(MESSAGE);
            json.writeString(message.toString());
            if (logger != null && !logger.isEmpty()) {
                json.writeFieldName(LOGGER);
                json.writeString(logger);
            }
            end(json, error, requestId, tenantId);
        } catch (IOException | RuntimeException e) {
            generator = null; // its state is unknown now
            throw e;
        }
    }

    @Override
    public void print(RecordBuffer out, long epochMicros, LogLevel level, byte[] text, int offset, int length,
            String requestId, String tenantId) throws IOException {
        checkTarget(out);
        if (isJsonObject(text, offset, length)) {
            // Already a structured record (a JSON layout of a logging library): kept as it is, not nested in a string.
            out.write(text, offset, length);
            return;
        }
        JsonGenerator json = start(epochMicros, level);
        try {
            json.writeFieldName(MESSAGE);
            json.writeUTF8String(text, offset, length);
            end(json, null, requestId, tenantId);
        } catch (IOException | RuntimeException e) {
            generator = null;
            throw e;
        }
    }

    private void checkTarget(RecordBuffer out) {
        if (out != target) {
            throw new IllegalArgumentException("the encoder writes into its own buffer only");
        }
    }

    private JsonGenerator start(long epochMicros, LogLevel level) throws IOException {
        JsonGenerator json = generator();
        json.writeStartObject();
        IsoTimestamp.format(epochMicros, timestamp);
        json.writeFieldName(TIMESTAMP);
        json.writeString(timestamp, 0, timestamp.length);
        json.writeFieldName(LEVEL);
        json.writeString(level.name());
        return json;
    }

    private static void end(JsonGenerator json, ErrorFields error, String requestId, String tenantId)
            throws IOException {
        if (requestId != null) {
            json.writeFieldName(REQUEST_ID);
            json.writeString(requestId);
        }
        if (tenantId != null) {
            json.writeFieldName(TENANT_ID);
            json.writeString(tenantId);
        }
        if (error != null) {
            json.writeFieldName(ERROR_TYPE);
            json.writeString(error.type());
            json.writeFieldName(ERROR_MESSAGE);
            json.writeString(error.message());
            json.writeFieldName(STACK_TRACE);
            json.writeStartArray();
            for (String line : error.stackTrace()) {
                json.writeString(line);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.flush();
    }

    private static boolean isJsonObject(byte[] text, int offset, int length) {
        int start = offset;
        int end = offset + length - 1;
        while (start <= end && text[start] <= ' ') {
            start++;
        }
        while (end > start && text[end] <= ' ') {
            end--;
        }
        return start < end && text[start] == '{' && text[end] == '}';
    }
}
