package example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;

public class Users implements Handler<Object, String> {

    @Override
    public String handle(Object event, Context context) {
        return "users";
    }
}
