package example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;

public class Orders implements Handler<Object, String> {

    @Override
    public String handle(Object event, Context context) {
        return "orders";
    }
}
