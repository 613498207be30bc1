package example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;

/** Needs java.sql, which no function the layer is built for uses. */
public class Epoch implements Handler<Object, String> {

    @Override
    public String handle(Object event, Context context) {
        return new java.sql.Date(0).toString();
    }
}
