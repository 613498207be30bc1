package bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.util.List;
import java.util.Map;

/**
 * {@link ApiGateway} bound by databind, for the JMH side-by-side: the same event record with an annotation that
 * changes nothing for the runtime's mapper (it ignores unknown properties anyway) but that the runtime's own binder
 * leaves to databind.
 */
public class ApiGatewayDatabind implements Handler<ApiGatewayDatabind.Event, ApiGatewayResponse> {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String resource, String path, String httpMethod, Map<String, String> headers,
            Map<String, List<String>> multiValueHeaders, Map<String, String> queryStringParameters,
            Map<String, String> pathParameters, Map<String, String> stageVariables,
            ApiGatewayEvent.RequestContext requestContext, String body, boolean isBase64Encoded) {
    }

    @Override
    public ApiGatewayResponse handle(Event event, Context context) {
        return ApiGatewayResponse.answer(new ApiGatewayEvent(event.resource(), event.path(), event.httpMethod(),
                event.headers(), event.multiValueHeaders(), event.queryStringParameters(), event.pathParameters(),
                event.stageVariables(), event.requestContext(), event.body(), event.isBase64Encoded()));
    }
}
