package bench;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.util.Map;

/** A plain lambda-shim handler: what the AWS compatibility layer must not slow down. */
public class Hello implements Handler<Map<String, Object>, String> {
    @Override
    public String handle(Map<String, Object> event, Context context) {
        return "Hello, World!";
    }
}
