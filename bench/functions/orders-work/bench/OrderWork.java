package bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The real function's work, one source compiled into both bench/functions/shim-orders and aws-orders: a DynamoDB
 * client built at init as AWS's guide for Java functions advises (region from the environment, the URL-connection
 * HTTP client), the order in the request body read with the function's own Jackson, a PutItemRequest built from it.
 * No network call: the request is built, never sent, so the benchmark measures start-up, not DynamoDB.
 */
final class OrderWork {

    record Item(String sku, int quantity, double unitPrice) {
    }

    record Order(String customerId, List<Item> items, String note) {
    }

    private final DynamoDbClient dynamo = DynamoDbClient.builder()
            .region(Region.of(System.getenv().getOrDefault("AWS_REGION", "us-east-1")))
            .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    private final ObjectMapper json = new ObjectMapper();

    /** The JSON body of the answer: the order's id, its total and the table it would be written to. */
    String answer(String orderId, String body) throws Exception {
        Order order = json.readValue(body == null ? "{}" : body, Order.class);
        double total = 0;
        List<Item> items = order.items() == null ? List.of() : order.items();
        for (Item item : items) {
            total += item.quantity() * item.unitPrice();
        }
        PutItemRequest put = PutItemRequest.builder().tableName("orders").item(Map.of(
                "orderId", AttributeValue.fromS(orderId),
                "customerId", AttributeValue.fromS(String.valueOf(order.customerId())),
                "items", AttributeValue.fromN(Integer.toString(items.size())),
                "total", AttributeValue.fromN(String.format(java.util.Locale.ROOT, "%.2f", total)))).build();
        return json.writeValueAsString(Map.of("orderId", orderId, "total", put.item().get("total").n(),
                "table", put.tableName(), "region", dynamo.serviceClientConfiguration().region().id()));
    }
}
