package com.example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.StreamHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Raw bytes in and out: no JSON mapping, nothing of Jackson loaded. */
public class Shout implements StreamHandler {

    @Override
    public void handle(InputStream in, OutputStream out, Context context) throws Exception {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        out.write(text.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}
