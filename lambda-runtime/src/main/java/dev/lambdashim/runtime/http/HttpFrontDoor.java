package dev.lambdashim.runtime.http;

import java.util.Map;

/**
 * Which front door sent an HTTP event, recognised by the event's shape; each expects its own response shape.
 */
enum HttpFrontDoor {
    /** API Gateway REST API proxy, or an HTTP API with payload format 1.0: {@code httpMethod}, multi-value maps. */
    API_GATEWAY_V1,
    /** API Gateway HTTP API payload format 2.0, and Function URLs (the same shape). */
    HTTP_API_V2,
    /** An Application Load Balancer target group with multi-value headers off. */
    ALB,
    /** An Application Load Balancer target group with multi-value headers on. */
    ALB_MULTI_VALUE;

    /** The front door of this event, or {@code null} when it is not an HTTP request from one of them. */
    static HttpFrontDoor of(Map<String, Object> event) {
        Object context = event.get("requestContext");
        if (context instanceof Map && ((Map<?, ?>) context).containsKey("elb")) {
            return event.containsKey("multiValueHeaders") || event.containsKey("multiValueQueryStringParameters")
                    ? ALB_MULTI_VALUE : ALB;
        }
        if ("2.0".equals(event.get("version")) && context instanceof Map
                && ((Map<?, ?>) context).get("http") instanceof Map) {
            return HTTP_API_V2;
        }
        if (event.get("httpMethod") instanceof String && context instanceof Map) {
            return API_GATEWAY_V1;
        }
        return null;
    }
}
