package example;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A Class::method handler: a map in, its keys sorted with the values' types, out. */
public class Maps {

    public Map<String, Object> describe(Map<String, Object> event, Context context) {
        Map<String, Object> out = new TreeMap<>();
        event.forEach((k, v) -> out.put(k, v == null ? "null" : v.getClass().getSimpleName()));
        out.put("_keys", List.copyOf(new TreeMap<>(event).keySet()));
        return out;
    }
}
