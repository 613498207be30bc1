package com.example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;

/** The smallest function: any event in, "Hello, World!" out. */
public class Handle implements Handler<Object, String> {

    @Override
    public String handle(Object event, Context context) {
        return "Hello, World!";
    }
}
