package bench;

import java.util.Map;

/** The fields of an API Gateway proxy event that the order function reads; the rest of the event is ignored. */
public record OrderRequest(String httpMethod, Map<String, String> pathParameters, String body) {
}
