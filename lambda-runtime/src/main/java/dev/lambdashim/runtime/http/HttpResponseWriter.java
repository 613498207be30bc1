package dev.lambdashim.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@code HttpHandler}'s response in the JSON shape its front door expects: API Gateway v1
 * ({@code multiValueHeaders}), HTTP API v2 and Function URLs ({@code headers} joined with commas, {@code cookies}),
 * ALB ({@code statusDescription}; {@code multiValueHeaders} in multi-value mode, else {@code headers}). The body is
 * text when the content type is (see {@link TextContentTypes}), otherwise base64.
 */
final class HttpResponseWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private HttpResponseWriter() {
    }

    static void write(LambdaHttpExchange exchange, OutputStream out) throws IOException {
        HttpFrontDoor door = exchange.door();
        int status = exchange.getResponseCode();
        Headers headers = exchange.getResponseHeaders();
        byte[] body = exchange.bufferedBody();
        boolean text = body.length == 0 || TextContentTypes.isText(headers.getFirst("Content-Type"));
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("statusCode", status);
            if (door == HttpFrontDoor.ALB || door == HttpFrontDoor.ALB_MULTI_VALUE) {
                json.writeStringField("statusDescription", HttpStatusText.line(status));
            }
            switch (door) {
                case HTTP_API_V2:
                    writeHeaders(json, exchange.joinedHeaders());
                    List<String> cookies = exchange.cookies();
                    if (!cookies.isEmpty()) {
                        json.writeArrayFieldStart("cookies");
                        for (String cookie : cookies) {
                            json.writeString(cookie);
                        }
                        json.writeEndArray();
                    }
                    break;
                case ALB:
                    // Single-value mode has one value per name: several are joined (send several cookies with
                    // multi-value headers on).
                    json.writeObjectFieldStart("headers");
                    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                        json.writeStringField(header.getKey(), String.join(", ", header.getValue()));
                    }
                    json.writeEndObject();
                    break;
                default:
                    json.writeObjectFieldStart("multiValueHeaders");
                    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                        json.writeArrayFieldStart(header.getKey());
                        for (String value : header.getValue()) {
                            json.writeString(value);
                        }
                        json.writeEndArray();
                    }
                    json.writeEndObject();
                    break;
            }
            json.writeStringField("body", text ? new String(body, StandardCharsets.UTF_8)
                    : Base64.getEncoder().encodeToString(body));
            json.writeBooleanField("isBase64Encoded", !text);
            json.writeEndObject();
        }
    }

    private static void writeHeaders(JsonGenerator json, Map<String, String> headers) throws IOException {
        json.writeObjectFieldStart("headers");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            json.writeStringField(header.getKey(), header.getValue());
        }
        json.writeEndObject();
    }
}
