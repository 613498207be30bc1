package example;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.Logging;
import software.amazon.lambda.powertools.metrics.FlushMetrics;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Prices an order: a structured log record per order, and its total and line count as metrics. */
public class OrderHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(OrderHandler.class);
    private static final Metrics METRICS = MetricsFactory.getMetricsInstance();

    @Override
    @Logging(logEvent = true)
    @FlushMetrics(namespace = "Shop", service = "orders", captureColdStart = true)
    public Map<String, Object> handleRequest(Map<String, Object> order, Context context) {
        String id = String.valueOf(order.get("orderId"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) order.getOrDefault("lines", List.of());
        double total = 0;
        for (Map<String, Object> line : lines) {
            total += ((Number) line.get("price")).doubleValue() * ((Number) line.get("quantity")).intValue();
        }
        LOG.info("order priced", entry("orderId", id), entry("total", total));
        if (lines.isEmpty()) {
            LOG.warn("order {} has no lines", id);
        }
        METRICS.addMetric("OrderTotal", total, MetricUnit.NONE);
        METRICS.addMetric("OrderLines", lines.size(), MetricUnit.COUNT);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("orderId", id);
        answer.put("lines", lines.size());
        answer.put("total", total);
        answer.put("requestId", context.getAwsRequestId());
        return answer;
    }
}
