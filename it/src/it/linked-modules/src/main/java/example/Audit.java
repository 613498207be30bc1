package example;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

/** A function with Jackson of its own and one java.sql type: the event back as JSON text, stamped. */
public class Audit implements Handler<Map<String, Object>, String> {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String handle(Map<String, Object> event, Context context) throws Exception {
        Map<String, Object> audited = new LinkedHashMap<>(event);
        audited.put("at", new Timestamp(0L).toInstant().toString());
        return mapper.writeValueAsString(audited);
    }
}
