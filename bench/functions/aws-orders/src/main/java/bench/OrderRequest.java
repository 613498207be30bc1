package bench;

import java.util.Map;

/**
 * The fields of an API Gateway proxy event that the order function reads, as a JavaBean: AWS's client's shaded
 * Jackson cannot create records.
 */
public class OrderRequest {
    private String httpMethod;
    private Map<String, String> pathParameters;
    private String body;

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public Map<String, String> getPathParameters() {
        return pathParameters;
    }

    public void setPathParameters(Map<String, String> pathParameters) {
        this.pathParameters = pathParameters;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
