package example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;

public class Hello implements Handler<Object, String> {

    @Override
    public String handle(Object event, Context context) {
        return "Hello, World!";
    }
}
